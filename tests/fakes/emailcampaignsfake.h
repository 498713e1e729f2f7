// A stateful loopback fake of the token-auth Email Campaigns API, literal to ../shared/providers/emailcampaigns.md §11:
// "Authorization: Token …" (401 {"detail": "Invalid token."} otherwise), objects scoped per client, paths with their
// trailing slash (404 without), ids as the query's _id (24 hex, else 404), "$_id"/"$oid" shapes and six-digit
// timestamps, 201/204/200 exactly as documented (a contact group's PUT answers 200 with the group), 400 with
// {"errors": {field: [..]}} for what it refuses; CSV uploads (RFC 4180, header row, invalid emails skipped), campaigns
// created as multipart with their message and recipients, started when its clock passes start_date in their zone,
// results queued then completed with a disposition by address pattern, pause, resume and cancel.
#pragma once

#include "fakeserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace cm::test {

class EmailCampaignsFake : public FakeServer
{
    Q_OBJECT
public:
    explicit EmailCampaignsFake(const QByteArray &token, QObject *parent = nullptr);

    struct Campaign
    {
        QJsonObject object; // as GET shows it
        QDateTime startUtc;
        QStringList processed; // recipients with a result already
    };

    QDateTime now = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    int completeAfterSecs = 300; // a result is queued this long before it completes
    QString clientId = QStringLiteral("5f0000000000000000000001");
    QMap<QString, QJsonObject> senders;  // by id
    QMap<QString, QJsonObject> optOuts;  // by id
    QMap<QString, QJsonObject> groups;   // by id; "contacts" ordered
    QMap<QString, QJsonObject> messages; // by id
    QMap<QString, Campaign> campaigns;   // by id
    QMap<QString, QJsonObject> results;  // by id
    QList<QByteArray> uploads;           // every CSV received, in order

    // Moves the clock: active campaigns whose start has come produce results; queued results complete.
    void advanceTo(const QDateTime &when);
    QString timestamp(const QDateTime &utc) const; // "yyyy-MM-ddTHH:mm:ss.zzz000"

private:
    FakeReply handle(const RecordedRequest &r);
    FakeReply collection(const QString &path, const RecordedRequest &r);
    FakeReply createCampaign(const RecordedRequest &r);
    FakeReply bulk(const QString &action, const RecordedRequest &r);
    QJsonObject stamp(QJsonObject object, bool created);
    QString nextId();
    void produce(Campaign &c);

    QByteArray m_token;
    quint64 m_next = 1;
};

} // namespace cm::test
