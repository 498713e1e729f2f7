// FreshMail reports (§4.6): a campaign's counters and its opens and clicks over time, the sent campaigns page by
// page, one subscriber's history, and the spam test (§4.7).
#include "freshmailprovider.h"

namespace cm {

namespace {
constexpr int CampaignsPerPage = 25;
constexpr int MaxCampaignPages = 1000; // then the list ends there
} // namespace

Reply<CampaignStats> FreshMailProvider::campaignStats(const QString &campaignHash)
{
    auto reply = Reply<CampaignStats>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("GET", QStringLiteral("/reports/campaign/%1").arg(campaignHash), {}, true),
             [this, reply](const QJsonObject &envelope) {
                 CampaignStats stats = freshmail::campaignStats(envelope.value(QStringLiteral("data")).toObject());
                 stats.takenAt = now();
                 reply.finish(stats);
             });
    return reply;
}

Reply<QVariantList> FreshMailProvider::timeDetails(const QString &campaignHash)
{
    auto reply = Reply<QVariantList>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("GET", QStringLiteral("/reports/campaignTimeDetails/%1").arg(campaignHash), {},
                                    true),
             [this, reply](const QJsonObject &envelope) {
                 reply.finish(freshmail::parseTimeDetails(envelope, m_settings.zone));
             });
    return reply;
}

Reply<QList<DeliveryEvent>> FreshMailProvider::history(const QString &listHash, const QString &email)
{
    auto reply = Reply<QList<DeliveryEvent>>::make(this);
    const auto finish = [this, reply, email](const QJsonObject &envelope) {
        reply.finish(freshmail::parseHistory(envelope, email, m_settings.zone));
    };
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST", QStringLiteral("/subscriber/getHistory"),
                                    {{QStringLiteral("email"), email},
                                     {QStringLiteral("list"), listHash},
                                     {QStringLiteral("limit"), 100}},
                                    true),
             finish, [reply, finish](const ProviderError &error) {
                 if (error.code != QLatin1String("1315")) // 1315: no actions yet
                     return reply.fail(error);
                 finish({});
             });
    return reply;
}

Reply<SpamVerdict> FreshMailProvider::spamCheck(const QString &subject, const QString &html, const QString &text,
                                                const QString &from)
{
    auto reply = Reply<SpamVerdict>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST", QStringLiteral("/spam_test/check"),
                                    freshmail::spamCheckBody(subject, html, text, from, m_settings), true),
             [reply](const QJsonObject &envelope) { reply.finish(freshmail::parseSpamCheck(envelope)); });
    return reply;
}

} // namespace cm
