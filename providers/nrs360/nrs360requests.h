// 360NRS: pure functions from our operations to the documented requests (../shared/providers/nrs360.md): paths,
// queries and JSON bodies, built without a network. The unit tests check them as they are; the loopback fake tests
// the wire.
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace cm::nrs360 {

// A request with a JSON body, none when `body` is undefined.
HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonValue &body, bool retrySafe);
HttpRequest getRequest(const QString &path); // no body, safe to retry
// §1.4: page `page` of a list, with `pageSize` as its limit unless the query sets one.
HttpRequest pageRequest(const QString &path, const QUrlQuery &query, int page, int pageSize);

// --- Sending (§3)

// The account's settings a send reads.
struct SendSettings
{
    QString replyTo;  // email: the reply-to address; the sender when empty
    QString fromName; // email
    QString encoding; // SMS: gsm | gsm-pt | utf-16; chosen from the text when empty
    int maxParts = 15;
};

// Where a send goes, by its channel and options: /mailing (email), /sms, /landingsms (an SMS with its landing_page
// set), /voice (a call reading the text), /voiceAudio (a call playing its audio_url) or /whatsapp.
QString sendPath(const SendRequest &request);
// One request per distinct content: /sms, /mailing, /voice and /landingsms take one text for all their recipients.
// Recipients with the same text go together, in the order they came; those personalised with variables
// (BulkPersonalisation: a body with /*vN*/ markers) go together too, with their values in sub (§20.1). A call
// playing a file and WhatsApp (one entry per recipient) need one request for everyone.
QList<QList<OutgoingMessage>> sendGroups(const SendRequest &request);
// §3.0: a name of ours per campaign and channel ("Spring sale #sms"): its statistics, reports and scheduled
// messages are found by it. Empty without a campaign name.
QString campaignName(const SendRequest &request);
// Whether 360NRS holds the messages until the request's time (§4): a time still to come, never for WhatsApp.
bool holdsUntilScheduled(const SendRequest &request, const QDateTime &now);
// The POST of one group of sendGroups(), and our key for each address as the answer will name it. `now` dates the
// expiry of a message sent at once.
struct SendCall
{
    HttpRequest request;
    QHash<QString, QString> keyByAddress;
};
SendCall sendCall(const SendRequest &request, const QList<OutgoingMessage> &group, const SendSettings &settings,
                  bool scheduled, const QDateTime &now);
// §3.7.1: one recipient's entry of a WhatsApp template send, from the text rendered for them: each line is a body
// variable, in order, except lines that start with "header:", "button:" (a call-to-action variable), "reply:" (a
// quick-reply button's answer) or "location:" (latitude, longitude, name, address, comma-separated).
QJsonObject whatsappMessage(const QString &to, const QString &text);

// {{unsubscribe_url}} in 360NRS's words: [unsubscribe_link] in email, {UNSUB_URL} in SMS.
QString providerUnsubscribe(const QString &text, Channel channel);
// Our {{field}} placeholders and {{unsubscribe_url}} as 360NRS's {field} and [unsubscribe_link] (§10).
QString toProviderSyntax(const QString &html);

// --- Contacts (§6)

// A contact's body; countryIso from its country, else its phone number, else `defaultCountry` (§6.4).
QJsonObject contactBody(const Contact &contact, const QString &groupId, const QString &defaultCountry);
// Looking a contact up by email, else phone, with its groups.
HttpRequest contactLookup(const Contact &contact);
// The write after contactLookup() found `found`: a new contact created in the group, or the one 360NRS has updated
// with the full list of its groups, this one added (a PUT may replace memberships, §6.5).
HttpRequest contactUpsert(const Contact &contact, const QString &groupId, const QString &defaultCountry,
                          const QJsonArray &found);

// --- Reports (§3.2, §15.2)

// The ids GET /sms/{ids} knows: WhatsApp messages (UUIDs) have no status look-up (§3.7).
QStringList smsIds(const QStringList &providerIds);
HttpRequest smsStatusRequest(const QStringList &ids);
HttpRequest eventsRequest(const QString &sendingId); // the per-event CSV, with a longer timeout

// --- Scheduling (§4)

HttpRequest scheduledLookup(const QString &sendingId); // GET /scheduled?sendingId=
// PUT (to `utc`) and DELETE /scheduled; never with an empty guid list, which would move or delete every scheduled
// message of the account (§4.2, §4.3): nullopt then.
std::optional<HttpRequest> scheduledRequest(const QByteArray &method, const QStringList &guids,
                                            const QDateTime &utc = {});

// --- Blacklists (§9)

QString blacklistType(const QString &address);      // "mailing" for an email address, else "sms"
QString blacklistRecipient(const QString &address); // a lowercase email address or an MSISDN
// The lists optOuts() reads: sms, mailing and voice, or the one an address belongs to.
QStringList blacklistTypes(const QString &address);
// PUT adds, DELETE (with a body) removes; calls have a list of their own.
HttpRequest blacklistChange(const QString &address, ContactChange change);

// --- Templates (§10), email validation (§8), WhatsApp conversations (§3.7)

QString templatePath(const QString &id); // "/v2/templates/12" from "v2:12", "/templates/3" from "v1:3"
// A new template goes to v2 (§10: prefer it); an existing one stays in its store.
HttpRequest templateSave(const RemoteTemplate &tmpl);
// allowRisky stays false: 360NRS then blacklists the risky addresses itself, which is what a sender wants.
HttpRequest validationStart(const QStringList &emails);
HttpRequest validationResults(const QString &id); // the results CSV, with a longer timeout
QString conversationPath(const QString &from, const QString &to);

} // namespace cm::nrs360
