// Segments: saved rules over the workspace's contacts (segmentrule.h), counted and listed off the GUI thread.
#pragma once

#include "segmentrule.h"
#include "store.h"

#include <atomic>
#include <functional>

namespace cm {

struct Segment
{
    qint64 id = 0;
    QString name;
    QString rule;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class SegmentStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    QList<Segment> segments() const; // by name
    std::optional<Segment> byId(qint64 id) const;
    std::optional<Segment> byName(const QString &name) const;
    // Saves a new segment (id 0) or an edited one; refuses a rule with a mistake (with where and what was expected)
    // and a name in use.
    bool save(Segment &segment);
    // Refuses while a campaign not yet sent uses it (naming them); a sent one keeps its recipients.
    bool remove(qint64 id);

    // The rule as SQL, its names (campaigns, groups) resolved in this workspace and "in last N days" counted from
    // the workspace clock's now.
    std::optional<SegmentRule> compile(const QString &rule, SegmentRuleError *error) const;
    // How many contacts match; -1 when it failed (`error` says why) or `cancel` became true.
    qint64 count(const SegmentRule &rule, const std::atomic<bool> *cancel = nullptr, QString *error = nullptr) const;
    // The ids of the matching contacts, by id, after `afterId`: at most `limit` (0: all). Nothing when it failed,
    // which is not the same as nobody: a segment left out must never become "nobody to leave out".
    std::optional<QList<qint64>> contactIds(const SegmentRule &rule, qint64 afterId = 0, int limit = 0,
                                            QString *error = nullptr) const;
};

} // namespace cm
