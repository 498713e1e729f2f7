// The workspace's own settings (its id, the default phone region): kept in the workspace, so every computer and
// every process that opens it reads the same.
#pragma once

#include "store.h"

#include <QHash>

namespace cm {

class SettingsStore : public Store
{
    Q_OBJECT
public:
    explicit SettingsStore(Database *database, QObject *parent = nullptr);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);
    bool remove(const QString &key);
    // Every setting whose key starts with `prefix`: key → value.
    QHash<QString, QString> valuesStartingWith(const QString &prefix) const;

    // A random id made when the workspace was created (or upgraded to schema 9); never changes.
    QString workspaceId() const;
    // The ISO 3166 region assumed for phone numbers written without a country code ("TR").
    QString phoneRegion() const;
    // Refused (false, lastError says why) unless `region` is a two-letter region code.
    bool setPhoneRegion(const QString &region);

signals:
    void changed(const QString &key);
};

} // namespace cm
