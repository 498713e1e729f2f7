// 360NRS scheduling (§4): the messages a sending holds at the provider listed, moved or deleted by their guids,
// never by an empty list (which would move or delete every scheduled message of the account).
#include "nrs360provider.h"

#include "nrs360parse.h"

#include <QJsonDocument>

namespace cm {

template<typename T>
Reply<T> Nrs360Provider::changeScheduled(const QString &sendingId, const QByteArray &method, const QDateTime &utc,
                                         std::function<T(const HttpResponse &)> parse)
{
    auto reply = Reply<T>::make(this);
    Flow *f = flow(reply);
    f->request(nrs360::scheduledLookup(sendingId),
               [f, reply, sendingId, method, utc, parse](const HttpResponse &response) {
                   QStringList guids;
                   for (const nrs360::ScheduledMessage &m : nrs360::parseScheduled(response.body))
                       guids.append(m.guid);
                   const auto request = nrs360::scheduledRequest(method, guids, utc);
                   if (!request)
                       return reply.fail({ProviderError::Kind::Permanent,
                                          {},
                                          tr("360nrs holds no scheduled messages of sending %1.").arg(sendingId),
                                          false,
                                          -1});
                   f->request(*request, [reply, parse](const HttpResponse &answer) { reply.finish(parse(answer)); });
               });
    return reply;
}

Reply<int> Nrs360Provider::reschedule(const QString &sendingId, const QDateTime &utc)
{
    return changeScheduled<int>(sendingId, "PUT", utc, [](const HttpResponse &response) {
        return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("updated")).toInt();
    });
}

Reply<bool> Nrs360Provider::cancelScheduled(const QString &sendingId)
{
    return changeScheduled<bool>(sendingId, "DELETE", {}, [](const HttpResponse &) { return true; });
}

} // namespace cm
