// 360NRS scheduling (§4): the messages a sending holds at the provider listed, moved or deleted by their guids,
// never by an empty list (which would move or delete every scheduled message of the account).
#include "nrs360provider.h"

#include "nrs360parse.h"

#include <QJsonDocument>

namespace cm {

ProviderReply *Nrs360Provider::listScheduled(const QString &sendingId)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::scheduledLookup(sendingId), [](ProviderReply *r, const HttpResponse &response) {
        QList<RemoteCampaign> list;
        for (const nrs360::ScheduledMessage &m : nrs360::parseScheduled(response.body))
            list.append({m.guid, m.to.isEmpty() ? m.type : m.to, m.type, m.scheduledAt, 1, -1});
        r->finishWith(QVariant::fromValue(list));
    });
    return reply;
}

void Nrs360Provider::changeScheduled(ProviderReply *reply, const QString &sendingId, const QByteArray &method,
                                     const QDateTime &utc, Handler handler)
{
    call(reply, nrs360::scheduledLookup(sendingId),
         [this, sendingId, method, utc, handler](ProviderReply *r, const HttpResponse &response) {
             QStringList guids;
             for (const nrs360::ScheduledMessage &m : nrs360::parseScheduled(response.body))
                 guids.append(m.guid);
             const auto request = nrs360::scheduledRequest(method, guids, utc);
             if (!request)
                 return r->failWith({ProviderError::Kind::Permanent,
                                     {},
                                     tr("360nrs holds no scheduled messages of sending %1.").arg(sendingId),
                                     false,
                                     -1});
             call(r, *request, handler);
         });
}

ProviderReply *Nrs360Provider::reschedule(const QString &sendingId, const QDateTime &utc)
{
    auto *reply = new ProviderReply(this);
    changeScheduled(reply, sendingId, "PUT", utc, [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("updated")).toInt());
    });
    return reply;
}

ProviderReply *Nrs360Provider::cancelScheduled(const QString &sendingId)
{
    auto *reply = new ProviderReply(this);
    changeScheduled(reply, sendingId, "DELETE", {},
                    [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

} // namespace cm
