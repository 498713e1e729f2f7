// Domain value types shared by the stores, the providers and the services.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <array>
#include <optional>

namespace cm {

enum class Channel { Sms, Email };
QString channelKey(Channel channel);                       // "sms", "email": stored and used in the CLI
std::optional<Channel> channelFromKey(const QString &key); // the inverse; nullopt for anything else
QString channelName(Channel channel);                      // translated, for display

struct Account
{
    qint64 id = 0;
    QString name;
    QString provider; // registry key: "sandbox", "outbox", …
    QString baseUrl;
    QString user;
    QJsonObject settings; // provider-specific, never a secret
    QDateTime createdAt;
};

struct Group
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    QString remoteId;
    QString description;
    qint64 contactCount = 0;
    QDateTime createdAt;
    QDateTime syncedAt;
};

struct Contact
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString email;
    QString phone; // E.164
    QString firstName;
    QString lastName;
    QString city;
    QString country; // ISO 3166 alpha-2
    QVariantMap fields;
    QString remoteId;

    // The values a template can use, by field name ("first_name", custom fields by their own names).
    QVariantMap templateValues() const;
};

struct Template
{
    qint64 id = 0;
    QString name;
    Channel channel = Channel::Sms;
    QString subject;
    QString body;
    QString textBody; // email: the plain-text alternative
    QDateTime updatedAt;
};

enum class CampaignState { Draft, Scheduled, Sending, Sent, Cancelled, Failed };
QString campaignStateKey(CampaignState state);
std::optional<CampaignState> campaignStateFromKey(const QString &key);
QString campaignStateName(CampaignState state);

struct Campaign
{
    qint64 id = 0;
    QString name;
    Channel channel = Channel::Sms;
    qint64 accountId = 0;
    qint64 templateId = 0;
    qint64 groupId = 0;
    QString sender;
    CampaignState state = CampaignState::Draft;
    QDateTime scheduledAt; // UTC
    QString timeZone;      // IANA id the user chose; empty: the user's own
    QString remoteId;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    // Joined for display.
    QString accountName;
    QString templateName;
    QString groupName;
    qint64 recipientCount = 0;
};

enum class RecipientState { Pending, Submitting, Accepted, Delivered, Failed, Bounced, Unknown };
QString recipientStateKey(RecipientState state);
std::optional<RecipientState> recipientStateFromKey(const QString &key);
QString recipientStateName(RecipientState state);

struct Recipient
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 contactId = 0;
    QString address;
    QString content; // rendered text, snapshotted at send time
    int parts = 1;   // SMS parts of the content; 1 for email
    RecipientState state = RecipientState::Pending;
    QString clientKey;
    QString providerId;
    QString error;
    QDateTime updatedAt;
    // The newest event, for display.
    QString lastEvent;
    QDateTime lastEventAt;
};

enum class EventType { Sent, Delivered, Failed, Opened, Clicked, Bounced, Unsubscribed, Complained };
QString eventTypeKey(EventType type);
std::optional<EventType> eventTypeFromKey(const QString &key);
QString eventTypeName(EventType type);

struct DeliveryEvent
{
    QString providerId;
    EventType type = EventType::Sent;
    QDateTime at; // UTC
    QString detail;
};

// The counters of one report. A counter a provider does not report stays "not reported", never 0.
class CampaignStats
{
public:
    enum Counter {
        Sent,
        Delivered,
        Failed,
        Pending,
        Opened,
        UniqueOpened,
        Clicked,
        UniqueClicked,
        Bounced,
        Unsubscribed,
        Complained,
        CounterCount
    };
    static QString counterKey(Counter counter); // snake_case, as in `--json`
    static QString counterName(Counter counter);

    bool isReported(Counter counter) const { return m_reported & (1u << counter); }
    qint64 value(Counter counter) const { return m_values[counter]; }
    void set(Counter counter, qint64 value);
    void clear(Counter counter);

    std::optional<double> cost;
    QString currency;
    QDateTime takenAt;

    QJsonObject toJson() const; // null for counters not reported
    static CampaignStats fromJson(const QJsonObject &object);

private:
    std::array<qint64, CounterCount> m_values {};
    quint32 m_reported = 0;
};

struct ReportSnapshot
{
    qint64 id = 0;
    qint64 campaignId = 0;
    CampaignStats stats;
};

} // namespace cm

Q_DECLARE_METATYPE(cm::Account)
Q_DECLARE_METATYPE(cm::Group)
Q_DECLARE_METATYPE(cm::Contact)
Q_DECLARE_METATYPE(cm::CampaignStats)
