// The value types of the provider layer: what a provider can do (ProviderInfo and its capabilities), how an
// operation failed (ProviderError), and what operations take and return. Plain values: no network, no QObject, so
// the layers above (services and, through them, the ui) may hold them without reaching an adapter.
#pragma once

#include "models/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTime>
#include <QVariant>

#include <optional>

namespace cm {

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
    // MailboxSecret: a second password, for a mailbox of the provider's own (SMTP's IMAP folder), kept in the keychain
    // beside the account's secret and handed to the adapter through its session (ProviderContext::sessionSecret).
    enum Kind { BaseUrl, User, Secret, MailboxSecret };
    Kind kind;
    QString label; // translated
    QString help;  // translated
    bool required = true;
};

// A setting of the account the editor shows as a field of its own (the rest stay in the advanced JSON), stored in
// Account::settings under `key`; an empty field is not stored.
struct SettingField
{
    enum Kind { Text, Number, Address };
    QString key;
    Kind kind = Text;
    QString label; // translated
    QString help;  // translated
    QString placeholder = {};
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
    // Shown and taken only while another option has one of these values (360NRS: the voice and the caller of a
    // call that reads its text, none with an audio file); an option not set counts as "".
    QString onlyWithKey;
    QStringList onlyWithValues;
    // Set (not empty or false), it changes what the send is: the provider cannot hold it until its time (this app
    // sends it then; 360NRS's landing SMS) …
    bool setKeepsSendHere = false;
    // … or the recipients get what it names instead of the text (a call that plays an audio file): the text is not
    // checked against the channel's limits.
    bool setReplacesText = false;
    bool isSetIn(const QVariantMap &options) const;
    bool required = false; // Text: must be filled in where it applies
    QString pattern;       // Text: a regular expression the whole value must match, when it has one

    bool appliesWith(const QVariantMap &options) const
    {
        return onlyWithKey.isEmpty() || onlyWithValues.contains(options.value(onlyWithKey).toString());
    }
};

// What a provider can do, in groups: what it sends and how, the audience it keeps, the sends it holds, what it
// reports and the extras. Every field is read by the app (the composer, the dispatcher, the panes, the CLI), which
// offers only what the account's provider can do.
struct ProviderCapabilities
{
    struct Sending
    {
        QList<Channel> channels;
        // Sent as one campaign to a list it keeps (FreshMail's and Email Campaigns' email): one request with one
        // content for everyone, so a template may use no contact's own fields (defaults only).
        QList<Channel> wholeCampaign;
        // One request with each recipient's values in the provider's own syntax (TemplateRenderer::bulk).
        QList<Channel> bulkPersonalisation;
        // The most characters one recipient's text may have (a call reads at most 500), checked before anything is
        // sent; a channel not listed has no limit here.
        QMap<Channel, int> maxLength;
        // Channels on which the provider lists each recipient's name with the address (Email Campaigns' campaign
        // CSV, name_index): OutgoingMessage::name is filled only there, sparing the others a read per batch.
        QList<Channel> recipientNames;
        // Channels on which a send needs a sender (a From address, a business number) or the provider refuses it.
        QList<Channel> needsSender;
        // Channels on which the provider has no unsubscribe page of its own: {{unsubscribe_url}} needs the account's
        // "unsubscribe_url" setting (FreshMail's and Email Campaigns' email).
        QList<Channel> needsOwnUnsubscribePage;
    } sending;
    struct Audience
    {
        bool listGroups = false;
        bool createGroups = false;
        bool renameGroups = false;
        bool deleteGroups = false;
        bool pushContacts = false;    // adds or updates contacts in a remote group, in bulk
        bool pullContacts = false;    // reads the contacts of a remote group
        bool remoteTemplates = false; // templates stored at the provider
        // The channels it keeps an opt-out list for (360NRS: one for calls of its own); empty: none.
        QList<Channel> optOutLists;
    } audience;
    struct Scheduling
    {
        // The channels on which it holds a send until its time (listed for whoever asks): the app hands such sends
        // over at schedule time, where it can also cancel them.
        QList<Channel> holds;
        bool moves = false;   // a send it holds can be moved to another time
        bool cancels = false; // … and cancelled
        // The channels on which it keeps sending windows given per request (360NRS's SMS availableTimes), so a held
        // send can keep a campaign's quiet hours.
        QList<Channel> keepsWindows;
    } scheduling;
    struct Reporting
    {
        bool recipientStatus = false;  // per-recipient delivery status and events
        bool campaignCounters = false; // aggregate counters per campaign
        bool events = false;           // every event of a remote campaign at once (times, links, devices)
        // Can say which of our messages it has, asked by the key we sent with each (Provider::findSent): a
        // recipient left unknown by a lost answer is found there, on these channels.
        QList<Channel> findsSent;
        // The counters its reports have, per channel (a counter not listed stays "not reported", never 0).
        QMap<Channel, QList<CampaignStats::Counter>> counters;
    } reporting;
    struct Extras
    {
        bool testSend = false;
        bool balance = false;         // Test connection shows what is left
        bool spamCheck = false;       // scores an email's content before it is sent (the pre-send check)
        bool emailValidation = false; // checks whether email addresses can receive mail
        bool conversations = false;   // WhatsApp conversations: listed, read, answered within their session
    } extras;

    // Whether scheduling a campaign on `channel` with these options can hand it to the provider (it holds and
    // cancels such sends, and no option set keeps the send here).
    bool holdsSend(Channel channel, const QList<CampaignOption> &options, const QVariantMap &values) const;
};

// A test of what a provider can do, for code that asks which accounts can do something.
using CapabilityCheck = bool (*)(const ProviderCapabilities &);

struct ProviderInfo
{
    Q_DECLARE_TR_FUNCTIONS(cm::ProviderInfo)
public:
    QString key;         // "sandbox", "outbox", … stored with the account
    QString displayName; // translated where it is not a brand name
    QString description; // translated
    ProviderCapabilities can;
    QList<CredentialField> credentials;
    QList<SettingField> settingFields;
    QString defaultBaseUrl;
    // The schemes its base URL may have, the first as the example; http is also taken to this computer when https is.
    QStringList urlSchemes {QStringLiteral("https")};
    int maxBatchSize = 100;
    // Default prices (accounts may override them in their settings: "price_per_part", "price_per_email").
    double smsPricePerPart = 0;
    double emailPrice = 0;
    QString currency;
    // Translated: what the user should know to use it beyond its description (what ties our sends to its reports,
    // a setting to make), shown where its reports or its setup need it; empty: nothing.
    QString hint;
    QList<CampaignOption> campaignOptions;
    QList<CampaignOption> optionsFor(Channel channel) const;
    // What is wrong with these options for a campaign on `channel` (an unknown key, a value out of range, one that
    // does not apply with the others, a required one left empty), or empty.
    QString optionProblem(Channel channel, const QVariantMap &options) const;
    // What is wrong with one recipient's rendered text for a send on `channel` with these options (longer than the
    // channel's limit, empty), translated; empty when it can go. Checked for every recipient before anything is sent.
    QString contentProblem(Channel channel, const QVariantMap &options, const QString &content) const;

    bool supports(Channel channel) const { return can.sending.channels.contains(channel); }
    bool sendsWholeCampaign(Channel channel) const { return can.sending.wholeCampaign.contains(channel); }
    bool holdsSend(Channel channel, const QVariantMap &options) const
    {
        return can.holdsSend(channel, campaignOptions, options);
    }
    QList<CampaignStats::Counter> counters(Channel channel) const { return can.reporting.counters.value(channel); }
    QStringList capabilityNames() const; // translated, by group, for the account pane and `accounts verify`
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
    QVariantMap variables; // per-recipient values (ProviderCapabilities::Sending::bulkPersonalisation)
    QString attachment;    // URL of a file (an SMS with one goes as MMS where the provider has MMS)
    QString name;          // the recipient's full name, for a provider that lists it with the address
};

struct SendRequest
{
    Channel channel = Channel::Sms;
    QString sender;
    QString campaignName;
    QDateTime scheduledAt; // UTC; invalid: now
    bool test = false;
    QList<OutgoingMessage> messages;
    // Quiet hours for a provider that keeps them (ProviderCapabilities::Scheduling::keepsWindows): the times of day,
    // in UTC, when the messages may go out; empty: any time.
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

// A WhatsApp conversation (ProviderCapabilities::Extras::conversations) between a business number and a user. Free text
// can be sent only while its session is active: 24 hours after the user's last message; otherwise only an approved
// template.
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

// A spam filter's verdict on an email (ProviderCapabilities::Extras::spamCheck): its score and the tests that fired.
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
