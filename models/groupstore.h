#pragma once

#include "store.h"
#include "types.h"

#include <QMap>

#include <optional>

namespace cm {

// Groups and their contacts.
class GroupStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    QList<Group> groups() const; // with contact counts
    std::optional<Group> byId(qint64 id) const;
    std::optional<Group> byName(const QString &name) const;
    bool create(Group &group); // sets group.id
    // A new group holding copies of these contacts (a retarget). Returns how many were copied (a contact whose
    // address is there already counts once), or -1; `group.id` is set.
    qint64 createWithContacts(Group &group, const QList<qint64> &contactIds);
    bool rename(qint64 id, const QString &name);
    bool remove(qint64 id);

    qint64 contactCount(qint64 groupId) const;
    // A window of contacts ordered by id, starting after `afterId`: never OFFSET over a large group. Without those of
    // an import still running (ImportStore commits in chunks, and may take them back).
    QList<Contact> contacts(qint64 groupId, qint64 afterId, int limit) const;
    // That SQL condition on a contacts row (`table`: its table or alias): not added by an import still running.
    static QString settledContact(const QString &table);
    // The contacts with these ids, in the same order; a default Contact (id 0) where one no longer exists.
    QList<Contact> contactsByIds(const QList<qint64> &ids) const;
    std::optional<Contact> contact(qint64 id) const;
    // The group's contact with this email address or (E.164) phone number.
    std::optional<Contact> contactByAddress(qint64 groupId, const QString &address) const;
    // Adds one contact or saves an edited one (by id). Fails with a clear message when the group already has its
    // email or phone number.
    bool saveContact(Contact &contact);
    // Deletes the contacts, in one transaction. Returns how many were deleted, or -1.
    qint64 deleteContacts(const QList<qint64> &ids);
    // Copies or moves the contacts to another group, in one transaction. Those whose email or phone number the
    // target group already has stay where they are. Returns how many were copied or moved, or -1.
    qint64 copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move);
    // Moves every contact of `sourceId` into `targetId` and deletes `sourceId`, in one transaction. A contact the
    // target has already (same email or phone) keeps the target's values. Returns {moved, duplicates}, or {-1, -1}.
    QPair<qint64, qint64> mergeGroups(qint64 sourceId, qint64 targetId);
    // All contacts of the group, in id order (for snapshots of small groups and exports by window).
    QList<Contact> allContacts(qint64 groupId) const;
    std::optional<Contact> contactBefore(qint64 groupId, qint64 beforeId) const; // the previous by id
    // For each field (standard or custom): how many of the group's contacts have no value for it.
    QMap<QString, qint64> countMissing(qint64 groupId, const QStringList &fields) const;
    // Contacts with a phone number, by their country code ("" when unknown): what an SMS send costs where.
    QMap<QString, qint64> phonesByCountry(qint64 groupId) const;
    // Adds contacts in one transaction: all or nothing. Sets each contact's id.
    bool addContacts(qint64 groupId, QList<Contact> &contacts);
    // Adds the contacts the group does not have yet (same email, or same phone when there is no email), and fills
    // the remote id and empty names of those it has. One transaction. Returns {added, updated}, or {-1, -1}.
    QPair<int, int> mergeContacts(qint64 groupId, const QList<Contact> &contacts);
    // The group is (now) kept in step with this account's group `remoteId`.
    bool setRemote(qint64 groupId, qint64 accountId, const QString &remoteId, const QDateTime &syncedAt);
    // The names of the custom fields the group's contacts have, sorted.
    QStringList customFieldNames(qint64 groupId) const;
    // The search index takes the contacts added after `afterId` (ids only grow), in the transaction that added them.
    static bool indexContactsAfter(const QSqlDatabase &db, qint64 afterId, QSqlError *error);
    static qint64 lastContactId(const QSqlDatabase &db);
    // Another store (an import on its own thread) changed the group's contacts: tell the views.
    void announceContactsChanged(qint64 groupId);

signals:
    void groupsChanged();
    void contactsChanged(qint64 groupId);
};

} // namespace cm
