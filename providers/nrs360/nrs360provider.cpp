#include "nrs360provider.h"

#include "models/clock.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "nrs360parse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace cm {

Q_LOGGING_CATEGORY(lcNrs360, "cm.providers.nrs360")

namespace {

constexpr int StatusChunk = 100; // message ids per GET /sms/{ids} ([UNDOC] limit, §25)

// The country of an E.164 number, for countryIso (required with a phone, §6.4).
QString regionOf(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

// What went wrong, in 360NRS's words where it answered: its envelope's code and description, with our kind for
// them; the client's own verdict (timeout, network) where it did not. A retry stays safe only where it was.
ProviderError errorOf(const HttpJob *job)
{
    ProviderError error = job->error();
    if (job->response().status > 0) {
        if (const auto said = nrs360::classify(job->response().status, job->response().body)) {
            const bool retrySafe = error.retrySafe;
            const int retryAfter = error.retryAfterSeconds;
            error = *said;
            error.retrySafe = retrySafe && said->kind != ProviderError::Kind::Validation;
            error.retryAfterSeconds = retryAfter;
        }
    }
    return error;
}

// Our /*vN*/ markers (TemplateRenderer::bulk), to become 360NRS's {vN}.
const QRegularExpression &variableMarker()
{
    static const QRegularExpression marker(QStringLiteral(R"(/\*(v\d+)\*/)"));
    return marker;
}

QString blacklistType(const QString &address)
{
    return address.contains(QLatin1Char('@')) ? QStringLiteral("mailing") : QStringLiteral("sms");
}

QString blacklistRecipient(const QString &address)
{
    return address.contains(QLatin1Char('@')) ? address.trimmed().toLower() : nrs360::msisdn(address);
}

} // namespace

Nrs360Provider::Nrs360Provider(const Account &account, const QString &apiPassword, const Clock *clock, QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_replyTo(account.settings.value(QStringLiteral("reply_to")).toString())
    , m_fromName(account.settings.value(QStringLiteral("from_name")).toString())
    , m_encoding(account.settings.value(QStringLiteral("encoding")).toString())
    , m_maxParts(qBound(1, account.settings.value(QStringLiteral("max_parts")).toInt(15), 15))
    , m_country(account.settings.value(QStringLiteral("country")).toString().toUpper())
    , m_pageSize(qBound(1, account.settings.value(QStringLiteral("page_size")).toInt(1000), 1000))
{
    HttpClient::Options options;
    QString base = account.baseUrl.isEmpty() ? providerInfo().defaultBaseUrl : account.baseUrl;
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    options.baseUrl = base;
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    // No limit is documented (§1.3): one request at a time, at most 20 a second, unless the account says otherwise.
    options.requestsPerSecond = account.settings.value(QStringLiteral("requests_per_second")).toDouble(20);
    const QByteArray basic = "Basic " + (account.user + QLatin1Char(':') + apiPassword).toUtf8().toBase64();
    m_http = new HttpClient(
            m_network, options,
            [basic](QNetworkRequest &request, QByteArray &) {
                request.setRawHeader("Authorization", basic);
                request.setRawHeader("Accept", "application/json");
            },
            this);
}

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

HttpRequest Nrs360Provider::json(const QByteArray &method, const QString &path, const QJsonValue &body, bool retrySafe)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    if (!body.isUndefined()) {
        r.contentType = "application/json";
        r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    r.retrySafe = retrySafe;
    return r;
}

void Nrs360Provider::call(ProviderReply *reply, const HttpRequest &request, Handler handler)
{
    HttpJob *job = m_http->send(request);
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, handler] {
        if (job->hasError()) {
            reply->failWith(errorOf(job));
            return;
        }
        handler(reply, job->response());
    });
}

void Nrs360Provider::getAll(ProviderReply *reply, const QString &path, QUrlQuery query, PageHandler handler,
                            QJsonArray gathered, int page)
{
    HttpRequest request = json("GET", path, QJsonValue::Undefined, true);
    request.query = query;
    request.query.removeAllQueryItems(QStringLiteral("page"));
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    call(reply, request, [this, path, query, handler, gathered, page](ProviderReply *r, const HttpResponse &response) {
        const nrs360::Page p = nrs360::parsePage(response.body);
        QJsonArray all = gathered;
        for (const QJsonValue &v : p.items)
            all.append(v);
        r->reportProgress(all.size(), 0);
        // Our own loop with a cap (§26.5): an empty page or the last one ends it.
        if (p.items.isEmpty() || p.current >= p.total || page >= 1000)
            handler(r, all);
        else
            getAll(r, path, query, handler, all, page + 1);
    });
}

ProviderReply *Nrs360Provider::verify()
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/account"), QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &response) {
             AccountStatus status;
             status.ok = true;
             status.balance = nrs360::parseBalance(response.body, &status.currency);
             status.detail = tr("The user name and API password work from this computer's IP address.");
             r->finishWith(QVariant::fromValue(status));
         });
    return reply;
}

QString Nrs360Provider::providerUnsubscribe(const QString &text, Channel channel)
{
    return TemplateRenderer::withUnsubscribeLink(
            text, channel == Channel::Email ? QStringLiteral("[unsubscribe_link]") : QStringLiteral("{UNSUB_URL}"));
}

ProviderReply *Nrs360Provider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    // What goes to the phones (the campaign's "delivery"): a text message, one with a landing page, a call that reads
    // the text or plays a file, or a WhatsApp template.
    const QVariantMap &options = request.options;
    const QString kind
            = request.channel == Channel::Email ? QString() : options.value(QStringLiteral("delivery")).toString();
    const bool landing = kind == QLatin1String("landing");
    const bool voice = kind == QLatin1String("voice");
    const bool audio = kind == QLatin1String("voice_audio");
    const bool whatsapp = kind == QLatin1String("whatsapp");
    // The delivery's fields as the composer checks them (a landing page, an audio file, a template id, …).
    QString problem = providerInfo().optionProblem(request.channel, options);
    if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (problem.isEmpty() && request.sender.trimmed().isEmpty() && !voice && !audio)
        problem = request.channel == Channel::Email ? QStringLiteral("A from address is needed (error 115)")
                                                    : QStringLiteral("A sender is needed (error 106)");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
                reply,
                [reply, problem] {
                    reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
                },
                Qt::QueuedConnection);
        return reply;
    }
    // One request per distinct content: /sms, /mailing, /voice and /landingsms take one text for all their
    // recipients. Recipients with the same text go together, in the order they came; those personalised with
    // variables (BulkPersonalisation: a body with /*vN*/ markers) go together too, with their values in sub (§20.1).
    // A call playing a file and WhatsApp (one entry per recipient) need one request for everyone.
    QList<QList<OutgoingMessage>> groups;
    QHash<QString, qsizetype> groupOf;
    for (const OutgoingMessage &m : request.messages) {
        const bool bulk = !m.variables.isEmpty();
        const QString key = audio || whatsapp
                ? QString()
                : (bulk ? QStringLiteral("sub") : QString()) + QChar(0) + m.subject + QChar(0) + m.body;
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, groups.size());
            groups.append(QList<OutgoingMessage>());
        }
        groups[*it].append(m);
    }
    // A name of ours per campaign and channel (§3.0): its statistics, reports and scheduled messages are found by it.
    const QString channelKey = request.channel == Channel::Email ? QStringLiteral("mailing")
            : kind.isEmpty()                                     ? QStringLiteral("sms")
                                                                 : kind;
    const QString campaignName = request.campaignName.isEmpty()
            ? QString()
            : QStringLiteral("%1 #%2").arg(request.campaignName.left(200), channelKey);
    const bool scheduled = !whatsapp && request.scheduledAt.isValid() && request.scheduledAt > m_clock->now();

    // The chain holds itself weakly; the reply holds it until it goes.
    auto chain = std::make_shared<std::function<void(qsizetype, SendResult)>>();
    connect(reply, &QObject::destroyed, this, [chain] {});
    std::weak_ptr<std::function<void(qsizetype, SendResult)>> sendGroup = chain;
    *chain = [=](qsizetype index, SendResult done) {
        if (index >= groups.size())
            return reply->finishWith(QVariant::fromValue(done));
        const QList<OutgoingMessage> &group = groups.at(index);
        QJsonArray to;
        QJsonArray whatsappMessages;
        QHash<QString, QString> keyByAddress;
        for (const OutgoingMessage &m : group) {
            const QString address
                    = request.channel == Channel::Email ? m.address.trimmed().toLower() : nrs360::msisdn(m.address);
            keyByAddress.insert(address, m.clientKey);
            if (!whatsapp) {
                to.append(address);
                continue;
            }
            // The recipient's text, line by line, as the template's variables (§3.7.1).
            const QString text = m.variables.isEmpty() ? m.body : TemplateRenderer::substitute(m.body, m.variables);
            QJsonObject entry = nrs360::whatsappMessage(address, text);
            if (const QString answer = options.value(QStringLiteral("whatsapp_answer")).toString().trimmed();
                !answer.isEmpty())
                entry.insert(QStringLiteral("defaultAnswer"), answer);
            whatsappMessages.append(entry);
        }
        const OutgoingMessage &first = group.first();
        QJsonObject body;
        if (whatsapp)
            body.insert(QStringLiteral("messages"), whatsappMessages);
        else
            body.insert(QStringLiteral("to"), to);
        if (!campaignName.isEmpty())
            body.insert(QStringLiteral("campaignName"), campaignName);
        if (scheduled)
            body.insert(QStringLiteral("scheduleDate"), nrs360::scheduleDate(request.scheduledAt));
        const QStringList tags
                = options.value(QStringLiteral("tags")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonArray tagList;
        for (const QString &t : tags)
            tagList.append(t.trimmed());
        if (!tagList.isEmpty() && !campaignName.isEmpty()) // tags only with a campaign name (§3.0)
            body.insert(QStringLiteral("tags"), tagList);
        if (options.value(QStringLiteral("certified")).toBool() && !voice && !audio && !whatsapp)
            body.insert(QStringLiteral("certified"), true);
        if (const int hours = options.value(QStringLiteral("expiration_hours")).toInt();
            hours > 0 && request.channel == Channel::Sms && !whatsapp)
            body.insert(QStringLiteral("expirationDate"),
                        nrs360::scheduleDate((scheduled ? request.scheduledAt : m_clock->now()).addSecs(hours * 3600)));
        QString path;
        if (request.channel == Channel::Email) {
            path = QStringLiteral("/mailing");
            body.insert(QStringLiteral("fromEmail"), request.sender.trimmed());
            body.insert(QStringLiteral("replyTo"), m_replyTo.isEmpty() ? request.sender.trimmed() : m_replyTo);
            if (!m_fromName.isEmpty())
                body.insert(QStringLiteral("fromName"), m_fromName);
            body.insert(QStringLiteral("subject"), first.subject); // one per request: part of the group's key
            QString html = providerUnsubscribe(first.body, Channel::Email);
            if (!first.variables.isEmpty()) { // the body's variables, each recipient's values in sub (§20.1)
                html.replace(variableMarker(), QStringLiteral("{\\1}"));
                QJsonArray sub;
                for (const OutgoingMessage &m : group)
                    sub.append(QJsonObject::fromVariantMap(m.variables));
                body.insert(QStringLiteral("sub"), sub);
            }
            body.insert(QStringLiteral("body"), html);
            for (const char *key : {"track_opens", "track_clicks"}) { // both on unless the campaign says not
                if (options.contains(QLatin1String(key)) && !options.value(QLatin1String(key)).toBool())
                    body.insert(QLatin1String(key) == QLatin1String("track_opens") ? QStringLiteral("trackOpens")
                                                                                   : QStringLiteral("trackClicks"),
                                false);
            }
        } else if (whatsapp) {
            path = QStringLiteral("/whatsapp");
            body.insert(QStringLiteral("templateId"), options.value(QStringLiteral("whatsapp_template")).toLongLong());
            body.insert(QStringLiteral("from"), nrs360::msisdn(request.sender.trimmed()));
        } else if (voice || audio) {
            path = voice ? QStringLiteral("/voice") : QStringLiteral("/voiceAudio");
            if (voice) {
                QString text = first.body;
                if (!first.variables.isEmpty()) {
                    text.replace(variableMarker(), QStringLiteral("{\\1}"));
                    QJsonArray sub;
                    for (const OutgoingMessage &m : group)
                        sub.append(QJsonObject::fromVariantMap(m.variables));
                    body.insert(QStringLiteral("sub"), sub);
                }
                body.insert(QStringLiteral("message"), text);
                body.insert(QStringLiteral("language"),
                            options.value(QStringLiteral("voice_language"), QStringLiteral("en_GB")).toString());
                body.insert(QStringLiteral("gender"),
                            options.value(QStringLiteral("voice_gender"), QStringLiteral("F")).toString());
            } else {
                body.insert(QStringLiteral("audioUrl"),
                            options.value(QStringLiteral("audio_url")).toString().trimmed());
            }
            // "ES=612345678, PT=698765432" as {"ES": "612345678", "PT": "698765432"} (§3.4).
            QJsonObject callers;
            for (const QString &pair : options.value(QStringLiteral("callers")).toString().split(QLatin1Char(','))) {
                const QString country = pair.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
                const QString number = nrs360::msisdn(pair.section(QLatin1Char('='), 1).trimmed());
                if (!country.isEmpty() && !number.isEmpty())
                    callers.insert(country, number);
            }
            if (!callers.isEmpty())
                body.insert(QStringLiteral("callers"), callers);
            if (const int retries = options.value(QStringLiteral("call_retries")).toInt(); retries > 0)
                body.insert(QStringLiteral("retries"), qMin(retries, 5));
            if (options.value(QStringLiteral("answering_machine")).toBool())
                body.insert(QStringLiteral("amd"), true);
        } else {
            path = landing ? QStringLiteral("/landingsms") : QStringLiteral("/sms");
            QString text = providerUnsubscribe(first.body, Channel::Sms);
            if (landing && !text.contains(QLatin1String("{LAND_URL}"))) // the link is mandatory (error 141, §3.6)
                text += QStringLiteral(" {LAND_URL}");
            // Parts counted with the links the server puts in: a landing link, an unsubscribe link.
            const auto counted = [landing](const QString &t) {
                QString withLinks = t;
                if (landing)
                    withLinks.replace(QLatin1String("{LAND_URL}"), QString(25, QLatin1Char('x')));
                return countSms(withLinks);
            };
            SmsCount count = counted(text);
            if (!first.variables.isEmpty()) {
                // Our markers as 360NRS variables, each recipient's values in sub; the encoding and parts are those
                // of the longest text any of them gets.
                text.replace(variableMarker(), QStringLiteral("{\\1}"));
                QJsonArray sub;
                count = {};
                for (const OutgoingMessage &m : group) {
                    sub.append(QJsonObject::fromVariantMap(m.variables));
                    QString one = providerUnsubscribe(TemplateRenderer::substitute(m.body, m.variables), Channel::Sms);
                    if (landing && !one.contains(QLatin1String("{LAND_URL}")))
                        one += QStringLiteral(" {LAND_URL}");
                    const SmsCount c = counted(one);
                    count.parts = qMax(count.parts, c.parts);
                    if (c.encoding == SmsCount::Ucs2)
                        count.encoding = SmsCount::Ucs2;
                }
                body.insert(QStringLiteral("sub"), sub);
            }
            body.insert(QStringLiteral("from"), request.sender.trimmed());
            body.insert(QStringLiteral("message"), text);
            const QString chosen = options.value(QStringLiteral("encoding")).toString();
            body.insert(QStringLiteral("encoding"),
                        !chosen.isEmpty()                          ? chosen
                                : !m_encoding.isEmpty()            ? m_encoding
                                : count.encoding == SmsCount::Ucs2 ? QStringLiteral("utf-16")
                                                                   : QStringLiteral("gsm"));
            if (options.value(QStringLiteral("flash")).toBool())
                body.insert(QStringLiteral("flash"), true);
            if (landing) {
                // The page: a current (v2) template by default, a legacy one as v1:ID (§3.6).
                const QString page = options.value(QStringLiteral("landing_page")).toString().trimmed();
                body.insert(page.startsWith(QLatin1String("v1:")) ? QStringLiteral("templateId")
                                                                  : QStringLiteral("templateV2Id"),
                            page.section(QLatin1Char(':'), -1).toLongLong());
            } else {
                // Quiet hours as availableTimes (§22.2): every day, HH:MM in UTC, from before to.
                QJsonArray windows;
                for (const auto &[from, to] : request.windowsUtc)
                    windows.append(QJsonObject {{QStringLiteral("from"), from.toString(QStringLiteral("HH:mm"))},
                                                {QStringLiteral("to"), to.toString(QStringLiteral("HH:mm"))}});
                if (!windows.isEmpty())
                    body.insert(QStringLiteral("availableTimes"), windows);
            }
            // parts is a maximum (§3.1; 8 for landing SMS, §3.6): enough for this text, and the {UNSUB_URL} link
            // the server puts in.
            body.insert(QStringLiteral("parts"),
                        qBound(1, count.parts + (text.contains(QLatin1String("{UNSUB_URL}")) ? 1 : 0),
                               landing ? qMin(m_maxParts, 8) : m_maxParts));
        }
        // Never retried (§26.3, 32): no idempotency key; a lost answer leaves these recipients unknown.
        HttpJob *job = m_http->send(json("POST", path, body, false));
        connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
        connect(job, &HttpJob::finished, reply, [=] {
            SendResult all = done;
            if (!job->hasError()) {
                const SendResult part = nrs360::parseSendResult(job->response().body, keyByAddress);
                if (all.remoteCampaignId.isEmpty())
                    all.remoteCampaignId = part.remoteCampaignId;
                all.outcomes += part.outcomes;
                reply->reportProgress(all.outcomes.size(), request.messages.size());
                if (const auto next = sendGroup.lock())
                    (*next)(index + 1, all);
                return;
            }
            const ProviderError error = errorOf(job);
            // One request, or credentials refused: the whole request failed, as the provider said.
            if (groups.size() == 1 || (index == 0 && error.kind == ProviderError::Kind::Auth))
                return reply->failWith(error);
            if (error.kind == ProviderError::Kind::Transient) {
                // No answer: this group may have been sent (left out of the outcomes, so unknown); the groups not
                // tried yet were not, and can be retried.
                for (qsizetype g = index + 1; g < groups.size(); ++g) {
                    for (const OutgoingMessage &m : groups.at(g))
                        all.outcomes.append({m.clientKey,
                                             {},
                                             false,
                                             tr("Not sent: an earlier request of the batch "
                                                "got no answer.")});
                }
                return reply->finishWith(QVariant::fromValue(all));
            }
            // Refused (a 400 for this text, a 402): these recipients failed, the next group still goes.
            const QString why = QStringLiteral("%1 (%2)").arg(error.message, error.code);
            for (const OutgoingMessage &m : group)
                all.outcomes.append({m.clientKey, {}, false, why});
            if (const auto next = sendGroup.lock())
                (*next)(index + 1, all);
        });
    };
    (*chain)(0, {});
    return reply;
}

ProviderReply *Nrs360Provider::listGroups()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/groups"), {}, [](ProviderReply *r, const QJsonArray &items) {
        QList<RemoteGroup> groups;
        for (const QJsonValue &v : items) {
            const QJsonObject g = v.toObject();
            groups.append({QString::number(g.value(QStringLiteral("id")).toInteger()),
                           g.value(QStringLiteral("name")).toString(), -1});
        }
        r->finishWith(QVariant::fromValue(groups));
    });
    return reply;
}

ProviderReply *Nrs360Provider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("POST", QStringLiteral("/groups"), QJsonObject {{QStringLiteral("name"), name}}, false),
         [](ProviderReply *r, const HttpResponse &response) {
             const QJsonObject g
                     = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject();
             r->finishWith(QVariant::fromValue(RemoteGroup {QString::number(g.value(QStringLiteral("id")).toInteger()),
                                                            g.value(QStringLiteral("name")).toString(), 0}));
         });
    return reply;
}

ProviderReply *Nrs360Provider::deleteGroup(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("DELETE", QStringLiteral("/groups/%1").arg(groupId), QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *Nrs360Provider::renameGroup(const QString &groupId, const QString &name)
{
    // The id in the path: the samples' bare PUT /groups is wrong (§26.1, 2).
    auto *reply = new ProviderReply(this);
    call(reply, json("PUT", QStringLiteral("/groups/") + groupId, QJsonObject {{QStringLiteral("name"), name}}, true),
         [](ProviderReply *r, const HttpResponse &response) {
             const QJsonObject g
                     = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject();
             r->finishWith(QVariant::fromValue(RemoteGroup {QString::number(g.value(QStringLiteral("id")).toInteger()),
                                                            g.value(QStringLiteral("name")).toString(), -1}));
         });
    return reply;
}

QJsonObject Nrs360Provider::contactBody(const Contact &c, const QString &groupId) const
{
    QJsonObject body;
    if (!c.email.isEmpty())
        body.insert(QStringLiteral("email"), c.email);
    if (!c.phone.isEmpty()) {
        body.insert(QStringLiteral("phone"), nrs360::msisdn(c.phone));
        QString country = c.country.isEmpty() ? regionOf(c.phone) : c.country;
        if (country.isEmpty())
            country = m_country;
        body.insert(QStringLiteral("countryIso"), country);
    }
    if (!c.firstName.isEmpty())
        body.insert(QStringLiteral("name"), c.firstName);
    if (!c.lastName.isEmpty())
        body.insert(QStringLiteral("surname"), c.lastName);
    QJsonArray fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.append(
                QJsonObject {{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value().toString()}});
    if (!fields.isEmpty())
        body.insert(QStringLiteral("customFields"), fields);
    if (!groupId.isEmpty())
        body.insert(QStringLiteral("groupsIds"), QJsonArray {groupId.toLongLong()});
    return body;
}

ProviderReply *Nrs360Provider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    QMetaObject::invokeMethod(
            reply, [this, reply, groupId, contacts] { pushOne(reply, groupId, contacts, 0, 0); }, Qt::QueuedConnection);
    return reply;
}

void Nrs360Provider::pushOne(ProviderReply *reply, QString groupId, QList<Contact> contacts, qsizetype next, int added)
{
    // No bulk endpoint (§6): one contact at a time, at the client's request rate. A contact 360NRS already has (by
    // email, else phone) is updated with this group added to its groups; a new one is created in it.
    if (next >= contacts.size())
        return reply->finishWith(added);
    const Contact c = contacts.at(next);
    HttpRequest find = json("GET", QStringLiteral("/contacts"), QJsonValue::Undefined, true);
    find.query.addQueryItem(QStringLiteral("include"), QStringLiteral("groups"));
    if (!c.email.isEmpty())
        find.query.addQueryItem(QStringLiteral("email"), c.email);
    else
        find.query.addQueryItem(QStringLiteral("phone"), nrs360::msisdn(c.phone));
    call(reply, find, [this, groupId, contacts, next, added, c](ProviderReply *r, const HttpResponse &response) {
        const QJsonArray found = nrs360::parsePage(response.body).items;
        QJsonObject body = contactBody(c, groupId);
        HttpRequest write;
        if (found.isEmpty()) {
            write = json("POST", QStringLiteral("/contacts"), body, false);
        } else {
            QStringList groups;
            const Contact existing = nrs360::parseContact(found.first().toObject(), &groups);
            QJsonArray ids;
            for (const QString &g : std::as_const(groups))
                ids.append(g.toLongLong());
            if (!groups.contains(groupId))
                ids.append(groupId.toLongLong());
            body.insert(QStringLiteral("groupsIds"), ids); // the full list: PUT may replace memberships (§6.5)
            write = json("PUT", QStringLiteral("/contacts/") + existing.remoteId, body, true);
        }
        call(r, write, [this, groupId, contacts, next, added](ProviderReply *r2, const HttpResponse &) {
            r2->reportProgress(next + 1, contacts.size());
            pushOne(r2, groupId, contacts, next + 1, added + 1);
        });
    });
}

ProviderReply *Nrs360Provider::pullContacts(const QString &groupId)
{
    // No filter by group (§6.2): every contact with its groups, kept when it is in this one.
    auto *reply = new ProviderReply(this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("customFields,groups"));
    getAll(reply, QStringLiteral("/contacts"), query, [groupId](ProviderReply *r, const QJsonArray &items) {
        QList<Contact> contacts;
        for (const QJsonValue &v : items) {
            QStringList groups;
            const Contact c = nrs360::parseContact(v.toObject(), &groups);
            if (groups.contains(groupId))
                contacts.append(c);
        }
        r->finishWith(QVariant::fromValue(contacts));
    });
    return reply;
}

ProviderReply *Nrs360Provider::getContact(const QString &, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    HttpRequest request = json("GET", QStringLiteral("/contacts/") + contactId, QJsonValue::Undefined, true);
    request.query.addQueryItem(QStringLiteral("include"), QStringLiteral("customFields,groups"));
    call(reply, request, [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(nrs360::parseContact(
                QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject())));
    });
    return reply;
}

ProviderReply *Nrs360Provider::updateContact(const QString &groupId, const Contact &contact)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("PUT", QStringLiteral("/contacts/") + contact.remoteId, contactBody(contact, groupId), true),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(nrs360::parseContact(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject())));
         });
    return reply;
}

ProviderReply *Nrs360Provider::deleteContact(const QString &, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("DELETE", QStringLiteral("/contacts/") + contactId, QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *Nrs360Provider::fetchEvents(const QStringList &providerIds)
{
    auto *reply = new ProviderReply(this);
    QMetaObject::invokeMethod(
            reply,
            [this, reply, providerIds] {
                // WhatsApp messages (UUIDs) have no status look-up (§3.7); the rest are /sms ids.
                QStringList ids;
                for (const QString &id : providerIds) {
                    if (!id.contains(QLatin1Char('-')))
                        ids.append(id);
                }
                statusChunk(reply, ids, 0, {});
            },
            Qt::QueuedConnection);
    return reply;
}

void Nrs360Provider::statusChunk(ProviderReply *reply, QStringList ids, qsizetype next, QList<DeliveryEvent> events)
{
    if (next >= ids.size())
        return reply->finishWith(QVariant::fromValue(events));
    const QStringList chunk = ids.mid(next, StatusChunk);
    HttpJob *job = m_http->send(
            json("GET", QStringLiteral("/sms/") + chunk.join(QLatin1Char(',')), QJsonValue::Undefined, true));
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [this, reply, job, ids, next, events, size = chunk.size()] {
        // 404: none of these ids is known (yet); not an error for a status poll.
        if (job->hasError() && job->response().status != 404)
            return reply->failWith(errorOf(job));
        QList<DeliveryEvent> all = events;
        if (!job->hasError())
            all += nrs360::parseSmsStatus(job->response().body);
        reply->reportProgress(next + size, ids.size());
        statusChunk(reply, ids, next + size, all);
    });
}

ProviderReply *Nrs360Provider::campaignStats(const QString &sendingId)
{
    // No look-up by sending (§5.1 filters by name): the campaigns, newest pages first would be a guess, so all.
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/campaigns"), {}, [this, sendingId](ProviderReply *r, const QJsonArray &items) {
        auto stats = nrs360::parseSendingStats(items, sendingId);
        if (!stats)
            return r->failWith({ProviderError::Kind::Permanent, QStringLiteral("404"),
                                tr("360nrs lists no sending %1.").arg(sendingId), false, -1});
        stats->takenAt = m_clock->now();
        r->finishWith(QVariant::fromValue(*stats));
    });
    return reply;
}

ProviderReply *Nrs360Provider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/campaigns"), {}, [](ProviderReply *r, const QJsonArray &items) {
        r->finishWith(QVariant::fromValue(nrs360::parseCampaigns(items)));
    });
    return reply;
}

ProviderReply *Nrs360Provider::sendingEvents(const QString &sendingId)
{
    auto *reply = new ProviderReply(this);
    HttpRequest request
            = json("GET", QStringLiteral("/sendings/%1/reports/events").arg(sendingId), QJsonValue::Undefined, true);
    request.timeoutMs = 120000; // CSV exports take longer (§26.5)
    call(reply, request, [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(nrs360::parseEventsCsv(response.body)));
    });
    return reply;
}

void Nrs360Provider::scheduledGuids(ProviderReply *reply, const QString &sendingId,
                                    std::function<void(ProviderReply *, const QStringList &)> then)
{
    HttpRequest request = json("GET", QStringLiteral("/scheduled"), QJsonValue::Undefined, true);
    request.query.addQueryItem(QStringLiteral("sendingId"), sendingId);
    call(reply, request, [then](ProviderReply *r, const HttpResponse &response) {
        QStringList guids;
        for (const nrs360::ScheduledMessage &m : nrs360::parseScheduled(response.body))
            guids.append(m.guid);
        then(r, guids);
    });
}

ProviderReply *Nrs360Provider::listScheduled(const QString &sendingId)
{
    auto *reply = new ProviderReply(this);
    HttpRequest request = json("GET", QStringLiteral("/scheduled"), QJsonValue::Undefined, true);
    request.query.addQueryItem(QStringLiteral("sendingId"), sendingId);
    call(reply, request, [](ProviderReply *r, const HttpResponse &response) {
        QList<RemoteCampaign> list;
        for (const nrs360::ScheduledMessage &m : nrs360::parseScheduled(response.body))
            list.append({m.guid, m.to.isEmpty() ? m.type : m.to, m.type, m.scheduledAt, 1, -1});
        r->finishWith(QVariant::fromValue(list));
    });
    return reply;
}

std::optional<HttpRequest> Nrs360Provider::scheduledRequest(const QByteArray &method, const QStringList &guids,
                                                            const QDateTime &utc)
{
    QJsonArray ids;
    for (const QString &g : guids) {
        bool ok = false;
        const qint64 id = g.toLongLong(&ok);
        if (ok)
            ids.append(id); // an integer in requests, a string in responses (§1.6)
    }
    if (ids.isEmpty())
        return std::nullopt; // without guids 360NRS would move or delete every scheduled message of the account
    QJsonObject body {{QStringLiteral("guid"), ids}};
    if (method == "PUT")
        body.insert(QStringLiteral("scheduleDate"), nrs360::scheduleDate(utc));
    return json(method, QStringLiteral("/scheduled"), body, true);
}

ProviderReply *Nrs360Provider::reschedule(const QString &sendingId, const QDateTime &utc)
{
    auto *reply = new ProviderReply(this);
    scheduledGuids(reply, sendingId, [this, utc, sendingId](ProviderReply *r, const QStringList &guids) {
        const auto request = scheduledRequest("PUT", guids, utc);
        if (!request)
            return r->failWith({ProviderError::Kind::Permanent,
                                {},
                                tr("360nrs holds no scheduled messages of sending %1.").arg(sendingId),
                                false,
                                -1});
        call(r, *request, [](ProviderReply *r2, const HttpResponse &response) {
            r2->finishWith(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("updated")).toInt());
        });
    });
    return reply;
}

ProviderReply *Nrs360Provider::cancelScheduled(const QString &sendingId)
{
    auto *reply = new ProviderReply(this);
    scheduledGuids(reply, sendingId, [this, sendingId](ProviderReply *r, const QStringList &guids) {
        const auto request = scheduledRequest("DELETE", guids);
        if (!request)
            return r->failWith({ProviderError::Kind::Permanent,
                                {},
                                tr("360nrs holds no scheduled messages of sending %1.").arg(sendingId),
                                false,
                                -1});
        call(r, *request, [](ProviderReply *r2, const HttpResponse &) { r2->finishWith(true); });
    });
    return reply;
}

ProviderReply *Nrs360Provider::optOuts(const QString &address)
{
    // The sms, mailing and voice blacklists, one after the other (or the one the address belongs to).
    auto *reply = new ProviderReply(this);
    const QStringList types = address.isEmpty()
            ? QStringList {QStringLiteral("sms"), QStringLiteral("mailing"), QStringLiteral("voice")}
            : QStringList {blacklistType(address)};
    auto chain = std::make_shared<std::function<void(qsizetype, QList<OptOut>)>>();
    connect(reply, &QObject::destroyed, this, [chain] {});
    std::weak_ptr<std::function<void(qsizetype, QList<OptOut>)>> next = chain;
    *chain = [this, reply, types, address, next](qsizetype index, QList<OptOut> gathered) {
        if (index >= types.size())
            return reply->finishWith(QVariant::fromValue(gathered));
        QUrlQuery query;
        if (!address.isEmpty())
            query.addQueryItem(QStringLiteral("recipient"), blacklistRecipient(address));
        const QString type = types.at(index);
        getAll(reply, QStringLiteral("/v2/blacklist/") + type, query,
               [next, index, gathered, type](ProviderReply *, const QJsonArray &items) {
                   QList<OptOut> all = gathered;
                   all += nrs360::parseBlacklist(items, type);
                   if (const auto self = next.lock())
                       (*self)(index + 1, all);
               });
    };
    QMetaObject::invokeMethod(
            reply, [chain] { (*chain)(0, {}); }, Qt::QueuedConnection);
    return reply;
}

ProviderReply *Nrs360Provider::changeContact(const QString &address, ContactChange change)
{
    // The blacklist is 360NRS's opt-out list: PUT adds, DELETE (with a body) removes (§9).
    auto *reply = new ProviderReply(this);
    const bool add = change == ContactChange::Block || change == ContactChange::Unsubscribe
            || change == ContactChange::BlockCalls;
    const bool calls = change == ContactChange::BlockCalls || change == ContactChange::UnblockCalls;
    const QJsonObject body {{QStringLiteral("recipient"), blacklistRecipient(address)}};
    call(reply,
         json(add ? "PUT" : "DELETE",
              QStringLiteral("/v2/blacklist/") + (calls ? QStringLiteral("voice") : blacklistType(address)), body,
              true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

namespace {

RemoteTemplate templateFrom(const QJsonObject &o, const QString &version)
{
    return {version + QLatin1Char(':') + QString::number(o.value(QStringLiteral("id")).toInteger()),
            o.value(QStringLiteral("name")).toString(),
            Nrs360Provider::fromProviderSyntax(o.value(QStringLiteral("html")).toString()),
            nrs360::parseDate(o.value(QStringLiteral("updatedAt")).toString().isEmpty()
                                      ? o.value(QStringLiteral("createdAt")).toString()
                                      : o.value(QStringLiteral("updatedAt")).toString())};
}

} // namespace

QString Nrs360Provider::toProviderSyntax(const QString &html)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString out = providerUnsubscribe(html, Channel::Email);
    return out.replace(field, QStringLiteral("{\\1}"));
}

QString Nrs360Provider::fromProviderSyntax(const QString &html)
{
    static const QRegularExpression field(QStringLiteral("(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_]*)\\}(?!\\})"));
    QString out = html;
    out.replace(field, QStringLiteral("{{\\1}}"));
    return out.replace(QStringLiteral("[unsubscribe_link]"), QStringLiteral("{{unsubscribe_url}}"));
}

QString Nrs360Provider::templatePath(const QString &id)
{
    const QString number = id.section(QLatin1Char(':'), -1);
    return (id.startsWith(QLatin1String("v1:")) ? QStringLiteral("/templates/") : QStringLiteral("/v2/templates/"))
            + number;
}

ProviderReply *Nrs360Provider::listTemplates()
{
    // Both stores: v2 first (its list has no html), then the legacy v1.
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/v2/templates"), {}, [this](ProviderReply *r, const QJsonArray &v2) {
        getAll(r, QStringLiteral("/templates"), {}, [v2](ProviderReply *r2, const QJsonArray &v1) {
            QList<RemoteTemplate> list;
            for (const QJsonValue &v : v2)
                list.append(templateFrom(v.toObject(), QStringLiteral("v2")));
            for (const QJsonValue &v : v1)
                list.append(templateFrom(v.toObject(), QStringLiteral("v1")));
            r2->finishWith(QVariant::fromValue(list));
        });
    });
    return reply;
}

ProviderReply *Nrs360Provider::getTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", templatePath(id), QJsonValue::Undefined, true),
         [id](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(templateFrom(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject(),
                     id.startsWith(QLatin1String("v1:")) ? QStringLiteral("v1") : QStringLiteral("v2"))));
         });
    return reply;
}

ProviderReply *Nrs360Provider::saveTemplate(const RemoteTemplate &tmpl)
{
    // New ones go to v2 (§10: prefer it). An update answers 201 as documented, or 200: any 2xx is success.
    auto *reply = new ProviderReply(this);
    const QJsonObject body {{QStringLiteral("name"), tmpl.name}, {QStringLiteral("html"), toProviderSyntax(tmpl.html)}};
    const bool create = tmpl.id.isEmpty();
    const QString version = tmpl.id.startsWith(QLatin1String("v1:")) ? QStringLiteral("v1") : QStringLiteral("v2");
    call(reply,
         json(create ? "POST" : "PUT", create ? QStringLiteral("/v2/templates") : templatePath(tmpl.id), body, !create),
         [version](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(templateFrom(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject(),
                     version)));
         });
    return reply;
}

ProviderReply *Nrs360Provider::deleteTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("DELETE", templatePath(id), QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *Nrs360Provider::previewTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", templatePath(id) + QStringLiteral("/preview"), QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &response) { r->finishWith(QString::fromUtf8(response.body)); });
    return reply;
}

namespace {

EmailValidation validationFrom(const QJsonObject &o)
{
    EmailValidation v;
    v.id = QString::number(o.value(QStringLiteral("id")).toInteger());
    v.status = o.value(QStringLiteral("status")).toString().toLower();
    v.total = o.value(QStringLiteral("total")).toInteger();
    v.processed = o.value(QStringLiteral("processed")).toInteger();
    v.valid = o.value(QStringLiteral("valid")).toInteger();
    v.cost = o.value(QStringLiteral("cost")).toDouble();
    v.currency = o.value(QStringLiteral("currency")).toString();
    return v;
}

} // namespace

ProviderReply *Nrs360Provider::startEmailValidation(const QStringList &emails)
{
    // allowRisky stays false: 360NRS then blacklists the risky addresses itself, which is what a sender wants.
    auto *reply = new ProviderReply(this);
    call(reply,
         json("POST", QStringLiteral("/validation/emails"),
              QJsonObject {{QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
                           {QStringLiteral("force"), false}},
              false),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(validationFrom(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject())));
         });
    return reply;
}

ProviderReply *Nrs360Provider::emailValidation(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/validation/emails/") + id, QJsonValue::Undefined, true),
         [this, id](ProviderReply *r, const HttpResponse &response) {
             EmailValidation v = validationFrom(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject());
             if (v.status != QLatin1String("finished"))
                 return r->finishWith(QVariant::fromValue(v));
             HttpRequest result
                     = json("GET", QStringLiteral("/validation/emails/%1/result").arg(id), QJsonValue::Undefined, true);
             result.timeoutMs = 120000;
             call(r, result, [v](ProviderReply *r2, const HttpResponse &csv) {
                 EmailValidation done = v;
                 // "email;result" with a header (§8.4); the delimiter taken from the header line (§26.3, 25).
                 const QByteArray header = csv.body.left(csv.body.indexOf('\n'));
                 const QChar delimiter = header.contains(';') ? QLatin1Char(';') : QLatin1Char(',');
                 const QList<QStringList> rows = nrs360::parseCsv(csv.body, delimiter);
                 for (qsizetype i = 1; i < rows.size(); ++i) {
                     if (rows.at(i).size() >= 2)
                         done.results.insert(rows.at(i).at(0).trimmed().toLower(),
                                             rows.at(i).at(1).trimmed().toLower());
                 }
                 r2->finishWith(QVariant::fromValue(done));
             });
         });
    return reply;
}

ProviderReply *Nrs360Provider::listConversations()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/whatsapp/conversations"), {}, [](ProviderReply *r, const QJsonArray &items) {
        QList<Conversation> list;
        for (const QJsonValue &v : items)
            list.append(nrs360::parseConversation(v.toObject()));
        r->finishWith(QVariant::fromValue(list));
    });
    return reply;
}

ProviderReply *Nrs360Provider::conversation(const QString &from, const QString &to)
{
    auto *reply = new ProviderReply(this);
    const QString path = QStringLiteral("/whatsapp/conversations/%1/%2").arg(nrs360::msisdn(from), nrs360::msisdn(to));
    call(reply, json("GET", path, QJsonValue::Undefined, true),
         [this, path, from](ProviderReply *r, const HttpResponse &response) {
             ConversationThread thread;
             thread.conversation = nrs360::parseConversation(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject());
             // The messages' pages: built by us, as their "next" links are malformed (§1.4).
             getAll(r, path + QStringLiteral("/messages"), {},
                    [thread, from](ProviderReply *done, const QJsonArray &items) mutable {
                        for (const QJsonValue &v : items)
                            thread.messages.append(nrs360::parseConversationMessage(v.toObject(), from));
                        std::stable_sort(thread.messages.begin(), thread.messages.end(),
                                         [](const ConversationMessage &a, const ConversationMessage &b) {
                                             return a.sentAt < b.sentAt;
                                         });
                        done->finishWith(QVariant::fromValue(thread));
                    });
         });
    return reply;
}

ProviderReply *Nrs360Provider::replyInConversation(const QString &from, const QString &to, const QString &text)
{
    auto *reply = new ProviderReply(this);
    const QString path
            = QStringLiteral("/whatsapp/conversations/%1/%2/messages").arg(nrs360::msisdn(from), nrs360::msisdn(to));
    // Not retried: a lost answer may have sent it. Any 2xx is success (§3.7.5); the message is ours if it says none.
    call(reply, json("POST", path, QJsonObject {{QStringLiteral("content"), text}}, false),
         [from, text, this](ProviderReply *r, const HttpResponse &response) {
             const QJsonObject data
                     = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toObject();
             ConversationMessage m = nrs360::parseConversationMessage(data, from);
             m.inbound = false;
             if (m.content.isEmpty())
                 m.content = text;
             if (!m.sentAt.isValid())
                 m.sentAt = m_clock->now();
             if (m.type.isEmpty())
                 m.type = QStringLiteral("text");
             r->finishWith(QVariant::fromValue(m));
         });
    return reply;
}

} // namespace cm
