// 360NRS groups and contacts (§6, §7): one request per contact, as there is no bulk endpoint.
#include "nrs360provider.h"

#include "nrs360parse.h"

namespace cm {

ProviderReply *Nrs360Provider::listGroups()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/groups"), {}, [](ProviderReply *r, const QJsonArray &items) {
        QList<RemoteGroup> groups;
        for (const QJsonValue &v : items)
            groups.append(nrs360::parseGroup(v.toObject(), -1));
        r->finishWith(QVariant::fromValue(groups));
    });
    return reply;
}

ProviderReply *Nrs360Provider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         nrs360::jsonRequest("POST", QStringLiteral("/groups"), QJsonObject {{QStringLiteral("name"), name}}, false),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(nrs360::parseGroup(nrs360::parseData(response.body), 0)));
         });
    return reply;
}

ProviderReply *Nrs360Provider::deleteGroup(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::jsonRequest("DELETE", QStringLiteral("/groups/%1").arg(groupId), QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *Nrs360Provider::renameGroup(const QString &groupId, const QString &name)
{
    // The id in the path: the samples' bare PUT /groups is wrong (§26.1, 2).
    auto *reply = new ProviderReply(this);
    call(reply,
         nrs360::jsonRequest("PUT", QStringLiteral("/groups/") + groupId, QJsonObject {{QStringLiteral("name"), name}},
                             true),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(nrs360::parseGroup(nrs360::parseData(response.body), -1)));
         });
    return reply;
}

ProviderReply *Nrs360Provider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    QMetaObject::invokeMethod(
            reply, [this, reply, groupId, contacts] { pushOne(reply, groupId, contacts, 0, 0); }, Qt::QueuedConnection);
    return reply;
}

void Nrs360Provider::pushOne(ProviderReply *reply, QString groupId, QList<Contact> contacts, qsizetype next, int added)
{
    // No bulk endpoint (§6): one contact at a time, at the client's request rate. A contact 360NRS already has (by
    // email, else phone) is updated with this group added to its groups; a new one is created in it.
    if (next >= contacts.size())
        return reply->finishWith(added);
    const Contact c = contacts.at(next);
    call(reply, nrs360::contactLookup(c),
         [this, groupId, contacts, next, added, c](ProviderReply *r, const HttpResponse &response) {
             const HttpRequest write
                     = nrs360::contactUpsert(c, groupId, m_country, nrs360::parsePage(response.body).items);
             call(r, write, [this, groupId, contacts, next, added](ProviderReply *r2, const HttpResponse &) {
                 r2->reportProgress(next + 1, contacts.size());
                 pushOne(r2, groupId, contacts, next + 1, added + 1);
             });
         });
}

ProviderReply *Nrs360Provider::pullContacts(const QString &groupId)
{
    // No filter by group (§6.2): every contact with its groups, kept when it is in this one.
    auto *reply = new ProviderReply(this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("customFields,groups"));
    getAll(reply, QStringLiteral("/contacts"), query, [groupId](ProviderReply *r, const QJsonArray &items) {
        QList<Contact> contacts;
        for (const QJsonValue &v : items) {
            QStringList groups;
            const Contact c = nrs360::parseContact(v.toObject(), &groups);
            if (groups.contains(groupId))
                contacts.append(c);
        }
        r->finishWith(QVariant::fromValue(contacts));
    });
    return reply;
}

ProviderReply *Nrs360Provider::getContact(const QString &, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    HttpRequest request = nrs360::getRequest(QStringLiteral("/contacts/") + contactId);
    request.query.addQueryItem(QStringLiteral("include"), QStringLiteral("customFields,groups"));
    call(reply, request, [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(nrs360::parseContact(nrs360::parseData(response.body))));
    });
    return reply;
}

ProviderReply *Nrs360Provider::updateContact(const QString &groupId, const Contact &contact)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         nrs360::jsonRequest("PUT", QStringLiteral("/contacts/") + contact.remoteId,
                             nrs360::contactBody(contact, groupId, m_country), true),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(nrs360::parseContact(nrs360::parseData(response.body))));
         });
    return reply;
}

ProviderReply *Nrs360Provider::deleteContact(const QString &, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::jsonRequest("DELETE", QStringLiteral("/contacts/") + contactId, QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

} // namespace cm
