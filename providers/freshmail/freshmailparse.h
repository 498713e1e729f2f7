// FreshMail: pure functions from the documented answers to our types (../shared/providers/freshmail.md). Every
// answer is an envelope whose "status" decides, whatever the HTTP status (§1.1); its payload is read tolerantly, as
// documented and as observed (§11).
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace cm::freshmail {

// §1.1, §8: the envelope's error (the first code, every message), or nullopt for "status": "OK". A body that is not
// the envelope gives nullopt too: the HTTP status decides then.
std::optional<ProviderError> envelopeError(const QByteArray &body);
ProviderError::Kind kindOf(int code);
// §1.1: one answer read by its envelope, whatever the HTTP status; `failure` is the client's error where the request
// failed (an error status, no answer at all), else null. The envelope's error comes first (retry-safe only where the
// client could retry the request and it is no validation error), then an OK envelope; without either, the client's
// error, ping's bare "pong" (§4.1) as OK, or an unreadable answer.
struct Answer
{
    std::optional<ProviderError> error;
    QJsonObject envelope; // the OK envelope
};
Answer readAnswer(const HttpResponse &response, const ProviderError *failure);
// §3: numbers come as numbers or numeric strings.
qint64 number(const QJsonValue &value);
// §3.1: a subscriber state as ours ("subscribed", "pending", "unconfirmed", "unsubscribed", "soft_bounced",
// "hard_bounced"); an unknown one stays as its number.
QString stateName(int state);
// §4.9: an SMS delivery status as an event (nullopt for QUEUE: nothing happened yet).
std::optional<EventType> smsEvent(const QString &status);
// §4.6: reports/campaign as our counters.
CampaignStats campaignStats(const QJsonObject &report);
// "yyyy-MM-dd HH:mm[:ss]" in the provider's zone, as UTC; invalid when it is neither.
QDateTime providerDate(const QString &text, const QTimeZone &zone);

// §11 #14: an array documented under "data", observed at the top level ("lists", "fields").
QJsonArray dataArray(const QJsonObject &envelope, const char *topLevel);
// A key of `data` or of the envelope, whatever its capitalisation (§11 #3).
QJsonValue anyCase(const QJsonObject &envelope, const QString &key);
// The per-address errors of a *Multiple answer: lowercase address → "message (code)".
QHash<QString, QString> addressErrors(const QJsonObject &envelope);
// §4.3: the lowercase addresses getMultiple's answer knows: every object with an email and a state, wherever it is.
QSet<QString> knownSubscribers(const QJsonValue &answer);

// §4.4: the lists, and a list's custom fields as {hash, name, tag, type (0 text, 1 number)}.
QList<RemoteGroup> parseLists(const QJsonObject &envelope);
QVariantList parseFields(const QJsonObject &envelope);
// §4.2 subscriber/get: the subscriber with its custom fields and its state (as "freshmail_state").
Contact parseSubscriber(const QJsonObject &envelope);

// §4.6: a page of reports/campaignsList (sent campaigns), reports/campaignTimeDetails as {time (UTC), opened,
// unique_opened, clicked, unique_clicked}, and subscriber/getHistory as the events of `email`.
QList<RemoteCampaign> parseCampaignsPage(const QJsonObject &envelope, const QTimeZone &zone);
QVariantList parseTimeDetails(const QJsonObject &envelope, const QTimeZone &zone);
QList<DeliveryEvent> parseHistory(const QJsonObject &envelope, const QString &email, const QTimeZone &zone);
// §4.9 sms/reports: the events of the messages `ids` names, on one page.
QList<DeliveryEvent> parseSmsReport(const QJsonObject &envelope, const QSet<QString> &ids, const QTimeZone &zone);
// §4.7: the spam test's verdict.
SpamVerdict parseSpamCheck(const QJsonObject &envelope);

} // namespace cm::freshmail
