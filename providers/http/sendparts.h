// A send that goes out as several requests (FreshMail: one per SMS; 360NRS: one per distinct text; Deployments: one
// per slice of a bulk): each request's outcome is recorded as its answer comes back, and a request that fails is
// judged by the worst case (README, "The send is judged by its worst case"):
//
// - its messages are unknown where the provider may have acted on it (a Transient error: a timeout, a 5xx, a cut-off
//   answer), failed where it clearly refused them;
// - the messages of the requests before it keep their outcomes: the batch never fails wholesale once part of it went
//   out;
// - after no clear answer, or after a refusal of the credentials or the rate (FreshMail's unsigned SMS contract
//   too), the requests not tried are not sent: their messages fail (nothing of them went out, they can be retried),
//   never unknown. After a refusal of one request's content, the next request still goes.
//
// Where nothing went out, the reply fails with the provider's error as a one-request send would (so the dispatcher
// marks the batch by the error's kind and stops on credentials or a rate limit).
#pragma once

#include "providers/provider.h"

#include <QCoreApplication>

#include <functional>

namespace cm {

class SendParts
{
    Q_DECLARE_TR_FUNCTIONS(cm::SendParts)
public:
    // `finish` gives the reply its result (an adapter may look something up first); none: reply.finish(result).
    SendParts(const Reply<SendResult> &reply, QString accountName,
              std::function<void(const SendResult &result)> finish = {});

    SendResult result; // the outcomes so far, and the remote campaign

    // Outcomes known without a request (a number the provider cannot take): failed, not sent.
    void refusedHere(const MessageOutcome &outcome) { result.outcomes.append(outcome); }
    // A request was answered: its outcomes (accepted or refused one by one).
    void answered(const QList<MessageOutcome> &outcomes);
    // The request of `messages` failed with `error`; `rest` are the messages of the requests not tried yet. True when
    // the next request should still go (a refusal of this request's content only); false when the reply has been
    // finished or failed and the send stops. `refusesAll`: the error refuses every request of the account (beyond
    // credentials and rate limits, which always do).
    bool failed(const ProviderError &error, const QList<OutgoingMessage> &messages, const QList<OutgoingMessage> &rest,
                bool refusesAll = false);
    // Every request has had its answer.
    void finish() const;

private:
    void record(const QList<OutgoingMessage> &messages, const QString &why, bool unknown);

    Reply<SendResult> m_reply;
    QString m_accountName;
    std::function<void(const SendResult &)> m_finish;
    bool m_wentOut = false; // a request was answered (whatever it listed), or may have been acted on
};

} // namespace cm
