// A stateful loopback fake of 360NRS, literal to ../shared/providers/nrs360.md §27: Basic auth (103) and the IP
// allow list (112), the error envelope, pagination with "links": [] on a single page, 202/207/400 sends with
// campaigns found by name, the scheduled queue (which, as documented, moves or deletes EVERYTHING when no guid is
// given: tests check the adapter never lets that happen), per-message status, campaign counters, the events CSV,
// groups, contacts (memberships replaced on PUT) and the v2 blacklist. Its clock moves only when a test says.
#pragma once

#include "fakeserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace cm::test {

class Nrs360Fake : public FakeServer
{
    Q_OBJECT
public:
    Nrs360Fake(const QString &user, const QString &apiPassword, QObject *parent = nullptr);
    QString apiBase() const { return baseUrl() + QStringLiteral("/api/rest"); }

    struct Event
    {
        QString type; // §15.4
        QDateTime at;
        QString url;
        QString browser;
        QString os;
        int seconds = 0; // a call's duration
    };
    struct Message
    {
        QString id;
        QString channel; // the sending's: sms | mailing | landing | text2speech | whatsapp
        QString to;
        QString from;
        QString text; // rendered: message or body
        QString subject;
        int parts = 1;
        qint64 sendingId = 0;
        QDateTime scheduledAt; // valid while held
        QList<Event> events;
    };
    struct Sending
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        QString campaignName;
        QString channel;
        QDateTime createdAt;
    };
    struct Scheduled
    {
        qint64 guid = 0;
        QString messageId;
    };

    bool ipAllowed = true;
    double balance = 100;
    QSet<QString> verifiedSenders {QStringLiteral("news@example.com")};
    QDateTime now = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    QMap<QString, Message> messages; // by id
    QMap<qint64, Sending> sendings;
    QMap<qint64, QString> campaigns; // id → name
    QList<Scheduled> scheduled;
    int wholeAccountScheduledChanges = 0; // PUT or DELETE /scheduled without guid: what the adapter must never do
    QMap<qint64, QString> groups;
    QMap<qint64, QJsonObject> contacts;          // stored as the API shows them, plus "groupIds"
    QMap<QString, QList<QJsonObject>> blacklist; // by type
    QMap<qint64, QJsonObject> templatesV1;       // {id, name, html, createdAt, updatedAt}: separate id spaces
    QMap<qint64, QJsonObject> templatesV2;
    // Email validations: each GET of a job moves it on (pending → started → finished). Addresses whose local part
    // starts with "bad" are undeliverable, with "maybe" risky (and blacklisted: allowRisky is false by default).
    QMap<qint64, QJsonObject> validations;
    QMap<qint64, QStringList> validationEmails;

    // WhatsApp (§3.7): approved templates (id → how many body variables), registered senders, conversations.
    QMap<qint64, int> whatsappTemplates {{123, 2}, {124, 1}};
    QMap<qint64, int> whatsappHeaderFields {{124, 1}}; // how many header variables; none where not listed
    QSet<qint64> whatsappLocationTemplates {124};      // these need a location
    QSet<QString> whatsappSenders {QStringLiteral("34666777555")};
    struct ChatMessage
    {
        QString id;
        QString type;   // text | template
        QString msisdn; // the business number: outbound; the user's: inbound
        QString content;
        QDateTime at;
    };
    struct Conversation
    {
        QString from; // the business number
        QString to;
        QString status = QStringLiteral("OPEN");
        QString firstName;
        QDateTime sessionExpiresAt; // 24 hours after the user's last message
        QDateTime createdAt;
        QDateTime updatedAt;
        QList<ChatMessage> messages;
    };
    QMap<QString, Conversation> conversations; // by "from/to"
    // The user `to` writes to the business number `from`: a message in, and the 24-hour session (re)opened.
    void userReplies(const QString &from, const QString &to, const QString &text);

    // Moves the clock: scheduled messages whose time came are sent (their sent and delivered events).
    void advanceTo(const QDateTime &when);
    // An engagement event of a message, as the platform would record it.
    void addEvent(const QString &messageId, const QString &type, const QString &url = {}, const QString &browser = {},
                  const QString &os = {});
    QJsonObject sendingCounters(qint64 sendingId) const; // the "events" object of GET /campaigns

private:
    bool authorised(const RecordedRequest &r, FakeReply *denied) const;
    // Authorised, with a JSON object for a body (or the refusal: 401, or 400 with code 125).
    bool jsonRequest(const RecordedRequest &r, QJsonObject *body, FakeReply *refused) const;
    FakeReply page(const RecordedRequest &r, const QJsonArray &items) const;
    FakeReply send(const RecordedRequest &r, const QString &channel); // sms, mailing, landing, voice, voiceAudio
    FakeReply sendWhatsApp(const RecordedRequest &r);
    void deliver(Message &m);
    QString uuid();
    QJsonObject conversationJson(const Conversation &c) const;
    // The conversation of a /whatsapp/conversations/{from}/{to}… request, or null with the refusal (401, 404) set.
    Conversation *conversationOf(const RecordedRequest &r, FakeReply *refused);
    QJsonObject contactJson(const QJsonObject &stored, const QString &include) const;
    QList<qint64> matchingScheduled(const RecordedRequest &r, const QJsonObject &body, bool *all) const;
    QString m_user;
    QString m_password;
    qint64 m_nextId = 100000;
    qint64 m_nextTemplate[2] = {1, 1};
    quint64 m_nextMessage = 1;
};

} // namespace cm::test
