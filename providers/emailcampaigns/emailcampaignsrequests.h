// Email Campaigns: pure functions from our operations to the documented requests
// (../shared/providers/emailcampaigns.md): JSON requests addressed by ?_id=, multipart uploads with a CSV, and the
// campaign's attributes and start, built without a network. The unit tests check them as they are; the loopback
// fake tests the wire.
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonObject>

#include <optional>

namespace cm::emailcampaigns {

// §6: the start_date and zone for a UTC instant: the campaign's zone where it is one of the four, else EST5EDT;
// rounded up to the minute; a wall time that the zone's clocks show twice (the autumn hour) goes in another of the
// four. Empty, with `problem` set, when it cannot be said.
struct Start
{
    QString startDate; // "yyyy-MM-dd HH:mm"
    QString timezone;  // EST5EDT, CST6CDT, MST7MDT or PST8PDT
    QDateTime utc;     // what that means
};
std::optional<Start> startFor(const QDateTime &utc, const QByteArray &preferredZone, QString *problem);
// §4: RFC 4180, comma separated, a header row first.
QByteArray csv(const QStringList &header, const QList<QStringList> &rows);
// A multipart/form-data body: text parts, then the CSV as "csv_file" when given. Sets `contentType`.
QByteArray multipart(const QList<QPair<QByteArray, QByteArray>> &textParts, const QByteArray &csvFile,
                     QByteArray *contentType);

// A JSON request, for the object `id` names where there is one (?_id=); a body only where the method takes one.
// Never a blind retry of a POST (§1.2).
HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &id = {});
// §3.1: the registered From addresses, and a From address registered.
HttpRequest sendersRequest();
HttpRequest registerSenderRequest(const QString &email, const QString &description);
// A multipart POST (§4) with its own, longer timeout.
HttpRequest uploadRequest(const QString &path, const QString &id, const QList<QPair<QByteArray, QByteArray>> &parts,
                          const QByteArray &csvFile, int timeoutMs);

// §3.3: contacts as the CSV rows of a group upload ("name", "email"; those without an address left out), and the
// bulk replace, update or delete of a group's contacts with them; the same file again has the same effect.
QList<QStringList> contactRows(const QList<Contact> &contacts);
HttpRequest bulkRequest(const QString &action, const QString &groupId, const QList<QStringList> &rows, int timeoutMs);
// §3.2: opt-outs added or removed from a one-column CSV (header "email").
QList<QStringList> optOutRows(const QStringList &emails);
HttpRequest optOutsRequest(const QList<QStringList> &rows, bool add, int timeoutMs);

// §3.5: a campaign's results, in the window from a day before its start (today's when it has none) to a day after
// today (§10 #21).
HttpRequest resultsRequest(const QString &campaignId, const QDateTime &start, const QDateTime &today);

// {{unsubscribe_url}} as the account's page (the API has none of its own).
QString withUnsubscribe(const QString &html, const QString &unsubscribeUrl);
// §3.6: the POST that creates (and so sends) the campaign of a request: its content a new message, its recipients
// uploaded (each address once, with its name), its start `start`, From the registered address `senderId`.
HttpRequest campaignRequest(const SendRequest &request, const QString &senderId, const Start &start,
                            const QString &unsubscribeUrl, int timeoutMs);
// §3.6: a campaign of a message and a contact group already there (source and type "reuse").
HttpRequest reusingRequest(const QString &name, const QString &groupId, const QString &messageId,
                           const QString &senderId, const Start &start, int timeoutMs);

} // namespace cm::emailcampaigns
