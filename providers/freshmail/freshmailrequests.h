// FreshMail: pure functions from our operations to the documented requests (../shared/providers/freshmail.md): the
// signature, the JSON bodies and the checks a message passes before it goes, built without a network. The unit
// tests check them as they are; the loopback fake tests the wire.
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

class QNetworkRequest;

namespace cm::freshmail {

constexpr int MultipleChunk = 100; // *Multiple calls take at most 100 (1399)

// The account's settings the requests read.
struct Settings
{
    QTimeZone zone;         // the provider's, for times and dates (§6)
    QString fromName;       // email
    QString replyTo;        // email
    QString unsubscribeUrl; // the page {{unsubscribe_url}} links to: FreshMail documents no tag of its own
    QString resignUrl;      // where people land after unsubscribing
    QString smsFrom;        // a registered sender name; ECO without
    int reportDays = 30;    // how far back the SMS report looks
};

// §2.1: lowercase hex sha1 of key + access path ("/rest/…") + body bytes + secret.
QByteArray sign(const QByteArray &key, const QByteArray &path, const QByteArray &body, const QByteArray &secret);
// §2: the key and the signature on a request about to go out, signed over its path as it goes on the wire and the
// very bytes sent; the JSON content type.
void signRequest(QNetworkRequest &request, const QByteArray &body, const QByteArray &key, const QByteArray &secret);
// A request to `path` (after /rest): the body serialised once, and only when it is not a GET.
HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body, bool retrySafe);

// §5: a number as FreshMail takes it: Polish numbers without the +48 become 9 digits' E.164; 9 or 11 digits in all,
// else empty.
QString gsm(const QString &phone);
// §5: whether the text fits the SMS limits (3 parts: 459 plain, 200 with special characters); the problem if not.
QString smsProblem(const QString &text);
// The wall-clock time FreshMail's "time" wants for a UTC instant, in the account's zone (§6).
QString providerTime(const QDateTime &utc, const QTimeZone &zone);
// {{unsubscribe_url}} as the account's page.
QString withUnsubscribe(const QString &html, const Settings &settings);

// --- Sending

// One message of a one-by-one send: an SMS (§4.9: /sms, our key as messageId) or a test copy as transactional mail
// (§4.8: /mail); `problem` says why it cannot go, when it cannot.
struct OneMessage
{
    QString path;
    QJsonObject body;
    QString problem;
};
OneMessage oneMessage(const SendRequest &request, const OutgoingMessage &message, const Settings &settings);
// §4.4: the list of an email campaign's own, named after it and the time it was made (`now`).
QJsonObject sendListBody(const SendRequest &request, const QDateTime &now, const Settings &settings);
// §4.5: the campaign for that list, from the request's first message.
QJsonObject campaignBody(const SendRequest &request, const QString &list, const Settings &settings);
// §4.5, §6: sending campaign `hash`: at the request's time in the provider's zone, or now when that is less than
// two minutes away.
QJsonObject campaignSendBody(const QString &hash, const QDateTime &scheduledAt, const QDateTime &now,
                             const Settings &settings);

// --- Subscribers

// §4.3 addMultiple: subscribers added to `list` in state 1 without a confirmation mail.
QJsonObject addMultipleBody(const QString &list, const QJsonArray &subscribers);
// A chunk of contacts as addMultiple and editMultiple take them: with the values of the list's `tags` they have,
// new ones apart from those `known` to the list. `anyFields`: whether a known one has a value to edit.
struct SubscriberItems
{
    QJsonArray fresh;
    QJsonArray existing;
    bool anyFields = false;
};
SubscriberItems subscriberItems(const QList<Contact> &contacts, const QStringList &tags, const QSet<QString> &known);
// §4.2 subscriber/edit: the fields (as strings, §3) and, where given (> 0), the state.
QJsonObject editSubscriberBody(const QString &listHash, const QString &email, const QVariantMap &fields, int state);

// --- Reports

// §4.9 sms/reports: a page of the report of the last `reportDays` days up to `now`, in the provider's zone.
QJsonObject smsReportsBody(const QDateTime &now, int page, const Settings &settings);
// The same from the day of `since` (the provider's zone) up to `now`.
QJsonObject smsReportsBody(const QDateTime &since, const QDateTime &now, int page, const Settings &settings);
// §4.7 spam_test/check.
QJsonObject spamCheckBody(const QString &subject, const QString &html, const QString &text, const QString &from,
                          const Settings &settings);

} // namespace cm::freshmail
