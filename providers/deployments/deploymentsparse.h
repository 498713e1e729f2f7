// The "Deployments" SMS platform (../shared/providers/deployments.md): a Django REST Framework API whose document
// gives schemas but no paths, auth or pagination. Pure functions from its bodies to our types, and the requests we
// make of it.
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

namespace cm {
class Clock;
}

namespace cm::deployments {

// A page: a bare array (pagination off) or DRF's {"count", "next", "previous", "results"} envelope.
QJsonArray pageResults(const QByteArray &body, QUrl *next);
// DRF's error bodies as one sentence: {"detail": …}, {"field": ["…"]}, [{"destination": ["…"]}, {}].
QString errorText(const QByteArray &body);
// ISO 8601 with or without fraction and zone; a naive time is in `zone`.
QDateTime parseDateTime(const QJsonValue &value, const QTimeZone &zone);
// +27815854565 → 27815854565; empty for anything that is not E.164.
QString destination(const QString &e164);

RemoteGroup contactList(const QJsonObject &object);
Contact contact(const QJsonObject &object, const QString &phoneKey);
RemoteCampaign deployment(const QJsonObject &object, const QTimeZone &zone);
StatBucket stat(const QJsonObject &object, const QTimeZone &zone);
QList<StatBucket> series(const QJsonArray &stats, const QTimeZone &zone); // in time order
OptOut optOut(const QJsonObject &object, const QTimeZone &zone);

// The day buckets of a deployment added up: sent (not delivered, §8.4), failed ("unsent"), unsubscribed.
CampaignStats totals(const QList<StatBucket> &days);
// The id of the (last) deployment whose linked_campaign is `campaignPk`; empty when none is.
QString linkedDeployment(const QJsonArray &deployments, const QString &campaignPk);

// The credentials, by the account's "auth_scheme" ("header" | "basic" | "query") and its other auth_ settings: the
// one place they are added to a request.
AuthHook authHook(const Account &account, const QString &secret);
// A request that takes JSON (`body`, unless Undefined) and asks for JSON.
HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonValue &body, bool retrySafe);
// The path of an endpoint by its key ("contact_lists.list", …) when the account's settings name none: DRF's
// conventions, with {placeholders}.
QString defaultPath(const QString &key);

// Why the platform cannot take this send (SMS only, some recipients, no scheduling after `clock`'s now); empty when
// it can.
QString sendProblem(const SendRequest &request, const Clock *clock);
// The bodies we send. A batch takes the items from *next on, up to `max` of them that can go, and moves *next past
// them; items that cannot go are skipped. Contacts need a destination() number; a message to another address gets
// its refused outcome in *outcomes, in order, and each that goes is listed in *inBatch (campaign_pk goes with it when
// the account sets one).
QJsonArray contactBatch(const QList<Contact> &contacts, qsizetype *next, int max, const QString &phoneKey);
QJsonArray messageBatch(const QList<OutgoingMessage> &messages, qsizetype *next, int max, const QJsonValue &campaignPk,
                        QList<MessageOutcome> *outcomes, QList<OutgoingMessage> *inBatch);
// A CSV upload as multipart/form-data, with the list's title.
QByteArray csvUpload(const QString &title, const QByteArray &csv, const QByteArray &boundary);

// The provider's own credit estimate: ceil(characters / 160) per message (§10).
int documentedCredits(const QString &message);

} // namespace cm::deployments
