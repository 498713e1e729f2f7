// 360NRS reports: the status of SMS messages (§3.2), the counters of a sending within the campaigns (§5) and the
// per-event CSV (§15.2).
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"

namespace cm {

namespace {

constexpr int StatusChunk = 100; // message ids per GET /sms/{ids} ([UNDOC] limit, §25)

} // namespace

ProviderReply *Nrs360Provider::fetchEvents(const QStringList &providerIds)
{
    auto *reply = new ProviderReply(this);
    QMetaObject::invokeMethod(
            reply, [this, reply, providerIds] { statusChunk(reply, nrs360::smsIds(providerIds), 0, {}); },
            Qt::QueuedConnection);
    return reply;
}

void Nrs360Provider::statusChunk(ProviderReply *reply, QStringList ids, qsizetype next, QList<DeliveryEvent> events)
{
    if (next >= ids.size())
        return reply->finishWith(QVariant::fromValue(events));
    const QStringList chunk = ids.mid(next, StatusChunk);
    HttpJob *job = m_http->send(nrs360::smsStatusRequest(chunk));
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [this, reply, job, ids, next, events, size = chunk.size()] {
        // 404: none of these ids is known (yet); not an error for a status poll.
        if (job->hasError() && job->response().status != 404)
            return reply->failWith(errorOf(job));
        QList<DeliveryEvent> all = events;
        if (!job->hasError())
            all += nrs360::parseSmsStatus(job->response().body);
        reply->reportProgress(next + size, ids.size());
        statusChunk(reply, ids, next + size, all);
    });
}

ProviderReply *Nrs360Provider::campaignStats(const QString &sendingId)
{
    // No look-up by sending (§5.1 filters by name): the campaigns, newest pages first would be a guess, so all.
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/campaigns"), {}, [this, sendingId](ProviderReply *r, const QJsonArray &items) {
        auto stats = nrs360::parseSendingStats(items, sendingId);
        if (!stats)
            return r->failWith({ProviderError::Kind::Permanent, QStringLiteral("404"),
                                tr("360nrs lists no sending %1.").arg(sendingId), false, -1});
        stats->takenAt = m_clock->now();
        r->finishWith(QVariant::fromValue(*stats));
    });
    return reply;
}

ProviderReply *Nrs360Provider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/campaigns"), {}, [](ProviderReply *r, const QJsonArray &items) {
        r->finishWith(QVariant::fromValue(nrs360::parseCampaigns(items)));
    });
    return reply;
}

ProviderReply *Nrs360Provider::sendingEvents(const QString &sendingId)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::eventsRequest(sendingId), [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(nrs360::parseEventsCsv(response.body)));
    });
    return reply;
}

} // namespace cm
