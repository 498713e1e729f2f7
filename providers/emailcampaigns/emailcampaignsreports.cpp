// Email Campaigns reports: the campaigns with their status and start, and a campaign's per-recipient results
// (§3.5; there are no aggregate counters).
#include "emailcampaignsprovider.h"

#include <QJsonDocument>

namespace cm {

ProviderReply *EmailCampaignsProvider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/campaign/"), {}),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(emailcampaigns::parseCampaigns(response.body)));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::sendingEvents(const QString &campaignId)
{
    auto *reply = new ProviderReply(this);
    // The campaign's start, for the window (§10 #21): a day before it to a day after today.
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/campaign/"), {}, campaignId),
         [this, campaignId](ProviderReply *r, const HttpResponse &response) {
             const QDateTime start = emailcampaigns::parseTimestamp(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("start_date")).toString());
             const QDateTime today = now();
             HttpRequest filter = emailcampaigns::jsonRequest("GET", QStringLiteral("/email/result/filter/"), {});
             filter.query.addQueryItem(
                     QStringLiteral("start_date"),
                     (start.isValid() ? start : today).addDays(-1).toString(QStringLiteral("yyyy-MM-dd")));
             filter.query.addQueryItem(QStringLiteral("end_date"),
                                       today.addDays(1).toString(QStringLiteral("yyyy-MM-dd")));
             filter.query.addQueryItem(QStringLiteral("campaign_id"), campaignId);
             call(r, filter, [](ProviderReply *r2, const HttpResponse &results) {
                 r2->finishWith(QVariant::fromValue(emailcampaigns::parseResults(results.body)));
             });
         });
    return reply;
}

} // namespace cm
