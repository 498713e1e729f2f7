// Domain value types shared by the stores, the providers and the services.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>
#include <QVariantMap>

#include <array>
#include <optional>

namespace cm {

// What a campaign sends: a text message, an email, a call (a text read aloud or an audio file played) or a WhatsApp
// template message.
enum class Channel { Sms, Email, Voice, WhatsApp };
QString channelKey(Channel channel); // "sms", "email", "voice", "whatsapp": stored and used in the CLI
std::optional<Channel> channelFromKey(const QString &key); // the inverse; nullopt for anything else
QString channelName(Channel channel);                      // translated, for display
QList<Channel> allChannels();                              // in the enum's order
inline bool reachesPhones(Channel channel)
{
    return channel != Channel::Email;
} // addressed to a phone number
// Whether a campaign on `campaign` may use a template written for `tmpl`: its own channel's, or (for calls and
// WhatsApp, as before they were channels of their own) an SMS template.
inline bool templateFits(Channel tmpl, Channel campaign)
{
    return tmpl == campaign || (tmpl == Channel::Sms && (campaign == Channel::Voice || campaign == Channel::WhatsApp));
}

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

// A template's text in another language: a contact whose `language` field names it gets this one.
struct TemplateVersion
{
    QString language; // a language code, lower case: "es", "pt-br"
    QString subject;
    QString body;
    QString textBody;
};

struct Template
{
    qint64 id = 0;
    QString name;
    Channel channel = Channel::Sms;
    QString subject;
    QString body;
    QString textBody;      // email: the plain-text alternative
    bool marketing = true; // email: marketing must carry {{unsubscribe_url}}; transactional need not
    QDateTime updatedAt;
    QList<TemplateVersion> versions; // in other languages; this one is everyone else's

    // The version for a contact's language ("es-MX" reads "es-mx", then "es"), or -1: this template's own text.
    int versionFor(const QString &language) const;
    // The template as a reader of `language` gets it: that version's texts, or its own.
    Template forLanguage(const QString &language) const;
    static QString languageKey(const QString &language); // "es_MX " → "es-mx"
    static bool isLanguageCode(const QString &language); // "es", "pt-BR", "es_MX": a version can be for it
};

enum class CampaignState { Draft, Scheduled, Sending, Sent, Cancelled, Failed };
QString campaignStateKey(CampaignState state);
std::optional<CampaignState> campaignStateFromKey(const QString &key);
QString campaignStateName(CampaignState state);

// The instant a zone's clocks show `time` on `date`; for a time they skip (the spring-forward gap), the first one
// that exists after it: the change itself (02:30 on a day that goes from 02:00 to 03:00 is 03:00).
QDateTime wallTime(const QDate &date, const QTime &time, const QTimeZone &zone);

struct Campaign
{
    qint64 id = 0;
    QString name;
    Channel channel = Channel::Sms;
    qint64 accountId = 0;
    qint64 templateId = 0;
    qint64 groupId = 0;               // the first of groupIds
    QList<qint64> groupIds;           // sent to, in order; empty: {groupId}
    QList<qint64> excludedGroupIds;   // their contacts' addresses are left out
    QList<qint64> segmentIds;         // sent to as well: whoever matches when the send is snapshotted
    QList<qint64> excludedSegmentIds; // whoever matches is left out
    QString sender;
    CampaignState state = CampaignState::Draft;
    QDateTime scheduledAt; // UTC
    QString timeZone;      // IANA id the user chose ("my time zone" is saved as its id); empty: the system's
    int windowStart = -1;  // sending window, minutes after midnight in timeZone; -1: any time
    int windowEnd = -1;
    QDateTime resumeAt;  // UTC: a send paused by its window continues then
    QVariantMap options; // for its provider, by the keys ProviderInfo::campaignOptions declares
    QString remoteId;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 seriesId = 0;  // a series step's send: its audience is the step's due contacts (SeriesStore)
    qint64 variantOf = 0; // an A/B test's variant send: its audience is its drawn contacts (ExperimentStore)
    QString subject;      // email: sent instead of the template's subject (an A/B variant's); empty: the template's
    int localTime = -1;   // minutes after midnight in each recipient's own zone; -1: when the send goes
    bool localLateNow = false; // a zone whose local time has passed on the send's day goes now, not the next day
    // Joined for display.
    QString accountName;
    QString templateName;
    QString groupName;
    qint64 recipientCount = 0;

    bool sendsAtLocalTime() const { return localTime >= 0; }
    QList<qint64> includedGroups() const { return groupIds.isEmpty() && groupId ? QList<qint64> {groupId} : groupIds; }
    bool hasWindow() const { return windowStart >= 0 && windowEnd >= 0 && windowStart != windowEnd; }
    QTimeZone zone() const; // timeZone, or the system's when it is empty or unknown
    // Whether `utc` falls in the sending window (always, without one), and when the window next opens after it (on
    // a day whose clocks skip its opening time, a daylight-saving gap, the first minute after the gap).
    bool inWindow(const QDateTime &utc) const;
    QDateTime nextWindowOpening(const QDateTime &utc) const;
    // Edited until handed to the provider: a draft, or scheduled and not started.
    // Scheduled, with its recipients already handed to a provider that holds the send until its time.
    bool isHeldAtProvider() const { return state == CampaignState::Scheduled && recipientCount > 0; }
    bool isEditable() const
    {
        return state == CampaignState::Draft || (state == CampaignState::Scheduled && !isHeldAtProvider());
    }
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

// Which recipients of a campaign to show or act on: those in a state, or those with an event of a type (everyone who
// clicked), or all.
struct RecipientFilter
{
    std::optional<RecipientState> state;
    std::optional<EventType> event;
    RecipientFilter() = default;
    RecipientFilter(std::optional<RecipientState> s) // NOLINT: a state alone is a filter
        : state(s)
    { }
    // "" (all), a state key ("failed") or an engagement event key ("opened", "clicked", "unsubscribed",
    // "complained"); nullopt for anything else.
    static std::optional<RecipientFilter> fromKey(const QString &key);
};

struct DeliveryEvent
{
    QString providerId;
    EventType type = EventType::Sent;
    QDateTime at; // UTC
    QString detail;
    QString address = {}; // who, where the provider names no message (an events export): E.164 or email
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
    // Adds another report's counters (and cost) to these: one campaign of ours sent as several of the provider's.
    void add(const CampaignStats &other);

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

// What a provider said of each message of a send (by our client key), and the remote campaign it made.
struct MessageOutcome
{
    QString clientKey;
    QString providerId;
    bool accepted = false;
    QString error;
    // Not accepted, but the provider may have sent it (its part of the batch had no clear answer): unknown, never
    // retried by itself. Only a refusal that proves nothing went out leaves it false (failed, retryable).
    bool unknown = false;
};

struct SendResult
{
    QString remoteCampaignId;
    QList<MessageOutcome> outcomes;
    // The provider refused the account part-way (its credentials, a long rate limit): the next batch would meet the
    // same refusal, so the send stops after this one, with this reason (translated).
    QString stopReason;
};

} // namespace cm

Q_DECLARE_METATYPE(cm::Account)
Q_DECLARE_METATYPE(cm::Group)
Q_DECLARE_METATYPE(cm::Contact)
Q_DECLARE_METATYPE(cm::CampaignStats)
Q_DECLARE_METATYPE(cm::SendResult)
