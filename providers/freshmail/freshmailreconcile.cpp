// FreshMail: which of our SMS it has (§9). sms and mail return no id and are not idempotent, so a message whose
// answer was lost is looked up in the SMS report over the send's days, by the messageId we sent it with (the first
// 42 characters of its client key). Any record means FreshMail took it; none means it has not (yet).
#include "freshmailprovider.h"

#include "freshmailparse.h"
#include "freshmailrequests.h"

#include <QJsonArray>

namespace cm {

namespace {
constexpr int MaxReconcilePages = 1000; // 1000 records a page: a million messages
}

Reply<QStringList> FreshMailProvider::findSent(Channel channel, const QStringList &clientKeys, const QDateTime &since)
{
    if (channel != Channel::Sms)
        return unsupported<QStringList>(tr("say which emails it has"));
    auto reply = Reply<QStringList>::make(this);
    auto byId = std::make_shared<QHash<QString, QString>>(); // messageId → client key
    for (const QString &key : clientKeys)
        byId->insert(key.left(42), key);
    auto found = std::make_shared<QSet<QString>>();
    Flow *flow = flowOf(reply);
    const auto page = [this, flow, reply, byId, found, since](qsizetype index) {
        const int pageNumber = int(index) + 1;
        exchange(flow,
                 freshmail::jsonRequest("POST", QStringLiteral("/sms/reports"),
                                        freshmail::smsReportsBody(since, now(), pageNumber, m_settings), true),
                 [flow, reply, byId, found, pageNumber](const QJsonObject &envelope) {
                     for (const QJsonValue &v : envelope.value(QStringLiteral("data")).toArray()) {
                         // The id comes back as our string, or a number where one was sent (§10 #4).
                         const QString id = v.toObject().value(QStringLiteral("message_id")).toVariant().toString();
                         if (const auto key = byId->constFind(id); key != byId->cend())
                             found->insert(*key);
                     }
                     if (freshmail::number(envelope.value(QStringLiteral("allData"))) == 1
                         || pageNumber == MaxReconcilePages)
                         return reply.finish(QStringList(found->cbegin(), found->cend()));
                     reply->reportProgress(pageNumber, 0);
                     flow->advance();
                 });
    };
    flow->forEach(MaxReconcilePages, page,
                  [reply, found] { reply.finish(QStringList(found->cbegin(), found->cend())); });
    return reply;
}

} // namespace cm
