// 360NRS: what the adapter offers, and the campaign options of each delivery (§3.1, §3.3–3.7).
#include "nrs360provider.h"

namespace cm {

ProviderInfo Nrs360Provider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("nrs360");
    info.displayName = QStringLiteral("360NRS");
    info.description = tr("360nrs: SMS, email, voice calls (read aloud or an audio file), SMS with a landing page and "
                          "WhatsApp templates, with campaign statistics, opens, clicks and a report of every event; "
                          "scheduled sends that can be moved or cancelled; WhatsApp conversations; groups, contacts "
                          "and a blacklist. The API answers only from the IP addresses registered in 360nrs.");
    info.capabilities = Capability::SendSms | Capability::SendEmail | Capability::GroupSync | Capability::GroupCreate
            | Capability::ContactPush | Capability::ContactPull | Capability::NativeScheduling
            | Capability::CancelScheduled | Capability::RecipientStatus | Capability::CampaignStats
            | Capability::OptOutList | Capability::Balance | Capability::EventExport | Capability::TestSend
            | Capability::RemoteTemplates | Capability::EmailValidation | Capability::GroupRename
            | Capability::GroupDelete | Capability::BulkPersonalisation | Capability::SendVoice
            | Capability::SendWhatsApp | Capability::Conversations;
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("Your dashboard's API address, such as https://dashboard.360nrs.com/api/rest."), true},
            {CredentialField::User, tr("User name"), tr("The user name you sign in to 360nrs with."), true},
            {CredentialField::Secret, tr("API password"),
             tr("Not the sign-in password: set it in 360nrs under APIs → Change API password."), true},
    };
    info.defaultBaseUrl = QStringLiteral("https://dashboard.360nrs.com/api/rest");
    info.maxBatchSize = 500;
    info.holdsScheduledSends = true;
    info.movesHeldSends = true;
    // The send's own fields (§3.1, §3.3), per channel.
    const QList<Channel> sms {Channel::Sms};
    const QList<Channel> email {Channel::Email};
    const QList<Channel> both {Channel::Sms, Channel::Email};
    // What goes to each phone number (§3.1, §3.4–3.7): the fields of each kind only with it.
    const QString delivery = QStringLiteral("delivery");
    const QStringList texts {QString(), QStringLiteral("landing")};
    const QStringList calls {QStringLiteral("voice"), QStringLiteral("voice_audio")};
    const QStringList expiring = texts + calls;
    const auto with = [&delivery](CampaignOption o, const QStringList &values, bool required = false,
                                  const QString &pattern = {}) {
        o.onlyWithKey = delivery;
        o.onlyWithValues = values;
        o.required = required;
        o.pattern = pattern;
        return o;
    };
    info.campaignOptions = {
            {delivery,
             CampaignOption::Choice,
             tr("Delivery"),
             tr("What each phone number gets. 360nrs holds only text messages until their time; this app sends the "
                "others at their time."),
             sms,
             {QString(), QStringLiteral("landing"), QStringLiteral("voice"), QStringLiteral("voice_audio"),
              QStringLiteral("whatsapp")},
             {tr("Text message"), tr("Text message with a landing page"), tr("Voice call reading the text"),
              tr("Voice call playing an audio file"), tr("WhatsApp template")},
             QString(),
             0,
             0},
            with({QStringLiteral("encoding"),
                  CampaignOption::Choice,
                  tr("Encoding"),
                  tr("Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM."),
                  sms,
                  {QString(), QStringLiteral("gsm"), QStringLiteral("gsm-pt"), QStringLiteral("utf-16")},
                  {tr("Automatic"), tr("GSM"), tr("GSM Portuguese"), tr("Unicode (UTF-16)")},
                  QString(),
                  0,
                  0},
                 texts),
            with({QStringLiteral("flash"),
                  CampaignOption::Flag,
                  tr("Flash SMS"),
                  tr("Shown at once on the screen; some phones do not store it."),
                  sms,
                  {},
                  {},
                  false,
                  0,
                  0},
                 texts),
            with({QStringLiteral("landing_page"),
                  CampaignOption::Text,
                  tr("Landing page"),
                  tr("The 360nrs template the link opens, as v2:ID or v1:ID (Templates ▸ Preview at account… lists "
                     "them; Send "
                     "to account… puts one of yours there). The link goes where the text has {LAND_URL}, or at its "
                     "end."),
                  sms,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 {QStringLiteral("landing")}, true, QStringLiteral("(v[12]:)?[0-9]+")),
            with({QStringLiteral("voice_language"),
                  CampaignOption::Choice,
                  tr("Voice language"),
                  tr("The language the text is read in; Mandarin, Arabic and Hindi have a female voice only."),
                  sms,
                  {QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("es_ES"), QStringLiteral("es_US"),
                   QStringLiteral("pt_PT"), QStringLiteral("pt_BR"), QStringLiteral("de_DE"), QStringLiteral("fr_FR"),
                   QStringLiteral("it_IT"), QStringLiteral("cmn_CN"), QStringLiteral("arb"), QStringLiteral("hi_IN")},
                  {tr("English (United Kingdom)"), tr("English (United States)"), tr("Spanish (Spain)"),
                   tr("Spanish (Latin America)"), tr("Portuguese (Portugal)"), tr("Portuguese (Brazil)"), tr("German"),
                   tr("French"), tr("Italian"), tr("Mandarin Chinese"), tr("Arabic"), tr("Hindi")},
                  QStringLiteral("en_GB"),
                  0,
                  0},
                 {QStringLiteral("voice")}),
            with({QStringLiteral("voice_gender"),
                  CampaignOption::Choice,
                  tr("Voice"),
                  tr("A female or a male voice reads the text."),
                  sms,
                  {QStringLiteral("F"), QStringLiteral("M")},
                  {tr("Female"), tr("Male")},
                  QStringLiteral("F"),
                  0,
                  0},
                 {QStringLiteral("voice")}),
            with({QStringLiteral("audio_url"),
                  CampaignOption::Text,
                  tr("Audio file"),
                  tr("The public web address (https://…) of the MP3 or WAV file the call plays."),
                  sms,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 {QStringLiteral("voice_audio")}, true, QStringLiteral("https?://\\S+")),
            with({QStringLiteral("callers"),
                  CampaignOption::Text,
                  tr("Caller numbers"),
                  tr("The number calls come from, by country, such as ES=612345678, PT=698765432; other countries "
                     "get the account's default caller. 360nrs support sets them up."),
                  sms,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 calls, false,
                 QStringLiteral("[A-Za-z]{2}\\s*=\\s*\\+?[0-9]{3,15}(\\s*,\\s*[A-Za-z]{2}\\s*=\\s*\\+?[0-9]{3,15})*")),
            with({QStringLiteral("call_retries"),
                  CampaignOption::Number,
                  tr("Call again if unanswered"),
                  tr("How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not "
                     "come at night."),
                  sms,
                  {},
                  {},
                  0,
                  0,
                  5},
                 calls),
            with({QStringLiteral("answering_machine"),
                  CampaignOption::Flag,
                  tr("Hang up on answering machines"),
                  tr("360nrs detects an answering machine and ends the call instead of leaving the message."),
                  sms,
                  {},
                  {},
                  false,
                  0,
                  0},
                 calls),
            with({QStringLiteral("expiration_hours"),
                  CampaignOption::Number,
                  tr("Expires after (hours)"),
                  tr("Not delivered (or called) after this many hours from the send; 0: the network's default."),
                  sms,
                  {},
                  {},
                  0,
                  0,
                  72},
                 expiring),
            with({QStringLiteral("whatsapp_template"),
                  CampaignOption::Text,
                  tr("WhatsApp template id"),
                  tr("The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the "
                     "message fills one of its body variables, in order; lines starting header:, button:, reply: or "
                     "location: (latitude, longitude, name, address) fill those. The campaign's sender is the "
                     "WhatsApp number registered in 360nrs."),
                  sms,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 {QStringLiteral("whatsapp")}, true, QStringLiteral("[0-9]+")),
            with({QStringLiteral("whatsapp_answer"),
                  CampaignOption::Text,
                  tr("Automatic answer"),
                  tr("What WhatsApp answers by itself to a recipient's first reply; empty: nothing."),
                  sms,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 {QStringLiteral("whatsapp")}),
            {QStringLiteral("track_opens"),
             CampaignOption::Flag,
             tr("Track opens"),
             tr("A tracking pixel tells who opened the email."),
             email,
             {},
             {},
             true,
             0,
             0},
            {QStringLiteral("track_clicks"),
             CampaignOption::Flag,
             tr("Track clicks"),
             tr("Links go through 360nrs, which counts who clicked."),
             email,
             {},
             {},
             true,
             0,
             0},
            with({QStringLiteral("certified"),
                  CampaignOption::Flag,
                  tr("Certified"),
                  tr("360nrs issues a certificate of delivery for each message, at an extra cost."),
                  both,
                  {},
                  {},
                  false,
                  0,
                  0},
                 texts),
            {QStringLiteral("tags"),
             CampaignOption::Text,
             tr("Tags"),
             tr("Comma-separated; they filter the statistics in the 360nrs dashboard."),
             both,
             {},
             {},
             QString(),
             0,
             0},
    };
    info.deliveryKey = delivery;
    info.heldDeliveries = {QString()}; // /scheduled manages SMS and email only (§4)
    info.smsDeliveries = texts;
    info.callDeliveries = calls;
    info.contentProblem = [](const QString &content, const QVariantMap &options) -> QString {
        const QString kind = options.value(QStringLiteral("delivery")).toString();
        if (kind == QLatin1String("voice") && content.size() > 500)
            return tr("the text to read is %1 characters long; 360nrs reads at most 500. Shorten the template.")
                    .arg(content.size());
        if ((kind == QLatin1String("voice") || kind == QLatin1String("whatsapp")) && content.trimmed().isEmpty())
            return tr("the text is empty.");
        return {};
    };
    info.keepsSmsWindows = true;
    info.currency = QStringLiteral("EUR");
    info.smsCounters
            = {CampaignStats::Sent,    CampaignStats::Delivered,     CampaignStats::Failed,      CampaignStats::Pending,
               CampaignStats::Clicked, CampaignStats::UniqueClicked, CampaignStats::Unsubscribed};
    for (int i = 0; i < CampaignStats::CounterCount; ++i)
        info.emailCounters.append(CampaignStats::Counter(i));
    return info;
}

} // namespace cm
