// The value types of the provider layer: what a provider can do (ProviderInfo and its capabilities), how an
// operation failed (ProviderError), and what operations take and return. Plain values: no network, no QObject, so
// the layers above (services and, through them, the ui) may hold them without reaching an adapter.
#pragma once

#include "models/types.h"

#include <QCoreApplication>
#include <QFlags>
#include <QHash>
#include <QTime>
#include <QVariant>

#include <functional>
#include <optional>

namespace cm {

enum class Capability : quint32 {
    SendSms = 1u << 0,
    SendEmail = 1u << 1,
    SendMms = 1u << 2,
    SendVoice = 1u << 3,
    SendWhatsApp = 1u << 4,
    GroupSync = 1u << 5,         // list remote groups
    GroupCreate = 1u << 6,       // create a remote group
    ContactPush = 1u << 7,       // add or update contacts in a remote group (in bulk)
    ContactPull = 1u << 8,       // read the contacts of a remote group
    RemoteTemplates = 1u << 9,   // templates stored at the provider
    NativeScheduling = 1u << 10, // the provider holds a scheduled send until its time
    CancelScheduled = 1u << 11,
    RecipientStatus = 1u << 12, // per-recipient delivery status and events
    CampaignStats = 1u << 13,   // aggregate counters per campaign
    TimeSeries = 1u << 14,
    OptOutList = 1u << 15,
    TestSend = 1u << 16,
    Balance = 1u << 17,
    BulkPersonalisation = 1u << 18, // one request with per-recipient variables in the provider's own syntax
    EventExport = 1u << 19,         // every event of a remote campaign at once (with times, links, devices)
    EmailValidation = 1u << 20,     // checks whether email addresses can receive mail
    GroupRename = 1u << 21,         // a remote group can be renamed
    SpamCheck = 1u << 22,           // scores an email's content with SpamAssassin before it is sent
    GroupDelete = 1u << 23,         // a remote group can be deleted
    Conversations = 1u << 24,       // WhatsApp conversations: listed, read, and answered within their session
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// Why an operation failed, in the provider's words and ours.
struct ProviderError
{
    Q_DECLARE_TR_FUNCTIONS(cm::ProviderError)
public:
    enum class Kind { Auth, Validation, RateLimited, Transient, Permanent, Unsupported, Cancelled };
    Kind kind = Kind::Permanent;
    QString code;    // the provider's own code, if any
    QString message; // the provider's own message, as it gave it
    bool retrySafe = false;
    int retryAfterSeconds = -1;

    // A translated sentence naming the account and the next step.
    QString describe(const QString &accountName) const;
    // This error where it stopped a send before anything went out (a step before the send itself): no answer then
    // is not "maybe sent", so the recipients fail and can be retried instead of staying unknown.
    ProviderError beforeSending() const;
};

// One credential or setting the account editor asks for.
struct CredentialField
{
    enum Kind { BaseUrl, User, Secret };
    Kind kind;
    QString label; // translated
    QString help;  // translated
    bool required = true;
};

// An option a campaign can set for its provider (360NRS tags, flash SMS, open tracking…); the composer shows those
// of the chosen account's provider for the campaign's channel, and the dispatcher passes them on in the request.
struct CampaignOption
{
    enum Kind { Flag, Text, Choice, Number };
    CampaignOption() = default;
    CampaignOption(QString optionKey, Kind optionKind, QString labelText, QString helpText, QList<Channel> on,
                   QStringList values = {}, QStringList valueText = {}, QVariant byDefault = {}, int low = 0,
                   int high = 0)
        : key(std::move(optionKey))
        , kind(optionKind)
        , label(std::move(labelText))
        , help(std::move(helpText))
        , channels(std::move(on))
        , choices(std::move(values))
        , choiceText(std::move(valueText))
        , defaultValue(std::move(byDefault))
        , minimum(low)
        , maximum(high)
    { }

    QString key; // in Campaign::options and SendRequest::options
    Kind kind = Flag;
    QString label; // translated
    QString help;  // translated
    QList<Channel> channels;
    QStringList choices;    // Choice: the values ("" for the provider's default)
    QStringList choiceText; // Choice: what each is called (translated)
    QVariant defaultValue;
    int minimum = 0; // Number
    int maximum = 0;
    // Shown and taken only while another option has one of these values (360NRS: the voice fields only with the
    // delivery "voice"); an option not set counts as "".
    QString onlyWithKey;
    QStringList onlyWithValues;
    bool required = false; // Text: must be filled in where it applies
    QString pattern;       // Text: a regular expression the whole value must match, when it has one

    bool appliesWith(const QVariantMap &options) const
    {
        return onlyWithKey.isEmpty() || onlyWithValues.contains(options.value(onlyWithKey).toString());
    }
};

struct ProviderInfo
{
    Q_DECLARE_TR_FUNCTIONS(cm::ProviderInfo)
public:
    QString key;         // "sandbox", "outbox", … stored with the account
    QString displayName; // translated where it is not a brand name
    QString description; // translated
    Capabilities capabilities;
    QList<CredentialField> credentials;
    QString defaultBaseUrl;
    int maxBatchSize = 100;
    // Default prices (accounts may override them in their settings: "price_per_part", "price_per_email").
    double smsPricePerPart = 0;
    double emailPrice = 0;
    QString currency;
    QList<CampaignStats::Counter> smsCounters;   // counters the provider reports for SMS campaigns
    QList<CampaignStats::Counter> emailCounters; // … and for email campaigns
    QString reportHint; // translated: what ties our sends to the provider's reports, where a setting does
    // A scheduled send can be handed over before its time, and the provider lists, moves and cancels what it holds
    // for any process that asks (not just the one that handed it over).
    bool holdsScheduledSends = false;
    // Where a campaign option picks what goes to the phones (360NRS "delivery": a text message, a landing SMS, a
    // call, WhatsApp): its key, the values the provider can hold until their time (others this app sends at their
    // time), and the values that are SMS, counted and priced in parts (others are counted by recipient).
    QString deliveryKey;
    QStringList heldDeliveries;
    QStringList smsDeliveries;
    QStringList callDeliveries; // calls: the suppression list's "voice" entries keep numbers out of them
    bool holdsSendWith(const QVariantMap &options) const
    {
        return holdsScheduledSends
                && (deliveryKey.isEmpty() || heldDeliveries.contains(options.value(deliveryKey).toString()));
    }
    bool sendsSmsWith(const QVariantMap &options) const
    {
        return deliveryKey.isEmpty() || smsDeliveries.contains(options.value(deliveryKey).toString());
    }
    bool callsWith(const QVariantMap &options) const
    {
        return !deliveryKey.isEmpty() && callDeliveries.contains(options.value(deliveryKey).toString());
    }
    // It holds SMS back outside sending windows given per request (360NRS availableTimes), so a held SMS send can
    // keep a campaign's quiet hours.
    bool keepsSmsWindows = false;
    // A send it holds can be moved to another time there (360NRS); otherwise it can only be cancelled.
    bool movesHeldSends = false;
    // Channels it sends as one campaign to a list it keeps (FreshMail and Email Campaigns email): the whole send is
    // one request with one content for everyone, so a template may use no contact's own fields (defaults only).
    QList<Channel> wholeCampaignChannels;
    bool sendsWholeCampaign(Channel channel) const { return wholeCampaignChannels.contains(channel); }
    QList<CampaignOption> campaignOptions;
    // What is wrong with one recipient's rendered text for a send with these options (360NRS: a call reads at most
    // 500 characters), translated; empty when it can go. Checked for every recipient before anything is sent.
    std::function<QString(const QString &content, const QVariantMap &options)> contentProblem;
    QList<CampaignOption> optionsFor(Channel channel) const;
    // What is wrong with these options for a campaign on `channel` (an unknown key, a value out of range, one that
    // does not apply with the others, a required one left empty), or empty.
    QString optionProblem(Channel channel, const QVariantMap &options) const;

    bool supports(Channel channel) const;
    QList<CampaignStats::Counter> counters(Channel channel) const;
    QStringList capabilityNames() const; // translated, for the account pane and `accounts verify`
};

struct AccountStatus
{
    bool ok = false;
    QString detail;
    std::optional<double> balance;
    QString currency;
};

struct RemoteGroup
{
    QString id;
    QString name;
    qint64 contactCount = -1; // -1: the provider did not say
};

struct OutgoingMessage
{
    OutgoingMessage() = default;
    OutgoingMessage(QString key, QString to, QString subjectText, QString bodyText, QVariantMap values = {},
                    QString file = {})
        : clientKey(std::move(key))
        , address(std::move(to))
        , subject(std::move(subjectText))
        , body(std::move(bodyText))
        , variables(std::move(values))
        , attachment(std::move(file))
    { }

    QString clientKey; // our idempotency key, sent where the provider accepts one
    QString address;   // E.164 phone number or email address
    QString subject;
    QString body;          // rendered, or with the provider's own placeholders when variables are set
    QVariantMap variables; // per-recipient values for BulkPersonalisation
    QString attachment;    // URL of a file (an SMS with one goes as MMS where the provider has MMS)
};

struct SendRequest
{
    Channel channel = Channel::Sms;
    QString sender;
    QString campaignName;
    QDateTime scheduledAt; // UTC; invalid: now
    bool test = false;
    QList<OutgoingMessage> messages;
    // Quiet hours for a provider that keeps them (ProviderInfo::keepsSmsWindows): the times of day, in UTC, when
    // the messages may go out; empty: any time.
    QList<QPair<QTime, QTime>> windowsUtc;
    QVariantMap options; // the campaign's options for this provider (ProviderInfo::campaignOptions)
    QByteArray timeZone; // the campaign's zone (IANA id), for a provider that wants its times in a zone of its own
};

// An opt-out (or block) the provider holds.
struct OptOut
{
    QString id;
    QString address; // E.164 or email
    QString reason;
    QDateTime at;
    bool active = true; // false once overridden
    QString channel;    // "voice" where it is the provider's list for calls; empty: the address's own channel
};

// A campaign (Outbox "message", Deployments "deployment", …) as the provider lists it.
struct RemoteCampaign
{
    QString id;
    QString name;
    QString state; // the provider's own word or code
    QDateTime scheduledAt;
    qint64 recipients = -1;
    double cost = -1; // in the provider's unit (credits, currency)
};

// A template stored at the provider (360NRS: HTML, for email bodies and landing pages). The id says which store
// where a provider has two ("v2:12", "v1:3").
struct RemoteTemplate
{
    QString id;
    QString name;
    QString html; // empty where a listing leaves it out
    QDateTime updatedAt;
};

// An email validation job at the provider, and what it found: address → "deliverable", "undeliverable" or
// "risky" once it has finished.
struct EmailValidation
{
    QString id;
    QString status; // "pending", "started", "finished", "failed"
    qint64 total = 0;
    qint64 processed = 0;
    qint64 valid = 0;
    double cost = 0;
    QString currency;
    QHash<QString, QString> results;
    bool isDone() const { return status == QLatin1String("finished") || status == QLatin1String("failed"); }
};

// A WhatsApp conversation (Conversations) between a business number and a user. Free text can be sent only while
// its session is active: 24 hours after the user's last message; otherwise only an approved template.
struct Conversation
{
    QString from; // the business number
    QString to;   // the user
    QString contactName;
    QString status; // the provider's word ("OPEN")
    bool sessionActive = false;
    QDateTime sessionExpiresAt;
    qint64 messageCount = 0;
    QDateTime updatedAt;
};

struct ConversationMessage
{
    QString id;
    bool inbound = false; // from the user
    QString type;         // "text", "template", …
    QString content;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime readAt;
    QDateTime failedAt;
};

struct ConversationThread
{
    Conversation conversation;
    QList<ConversationMessage> messages; // oldest first
};

// A spam filter's verdict on an email (SpamCheck): its score and the tests that fired.
struct SpamVerdict
{
    double score = 0;
    QStringList tests;
};

// One bucket of a campaign's statistics over time.
struct StatBucket
{
    QDateTime start;
    QDateTime end;
    qint64 total = 0;
    qint64 sent = 0;
    qint64 unsent = 0;
    qint64 optedOut = 0;
};
enum class Period { Hour, Day, Month, Year };
// Block and Unblock act on the address's own channel; BlockCalls and UnblockCalls on the provider's list for calls.
enum class ContactChange { Block, Unblock, Subscribe, Unsubscribe, BlockCalls, UnblockCalls };

} // namespace cm

Q_DECLARE_METATYPE(cm::AccountStatus)
Q_DECLARE_METATYPE(cm::RemoteGroup)
Q_DECLARE_METATYPE(QList<cm::RemoteGroup>)
Q_DECLARE_METATYPE(QList<cm::DeliveryEvent>)
Q_DECLARE_METATYPE(QList<cm::Contact>)
Q_DECLARE_METATYPE(cm::OptOut)
Q_DECLARE_METATYPE(QList<cm::OptOut>)
Q_DECLARE_METATYPE(QList<cm::RemoteCampaign>)
Q_DECLARE_METATYPE(QList<cm::StatBucket>)
Q_DECLARE_METATYPE(cm::RemoteTemplate)
Q_DECLARE_METATYPE(cm::EmailValidation)
Q_DECLARE_METATYPE(QList<cm::RemoteTemplate>)
Q_DECLARE_METATYPE(QList<cm::Conversation>)
Q_DECLARE_METATYPE(cm::ConversationThread)
Q_DECLARE_METATYPE(cm::ConversationMessage)
Q_DECLARE_METATYPE(cm::SpamVerdict)
