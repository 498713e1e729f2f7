// Email Campaigns contact groups (§3.3), filled by CSV upload (bulk replace, update, delete), and the account's
// opt-out list (§3.2).
#include "emailcampaignsprovider.h"

namespace cm {

Reply<QList<RemoteGroup>> EmailCampaignsProvider::listGroups()
{
    return single<QList<RemoteGroup>>(
            emailcampaigns::jsonRequest("GET", QStringLiteral("/email/contact/"), {}),
            [](const HttpResponse &response) { return emailcampaigns::parseGroups(response.body); });
}

Reply<RemoteGroup> EmailCampaignsProvider::createGroup(const QString &name)
{
    return single<RemoteGroup>(
            emailcampaigns::jsonRequest("POST", QStringLiteral("/email/contact/"), {{QStringLiteral("tag"), name}}),
            [name](const HttpResponse &response) {
                return RemoteGroup {emailcampaigns::idOf(response.body), name, 0};
            });
}

Reply<RemoteGroup> EmailCampaignsProvider::renameGroup(const QString &groupId, const QString &name)
{
    // 200 with the group (unlike every other PUT's 204): either is fine (§10 #4).
    return single<RemoteGroup>(emailcampaigns::jsonRequest("PUT", QStringLiteral("/email/contact/"),
                                                           {{QStringLiteral("tag"), name}}, groupId),
                               [groupId, name](const HttpResponse &) {
                                   return RemoteGroup {groupId, name, -1};
                               });
}

Reply<bool> EmailCampaignsProvider::deleteGroup(const QString &groupId)
{
    return single<bool>(emailcampaigns::jsonRequest("DELETE", QStringLiteral("/email/contact/"), {}, groupId),
                        [](const HttpResponse &) { return true; });
}

Reply<int> EmailCampaignsProvider::bulk(const QString &action, const QString &groupId, const QList<Contact> &contacts)
{
    const QList<QStringList> rows = emailcampaigns::contactRows(contacts);
    return single<int>(emailcampaigns::bulkRequest(action, groupId, rows, m_uploadTimeoutMs),
                       [count = int(rows.size())](const HttpResponse &) { return count; });
}

Reply<int> EmailCampaignsProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return bulk(QStringLiteral("update"), groupId, contacts);
}

Reply<int> EmailCampaignsProvider::replaceContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return bulk(QStringLiteral("replace"), groupId, contacts);
}

Reply<QList<Contact>> EmailCampaignsProvider::pullContacts(const QString &groupId)
{
    return single<QList<Contact>>(
            emailcampaigns::jsonRequest("GET", QStringLiteral("/email/contact/"), {}, groupId),
            [](const HttpResponse &response) { return emailcampaigns::parseContacts(response.body); });
}

Reply<QList<OptOut>> EmailCampaignsProvider::optOuts(const QString &address)
{
    return single<QList<OptOut>>(
            emailcampaigns::jsonRequest("GET", QStringLiteral("/email/optout/"), {}),
            [address](const HttpResponse &response) { return emailcampaigns::parseOptOuts(response.body, address); });
}

Reply<bool> EmailCampaignsProvider::changeContact(const QString &address, ContactChange change)
{
    if (change == ContactChange::Subscribe || change == ContactChange::Unsubscribe)
        return unsupported<bool>(tr("change a subscription"));
    auto reply = Reply<bool>::make(this);
    if (!address.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, reply.get(), [reply] { reply.finish(false); }); // email only
        return reply;
    }
    const QString email = address.trimmed().toLower();
    const bool block = change == ContactChange::Block;
    // Look first: a second POST of the same address answers with the same record (the fake) or a duplicate, and a
    // DELETE needs the entry's id.
    Flow *flow = flowOf(reply);
    flow->request(emailcampaigns::jsonRequest("GET", QStringLiteral("/email/optout/"), {}),
                  [reply, flow, email, block](const HttpResponse &response) {
                      const QList<OptOut> entries = emailcampaigns::parseOptOuts(response.body, email);
                      if (block ? !entries.isEmpty() : entries.isEmpty())
                          return reply.finish(true); // already as asked
                      flow->request(block ? emailcampaigns::jsonRequest("POST", QStringLiteral("/email/optout/"),
                                                                        {{QStringLiteral("email"), email}})
                                          : emailcampaigns::jsonRequest("DELETE", QStringLiteral("/email/optout/"), {},
                                                                        entries.first().id),
                                    [reply](const HttpResponse &) { reply.finish(true); });
                  });
    return reply;
}

Reply<int> EmailCampaignsProvider::optOutsInBulk(const QStringList &emails, bool add)
{
    const QList<QStringList> rows = emailcampaigns::optOutRows(emails);
    return single<int>(emailcampaigns::optOutsRequest(rows, add, m_uploadTimeoutMs),
                       [count = int(rows.size())](const HttpResponse &) { return count; });
}

} // namespace cm
