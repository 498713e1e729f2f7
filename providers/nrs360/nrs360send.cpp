// 360NRS sends (§3): the request checked, its recipients grouped by content (nrs360::sendGroups) and one POST per
// group (nrs360::sendCall), in order; the outcomes of every group gathered into one result.
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"

namespace cm {

ProviderReply *Nrs360Provider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    // What goes to the phones (the campaign's "delivery"): a text message, one with a landing page, a call that reads
    // the text or plays a file, or a WhatsApp template.
    const QString kind = nrs360::deliveryOf(request);
    const bool calls = kind == QLatin1String("voice") || kind == QLatin1String("voice_audio");
    // The delivery's fields as the composer checks them (a landing page, an audio file, a template id, …).
    QString problem = providerInfo().optionProblem(request.channel, request.options);
    if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (problem.isEmpty() && request.sender.trimmed().isEmpty() && !calls)
        problem = request.channel == Channel::Email ? QStringLiteral("A from address is needed (error 115)")
                                                    : QStringLiteral("A sender is needed (error 106)");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
                reply,
                [reply, problem] {
                    reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
                },
                Qt::QueuedConnection);
        return reply;
    }
    const QList<QList<OutgoingMessage>> groups = nrs360::sendGroups(request);
    const bool scheduled = nrs360::holdsUntilScheduled(request, m_clock->now());

    // The chain holds itself weakly; the reply holds it until it goes.
    auto chain = std::make_shared<std::function<void(qsizetype, SendResult)>>();
    connect(reply, &QObject::destroyed, this, [chain] {});
    std::weak_ptr<std::function<void(qsizetype, SendResult)>> sendGroup = chain;
    *chain = [=](qsizetype index, SendResult done) {
        if (index >= groups.size())
            return reply->finishWith(QVariant::fromValue(done));
        const QList<OutgoingMessage> &group = groups.at(index);
        const nrs360::SendCall call = nrs360::sendCall(request, group, m_sendSettings, scheduled, m_clock->now());
        HttpJob *job = m_http->send(call.request);
        connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
        connect(job, &HttpJob::finished, reply, [=] {
            SendResult all = done;
            if (!job->hasError()) {
                const SendResult part = nrs360::parseSendResult(job->response().body, call.keyByAddress);
                if (all.remoteCampaignId.isEmpty())
                    all.remoteCampaignId = part.remoteCampaignId;
                all.outcomes += part.outcomes;
                reply->reportProgress(all.outcomes.size(), request.messages.size());
                if (const auto next = sendGroup.lock())
                    (*next)(index + 1, all);
                return;
            }
            const ProviderError error = errorOf(job);
            // One request, or credentials refused: the whole request failed, as the provider said.
            if (groups.size() == 1 || (index == 0 && error.kind == ProviderError::Kind::Auth))
                return reply->failWith(error);
            if (error.kind == ProviderError::Kind::Transient) {
                // No answer: this group may have been sent (left out of the outcomes, so unknown); the groups not
                // tried yet were not, and can be retried.
                for (qsizetype g = index + 1; g < groups.size(); ++g) {
                    for (const OutgoingMessage &m : groups.at(g))
                        all.outcomes.append({m.clientKey,
                                             {},
                                             false,
                                             tr("Not sent: an earlier request of the batch "
                                                "got no answer.")});
                }
                return reply->finishWith(QVariant::fromValue(all));
            }
            // Refused (a 400 for this text, a 402): these recipients failed, the next group still goes.
            const QString why = QStringLiteral("%1 (%2)").arg(error.message, error.code);
            for (const OutgoingMessage &m : group)
                all.outcomes.append({m.clientKey, {}, false, why});
            if (const auto next = sendGroup.lock())
                (*next)(index + 1, all);
        });
    };
    (*chain)(0, {});
    return reply;
}

} // namespace cm
