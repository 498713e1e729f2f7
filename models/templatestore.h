#pragma once

#include "store.h"
#include "types.h"

#include <optional>

namespace cm {

class TemplateStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    QList<Template> templates() const;
    std::optional<Template> byId(qint64 id) const;
    std::optional<Template> byName(const QString &name) const;
    // With their language versions (Template::versions), which add() and update() save too.
    bool add(Template &t); // sets t.id
    bool update(const Template &t);
    bool remove(qint64 id);

signals:
    void changed();

private:
    void loadVersions(Template &t) const;
    bool saveVersions(const Template &t);
};

} // namespace cm
