// FreshMail one message at a time: SMS (§4.9, §5) and test copies as transactional mail (§4.8), and the SMS delivery
// report.
#include "freshmailprovider.h"

#include <QTimer>

namespace cm {

// One message per request (SMS, and test copies as transactional mail). Never retried: neither call is idempotent
// (§9). A message without an answer is left out of the outcomes (unknown); those after it are failed, untried.
void FreshMailProvider::sendOneByOne(ProviderReply *reply, SendRequest request, qsizetype next, SendResult result)
{
    if (next >= request.messages.size())
        return reply->finishWith(QVariant::fromValue(result));
    const OutgoingMessage &m = request.messages.at(next);
    const freshmail::OneMessage one = freshmail::oneMessage(request, m, m_settings);
    if (!one.problem.isEmpty()) {
        result.outcomes.append({m.clientKey, {}, false, one.problem});
        return sendOneByOne(reply, request, next + 1, result);
    }
    exchange(reply, "POST", one.path, one.body, false,
             [this, request, next, result](ProviderReply *r, const ProviderError *error, const QJsonObject &) mutable {
                 const OutgoingMessage &m = request.messages.at(next);
                 if (error && error->kind == ProviderError::Kind::Transient) {
                     // No answer: this one is unknown; the rest were never tried.
                     for (qsizetype i = next + 1; i < request.messages.size(); ++i)
                         result.outcomes.append({request.messages.at(i).clientKey,
                                                 {},
                                                 false,
                                                 tr("Not tried: FreshMail did not answer for an earlier message.")});
                     return r->finishWith(QVariant::fromValue(result));
                 }
                 if (error && (error->kind == ProviderError::Kind::Auth || error->code == QLatin1String("1150")))
                     return r->failWith(*error); // nothing of the batch can go
                 if (error)
                     result.outcomes.append(
                             {m.clientKey, {}, false, QStringLiteral("%1 (%2)").arg(error->message, error->code)});
                 else
                     result.outcomes.append({m.clientKey, m.clientKey.left(42), true, {}});
                 r->reportProgress(next + 1, request.messages.size());
                 sendOneByOne(r, request, next + 1, result);
             });
}

ProviderReply *FreshMailProvider::fetchEvents(const QStringList &messageIds)
{
    auto *reply = new ProviderReply(this);
    const QSet<QString> ids(messageIds.cbegin(), messageIds.cend());
    QTimer::singleShot(0, reply, [this, reply, ids] { reportsPage(reply, ids, 1, {}); });
    return reply;
}

void FreshMailProvider::reportsPage(ProviderReply *reply, QSet<QString> ids, int page, QList<DeliveryEvent> events)
{
    call(reply, "POST", QStringLiteral("/sms/reports"), freshmail::smsReportsBody(now(), page, m_settings), true,
         [this, ids, page, events](ProviderReply *r, const QJsonObject &envelope) mutable {
             events += freshmail::parseSmsReport(envelope, ids, m_settings.zone);
             // allData = 1 on the last page (§4.9).
             if (freshmail::number(envelope.value(QStringLiteral("allData"))) == 1 || page >= 1000)
                 return r->finishWith(QVariant::fromValue(events));
             r->reportProgress(page, 0);
             reportsPage(r, ids, page + 1, events);
         });
}

} // namespace cm
