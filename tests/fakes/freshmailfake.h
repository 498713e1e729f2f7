// A stateful loopback fake of FreshMail's REST API v1, literal to ../shared/providers/freshmail.md §12: every request
// authenticated before routing by sha1(key + raw path + raw body + secret) (1000 otherwise), the {status, data} and
// {status, errors} envelopes with the HTTP status mapped or always 200, both response shapes (documented and
// observed), lists with custom fields and subscribers (states 1–8, *Multiple capped at 100 with per-address Errors),
// the block list (self entries removable, system ones not), campaigns (draft → scheduled → sent, 1733 for a past
// time, 1736 for a second send) with a simulated delivery by address pattern feeding reports/campaign, the 10-minute
// time details, the campaign list and each subscriber's history; the spam test, SMS with the document's number,
// character and length rules and a status that moves with the clock, sms/reports paged, and transactional mail.
#pragma once

#include "fakeserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

namespace cm::test {

class FreshMailFake : public FakeServer
{
    Q_OBJECT
public:
    FreshMailFake(const QByteArray &apiKey, const QByteArray &apiSecret, QObject *parent = nullptr);

    struct Subscriber
    {
        QString email;
        int state = 2;
        QJsonObject fields;
        bool confirmationSent = false;
    };
    struct Field
    {
        QString hash;
        QString name;
        QString tag;
        int type = 0;
    };
    struct List
    {
        QString hash;
        QString name;
        QString description;
        QDateTime created;
        QList<Field> fields;
        QMap<QString, Subscriber> subscribers; // by lowercased email
    };
    struct Result // one recipient of a sent campaign
    {
        QString email;
        QString outcome; // DELIVERED, SOFT_BOUNCE, HARD_BOUNCE
        int opens = 0;
        int clicks = 0;
        bool resigned = false;
        QDateTime at;
    };
    struct Campaign
    {
        QString hash;
        QJsonObject fields;                       // as created (and edited)
        QString status = QStringLiteral("draft"); // draft, scheduled, sent, deleted
        QDateTime sendAt;                         // UTC
        QList<Result> results;
        QStringList testEmails;
    };
    struct Sms
    {
        QString gsm;
        QString text;
        QString from;
        QString messageId;
        QString type;
        QDateTime sentAt; // UTC
    };

    // The HTTP status of an ERROR envelope: mapped (401 for 1000, 404 for 1001, 400 for the rest…) or always 200.
    bool mappedStatus = true;
    // Lists and fields at the top level with subscriberListHash (observed in public clients) instead of in "data".
    bool observedShapes = false;
    bool smsContract = true;
    QMap<QString, bool> senders {{QStringLiteral("Recepcja"), true}, {QStringLiteral("Pending"), false}};
    QTimeZone zone = QTimeZone("Europe/Warsaw");
    QDateTime now = QDateTime(QDate(2026, 3, 16), QTime(11, 0), Qt::UTC);
    QMap<QString, List> lists;
    QMap<QString, bool> blocks; // lowercased email → added by the account itself (removable)
    QMap<QString, Campaign> campaigns;
    QList<Sms> sms;
    QList<QJsonObject> mails;
    QMap<QString, QString> fieldUpdates; // "list/tag" → value: updateFieldValue jobs still running
    int spamTests = 0;
    int spamTestLimit = 10;

    QString addList(const QString &name, const QList<Field> &fields = {});
    // Moves the clock: campaigns whose time came are delivered.
    void advanceTo(const QDateTime &when);
    QString wall(const QDateTime &utc) const; // "yyyy-MM-dd HH:mm:ss" in the fake's zone
    // Counters of a sent campaign, as reports/campaign gives them (numeric strings).
    QJsonObject report(const QString &hash) const;
    // The request bodies received on a path ("/rest/subscriber/addMultiple").
    QList<QJsonObject> bodies(const QString &path) const;

private:
    FakeReply handle(const RecordedRequest &r);
    FakeReply route(const QString &path, const QByteArray &method, const QJsonObject &body);
    FakeReply ok(const QJsonValue &data = QJsonValue::Undefined) const;
    FakeReply error(int code, const QString &message) const;
    FakeReply errors(const QList<QPair<int, QString>> &list) const;
    FakeReply multiple(const QString &action, const QJsonObject &body);
    FakeReply createCampaign(const QJsonObject &body, Campaign *into, bool edit);
    void deliver(Campaign &campaign);
    QString nextHash();

    QByteArray m_key;
    QByteArray m_secret;
    quint32 m_seed = 12345;
};

} // namespace cm::test
