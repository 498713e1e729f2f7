#include "contactservice.h"

#include "models/contactcheck.h"
#include "models/groupstore.h"
#include "workspace.h"

namespace cm {

namespace {

template<typename T> void setIfAsked(T *out, T value)
{
    if (out)
        *out = value;
}

} // namespace

ContactService::ContactService(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

QString ContactService::createGroup(Group &group)
{
    group.name = group.name.trimmed();
    GroupStore *groups = m_workspace->groups();
    return groups->create(group) ? QString() : groups->lastError().message;
}

QString ContactService::renameGroup(qint64 id, const QString &name)
{
    GroupStore *groups = m_workspace->groups();
    return groups->rename(id, name.trimmed()) ? QString() : groups->lastError().message;
}

QString ContactService::removeGroup(qint64 id)
{
    GroupStore *groups = m_workspace->groups();
    return groups->remove(id) ? QString() : groups->lastError().message;
}

QString ContactService::mergeGroups(qint64 sourceId, qint64 targetId, qint64 *moved, qint64 *duplicates)
{
    GroupStore *groups = m_workspace->groups();
    const auto [movedCount, duplicateCount] = groups->mergeGroups(sourceId, targetId);
    if (movedCount < 0)
        return groups->lastError().message;
    setIfAsked(moved, movedCount);
    setIfAsked(duplicates, duplicateCount);
    return {};
}

QString ContactService::saveContact(Contact &contact, const QString &region)
{
    if (const QString problem = checkContact(contact, region); !problem.isEmpty())
        return problem;
    GroupStore *groups = m_workspace->groups();
    return groups->saveContact(contact) ? QString() : groups->lastError().message;
}

QString ContactService::deleteContacts(const QList<qint64> &ids, qint64 *deleted)
{
    GroupStore *groups = m_workspace->groups();
    const qint64 count = groups->deleteContacts(ids);
    if (count < 0)
        return groups->lastError().message;
    setIfAsked(deleted, count);
    return {};
}

QString ContactService::copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move, qint64 *done)
{
    GroupStore *groups = m_workspace->groups();
    const qint64 count = groups->copyContacts(ids, targetGroupId, move);
    if (count < 0)
        return groups->lastError().message;
    setIfAsked(done, count);
    return {};
}

QList<Suppression> ContactService::suppressionsFor(const QList<qint64> &contactIds, const QString &reason,
                                                   const QString &source) const
{
    QList<Suppression> entries;
    for (qsizetype start = 0; start < contactIds.size(); start += 5000) {
        for (const Contact &c : m_workspace->groups()->contactsByIds(contactIds.mid(start, 5000))) {
            Suppression s;
            s.reason = reason;
            s.source = source;
            if (!c.email.isEmpty()) {
                s.channel = QStringLiteral("email");
                s.address = c.email;
                entries.append(s);
            }
            if (!c.phone.isEmpty()) {
                s.channel = QStringLiteral("sms");
                s.address = c.phone;
                entries.append(s);
            }
        }
    }
    return entries;
}

QString ContactService::addSuppressions(const QList<Suppression> &entries, qint64 *added)
{
    SuppressionStore *suppressions = m_workspace->suppressions();
    const qint64 count = suppressions->add(entries);
    if (count < 0)
        return suppressions->lastError().message;
    setIfAsked(added, count);
    return {};
}

QString ContactService::removeSuppressions(const QList<qint64> &ids, qint64 *removed)
{
    SuppressionStore *suppressions = m_workspace->suppressions();
    const qint64 count = suppressions->remove(ids);
    if (count < 0)
        return suppressions->lastError().message;
    setIfAsked(removed, count);
    return {};
}

} // namespace cm
