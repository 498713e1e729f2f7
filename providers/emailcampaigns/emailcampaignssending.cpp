// Email Campaigns campaigns (§3.6, §6): one for a whole send, created (and so sent) with its recipients uploaded and
// its start in one of four US zones; one of a message and a group already there; paused, resumed or cancelled.
#include "emailcampaignsprovider.h"

#include "models/templaterenderer.h"

namespace cm {

Reply<SendResult> EmailCampaignsProvider::send(const SendRequest &request)
{
    QString problem;
    if (request.channel != Channel::Email)
        problem = QStringLiteral("Email Campaigns sends email only");
    else if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (request.sender.trimmed().isEmpty())
        problem = tr("Email Campaigns needs a From address: give the campaign a sender.");
    else if (m_unsubscribeUrl.isEmpty() && TemplateRenderer::hasUnsubscribeLink(request.messages.first().body))
        problem = tr("Email Campaigns has no unsubscribe link of its own: set the account's unsubscribe_url setting "
                     "to the page {{unsubscribe_url}} should open.");
    if (!problem.isEmpty())
        return invalid<SendResult>(problem);
    auto reply = Reply<SendResult>::make(this);
    // The From address's id, registering it the first time; nothing is sent before the campaign's POST, so an error
    // until then fails the recipients instead of leaving them unknown.
    const QString sender = request.sender.trimmed().toLower();
    const auto beforeSending = [reply](const ProviderError &error) { reply.fail(error.beforeSending()); };
    Flow *flow = flowOf(reply);
    flow->request(
            emailcampaigns::sendersRequest(),
            [this, reply, flow, request, sender, beforeSending](const HttpResponse &known) {
                if (const QString id = emailcampaigns::parseSenders(known.body).value(sender).toString(); !id.isEmpty())
                    return createCampaign(reply, request, id);
                flow->request(
                        emailcampaigns::registerSenderRequest(sender, sender),
                        [this, reply, request](const HttpResponse &added) {
                            createCampaign(reply, request, emailcampaigns::idOf(added.body));
                        },
                        beforeSending);
            },
            beforeSending);
    return reply;
}

void EmailCampaignsProvider::createCampaign(const Reply<SendResult> &reply, const SendRequest &request,
                                            const QString &senderId)
{
    const QDateTime at = now();
    const QDateTime when = request.scheduledAt.isValid() && request.scheduledAt > at ? request.scheduledAt : at;
    QString problem;
    const auto start = emailcampaigns::startFor(when, request.timeZone, &problem);
    if (!start)
        return reply.fail({ProviderError::Kind::Validation, {}, problem, false, -1});
    // Creating is sending (§3.6): one POST, never retried; a lost answer leaves the recipients unknown.
    flowOf(reply)->request(
            emailcampaigns::campaignRequest(request, senderId, *start, m_unsubscribeUrl, m_uploadTimeoutMs),
            [reply, request](const HttpResponse &response) {
                SendResult result;
                result.remoteCampaignId = emailcampaigns::idOf(response.body);
                for (const OutgoingMessage &m : request.messages)
                    result.outcomes.append({m.clientKey, m.address.trimmed().toLower(), true, {}});
                reply.finish(result);
            });
}

Reply<QString> EmailCampaignsProvider::scheduleReusing(const QString &name, const QString &groupId,
                                                       const QString &messageId, const QString &senderId,
                                                       const QDateTime &utc, const QByteArray &zone)
{
    const QDateTime at = now();
    QString problem;
    const auto start = emailcampaigns::startFor(utc.isValid() && utc > at ? utc : at, zone, &problem);
    if (!start)
        return invalid<QString>(problem);
    return single<QString>(
            emailcampaigns::reusingRequest(name, groupId, messageId, senderId, *start, m_uploadTimeoutMs),
            [](const HttpResponse &response) { return emailcampaigns::idOf(response.body); });
}

Reply<bool> EmailCampaignsProvider::setCampaignStatus(const QString &campaignId, const QString &status)
{
    return single<bool>(emailcampaigns::jsonRequest("PUT", QStringLiteral("/email/campaign/"),
                                                    {{QStringLiteral("status"), status}}, campaignId),
                        [](const HttpResponse &) { return true; });
}

Reply<bool> EmailCampaignsProvider::cancelScheduled(const QString &campaignId)
{
    return setCampaignStatus(campaignId, QStringLiteral("cancelled"));
}

} // namespace cm
