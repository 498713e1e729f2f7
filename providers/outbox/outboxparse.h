// Outbox (outbox.rest): pure functions from the documented response bodies to our types (spec §5, §6). The unit
// tests feed them the bodies of ../shared/providers/outbox.md; the loopback fake tests the wire.
#pragma once

#include "providers/provider.h"

#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace cm::outbox {

// Reads a JSON member by its exact key, then case-insensitively (the spec's casing varies: EMail/Email, …).
QJsonValue member(const QJsonObject &object, const QString &key);
// An id as Outbox wants it: a number when it is one (§4.1: "send it as an int"), else the text as given.
QJsonValue idValue(const QString &id);
// An int that may arrive as a number or a numeric string; `fallback` otherwise.
qint64 lenientInt(const QJsonValue &value, qint64 fallback = -1);
// Outbox's dates: "2019-01-08T08:00:00200:00" (junk suffix), "2000-01-01 00:00:00", ISO 8601; the sentinels
// 2000-01-01 and 1900-01-01 are "never" (invalid). Naive times are in `zone`.
QDateTime parseDate(const QString &text, const QTimeZone &zone);

// §5.3: is this body an error, and which kind. `httpStatus` 0 means no HTTP answer.
std::optional<ProviderError> classify(int httpStatus, const QByteArray &body);
// The same for an answer to a send, which is judged by its worst case: a success whose body cannot be read (cut
// short, not JSON) may have been sent, so it is ambiguous (transient), never a refusal.
std::optional<ProviderError> classifySend(int httpStatus, const QByteArray &body);

QList<RemoteGroup> parseGroups(const QByteArray &body);             // GET /groups
std::optional<QString> parseCreatedGroupId(const QByteArray &body); // POST /create/group
int parseRowCount(const QByteArray &body); // rows in the "message" array: contacts added, or a page listed
QList<Contact> parseGroupRecipients(const QByteArray &body, const QString &nationalPrefix); // POST /group/recipients
// POST /send/message: the TrackingID of each recipient, keyed by the normalised number or address.
QHash<QString, QString> parseTrackingIds(const QByteArray &body);
struct Status
{
    int code = -1;
    QString recipient;
    QString text;
};
std::optional<Status> parseStatus(const QByteArray &body); // POST /get/status

// POST /info/message (Details false): the campaign counters of §8.2.
CampaignStats parseMessageInfo(const QByteArray &body, const QString &messageId);
// POST /get/recipient: the one contact.
std::optional<Contact> parseRecipient(const QByteArray &body, const QString &nationalPrefix);

// Our personalisation in Outbox's own syntax (§7.1): each {{expression}} becomes /*vN*/ and vN its value for this
// recipient, already filtered; Outbox's substitution then gives exactly what TemplateRenderer::render() gives.
struct Translated
{
    QString content;
    QVariantMap variables;
};
Translated translatePlaceholders(const QString &text, const QVariantMap &values);
// What Outbox does with Content and Variables (for the fake and the tests): every /*KEY*/ replaced by its value.
QString substitute(const QString &content, const QVariantMap &variables);

// The bodies we send. One contact as /add/group/recipient takes it: its email is required (§6.5), consent goes only
// where we know it.
QJsonObject recipient(const Contact &contact, const QString &nationalPrefix);
// POST /send/message for these messages from `sender` (none: Outbox's default), at `when` ("yyyy-MM-dd HH:mm:ss" in
// the account's zone; none: now).
QJsonObject sendBody(const SendRequest &request, const QString &sender, const QString &when);

// Numbers compared without '+' and leading zeros, addresses lower-cased (§4.3).
QString normaliseRecipient(const QString &recipient);
// GSMTel1: the national number for the configured country prefix (+90 by default), full E.164 otherwise.
QString gsmTel(const QString &e164, const QString &nationalPrefix);

} // namespace cm::outbox
