// 360NRS addresses: the v2 blacklists as our opt-outs (§9), one list after the other, and email validation jobs
// (§8), whose results are read once they have finished.
#include "nrs360provider.h"

#include "nrs360parse.h"

namespace cm {

ProviderReply *Nrs360Provider::optOuts(const QString &address)
{
    // The sms, mailing and voice blacklists, one after the other (or the one the address belongs to).
    auto *reply = new ProviderReply(this);
    const QStringList types = nrs360::blacklistTypes(address);
    auto chain = std::make_shared<std::function<void(qsizetype, QList<OptOut>)>>();
    connect(reply, &QObject::destroyed, this, [chain] {});
    std::weak_ptr<std::function<void(qsizetype, QList<OptOut>)>> next = chain;
    *chain = [this, reply, types, address, next](qsizetype index, QList<OptOut> gathered) {
        if (index >= types.size())
            return reply->finishWith(QVariant::fromValue(gathered));
        QUrlQuery query;
        if (!address.isEmpty())
            query.addQueryItem(QStringLiteral("recipient"), nrs360::blacklistRecipient(address));
        const QString type = types.at(index);
        getAll(reply, QStringLiteral("/v2/blacklist/") + type, query,
               [next, index, gathered, type](ProviderReply *, const QJsonArray &items) {
                   QList<OptOut> all = gathered;
                   all += nrs360::parseBlacklist(items, type);
                   if (const auto self = next.lock())
                       (*self)(index + 1, all);
               });
    };
    QMetaObject::invokeMethod(
            reply, [chain] { (*chain)(0, {}); }, Qt::QueuedConnection);
    return reply;
}

ProviderReply *Nrs360Provider::changeContact(const QString &address, ContactChange change)
{
    // The blacklist is 360NRS's opt-out list: PUT adds, DELETE (with a body) removes (§9).
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::blacklistChange(address, change),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *Nrs360Provider::startEmailValidation(const QStringList &emails)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::validationStart(emails), [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(nrs360::parseValidation(nrs360::parseData(response.body))));
    });
    return reply;
}

ProviderReply *Nrs360Provider::emailValidation(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::getRequest(QStringLiteral("/validation/emails/") + id),
         [this, id](ProviderReply *r, const HttpResponse &response) {
             const EmailValidation v = nrs360::parseValidation(nrs360::parseData(response.body));
             if (v.status != QLatin1String("finished"))
                 return r->finishWith(QVariant::fromValue(v));
             call(r, nrs360::validationResults(id), [v](ProviderReply *r2, const HttpResponse &csv) {
                 EmailValidation done = v;
                 done.results = nrs360::parseValidationResults(csv.body);
                 r2->finishWith(QVariant::fromValue(done));
             });
         });
    return reply;
}

} // namespace cm
