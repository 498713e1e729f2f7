#include "sendparts.h"

namespace cm {

SendParts::SendParts(const Reply<SendResult> &reply, QString accountName,
                     std::function<void(const SendResult &)> finish)
    : m_reply(reply)
    , m_accountName(std::move(accountName))
    , m_finish(std::move(finish))
{ }

void SendParts::finish() const
{
    if (m_finish)
        m_finish(result);
    else
        m_reply.finish(result);
}

void SendParts::answered(const QList<MessageOutcome> &outcomes)
{
    // An answer, whatever it lists: the request reached the provider, so the batch can no longer fail wholesale
    // (a recipient the answer leaves out is recorded unknown).
    m_wentOut = true;
    result.outcomes += outcomes;
}

bool SendParts::failed(const ProviderError &error, const QList<OutgoingMessage> &messages,
                       const QList<OutgoingMessage> &rest, bool refusesAll)
{
    using Kind = ProviderError::Kind;
    if (error.kind == Kind::Cancelled && m_wentOut) {
        // Stopped with a request in flight, after others went out: that one may have gone, the rest did not.
        record(messages, tr("The send stopped while this was with the provider; it may have been sent."), true);
        record(rest, tr("Not sent: the send stopped before this request."), false);
        finish();
        return false;
    }
    if (error.kind == Kind::Cancelled) {
        m_reply.fail(error);
        return false;
    }
    const bool ambiguous = error.kind == Kind::Transient;
    const bool stops = ambiguous || refusesAll || error.kind == Kind::Auth || error.kind == Kind::RateLimited;
    const bool alone = result.outcomes.isEmpty() && rest.isEmpty(); // the batch's one request
    if (!m_wentOut && (alone || (stops && !ambiguous))) {
        // Nothing of the batch went out before this: the reply says what the provider said, as for one request.
        m_reply.fail(error);
        return false;
    }
    const QString why = error.describe(m_accountName);
    if (ambiguous) {
        m_wentOut = true;
        record(messages,
               tr("Its request got no clear answer, so it may have been sent: check at the provider before sending it "
                  "again. %1")
                       .arg(why),
               true);
    } else {
        record(messages, why, false);
    }
    if (!stops)
        return true;
    record(rest,
           ambiguous ? tr("Not sent: an earlier request of the batch got no clear answer, so the rest were held back.")
                     : tr("Not sent: the provider refused an earlier request of the batch. %1").arg(why),
           false);
    if (error.kind == Kind::Auth || error.kind == Kind::RateLimited || refusesAll)
        result.stopReason = why; // the next batch would be refused the same way
    finish();
    return false;
}

void SendParts::record(const QList<OutgoingMessage> &messages, const QString &why, bool unknown)
{
    for (const OutgoingMessage &m : messages) {
        MessageOutcome o;
        o.clientKey = m.clientKey;
        o.error = why;
        o.unknown = unknown;
        result.outcomes.append(o);
    }
}

} // namespace cm
