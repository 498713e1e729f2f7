// FreshMail reports (§4.6): a campaign's counters and its opens and clicks over time, the sent campaigns page by
// page, one subscriber's history, and the spam test (§4.7).
#include "freshmailprovider.h"

#include <QTimer>

namespace cm {

ProviderReply *FreshMailProvider::campaignStats(const QString &campaignHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/reports/campaign/%1").arg(campaignHash), {}, true,
         [this](ProviderReply *r, const QJsonObject &envelope) {
             CampaignStats stats = freshmail::campaignStats(envelope.value(QStringLiteral("data")).toObject());
             stats.takenAt = now();
             r->finishWith(QVariant::fromValue(stats));
         });
    return reply;
}

ProviderReply *FreshMailProvider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [this, reply] { campaignsPage(reply, 1, {}); });
    return reply;
}

void FreshMailProvider::campaignsPage(ProviderReply *reply, int page, QList<RemoteCampaign> gathered)
{
    exchange(reply, "GET", QStringLiteral("/reports/campaignsList/%1").arg(page), {}, true,
             [this, page, gathered](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) mutable {
                 if (error && error->code == QLatin1String("1401")) // past the last page
                     return r->finishWith(QVariant::fromValue(gathered));
                 if (error)
                     return r->failWith(*error);
                 const QList<RemoteCampaign> items = freshmail::parseCampaignsPage(envelope, m_settings.zone);
                 gathered += items;
                 if (items.size() < 25 || page >= 1000)
                     return r->finishWith(QVariant::fromValue(gathered));
                 campaignsPage(r, page + 1, gathered);
             });
}

ProviderReply *FreshMailProvider::timeDetails(const QString &campaignHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/reports/campaignTimeDetails/%1").arg(campaignHash), {}, true,
         [this](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(freshmail::parseTimeDetails(envelope, m_settings.zone));
         });
    return reply;
}

ProviderReply *FreshMailProvider::history(const QString &listHash, const QString &email)
{
    auto *reply = new ProviderReply(this);
    exchange(reply, "POST", QStringLiteral("/subscriber/getHistory"),
             {{QStringLiteral("email"), email}, {QStringLiteral("list"), listHash}, {QStringLiteral("limit"), 100}},
             true, [this, email](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 if (error && error->code != QLatin1String("1315")) // 1315: no actions yet
                     return r->failWith(*error);
                 r->finishWith(QVariant::fromValue(freshmail::parseHistory(envelope, email, m_settings.zone)));
             });
    return reply;
}

ProviderReply *FreshMailProvider::spamCheck(const QString &subject, const QString &html, const QString &text,
                                            const QString &from)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/spam_test/check"),
         freshmail::spamCheckBody(subject, html, text, from, m_settings), true,
         [](ProviderReply *r, const QJsonObject &envelope) { r->finishWith(freshmail::parseSpamCheck(envelope)); });
    return reply;
}

} // namespace cm
