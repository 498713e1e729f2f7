// 360NRS: pure functions from the documented request and response shapes to our types
// (../shared/providers/nrs360.md). The unit tests feed them the spec's bodies; the loopback fake tests the wire.
#pragma once

#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace cm::nrs360 {

// §1.4, §19: the error envelope {"error": {"code", "description"}} and the HTTP status, as one of our errors.
// nullopt for a 2xx. 401/103 is bad credentials; 401/112 an IP not on the allow list; 402/111 no credit.
std::optional<ProviderError> classify(int httpStatus, const QByteArray &body);

// classify() for a request the HTTP client finished with `clientError`: 360NRS's code and description, with our kind
// for them, where it answered; the client's own verdict (timeout, network) where it did not. A retry stays safe
// only where the client said so, and never for a validation error.
ProviderError providerError(const ProviderError &clientError, int httpStatus, const QByteArray &body);

// The "data" object of an answer (§1.4).
QJsonObject parseData(const QByteArray &body);

// §1.5: ISO 8601 with or without an offset, "YYYY-MM-DD HH:MM[:SS]" and "YYYYmmddHHiiss", all UTC when zoneless.
// Invalid values (the spec's own day 00) become invalid.
QDateTime parseDate(const QString &text);
QString scheduleDate(const QDateTime &utc); // "YYYYmmddHHiiss", UTC

// §1.6: an MSISDN as 360NRS wants it: digits with the country prefix, no '+' or "00".
QString msisdn(const QString &phone);

// §1.4: the page after `current` while current < total_pages (the adapter builds it; the links lie).
struct Page
{
    QJsonArray items;
    int current = 1;
    int total = 1;
};
Page parsePage(const QByteArray &body);

// §3.0: the send response; rejected items carry their error's description and code.
SendResult parseSendResult(const QByteArray &body, const QHash<QString, QString> &keyByAddress);

// §3.2: GET /sms/{ids}: each message's events, by the message id.
QList<DeliveryEvent> parseSmsStatus(const QByteArray &body);

// §5: the counters of one sending within GET /campaigns (nullopt when it is not there). bounced = hard + soft,
// failed = undelivered + rejected + expired; cost as the provider gives it.
std::optional<CampaignStats> parseSendingStats(const QByteArray &body, const QString &sendingId);
std::optional<CampaignStats> parseSendingStats(const QJsonArray &campaigns, const QString &sendingId);
QList<RemoteCampaign> parseCampaigns(const QJsonArray &campaigns); // one per sending

// §15.2: the per-event CSV, keyed by header name (quotes, CRLF, BOM, extra columns). Events carry the address
// (phone or email) rather than a message id: the CSV has none. Clicked URL, browser and OS, or the call duration,
// go into the detail.
QList<DeliveryEvent> parseEventsCsv(const QByteArray &csv);
QList<QStringList> parseCsv(const QByteArray &csv, QChar delimiter);

// §4.1: the scheduled queue; `result` is an array for a list and an object for one guid.
struct ScheduledMessage
{
    QString guid;
    QString type; // SMS or MAILING
    QString sendingId;
    QDateTime scheduledAt;
    QString to;
};
QList<ScheduledMessage> parseScheduled(const QByteArray &body);

// §9: blacklist entries as our opt-outs (id = "type:recipient").
QList<OptOut> parseBlacklist(const QByteArray &body, const QString &type);
QList<OptOut> parseBlacklist(const QJsonArray &entries, const QString &type);

// §6.1: a contact (custom fields from customFields.data[]; groups from groups.data[] into `groupIds`).
Contact parseContact(const QJsonObject &object, QStringList *groupIds = nullptr);

// §7: a group, with the contact count the caller knows (-1: unknown).
RemoteGroup parseGroup(const QJsonObject &object, qint64 contactCount);

// §10: a template of one store ("v1" or "v2"; its id becomes "v2:12"), its HTML with our placeholders.
RemoteTemplate parseTemplate(const QJsonObject &object, const QString &version);
// 360NRS's {field} and [unsubscribe_link] as our {{field}} and {{unsubscribe_url}}.
QString fromProviderSyntax(const QString &html);

// §8: an email validation job, and its results CSV ("email;result" with a header; the delimiter taken from the
// header line, §26.3, 25) as lowercase address → result.
EmailValidation parseValidation(const QJsonObject &object);
QHash<QString, QString> parseValidationResults(const QByteArray &csv);

// §17: the balance, looked for tolerantly (balance, credit, credits; under data or at the root).
std::optional<double> parseBalance(const QByteArray &body, QString *currency);

// §3.7.2–3.7.4: a WhatsApp conversation (an item of the list, or the data of one), and a message of it; `business`
// is the conversation's business number, which tells outbound from inbound.
Conversation parseConversation(const QJsonObject &object);
ConversationMessage parseConversationMessage(const QJsonObject &object, const QString &business);

} // namespace cm::nrs360
