// Email Campaigns campaigns (§3.6, §6): one for a whole send, created (and so sent) with its recipients uploaded and
// its start in one of four US zones; one of a message and a group already there; paused, resumed or cancelled.
#include "emailcampaignsprovider.h"

#include "models/templaterenderer.h"

namespace cm {

ProviderReply *EmailCampaignsProvider::send(const SendRequest &request)
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
        return invalid(problem);
    auto *reply = new ProviderReply(this);
    // The From address's id, registering it the first time; nothing is sent before the campaign's POST.
    const QString sender = request.sender.trimmed().toLower();
    ProviderReply *known = senders();
    connect(known, &ProviderReply::finished, reply, [this, reply, known, request, sender] {
        if (known->hasError())
            return reply->failWith(known->error().beforeSending());
        if (const QString id = known->result().toMap().value(sender).toString(); !id.isEmpty())
            return createCampaign(reply, request, id);
        ProviderReply *added = registerSender(sender, sender);
        connect(added, &ProviderReply::finished, reply, [this, reply, added, request] {
            if (added->hasError())
                return reply->failWith(added->error().beforeSending());
            createCampaign(reply, request, added->result().toString());
        });
    });
    return reply;
}

void EmailCampaignsProvider::createCampaign(ProviderReply *reply, const SendRequest &request, const QString &senderId)
{
    const QDateTime at = now();
    const QDateTime when = request.scheduledAt.isValid() && request.scheduledAt > at ? request.scheduledAt : at;
    QString problem;
    const auto start = emailcampaigns::startFor(when, request.timeZone, &problem);
    if (!start)
        return reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
    // Creating is sending (§3.6): one POST, never retried; a lost answer leaves the recipients unknown.
    call(reply, emailcampaigns::campaignRequest(request, senderId, *start, m_unsubscribeUrl, m_uploadTimeoutMs),
         [request](ProviderReply *r, const HttpResponse &response) {
             SendResult result;
             result.remoteCampaignId = emailcampaigns::idOf(response.body);
             for (const OutgoingMessage &m : request.messages)
                 result.outcomes.append({m.clientKey, m.address.trimmed().toLower(), true, {}});
             r->finishWith(QVariant::fromValue(result));
         });
}

ProviderReply *EmailCampaignsProvider::scheduleReusing(const QString &name, const QString &groupId,
                                                       const QString &messageId, const QString &senderId,
                                                       const QDateTime &utc, const QByteArray &zone)
{
    const QDateTime at = now();
    QString problem;
    const auto start = emailcampaigns::startFor(utc.isValid() && utc > at ? utc : at, zone, &problem);
    if (!start)
        return invalid(problem);
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::reusingRequest(name, groupId, messageId, senderId, *start, m_uploadTimeoutMs),
         [](ProviderReply *r, const HttpResponse &response) { r->finishWith(emailcampaigns::idOf(response.body)); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::setCampaignStatus(const QString &campaignId, const QString &status)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         emailcampaigns::jsonRequest("PUT", QStringLiteral("/email/campaign/"), {{QStringLiteral("status"), status}},
                                     campaignId),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::cancelScheduled(const QString &campaignId)
{
    return setCampaignStatus(campaignId, QStringLiteral("cancelled"));
}

} // namespace cm
