// 360NRS groups and contacts (§6, §7): one request per contact, as there is no bulk endpoint.
#include "nrs360provider.h"

#include "nrs360parse.h"

namespace cm {

namespace {

RemoteGroup groupOf(const HttpResponse &response, qint64 contactCount)
{
    return nrs360::parseGroup(nrs360::parseData(response.body), contactCount);
}

} // namespace

Reply<QList<RemoteGroup>> Nrs360Provider::listGroups()
{
    return listing<QList<RemoteGroup>>(QStringLiteral("/groups"), {}, [](const QJsonArray &items) {
        QList<RemoteGroup> groups;
        for (const QJsonValue &v : items)
            groups.append(nrs360::parseGroup(v.toObject(), -1));
        return groups;
    });
}

Reply<RemoteGroup> Nrs360Provider::createGroup(const QString &name)
{
    return single<RemoteGroup>(
            nrs360::jsonRequest("POST", QStringLiteral("/groups"), QJsonObject {{QStringLiteral("name"), name}}, false),
            [](const HttpResponse &response) { return groupOf(response, 0); });
}

Reply<bool> Nrs360Provider::deleteGroup(const QString &groupId)
{
    return single<bool>(
            nrs360::jsonRequest("DELETE", QStringLiteral("/groups/%1").arg(groupId), QJsonValue::Undefined, true),
            [](const HttpResponse &) { return true; });
}

Reply<RemoteGroup> Nrs360Provider::renameGroup(const QString &groupId, const QString &name)
{
    // The id in the path: the samples' bare PUT /groups is wrong (§26.1, 2).
    return single<RemoteGroup>(nrs360::jsonRequest("PUT", QStringLiteral("/groups/") + groupId,
                                                   QJsonObject {{QStringLiteral("name"), name}}, true),
                               [](const HttpResponse &response) { return groupOf(response, -1); });
}

Reply<int> Nrs360Provider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    // No bulk endpoint (§6): one contact at a time, at the client's request rate. A contact 360NRS already has (by
    // email, else phone) is updated with this group added to its groups; a new one is created in it.
    auto reply = Reply<int>::make(this);
    Flow *f = flow(reply);
    const auto pushOne = [this, f, reply, groupId, contacts](qsizetype index) {
        const Contact c = contacts.at(index);
        f->request(nrs360::contactLookup(c),
                   [this, f, reply, groupId, c, index, total = contacts.size()](const HttpResponse &response) {
                       f->request(nrs360::contactUpsert(c, groupId, m_country, nrs360::parsePage(response.body).items),
                                  [f, reply, index, total](const HttpResponse &) {
                                      reply->reportProgress(index + 1, total);
                                      f->advance();
                                  });
                   });
    };
    QMetaObject::invokeMethod(
            reply.get(),
            [f, reply, pushOne, count = contacts.size()] {
                f->forEach(count, pushOne, [reply, count] { reply.finish(int(count)); });
            },
            Qt::QueuedConnection);
    return reply;
}

Reply<QList<Contact>> Nrs360Provider::pullContacts(const QString &groupId)
{
    // No filter by group (§6.2): every contact with its groups, kept when it is in this one.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("customFields,groups"));
    return listing<QList<Contact>>(QStringLiteral("/contacts"), query, [groupId](const QJsonArray &items) {
        QList<Contact> contacts;
        for (const QJsonValue &v : items) {
            QStringList groups;
            const Contact c = nrs360::parseContact(v.toObject(), &groups);
            if (groups.contains(groupId))
                contacts.append(c);
        }
        return contacts;
    });
}

} // namespace cm
