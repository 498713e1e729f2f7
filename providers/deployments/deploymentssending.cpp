// Deployments sends (§10, §12): the opt-outs read first, so a number opted out at the provider is left out; then
// the single send, or the bulk array in slices of bulk_size, each slice's outcome recorded as its answer comes back
// (SendParts); the deployment linked to campaign_pk looked up for the report.
#include "deploymentsprovider.h"

#include "deploymentsparse.h"
#include "models/clock.h"
#include "providers/http/sendparts.h"

namespace cm {

QJsonValue DeploymentsProvider::campaignPkOf(const SendRequest &request) const
{
    const QString own = request.options.value(QStringLiteral("campaign_pk")).toString().trimmed();
    bool number = false;
    const qint64 pk = own.toLongLong(&number);
    if (number)
        return QJsonValue(pk);
    return own.isEmpty() ? m_campaignPk : QJsonValue(own); // not a number: the platform says so (400)
}

Reply<SendResult> DeploymentsProvider::send(const SendRequest &request)
{
    auto reply = Reply<SendResult>::make(this);
    if (const QString problem = deployments::sendProblem(request, m_clock); !problem.isEmpty()) {
        const ProviderError error {ProviderError::Kind::Validation, {}, problem, false, -1};
        QMetaObject::invokeMethod(
                reply.get(), [reply, error] { reply.fail(error); }, Qt::QueuedConnection);
        return reply;
    }
    // Whether the platform skips opted-out numbers on API sends is not documented (§12): we leave them out
    // ourselves, from its list as it is now. Nothing is sent before it is read, so an error there fails the
    // recipients (they can be retried) instead of leaving them unknown.
    const Reply<QList<OptOut>> listed = optOuts();
    connect(reply, &ProviderReply::aborting, listed, &ProviderReply::abort);
    connect(listed, &ProviderReply::finished, reply, [this, reply, listed, request] {
        if (listed->hasError())
            return reply.fail(listed->error().beforeSending());
        QSet<QString> optedOut;
        for (const OptOut &o : listed.result()) {
            if (o.active)
                optedOut.insert(deployments::destination(o.address));
        }
        sendAllowed(reply, request, optedOut);
    });
    return reply;
}

void DeploymentsProvider::sendAllowed(const Reply<SendResult> &reply, const SendRequest &request,
                                      const QSet<QString> &optedOut)
{
    const QJsonValue campaignPk = campaignPkOf(request);
    struct Send
    {
        QList<OutgoingMessage> going; // to an international number that has not opted out
        qsizetype next = 0;           // the first message of the next slice
        SendParts parts;
    };
    const auto finish = [this, reply, campaignPk](const SendResult &r) { finishSend(reply, r, campaignPk); };
    auto send = std::make_shared<Send>(Send {{}, 0, SendParts(reply, account().name, finish)});
    // The messages to another kind of address are refused here (messageBatch() over all of them), then those to a
    // number opted out at the provider.
    QList<OutgoingMessage> valid;
    qsizetype all = 0;
    deployments::messageBatch(request.messages, &all, int(request.messages.size()), {}, &send->parts.result.outcomes,
                              &valid);
    for (const OutgoingMessage &m : std::as_const(valid)) {
        if (optedOut.contains(deployments::destination(m.address)))
            send->parts.refusedHere({m.clientKey, {}, false, tr("Opted out at the provider: not sent.")});
        else
            send->going.append(m);
    }
    // One message: the single send; more: the bulk array. Never repeated: no idempotency key, no returned id.
    const bool single = send->going.size() == 1;
    const QString sendPath = path(single ? QStringLiteral("sms.send") : QStringLiteral("sms.send_bulk"));
    Flow *slices = Flow::on(reply, m_http, errorsOf("POST", sendPath));
    const auto step = [this, reply, slices, send, single, sendPath, campaignPk](qsizetype) {
        QList<OutgoingMessage> inSlice;
        QList<MessageOutcome> none; // every message of `going` can go
        const QJsonArray items
                = deployments::messageBatch(send->going, &send->next, m_bulkSize, campaignPk, &none, &inSlice);
        const auto accepted = [reply, slices, send, inSlice](const HttpResponse &) {
            // Accepted, with no id of the provider's: ours stands in, so the message can be found again.
            QList<MessageOutcome> outcomes;
            for (const OutgoingMessage &m : inSlice)
                outcomes.append({m.clientKey, QStringLiteral("dep:") + m.clientKey, true, {}});
            send->parts.answered(outcomes);
            reply->reportProgress(send->next, send->going.size());
            slices->advance();
        };
        const auto failed = [slices, send, inSlice](const ProviderError &error) {
            if (send->parts.failed(error, inSlice, send->going.mid(send->next)))
                slices->advance();
        };
        slices->request(deployments::jsonRequest("POST", sendPath, single ? items.first() : QJsonValue(items), false),
                        accepted, failed);
    };
    slices->forEach((send->going.size() + m_bulkSize - 1) / m_bulkSize, step, [send] { send->parts.finish(); });
}

} // namespace cm
