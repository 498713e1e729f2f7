// FreshMail one message at a time: SMS (§4.9, §5) and test copies as transactional mail (§4.8), and the SMS delivery
// report.
#include "freshmailprovider.h"

#include "providers/http/sendparts.h"

namespace cm {

namespace {

constexpr int MaxReportPages = 1000; // then the report ends there

// A one-by-one send: its messages and their outcomes so far.
struct OneByOne
{
    SendRequest request;
    SendParts parts;
};

} // namespace

// One message per request (SMS, and test copies as transactional mail). Never retried: neither call is idempotent
// (§9). Each answer is recorded as it comes (SendParts): a message without a clear answer is unknown and those after
// it are not tried (failed); a refused message fails and the next one goes, unless the refusal is the account's (its
// key, a limit, no SMS contract: 1150).
void FreshMailProvider::sendOneByOne(const Reply<SendResult> &reply, const SendRequest &request)
{
    Flow *flow = flowOf(reply);
    auto batch = std::make_shared<OneByOne>(OneByOne {request, SendParts(reply, account().name)});
    const qsizetype total = request.messages.size();
    const auto step = [this, flow, batch, total](qsizetype index) {
        const OutgoingMessage &m = batch->request.messages.at(index);
        const freshmail::OneMessage one = freshmail::oneMessage(batch->request, m, m_settings);
        if (!one.problem.isEmpty()) {
            batch->parts.refusedHere({m.clientKey, {}, false, one.problem});
            return flow->advance();
        }
        const auto next = [flow, index, total] {
            flow->reply()->reportProgress(index + 1, total);
            flow->advance();
        };
        exchange(
                flow, freshmail::jsonRequest("POST", one.path, one.body, false),
                [batch, next, key = m.clientKey](const QJsonObject &) {
                    batch->parts.answered({{key, key.left(42), true, {}}});
                    next();
                },
                [batch, next, index](const ProviderError &error) {
                    const QList<OutgoingMessage> &messages = batch->request.messages;
                    if (batch->parts.failed(error, {messages.at(index)}, messages.mid(index + 1),
                                            error.code == QLatin1String("1150")))
                        next();
                });
    };
    flow->forEach(total, step, [batch] { batch->parts.finish(); });
}

// sms/reports, 1000 a page until allData is 1 (§4.9), or the cap: then what was read.
Reply<QList<DeliveryEvent>> FreshMailProvider::fetchEvents(const QStringList &messageIds)
{
    auto reply = Reply<QList<DeliveryEvent>>::make(this);
    const QSet<QString> ids(messageIds.cbegin(), messageIds.cend());
    auto events = std::make_shared<QList<DeliveryEvent>>();
    Flow *flow = flowOf(reply);
    const auto page = [this, flow, reply, ids, events](qsizetype index) {
        const int pageNumber = int(index) + 1;
        exchange(flow,
                 freshmail::jsonRequest("POST", QStringLiteral("/sms/reports"),
                                        freshmail::smsReportsBody(now(), pageNumber, m_settings), true),
                 [this, flow, reply, ids, events, pageNumber](const QJsonObject &envelope) {
                     *events += freshmail::parseSmsReport(envelope, ids, m_settings.zone);
                     if (freshmail::number(envelope.value(QStringLiteral("allData"))) == 1
                         || pageNumber == MaxReportPages)
                         return reply.finish(*events);
                     reply->reportProgress(pageNumber, 0);
                     flow->advance();
                 });
    };
    flow->forEach(MaxReportPages, page, [reply, events] { reply.finish(*events); });
    return reply;
}

} // namespace cm
