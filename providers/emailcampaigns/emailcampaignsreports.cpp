// Email Campaigns reports: the campaigns with their status and start, and a campaign's per-recipient results
// (§3.5; there are no aggregate counters).
#include "emailcampaignsprovider.h"

#include <QJsonDocument>

namespace cm {

Reply<QList<DeliveryEvent>> EmailCampaignsProvider::sendingEvents(const QString &campaignId)
{
    auto reply = Reply<QList<DeliveryEvent>>::make(this);
    Flow *flow = flowOf(reply);
    // The campaign's start, for the window of its results.
    flow->request(
            emailcampaigns::jsonRequest("GET", QStringLiteral("/email/campaign/"), {}, campaignId),
            [this, reply, flow, campaignId](const HttpResponse &campaign) {
                const QDateTime start = emailcampaigns::parseTimestamp(
                        QJsonDocument::fromJson(campaign.body).object().value(QStringLiteral("start_date")).toString());
                flow->request(emailcampaigns::resultsRequest(campaignId, start, now()),
                              [reply](const HttpResponse &results) {
                                  reply.finish(emailcampaigns::parseResults(results.body));
                              });
            });
    return reply;
}

} // namespace cm
