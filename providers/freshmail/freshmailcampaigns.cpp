// FreshMail email campaigns (§4.3–4.5, §6): sent whole to a list of their own (created, filled, made a campaign and
// sent now or at a time in the provider's zone), cancelled by deleting them, edited and tested.
#include "freshmailprovider.h"

namespace cm {

// Email (§4.4, §4.3, §4.5): a list of the campaign's own, filled with its recipients, then the campaign for that
// list, then the send. Only the last call sends anything: an error before it leaves every recipient failed (and
// retryable), not unknown.
void FreshMailProvider::sendEmail(ProviderReply *reply, const SendRequest &request)
{
    QStringList emails;
    for (const OutgoingMessage &m : request.messages)
        emails.append(m.address);
    exchange(reply, "POST", QStringLiteral("/subscribers_list/create"),
             freshmail::sendListBody(request, now(), m_settings), false,
             [this, request, emails](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 if (error)
                     return r->failWith(error->beforeSending());
                 const QString list = freshmail::anyCase(envelope, QStringLiteral("hash")).toString();
                 if (list.isEmpty())
                     return r->failWith(ProviderError {
                             ProviderError::Kind::Permanent, {}, tr("FreshMail gave no list hash."), false, -1}
                                                .beforeSending());
                 addRecipients(r, list, emails, 0, {},
                               [this, r, request, list](const QHash<QString, QString> &rejected) {
                                   createCampaign(r, request, list, rejected);
                               });
             });
}

void FreshMailProvider::createCampaign(ProviderReply *reply, const SendRequest &request, const QString &list,
                                       const QHash<QString, QString> &rejected)
{
    exchange(reply, "POST", QStringLiteral("/campaigns/create"), freshmail::campaignBody(request, list, m_settings),
             false,
             [this, request, rejected](ProviderReply *r, const ProviderError *error, const QJsonObject &created) {
                 if (error)
                     return r->failWith(error->beforeSending());
                 const QString hash = freshmail::anyCase(created, QStringLiteral("hash")).toString();
                 if (hash.isEmpty())
                     return r->failWith(ProviderError {
                             ProviderError::Kind::Permanent, {}, tr("FreshMail gave no campaign hash."), false, -1}
                                                .beforeSending());
                 startCampaign(r, request, hash, rejected);
             });
}

void FreshMailProvider::startCampaign(ProviderReply *reply, const SendRequest &request, const QString &hash,
                                      const QHash<QString, QString> &rejected)
{
    exchange(reply, "POST", QStringLiteral("/campaigns/send"),
             freshmail::campaignSendBody(hash, request.scheduledAt, now(), m_settings), false,
             [request, rejected, hash](ProviderReply *r, const ProviderError *error, const QJsonObject &) {
                 if (error)
                     return r->failWith(*error); // this one sends: a lost answer stays unknown
                 SendResult result;
                 result.remoteCampaignId = hash;
                 for (const OutgoingMessage &m : request.messages) {
                     const QString why = rejected.value(m.address.toLower());
                     result.outcomes.append(
                             {m.clientKey, why.isEmpty() ? m.address.toLower() : QString(), why.isEmpty(), why});
                 }
                 r->finishWith(QVariant::fromValue(result));
             });
}

void FreshMailProvider::addRecipients(ProviderReply *reply, const QString &list, QStringList emails, qsizetype next,
                                      QHash<QString, QString> errors,
                                      std::function<void(const QHash<QString, QString> &)> then)
{
    if (next >= emails.size())
        return then(errors);
    QJsonArray subscribers;
    for (const QString &email : emails.mid(next, freshmail::MultipleChunk))
        subscribers.append(QJsonObject {{QStringLiteral("email"), email}});
    // State 1 without a confirmation mail: they are our recipients, on a list made for this send.
    const qsizetype size = subscribers.size();
    exchange(reply, "POST", QStringLiteral("/subscriber/addMultiple"), freshmail::addMultipleBody(list, subscribers),
             false,
             [this, list, emails, next, errors, then, size](ProviderReply *r, const ProviderError *error,
                                                            const QJsonObject &envelope) mutable {
                 if (error)
                     return r->failWith(error->beforeSending());
                 errors.insert(freshmail::addressErrors(envelope));
                 r->reportProgress(next + size, emails.size());
                 addRecipients(r, list, emails, next + size, errors, then);
             });
}

ProviderReply *FreshMailProvider::cancelScheduled(const QString &campaignHash)
{
    auto *reply = new ProviderReply(this);
    exchange(reply, "POST", QStringLiteral("/campaigns/delete"), {{QStringLiteral("hash"), campaignHash}}, true,
             [](ProviderReply *r, const ProviderError *error, const QJsonObject &) {
                 if (error && error->code != QLatin1String("1798")) // already deleted: cancelled all the same
                     return r->failWith(*error);
                 r->finishWith(true);
             });
    return reply;
}

ProviderReply *FreshMailProvider::editCampaign(const QString &campaignHash, const QJsonObject &fields)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body = fields;
    body.insert(QStringLiteral("id_hash"), campaignHash); // id_hash here, hash elsewhere (§11 #2)
    call(reply, "POST", QStringLiteral("/campaigns/edit"), body, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::sendCampaignTest(const QString &campaignHash, const QStringList &emails,
                                                   const QVariantMap &fields)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body {{QStringLiteral("hash"), campaignHash},
                      {QStringLiteral("emails"), QJsonArray::fromStringList(emails)}};
    if (!fields.isEmpty())
        body.insert(QStringLiteral("custom_fields"), QJsonObject::fromVariantMap(fields));
    call(reply, "POST", QStringLiteral("/campaigns/sendTest"), body, false,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

} // namespace cm
