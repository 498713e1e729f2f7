// 360NRS addresses: the v2 blacklists as our opt-outs (§9), one list after the other, and email validation jobs
// (§8), whose results are read once they have finished.
#include "nrs360provider.h"

#include "nrs360parse.h"

namespace cm {

Reply<QList<OptOut>> Nrs360Provider::optOuts(const QString &address)
{
    // The sms, mailing and voice blacklists, one after the other (or the one the address belongs to).
    auto reply = Reply<QList<OptOut>>::make(this);
    const QStringList types = nrs360::blacklistTypes(address);
    QUrlQuery query;
    if (!address.isEmpty())
        query.addQueryItem(QStringLiteral("recipient"), nrs360::blacklistRecipient(address));
    auto gathered = std::make_shared<QList<OptOut>>();
    Flow *f = flow(reply);
    const auto readList = [this, f, reply, types, query, gathered](qsizetype index) {
        const QString type = types.at(index);
        readAll(reply, QStringLiteral("/v2/blacklist/") + type, query, [f, gathered, type](const QJsonArray &items) {
            *gathered += nrs360::parseBlacklist(items, type);
            f->advance();
        });
    };
    QMetaObject::invokeMethod(
            reply.get(),
            [f, reply, readList, gathered, count = types.size()] {
                f->forEach(count, readList, [reply, gathered] { reply.finish(*gathered); });
            },
            Qt::QueuedConnection);
    return reply;
}

Reply<bool> Nrs360Provider::changeContact(const QString &address, ContactChange change)
{
    // The blacklist is 360NRS's opt-out list: PUT adds, DELETE (with a body) removes (§9).
    return single<bool>(nrs360::blacklistChange(address, change), [](const HttpResponse &) { return true; });
}

Reply<EmailValidation> Nrs360Provider::startEmailValidation(const QStringList &emails)
{
    return single<EmailValidation>(nrs360::validationStart(emails), [](const HttpResponse &response) {
        return nrs360::parseValidation(nrs360::parseData(response.body));
    });
}

Reply<EmailValidation> Nrs360Provider::emailValidation(const QString &id)
{
    auto reply = Reply<EmailValidation>::make(this);
    Flow *f = flow(reply);
    f->request(nrs360::getRequest(QStringLiteral("/validation/emails/") + id),
               [f, reply, id](const HttpResponse &response) {
                   const EmailValidation v = nrs360::parseValidation(nrs360::parseData(response.body));
                   if (v.status != QLatin1String("finished"))
                       return reply.finish(v);
                   f->request(nrs360::validationResults(id), [reply, v](const HttpResponse &csv) {
                       EmailValidation done = v;
                       done.results = nrs360::parseValidationResults(csv.body);
                       reply.finish(done);
                   });
               });
    return reply;
}

} // namespace cm
