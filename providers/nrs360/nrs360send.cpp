// 360NRS sends (§3): the request checked, its recipients grouped by content (nrs360::sendGroups) and one POST per
// group (nrs360::sendCall), in order; the outcomes of every group gathered into one result.
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"
#include "providers/http/sendparts.h"

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

    // One POST per group, in order; each group's outcomes recorded as its answer comes (SendParts): a group without
    // a clear answer is unknown and those after it are not sent; a group refused for its content fails and the next
    // one goes; credentials or a rate limit refused stop the batch there.
    auto parts = std::make_shared<SendParts>(reply, account().name);
    Flow *f = flow(reply);
    const auto sent = [f, reply, parts, total = request.messages.size()](const SendResult &part) {
        if (parts->result.remoteCampaignId.isEmpty())
            parts->result.remoteCampaignId = part.remoteCampaignId;
        parts->answered(part.outcomes);
        reply->reportProgress(parts->result.outcomes.size(), total);
        f->advance();
    };
    const auto refused = [f, parts, groups](qsizetype index, const ProviderError &error) {
        QList<OutgoingMessage> rest;
        for (qsizetype g = index + 1; g < groups.size(); ++g)
            rest += groups.at(g);
        if (parts->failed(error, groups.at(index), rest))
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
            [parts] { parts->finish(); });
    return reply;
}

} // namespace cm
