// FreshMail one message at a time: SMS (§4.9, §5) and test copies as transactional mail (§4.8), and the SMS delivery
// report.
#include "freshmailprovider.h"

namespace cm {

namespace {

constexpr int MaxReportPages = 1000; // then the report ends there

// A one-by-one send: its messages and their outcomes so far.
struct OneByOne
{
    SendRequest request;
    SendResult result;
};

} // namespace

// One message per request (SMS, and test copies as transactional mail). Never retried: neither call is idempotent
// (§9). A message without an answer is left out of the outcomes (unknown); those after it are failed, untried.
void FreshMailProvider::sendOneByOne(const Reply<SendResult> &reply, const SendRequest &request)
{
    Flow *flow = flowOf(reply);
    auto batch = std::make_shared<OneByOne>(OneByOne {request, {}});
    const qsizetype total = request.messages.size();
    const auto step = [this, flow, reply, batch, total](qsizetype index) {
        const OutgoingMessage &m = batch->request.messages.at(index);
        const freshmail::OneMessage one = freshmail::oneMessage(batch->request, m, m_settings);
        if (!one.problem.isEmpty()) {
            batch->result.outcomes.append({m.clientKey, {}, false, one.problem});
            return flow->advance();
        }
        const auto answered = [flow, batch, index, total](const MessageOutcome &outcome) {
            batch->result.outcomes.append(outcome);
            flow->reply()->reportProgress(index + 1, total);
            flow->advance();
        };
        exchange(
                flow, freshmail::jsonRequest("POST", one.path, one.body, false),
                [answered, key = m.clientKey](const QJsonObject &) {
                    answered({key, key.left(42), true, {}});
                },
                [reply, batch, index, total, answered, key = m.clientKey](const ProviderError &error) {
                    if (error.kind == ProviderError::Kind::Transient) {
                        // No answer: this one is unknown; the rest were never tried.
                        for (qsizetype i = index + 1; i < total; ++i)
                            batch->result.outcomes.append(
                                    {batch->request.messages.at(i).clientKey,
                                     {},
                                     false,
                                     tr("Not tried: FreshMail did not answer for an earlier message.")});
                        return reply.finish(batch->result);
                    }
                    if (error.kind == ProviderError::Kind::Auth || error.code == QLatin1String("1150"))
                        return reply.fail(error); // nothing of the batch can go
                    answered({key, {}, false, QStringLiteral("%1 (%2)").arg(error.message, error.code)});
                });
    };
    flow->forEach(total, step, [reply, batch] { reply.finish(batch->result); });
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
