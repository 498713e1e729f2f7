// 360NRS: what the adapter offers, and the campaign options of each channel (§3.1, §3.3–3.7).
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
    ProviderCapabilities &can = info.can;
    can.sending.channels = {Channel::Sms, Channel::Email, Channel::Voice, Channel::WhatsApp};
    can.sending.bulkPersonalisation = can.sending.channels;
    can.sending.maxLength = {{Channel::Voice, 500}}; // what a call reads (§3.4)
    can.sending.needsSender = {Channel::WhatsApp};   // the business number it writes from
    can.audience = {true, true, true, true, true, true, true, {Channel::Sms, Channel::Email, Channel::Voice}};
    // /scheduled manages SMS and email only (§4), with availableTimes for SMS (§22.2).
    can.scheduling = {{Channel::Sms, Channel::Email}, true, true, {Channel::Sms}};
    can.reporting.recipientStatus = true;
    can.reporting.campaignCounters = true;
    can.reporting.events = true;
    const QList<CampaignStats::Counter> phoneCounters
            = {CampaignStats::Sent,    CampaignStats::Delivered,     CampaignStats::Failed,      CampaignStats::Pending,
               CampaignStats::Clicked, CampaignStats::UniqueClicked, CampaignStats::Unsubscribed};
    for (const Channel channel : {Channel::Sms, Channel::Voice, Channel::WhatsApp})
        can.reporting.counters.insert(channel, phoneCounters);
    for (int i = 0; i < CampaignStats::CounterCount; ++i)
        can.reporting.counters[Channel::Email].append(CampaignStats::Counter(i));
    can.extras.testSend = true;
    can.extras.balance = true;
    can.extras.emailValidation = true;
    can.extras.conversations = true;
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("Your dashboard's API address, such as https://dashboard.360nrs.com/api/rest."), true},
            {CredentialField::User, tr("User name"), tr("The user name you sign in to 360nrs with."), true},
            {CredentialField::Secret, tr("API password"),
             tr("Not the sign-in password: set it in 360nrs under APIs → Change API password."), true},
    };
    info.defaultBaseUrl = QStringLiteral("https://dashboard.360nrs.com/api/rest");
    info.maxBatchSize = 500;
    // The send's own fields (§3.1, §3.3–3.7), per channel.
    const QList<Channel> sms {Channel::Sms};
    const QList<Channel> email {Channel::Email};
    const QList<Channel> voice {Channel::Voice};
    const QList<Channel> whatsapp {Channel::WhatsApp};
    const auto with = [](CampaignOption o, bool required = false, const QString &pattern = {}) {
        o.required = required;
        o.pattern = pattern;
        return o;
    };
    // A call reads its text unless it plays an audio file (§3.4, §3.5): the voice only without one.
    const auto reading = [](CampaignOption o) {
        o.onlyWithKey = QStringLiteral("audio_url");
        o.onlyWithValues = {QString()};
        return o;
    };
    CampaignOption landingPage
            = with({QStringLiteral("landing_page"),
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
                   false, QStringLiteral("(v[12]:)?[0-9]+"));
    landingPage.setKeepsSendHere = true; // /scheduled does not hold landing SMS (§4)
    CampaignOption audioUrl = with({QStringLiteral("audio_url"),
                                    CampaignOption::Text,
                                    tr("Audio file"),
                                    tr("The public web address (https://…) of the MP3 or WAV file the call plays; "
                                       "empty: the call reads the text aloud."),
                                    voice,
                                    {},
                                    {},
                                    QString(),
                                    0,
                                    0},
                                   false, QStringLiteral("https?://\\S+"));
    audioUrl.setReplacesText = true;
    info.campaignOptions = {
            {QStringLiteral("encoding"),
             CampaignOption::Choice,
             tr("Encoding"),
             tr("Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM."),
             sms,
             {QString(), QStringLiteral("gsm"), QStringLiteral("gsm-pt"), QStringLiteral("utf-16")},
             {tr("Automatic"), tr("GSM"), tr("GSM Portuguese"), tr("Unicode (UTF-16)")},
             QString(),
             0,
             0},
            {QStringLiteral("flash"),
             CampaignOption::Flag,
             tr("Flash SMS"),
             tr("Shown at once on the screen; some phones do not store it."),
             sms,
             {},
             {},
             false,
             0,
             0},
            landingPage,
            audioUrl,
            reading({QStringLiteral("voice_language"),
                     CampaignOption::Choice,
                     tr("Voice language"),
                     tr("The language the text is read in; Mandarin, Arabic and Hindi have a female voice only."),
                     voice,
                     {QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("es_ES"),
                      QStringLiteral("es_US"), QStringLiteral("pt_PT"), QStringLiteral("pt_BR"),
                      QStringLiteral("de_DE"), QStringLiteral("fr_FR"), QStringLiteral("it_IT"),
                      QStringLiteral("cmn_CN"), QStringLiteral("arb"), QStringLiteral("hi_IN")},
                     {tr("English (United Kingdom)"), tr("English (United States)"), tr("Spanish (Spain)"),
                      tr("Spanish (Latin America)"), tr("Portuguese (Portugal)"), tr("Portuguese (Brazil)"),
                      tr("German"), tr("French"), tr("Italian"), tr("Mandarin Chinese"), tr("Arabic"), tr("Hindi")},
                     QStringLiteral("en_GB"),
                     0,
                     0}),
            reading({QStringLiteral("voice_gender"),
                     CampaignOption::Choice,
                     tr("Voice"),
                     tr("A female or a male voice reads the text."),
                     voice,
                     {QStringLiteral("F"), QStringLiteral("M")},
                     {tr("Female"), tr("Male")},
                     QStringLiteral("F"),
                     0,
                     0}),
            with({QStringLiteral("callers"),
                  CampaignOption::Text,
                  tr("Caller numbers"),
                  tr("The number calls come from, by country, such as ES=612345678, PT=698765432; other countries "
                     "get the account's default caller. 360nrs support sets them up."),
                  voice,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 false,
                 QStringLiteral("[A-Za-z]{2}\\s*=\\s*\\+?[0-9]{3,15}(\\s*,\\s*[A-Za-z]{2}\\s*=\\s*\\+?[0-9]{3,15})*")),
            {QStringLiteral("call_retries"),
             CampaignOption::Number,
             tr("Call again if unanswered"),
             tr("How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not "
                "come at night."),
             voice,
             {},
             {},
             0,
             0,
             5},
            {QStringLiteral("answering_machine"),
             CampaignOption::Flag,
             tr("Hang up on answering machines"),
             tr("360nrs detects an answering machine and ends the call instead of leaving the message."),
             voice,
             {},
             {},
             false,
             0,
             0},
            {QStringLiteral("expiration_hours"),
             CampaignOption::Number,
             tr("Expires after (hours)"),
             tr("Not delivered (or called) after this many hours from the send; 0: the network's default."),
             {Channel::Sms, Channel::Voice},
             {},
             {},
             0,
             0,
             72},
            with({QStringLiteral("whatsapp_template"),
                  CampaignOption::Text,
                  tr("WhatsApp template id"),
                  tr("The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the "
                     "message fills one of its body variables, in order; lines starting header:, button:, reply: or "
                     "location: (latitude, longitude, name, address) fill those. The campaign's sender is the "
                     "WhatsApp number registered in 360nrs."),
                  whatsapp,
                  {},
                  {},
                  QString(),
                  0,
                  0},
                 true, QStringLiteral("[0-9]+")),
            {QStringLiteral("whatsapp_answer"),
             CampaignOption::Text,
             tr("Automatic answer"),
             tr("What WhatsApp answers by itself to a recipient's first reply; empty: nothing."),
             whatsapp,
             {},
             {},
             QString(),
             0,
             0},
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
            {QStringLiteral("certified"),
             CampaignOption::Flag,
             tr("Certified"),
             tr("360nrs issues a certificate of delivery for each message, at an extra cost."),
             {Channel::Sms, Channel::Email},
             {},
             {},
             false,
             0,
             0},
            {QStringLiteral("tags"),
             CampaignOption::Text,
             tr("Tags"),
             tr("Comma-separated; they filter the statistics in the 360nrs dashboard."),
             {Channel::Sms, Channel::Email, Channel::Voice, Channel::WhatsApp},
             {},
             {},
             QString(),
             0,
             0},
    };
    info.currency = QStringLiteral("EUR");
    return info;
}

} // namespace cm
