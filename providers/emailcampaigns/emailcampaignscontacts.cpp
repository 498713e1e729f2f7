// Email Campaigns contact groups (§3.3), filled by CSV upload (bulk replace, update, delete), and the account's
// opt-out list (§3.2).
#include "emailcampaignsprovider.h"

#include <QTimer>

namespace cm {

ProviderReply *EmailCampaignsProvider::listGroups()
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/contact/"), {}),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(emailcampaigns::parseGroups(response.body)));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("POST", QStringLiteral("/email/contact/"), {{QStringLiteral("tag"), name}}),
         [name](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(RemoteGroup {emailcampaigns::idOf(response.body), name, 0}));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::renameGroup(const QString &groupId, const QString &name)
{
    auto *reply = new ProviderReply(this);
    // 200 with the group (unlike every other PUT's 204): either is fine (§10 #4).
    call(reply,
         emailcampaigns::jsonRequest("PUT", QStringLiteral("/email/contact/"), {{QStringLiteral("tag"), name}},
                                     groupId),
         [groupId, name](ProviderReply *r, const HttpResponse &) {
             r->finishWith(QVariant::fromValue(RemoteGroup {groupId, name, -1}));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::deleteGroup(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("DELETE", QStringLiteral("/email/contact/"), {}, groupId),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::bulk(const QString &action, const QString &groupId,
                                            const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    const QList<QStringList> rows = emailcampaigns::contactRows(contacts);
    call(reply, emailcampaigns::bulkRequest(action, groupId, rows, m_uploadTimeoutMs),
         [count = int(rows.size())](ProviderReply *r, const HttpResponse &) { r->finishWith(count); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return bulk(QStringLiteral("update"), groupId, contacts);
}

ProviderReply *EmailCampaignsProvider::replaceContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return bulk(QStringLiteral("replace"), groupId, contacts);
}

ProviderReply *EmailCampaignsProvider::deleteContact(const QString &groupId, const QString &email)
{
    Contact c;
    c.email = email;
    auto *reply = new ProviderReply(this);
    ProviderReply *inner = bulk(QStringLiteral("delete"), groupId, {c});
    connect(inner, &ProviderReply::finished, reply, [reply, inner] {
        if (inner->hasError())
            return reply->failWith(inner->error());
        reply->finishWith(true);
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::pullContacts(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/contact/"), {}, groupId),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(emailcampaigns::parseContacts(response.body)));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::optOuts(const QString &address)
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/optout/"), {}),
         [address](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(emailcampaigns::parseOptOuts(response.body, address)));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::changeContact(const QString &address, ContactChange change)
{
    if (change == ContactChange::Subscribe || change == ContactChange::Unsubscribe)
        return unsupported(tr("change a subscription"));
    auto *reply = new ProviderReply(this);
    if (!address.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, reply, [reply] { reply->finishWith(false); }); // email only
        return reply;
    }
    const QString email = address.trimmed().toLower();
    if (change == ContactChange::Block) {
        // A second POST of the same address answers with the same record (the fake) or a duplicate: look first.
        ProviderReply *existing = optOuts(email);
        connect(existing, &ProviderReply::finished, reply, [this, reply, existing, email] {
            if (existing->hasError())
                return reply->failWith(existing->error());
            if (!existing->result().value<QList<OptOut>>().isEmpty())
                return reply->finishWith(true);
            call(reply,
                 emailcampaigns::jsonRequest("POST", QStringLiteral("/email/optout/"),
                                             {{QStringLiteral("email"), email}}),
                 [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
        });
        return reply;
    }
    ProviderReply *found = optOuts(email);
    connect(found, &ProviderReply::finished, reply, [this, reply, found] {
        if (found->hasError())
            return reply->failWith(found->error());
        const QList<OptOut> entries = found->result().value<QList<OptOut>>();
        if (entries.isEmpty())
            return reply->finishWith(true);
        call(reply, emailcampaigns::jsonRequest("DELETE", QStringLiteral("/email/optout/"), {}, entries.first().id),
             [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::optOutsInBulk(const QStringList &emails, bool add)
{
    auto *reply = new ProviderReply(this);
    const QList<QStringList> rows = emailcampaigns::optOutRows(emails);
    call(reply, emailcampaigns::optOutsRequest(rows, add, m_uploadTimeoutMs),
         [count = int(rows.size())](ProviderReply *r, const HttpResponse &) { r->finishWith(count); });
    return reply;
}

} // namespace cm
