// 360NRS reports: the status of SMS messages (§3.2), the counters of a sending within the campaigns (§5) and the
// per-event CSV (§15.2).
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"

namespace cm {

namespace {

constexpr int StatusChunk = 100; // message ids per GET /sms/{ids} ([UNDOC] limit, §25)

} // namespace

Reply<QList<DeliveryEvent>> Nrs360Provider::fetchEvents(const QStringList &providerIds)
{
    auto reply = Reply<QList<DeliveryEvent>>::make(this);
    // The HTTP status of the request that failed: 404 is none of its ids known (yet), not an error for a status poll.
    auto status = std::make_shared<int>(0);
    Flow *f = Flow::on(reply, m_http, [status](const HttpJob *job) {
        *status = job->response().status;
        return errorOf(job);
    });
    auto events = std::make_shared<QList<DeliveryEvent>>();
    const auto statusChunk = [f, reply, status, events](const QStringList &ids, qsizetype index) {
        const QStringList chunk = ids.mid(index * StatusChunk, StatusChunk);
        const auto next = [f, reply, through = index * StatusChunk + chunk.size(), total = ids.size()] {
            reply->reportProgress(through, total);
            f->advance();
        };
        f->request(
                nrs360::smsStatusRequest(chunk),
                [events, next](const HttpResponse &response) {
                    *events += nrs360::parseSmsStatus(response.body);
                    next();
                },
                [reply, status, next](const ProviderError &error) {
                    if (*status != 404)
                        return reply.fail(error);
                    next();
                });
    };
    QMetaObject::invokeMethod(
            reply.get(),
            [f, reply, events, statusChunk, ids = nrs360::smsIds(providerIds)] {
                f->forEach((ids.size() + StatusChunk - 1) / StatusChunk,
                           [statusChunk, ids](qsizetype index) { statusChunk(ids, index); },
                           [reply, events] { reply.finish(*events); });
            },
            Qt::QueuedConnection);
    return reply;
}

Reply<CampaignStats> Nrs360Provider::campaignStats(const QString &sendingId)
{
    // No look-up by sending (§5.1 filters by name): the campaigns, newest pages first would be a guess, so all.
    auto reply = Reply<CampaignStats>::make(this);
    readAll(reply, QStringLiteral("/campaigns"), {}, [this, reply, sendingId](const QJsonArray &items) {
        auto stats = nrs360::parseSendingStats(items, sendingId);
        if (!stats)
            return reply.fail({ProviderError::Kind::Permanent, QStringLiteral("404"),
                               tr("360nrs lists no sending %1.").arg(sendingId), false, -1});
        stats->takenAt = m_clock->now();
        reply.finish(*stats);
    });
    return reply;
}

Reply<QList<DeliveryEvent>> Nrs360Provider::sendingEvents(const QString &sendingId)
{
    return single<QList<DeliveryEvent>>(nrs360::eventsRequest(sendingId), [](const HttpResponse &response) {
        return nrs360::parseEventsCsv(response.body);
    });
}

} // namespace cm
