// 360NRS send requests (§3): recipients grouped by content, and each group's POST to /sms, /landingsms, /voice,
// /voiceAudio, /whatsapp or /mailing. Declared in nrs360requests.h.
#include "nrs360requests.h"

#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "nrs360parse.h"

#include <QRegularExpression>

namespace cm::nrs360 {

namespace {

// An address as 360NRS names it in requests and answers: a lowercase email address or an MSISDN.
QString recipientAddress(Channel channel, const QString &address)
{
    return channel == Channel::Email ? address.trimmed().toLower() : msisdn(address);
}

// A personalised group's text (its first message's body, with our /*vN*/ markers from TemplateRenderer::bulk)
// with 360NRS's {vN} instead, and each recipient's values in the body's sub (§20.1). A group without variables
// keeps its text.
QString withSubstitutions(QString text, const QList<OutgoingMessage> &group, QJsonObject &body)
{
    if (group.first().variables.isEmpty())
        return text;
    static const QRegularExpression marker(QStringLiteral(R"(/\*(v\d+)\*/)"));
    text.replace(marker, QStringLiteral("{\\1}"));
    QJsonArray sub;
    for (const OutgoingMessage &m : group)
        sub.append(QJsonObject::fromVariantMap(m.variables));
    body.insert(QStringLiteral("sub"), sub);
    return text;
}

// §3.6: a landing SMS must have the link (error 141): at its end when the text does not place it.
QString withLandingLink(QString text, bool landing)
{
    if (landing && !text.contains(QLatin1String("{LAND_URL}")))
        text += QStringLiteral(" {LAND_URL}");
    return text;
}

// §3.3: the sender, the reply-to address and the HTML with its personalisation; opens and clicks tracked unless the
// campaign says not.
QString emailFields(QJsonObject &body, const SendRequest &request, const QList<OutgoingMessage> &group,
                    const SendSettings &settings)
{
    const OutgoingMessage &first = group.first();
    body.insert(QStringLiteral("fromEmail"), request.sender.trimmed());
    body.insert(QStringLiteral("replyTo"), settings.replyTo.isEmpty() ? request.sender.trimmed() : settings.replyTo);
    if (!settings.fromName.isEmpty())
        body.insert(QStringLiteral("fromName"), settings.fromName);
    body.insert(QStringLiteral("subject"), first.subject); // one per request: part of the group's key
    const QString html = withSubstitutions(providerUnsubscribe(first.body, Channel::Email), group, body);
    body.insert(QStringLiteral("body"), html);
    for (const char *key : {"track_opens", "track_clicks"}) {
        if (request.options.contains(QLatin1String(key)) && !request.options.value(QLatin1String(key)).toBool())
            body.insert(QLatin1String(key) == QLatin1String("track_opens") ? QStringLiteral("trackOpens")
                                                                           : QStringLiteral("trackClicks"),
                        false);
    }
    return QStringLiteral("/mailing");
}

// §3.4, §3.5: a call reading the text (with its language and voice) or playing a file; the caller numbers by
// country, the retries and answering-machine detection.
QString callFields(QJsonObject &body, const SendRequest &request, const QList<OutgoingMessage> &group, bool voice)
{
    const QVariantMap &options = request.options;
    if (voice) {
        const QString text = withSubstitutions(group.first().body, group, body);
        body.insert(QStringLiteral("message"), text);
        body.insert(QStringLiteral("language"),
                    options.value(QStringLiteral("voice_language"), QStringLiteral("en_GB")).toString());
        body.insert(QStringLiteral("gender"),
                    options.value(QStringLiteral("voice_gender"), QStringLiteral("F")).toString());
    } else {
        body.insert(QStringLiteral("audioUrl"), options.value(QStringLiteral("audio_url")).toString().trimmed());
    }
    // "ES=612345678, PT=698765432" as {"ES": "612345678", "PT": "698765432"} (§3.4).
    QJsonObject callers;
    for (const QString &pair : options.value(QStringLiteral("callers")).toString().split(QLatin1Char(','))) {
        const QString country = pair.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString number = msisdn(pair.section(QLatin1Char('='), 1).trimmed());
        if (!country.isEmpty() && !number.isEmpty())
            callers.insert(country, number);
    }
    if (!callers.isEmpty())
        body.insert(QStringLiteral("callers"), callers);
    if (const int retries = options.value(QStringLiteral("call_retries")).toInt(); retries > 0)
        body.insert(QStringLiteral("retries"), qMin(retries, 5));
    if (options.value(QStringLiteral("answering_machine")).toBool())
        body.insert(QStringLiteral("amd"), true);
    return voice ? QStringLiteral("/voice") : QStringLiteral("/voiceAudio");
}

// §3.1, §3.6: a text message, or one with a landing page: the text with its personalisation, the encoding and the
// most parts it may take, counted with the links the server puts in.
QString textFields(QJsonObject &body, const SendRequest &request, const QList<OutgoingMessage> &group,
                   const SendSettings &settings, bool landing)
{
    const QVariantMap &options = request.options;
    // Parts counted with the links the server puts in: a landing link, an unsubscribe link.
    const auto counted = [landing](const QString &t) {
        QString withLinks = t;
        if (landing)
            withLinks.replace(QLatin1String("{LAND_URL}"), QString(25, QLatin1Char('x')));
        return countSms(withLinks);
    };
    const QString text = withSubstitutions(
            withLandingLink(providerUnsubscribe(group.first().body, Channel::Sms), landing), group, body);
    SmsCount count;
    if (group.first().variables.isEmpty()) {
        count = counted(text);
    } else {
        // The encoding and parts are those of the longest text any of the recipients gets.
        for (const OutgoingMessage &m : group) {
            const SmsCount c = counted(withLandingLink(
                    providerUnsubscribe(TemplateRenderer::substitute(m.body, m.variables), Channel::Sms), landing));
            count.parts = qMax(count.parts, c.parts);
            if (c.encoding == SmsCount::Ucs2)
                count.encoding = SmsCount::Ucs2;
        }
    }
    body.insert(QStringLiteral("from"), request.sender.trimmed());
    body.insert(QStringLiteral("message"), text);
    const QString chosen = options.value(QStringLiteral("encoding")).toString();
    body.insert(QStringLiteral("encoding"),
                !chosen.isEmpty()                          ? chosen
                        : !settings.encoding.isEmpty()     ? settings.encoding
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
    // parts is a maximum (§3.1; 8 for landing SMS, §3.6): enough for this text, and the {UNSUB_URL} link the server
    // puts in.
    body.insert(QStringLiteral("parts"),
                qBound(1, count.parts + (text.contains(QLatin1String("{UNSUB_URL}")) ? 1 : 0),
                       landing ? qMin(settings.maxParts, 8) : settings.maxParts));
    return landing ? QStringLiteral("/landingsms") : QStringLiteral("/sms");
}

} // namespace

QString sendPath(const SendRequest &request)
{
    const auto isSet = [&request](const char *key) {
        return !request.options.value(QLatin1String(key)).toString().trimmed().isEmpty();
    };
    switch (request.channel) {
    case Channel::Email:
        return QStringLiteral("/mailing");
    case Channel::Voice:
        return isSet("audio_url") ? QStringLiteral("/voiceAudio") : QStringLiteral("/voice");
    case Channel::WhatsApp:
        return QStringLiteral("/whatsapp");
    case Channel::Sms:
        break;
    }
    return isSet("landing_page") ? QStringLiteral("/landingsms") : QStringLiteral("/sms");
}

QList<QList<OutgoingMessage>> sendGroups(const SendRequest &request)
{
    const QString path = sendPath(request);
    const bool oneForAll = path == QLatin1String("/voiceAudio") || path == QLatin1String("/whatsapp");
    QList<QList<OutgoingMessage>> groups;
    QHash<QString, qsizetype> groupOf;
    for (const OutgoingMessage &m : request.messages) {
        const bool bulk = !m.variables.isEmpty();
        const QString key = oneForAll
                ? QString()
                : (bulk ? QStringLiteral("sub") : QString()) + QChar(0) + m.subject + QChar(0) + m.body;
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, groups.size());
            groups.append(QList<OutgoingMessage>());
        }
        groups[*it].append(m);
    }
    return groups;
}

QString campaignName(const SendRequest &request)
{
    // The name's suffix as it always was: mailing, sms, landing, voice, voice_audio or whatsapp.
    const QString path = sendPath(request);
    const QString channelKey = path == QLatin1String("/landingsms") ? QStringLiteral("landing")
            : path == QLatin1String("/voiceAudio")                  ? QStringLiteral("voice_audio")
                                                                    : path.mid(1);
    return request.campaignName.isEmpty() ? QString()
                                          : QStringLiteral("%1 #%2").arg(request.campaignName.left(200), channelKey);
}

bool holdsUntilScheduled(const SendRequest &request, const QDateTime &now)
{
    return request.channel != Channel::WhatsApp && request.scheduledAt.isValid() && request.scheduledAt > now;
}

SendCall sendCall(const SendRequest &request, const QList<OutgoingMessage> &group, const SendSettings &settings,
                  bool scheduled, const QDateTime &now)
{
    const QVariantMap &options = request.options;
    const QString kind = sendPath(request);
    const bool landing = kind == QLatin1String("/landingsms");
    const bool voice = kind == QLatin1String("/voice");
    const bool audio = kind == QLatin1String("/voiceAudio");
    const bool whatsapp = kind == QLatin1String("/whatsapp");
    SendCall call;
    QJsonArray to;
    QJsonArray whatsappMessages;
    for (const OutgoingMessage &m : group) {
        const QString address = recipientAddress(request.channel, m.address);
        call.keyByAddress.insert(address, m.clientKey);
        if (!whatsapp) {
            to.append(address);
            continue;
        }
        // The recipient's text, line by line, as the template's variables (§3.7.1).
        const QString text = m.variables.isEmpty() ? m.body : TemplateRenderer::substitute(m.body, m.variables);
        QJsonObject entry = whatsappMessage(address, text);
        if (const QString answer = options.value(QStringLiteral("whatsapp_answer")).toString().trimmed();
            !answer.isEmpty())
            entry.insert(QStringLiteral("defaultAnswer"), answer);
        whatsappMessages.append(entry);
    }
    QJsonObject body;
    if (whatsapp)
        body.insert(QStringLiteral("messages"), whatsappMessages);
    else
        body.insert(QStringLiteral("to"), to);
    const QString name = campaignName(request);
    if (!name.isEmpty())
        body.insert(QStringLiteral("campaignName"), name);
    if (scheduled)
        body.insert(QStringLiteral("scheduleDate"), scheduleDate(request.scheduledAt));
    QJsonArray tags;
    for (const QString &t :
         options.value(QStringLiteral("tags")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.append(t.trimmed());
    if (!tags.isEmpty() && !name.isEmpty()) // tags only with a campaign name (§3.0)
        body.insert(QStringLiteral("tags"), tags);
    if (options.value(QStringLiteral("certified")).toBool() && !voice && !audio && !whatsapp)
        body.insert(QStringLiteral("certified"), true);
    if (const int hours = options.value(QStringLiteral("expiration_hours")).toInt();
        hours > 0 && (request.channel == Channel::Sms || request.channel == Channel::Voice))
        body.insert(QStringLiteral("expirationDate"),
                    scheduleDate((scheduled ? request.scheduledAt : now).addSecs(hours * 3600)));
    QString path;
    if (request.channel == Channel::Email) {
        path = emailFields(body, request, group, settings);
    } else if (whatsapp) {
        path = QStringLiteral("/whatsapp");
        body.insert(QStringLiteral("templateId"), options.value(QStringLiteral("whatsapp_template")).toLongLong());
        body.insert(QStringLiteral("from"), msisdn(request.sender.trimmed()));
    } else if (voice || audio) {
        path = callFields(body, request, group, voice);
    } else {
        path = textFields(body, request, group, settings, landing);
    }
    // Never retried (§26.3, 32): no idempotency key; a lost answer leaves these recipients unknown.
    call.request = jsonRequest("POST", path, body, false);
    return call;
}

QString providerUnsubscribe(const QString &text, Channel channel)
{
    return TemplateRenderer::withUnsubscribeLink(
            text, channel == Channel::Email ? QStringLiteral("[unsubscribe_link]") : QStringLiteral("{UNSUB_URL}"));
}

QJsonObject whatsappMessage(const QString &to, const QString &text)
{
    QJsonArray body, header, buttons, answers;
    QJsonObject location;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? line.left(colon).trimmed().toLower() : QString();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("header")) {
            header.append(value);
        } else if (key == QLatin1String("button")) {
            buttons.append(value);
        } else if (key == QLatin1String("reply")) {
            answers.append(value);
        } else if (key == QLatin1String("location")) {
            const QStringList parts = value.split(QLatin1Char(','));
            location.insert(QStringLiteral("lat"), parts.value(0).trimmed());
            location.insert(QStringLiteral("long"), parts.value(1).trimmed());
            if (parts.size() > 2)
                location.insert(QStringLiteral("name"), parts.at(2).trimmed());
            if (parts.size() > 3)
                location.insert(QStringLiteral("address"), parts.mid(3).join(QLatin1Char(',')).trimmed());
        } else {
            body.append(line);
        }
    }
    QJsonObject entry {{QStringLiteral("to"), to}, {QStringLiteral("bodyFields"), body}};
    if (!header.isEmpty())
        entry.insert(QStringLiteral("headerFields"), header);
    if (!buttons.isEmpty())
        entry.insert(QStringLiteral("callToActionFields"), buttons);
    if (!answers.isEmpty())
        entry.insert(QStringLiteral("buttonAnswers"), answers);
    if (!location.isEmpty())
        entry.insert(QStringLiteral("location"), location);
    return entry;
}

} // namespace cm::nrs360
