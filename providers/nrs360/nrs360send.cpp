// 360NRS sends (§3): the request checked, its recipients grouped by content (nrs360::sendGroups) and one POST per
// group (nrs360::sendCall), in order; the outcomes of every group gathered into one result.
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"

namespace cm {

Reply<SendResult> Nrs360Provider::send(const SendRequest &request)
{
    auto reply = Reply<SendResult>::make(this);
    // A call needs no sender (the account's callers, or the campaign's "callers").
    const bool calls = request.channel == Channel::Voice;
    // The channel's fields as the composer checks them (a landing page, an audio file, a template id, …).
    QString problem = providerInfo().optionProblem(request.channel, request.options);
    if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (problem.isEmpty() && request.sender.trimmed().isEmpty() && !calls)
        problem = request.channel == Channel::Email ? QStringLiteral("A from address is needed (error 115)")
                                                    : QStringLiteral("A sender is needed (error 106)");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
                reply.get(),
                [reply, problem] {
                    reply.fail({ProviderError::Kind::Validation, {}, problem, false, -1});
                },
                Qt::QueuedConnection);
        return reply;
    }
    const QList<QList<OutgoingMessage>> groups = nrs360::sendGroups(request);
    const bool scheduled = nrs360::holdsUntilScheduled(request, m_clock->now());

    // One POST per group, in order; the outcomes of every group gathered here.
    auto all = std::make_shared<SendResult>();
    Flow *f = flow(reply);
    const auto sent = [f, reply, all, total = request.messages.size()](const SendResult &part) {
        if (all->remoteCampaignId.isEmpty())
            all->remoteCampaignId = part.remoteCampaignId;
        all->outcomes += part.outcomes;
        reply->reportProgress(all->outcomes.size(), total);
        f->advance();
    };
    const auto refused = [f, reply, all, groups](qsizetype index, const ProviderError &error) {
        // One request, or credentials refused: the whole request failed, as the provider said. Aborted: nothing more
        // goes out.
        if (groups.size() == 1 || (index == 0 && error.kind == ProviderError::Kind::Auth)
            || error.kind == ProviderError::Kind::Cancelled)
            return reply.fail(error);
        if (error.kind == ProviderError::Kind::Transient) {
            // No answer: this group may have been sent (left out of the outcomes, so unknown); the groups not tried
            // yet were not, and can be retried.
            for (qsizetype g = index + 1; g < groups.size(); ++g) {
                for (const OutgoingMessage &m : groups.at(g))
                    all->outcomes.append(
                            {m.clientKey, {}, false, tr("Not sent: an earlier request of the batch got no answer.")});
            }
            return reply.finish(*all);
        }
        // Refused (a 400 for this text, a 402): these recipients failed, the next group still goes.
        const QString why = QStringLiteral("%1 (%2)").arg(error.message, error.code);
        for (const OutgoingMessage &m : groups.at(index))
            all->outcomes.append({m.clientKey, {}, false, why});
        f->advance();
    };
    f->forEach(
            groups.size(),
            [this, f, request, groups, scheduled, sent, refused](qsizetype index) {
                const nrs360::SendCall call
                        = nrs360::sendCall(request, groups.at(index), m_sendSettings, scheduled, m_clock->now());
                f->request(
                        call.request,
                        [sent, keys = call.keyByAddress](const HttpResponse &response) {
                            sent(nrs360::parseSendResult(response.body, keys));
                        },
                        [refused, index](const ProviderError &error) { refused(index, error); });
            },
            [reply, all] { reply.finish(*all); });
    return reply;
}

} // namespace cm
