// FreshMail email campaigns (§4.3–4.5, §6): sent whole to a list of their own (created, filled, made a campaign and
// sent now or at a time in the provider's zone), cancelled by deleting them, edited and tested.
#include "freshmailprovider.h"

namespace cm {

// A whole campaign on its way: the list made for it, and the addresses FreshMail refused on that list.
struct FreshMailProvider::EmailSend
{
    Reply<SendResult> reply;
    SendRequest request;
    QString list;
    QHash<QString, QString> rejected; // lowercase address → why
};

namespace {

// A step before the send itself failed: nothing went out, so every recipient fails (and can be retried), not unknown.
Flow::Failed failBeforeSending(const Reply<SendResult> &reply)
{
    return [reply](const ProviderError &error) { reply.fail(error.beforeSending()); };
}

} // namespace

// Email (§4.4, §4.3, §4.5): a list of the campaign's own, filled with its recipients, then the campaign for that
// list, then the send. Only the last call sends anything: an error before it leaves every recipient failed (and
// retryable), not unknown.
void FreshMailProvider::sendEmail(const Reply<SendResult> &reply, const SendRequest &request)
{
    Flow *flow = flowOf(reply);
    auto campaign = std::make_shared<EmailSend>(EmailSend {reply, request, {}, {}});
    exchange(
            flow,
            freshmail::jsonRequest("POST", QStringLiteral("/subscribers_list/create"),
                                   freshmail::sendListBody(request, now(), m_settings), false),
            [this, flow, campaign](const QJsonObject &envelope) {
                campaign->list = freshmail::anyCase(envelope, QStringLiteral("hash")).toString();
                if (campaign->list.isEmpty())
                    return campaign->reply.fail(ProviderError {
                            ProviderError::Kind::Permanent, {}, tr("FreshMail gave no list hash."), false, -1}
                                                        .beforeSending());
                addRecipients(flow, campaign);
            },
            failBeforeSending(reply));
}

// A hundred addresses a request, then createCampaign().
void FreshMailProvider::addRecipients(Flow *flow, const std::shared_ptr<EmailSend> &campaign)
{
    const qsizetype count = campaign->request.messages.size();
    const auto chunk = [flow, campaign, count](qsizetype index) {
        const qsizetype from = index * freshmail::MultipleChunk;
        const qsizetype after = qMin(from + freshmail::MultipleChunk, count);
        QJsonArray subscribers;
        for (qsizetype i = from; i < after; ++i)
            subscribers.append(QJsonObject {{QStringLiteral("email"), campaign->request.messages.at(i).address}});
        // State 1 without a confirmation mail: they are our recipients, on a list made for this send.
        exchange(
                flow,
                freshmail::jsonRequest("POST", QStringLiteral("/subscriber/addMultiple"),
                                       freshmail::addMultipleBody(campaign->list, subscribers), false),
                [flow, campaign, after, count](const QJsonObject &envelope) {
                    campaign->rejected.insert(freshmail::addressErrors(envelope));
                    flow->reply()->reportProgress(after, count);
                    flow->advance();
                },
                failBeforeSending(campaign->reply));
    };
    flow->forEach((count + freshmail::MultipleChunk - 1) / freshmail::MultipleChunk, chunk,
                  [this, flow, campaign] { createCampaign(flow, campaign); });
}

void FreshMailProvider::createCampaign(Flow *flow, const std::shared_ptr<EmailSend> &campaign)
{
    exchange(
            flow,
            freshmail::jsonRequest("POST", QStringLiteral("/campaigns/create"),
                                   freshmail::campaignBody(campaign->request, campaign->list, m_settings), false),
            [this, flow, campaign](const QJsonObject &created) {
                const QString hash = freshmail::anyCase(created, QStringLiteral("hash")).toString();
                if (hash.isEmpty())
                    return campaign->reply.fail(ProviderError {
                            ProviderError::Kind::Permanent, {}, tr("FreshMail gave no campaign hash."), false, -1}
                                                        .beforeSending());
                startCampaign(flow, campaign, hash);
            },
            failBeforeSending(campaign->reply));
}

// This one sends: an error fails the reply as it is, and a lost answer stays unknown.
void FreshMailProvider::startCampaign(Flow *flow, const std::shared_ptr<EmailSend> &campaign, const QString &hash)
{
    exchange(flow,
             freshmail::jsonRequest("POST", QStringLiteral("/campaigns/send"),
                                    freshmail::campaignSendBody(hash, campaign->request.scheduledAt, now(), m_settings),
                                    false),
             [campaign, hash](const QJsonObject &) {
                 SendResult result;
                 result.remoteCampaignId = hash;
                 for (const OutgoingMessage &m : std::as_const(campaign->request.messages)) {
                     const QString why = campaign->rejected.value(m.address.toLower());
                     result.outcomes.append(
                             {m.clientKey, why.isEmpty() ? m.address.toLower() : QString(), why.isEmpty(), why});
                 }
                 campaign->reply.finish(result);
             });
}

Reply<bool> FreshMailProvider::cancelScheduled(const QString &campaignHash)
{
    auto reply = Reply<bool>::make(this);
    exchange(
            flowOf(reply),
            freshmail::jsonRequest("POST", QStringLiteral("/campaigns/delete"),
                                   {{QStringLiteral("hash"), campaignHash}}, true),
            [reply](const QJsonObject &) { reply.finish(true); },
            [reply](const ProviderError &error) {
                if (error.code != QLatin1String("1798")) // already deleted: cancelled all the same
                    return reply.fail(error);
                reply.finish(true);
            });
    return reply;
}

Reply<bool> FreshMailProvider::editCampaign(const QString &campaignHash, const QJsonObject &fields)
{
    auto reply = Reply<bool>::make(this);
    QJsonObject body = fields;
    body.insert(QStringLiteral("id_hash"), campaignHash); // id_hash here, hash elsewhere (§11 #2)
    exchange(flowOf(reply), freshmail::jsonRequest("POST", QStringLiteral("/campaigns/edit"), body, true),
             [reply](const QJsonObject &) { reply.finish(true); });
    return reply;
}

Reply<bool> FreshMailProvider::sendCampaignTest(const QString &campaignHash, const QStringList &emails,
                                                const QVariantMap &fields)
{
    auto reply = Reply<bool>::make(this);
    QJsonObject body {{QStringLiteral("hash"), campaignHash},
                      {QStringLiteral("emails"), QJsonArray::fromStringList(emails)}};
    if (!fields.isEmpty())
        body.insert(QStringLiteral("custom_fields"), QJsonObject::fromVariantMap(fields));
    exchange(flowOf(reply), freshmail::jsonRequest("POST", QStringLiteral("/campaigns/sendTest"), body, false),
             [reply](const QJsonObject &) { reply.finish(true); });
    return reply;
}

} // namespace cm
