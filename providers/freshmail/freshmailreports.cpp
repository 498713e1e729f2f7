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

// Pages of 25 until one has fewer, or FreshMail says there is no such page (1401), or the cap: then what was read.
// Flow::pages() would fail the reply on a 1401 and at the cap, so the pages are steps here.
Reply<QList<RemoteCampaign>> FreshMailProvider::listCampaigns()
{
    auto reply = Reply<QList<RemoteCampaign>>::make(this);
    auto gathered = std::make_shared<QList<RemoteCampaign>>();
    Flow *flow = flowOf(reply);
    const auto page = [this, flow, reply, gathered](qsizetype index) {
        exchange(
                flow,
                freshmail::jsonRequest("GET", QStringLiteral("/reports/campaignsList/%1").arg(index + 1), {}, true),
                [this, flow, reply, gathered](const QJsonObject &envelope) {
                    const QList<RemoteCampaign> items = freshmail::parseCampaignsPage(envelope, m_settings.zone);
                    *gathered += items;
                    if (items.size() < CampaignsPerPage)
                        return reply.finish(*gathered);
                    flow->advance();
                },
                [reply, gathered](const ProviderError &error) {
                    if (error.code != QLatin1String("1401")) // past the last page
                        return reply.fail(error);
                    reply.finish(*gathered);
                });
    };
    flow->forEach(MaxCampaignPages, page, [reply, gathered] { reply.finish(*gathered); });
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
