// Changes to groups, their contacts and the suppression list, for the GUI (and, in time, the CLI). The stores do the
// SQL and keep announcing their own changes; each write here returns what went wrong as a translated sentence (the
// store's error), or an empty string when it is done. Reads go to the stores.
#pragma once

#include "models/suppressionstore.h"
#include "models/types.h"

#include <QObject>

namespace cm {

class Workspace;

class ContactService : public QObject
{
    Q_OBJECT
public:
    explicit ContactService(Workspace *workspace, QObject *parent = nullptr);

    // Groups. Names are trimmed; the store refuses a name another group has.
    QString createGroup(Group &group); // sets group.id
    QString renameGroup(qint64 id, const QString &name);
    QString removeGroup(qint64 id);
    // Moves every contact of `sourceId` into `targetId` and deletes `sourceId`. A contact the target has already
    // (same email or phone) keeps the target's values; `duplicates` counts those.
    QString mergeGroups(qint64 sourceId, qint64 targetId, qint64 *moved = nullptr, qint64 *duplicates = nullptr);

    // Contacts. saveContact() checks the contact first (email lower-cased, the phone number in E.164, read in
    // `region` when it has no country code) and returns what to fix.
    QString saveContact(Contact &contact, const QString &region);
    QString deleteContacts(const QList<qint64> &ids, qint64 *deleted = nullptr);
    // Those whose email or phone number the target group has already stay out; `done` counts the others.
    QString copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move, qint64 *done = nullptr);

    // The suppression list. suppressionsFor() is what suppressing these contacts adds: an "email" entry per email
    // address and an "sms" one per phone number, with `reason` and `source`.
    QList<Suppression> suppressionsFor(const QList<qint64> &contactIds, const QString &reason,
                                       const QString &source) const;
    // Adds those not listed yet for their channel; `added` counts them.
    QString addSuppressions(const QList<Suppression> &entries, qint64 *added = nullptr);
    QString removeSuppressions(const QList<qint64> &ids, qint64 *removed = nullptr);

private:
    Workspace *m_workspace;
};

} // namespace cm
