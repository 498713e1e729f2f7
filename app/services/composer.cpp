#include "composer.h"

#include "dispatcher.h"

#include "models/accountstore.h"
#include "models/groupstore.h"
#include "models/localtime.h"
#include "models/segmentstore.h"
#include "models/suppressionstore.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "translations.h"
#include "workspace.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace cm {

QDateTime Composer::toUtc(const QDate &date, const QTime &time, const QString &zoneId, QString *problem)
{
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneId.toUtf8());
    if (!zone.isValid()) {
        *problem = tr("Unknown time zone “%1”; use a name such as Europe/Istanbul or America/New_York.").arg(zoneId);
        return {};
    }
    if (!date.isValid() || !time.isValid()) {
        *problem = tr("Give the date and time as YYYY-MM-DD HH:MM.");
        return {};
    }
    const QDateTime local(date, time, zone);
    if (!local.isValid() || local.time() != time || local.date() != date) {
        *problem = tr("%1 %2 does not exist in %3 (the clocks skip it); choose another time.")
                           .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                                QString::fromUtf8(zone.id()));
        return {};
    }
    return local.toUTC();
}

QString Composer::zoneToSave(const QString &zoneId)
{
    if (!zoneId.trimmed().isEmpty())
        return zoneId.trimmed();
    const QByteArray own = QTimeZone::systemTimeZoneId();
    return !own.isEmpty() && QTimeZone(own).isValid() ? QString::fromUtf8(own) : QString();
}

QDateTime Composer::parseLocal(const QString &text, const QString &zoneId, QString *problem)
{
    const QDateTime wall = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!wall.isValid()) {
        *problem = tr("“%1” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.").arg(text);
        return {};
    }
    return toUtc(wall.date(), wall.time(), zoneId, problem);
}

QString Composer::scheduleProblem(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return tr("Choose when to send.");
    if (utc <= now)
        return tr("That time has passed; choose a time in the future, or send now.");
    return {};
}

bool Composer::parseWindow(const QString &text, int *start, int *end)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt(), h2 = m.captured(3).toInt(),
              m2 = m.captured(4).toInt();
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 == 24 && m2 != 0))
        return false;
    *start = h1 * 60 + m1;
    *end = (h2 * 60 + m2) % (24 * 60);
    return *start != *end;
}

QString Composer::windowText(int start, int end)
{
    const auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2")
                .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return hhmm(start) + QStringLiteral("–") + hhmm(end);
}

QString Composer::campaignProblem(Workspace *workspace, const Campaign &c)
{
    if (c.name.trimmed().isEmpty())
        return tr("A campaign needs a name.");
    const auto tmpl = workspace->templates()->byId(c.templateId);
    if (!tmpl)
        return tr("Choose a template; write one in Templates first if there is none.");
    const auto account = workspace->accounts()->byId(c.accountId);
    const auto info = account ? workspace->providers().info(account->provider) : std::nullopt;
    if (!templateFits(tmpl->channel, c.channel))
        return tr("A campaign of the channel %1 cannot use the %2 template “%3”; choose one written for it.")
                .arg(channelName(c.channel), channelName(tmpl->channel), tmpl->name);
    if (!account || !info)
        return tr("Choose the account to send with; add one in Accounts if there is none.");
    if (!info->supports(c.channel))
        return tr("%1 cannot send %2; choose an account whose provider can.")
                .arg(info->displayName, channelName(c.channel));
    if (c.includedGroups().isEmpty() && c.segmentIds.isEmpty())
        return tr("Choose at least one group or segment to send to.");
    if (const QString audience = audienceProblem(workspace, c); !audience.isEmpty())
        return audience;
    for (const qint64 id : c.includedGroups()) {
        if (c.excludedGroupIds.contains(id))
            return tr("A group cannot be both sent to and left out; untick it on one side.");
        if (!workspace->groups()->byId(id))
            return tr("One of the chosen groups no longer exists; choose the groups again.");
    }
    if (c.windowStart >= 0 && !c.hasWindow())
        return tr("The sending window must not start and end at the same time.");
    if (c.sendsAtLocalTime() && c.hasWindow()) {
        // Each recipient's local time is when theirs goes: it must be a time the quiet hours allow.
        const int t = c.localTime;
        if (!inLocalWindow(QTime(t / 60, t % 60), c.windowStart, c.windowEnd))
            return tr("%1 in each recipient's time zone is outside the quiet hours (%2); choose a time between them.")
                    .arg(QTime(t / 60, t % 60).toString(QStringLiteral("HH:mm")),
                         windowText(c.windowStart, c.windowEnd));
    }
    return info->optionProblem(c.channel, c.options);
}

QString Composer::audienceProblem(Workspace *workspace, const Campaign &c)
{
    for (const qint64 id : c.segmentIds + c.excludedSegmentIds) {
        if (c.segmentIds.contains(id) && c.excludedSegmentIds.contains(id))
            return tr("A segment cannot be both sent to and left out; untick it on one side.");
        const auto segment = workspace->segments()->byId(id);
        if (!segment)
            return tr("One of the chosen segments no longer exists; choose the segments again.");
        SegmentRuleError error;
        if (!workspace->segments()->compile(segment->rule, &error))
            return tr("The rule of the segment “%1” no longer reads: %2 Edit it in Groups.")
                    .arg(segment->name, error.message);
    }
    return {};
}

QStringList Composer::templateProblems(const Template &t)
{
    QStringList problems;
    if (t.name.trimmed().isEmpty())
        problems.append(tr("A template needs a name."));
    if (t.body.trimmed().isEmpty())
        problems.append(t.channel == Channel::Email              ? tr("Write the body of the email.")
                                : t.channel == Channel::Voice    ? tr("Write the text the call reads.")
                                : t.channel == Channel::WhatsApp ? tr("Write the template's variables, one a line.")
                                                                 : tr("Write the text of the SMS."));
    if (t.channel == Channel::Email && t.subject.trimmed().isEmpty())
        problems.append(tr("An email needs a subject."));
    for (const QString *part : {&t.subject, &t.body, &t.textBody}) // each is rendered on its own
        problems += TemplateRenderer::problems(*part);
    if (t.channel == Channel::Email && t.marketing) {
        bool hasLink = false;
        for (const auto &p : TemplateRenderer::placeholders(t.body))
            hasLink = hasLink || p.field == QLatin1String("unsubscribe_url");
        if (!hasLink)
            problems.append(tr("A marketing email must let people unsubscribe: insert {{unsubscribe_url}} in the "
                               "body, or mark the email as transactional."));
        else if (!TemplateRenderer::everyoneGetsUnsubscribeLink(t.body))
            problems.append(tr("A marketing email must let everyone unsubscribe: put {{unsubscribe_url}} outside the "
                               "{{#if …}}, or in each of its parts and its {{else}}."));
    }
    // Each language's version is checked as the template is, and said with its language.
    QSet<QString> languages;
    for (const TemplateVersion &v : t.versions) {
        if (languages.contains(v.language))
            problems.append(tr("The language “%1” has two versions; keep one.").arg(v.language));
        languages.insert(v.language);
        Template version = t.forLanguage(v.language);
        version.name = t.name;
        for (const QString &problem : templateProblems(version))
            problems.append(tr("In the “%1” version: %2").arg(v.language, problem));
    }
    return problems;
}

QStringList Composer::wholeCampaignProblems(const Template &t, const ProviderInfo &info)
{
    if (!info.sendsWholeCampaign(t.channel))
        return {};
    QStringList problems;
    if (TemplateRenderer::hasConditions(t.subject + t.body + t.textBody))
        problems.append(tr("%1 sends one content to the whole list, so it cannot choose a part of an {{#if …}} for "
                           "each contact: remove the conditions, or send through an account that sends each "
                           "recipient their own message.")
                                .arg(info.displayName));
    if (!t.versions.isEmpty())
        problems.append(tr("%1 sends one content to the whole list, so it cannot give each contact their language's "
                           "version: send through an account that sends each recipient their own message, or a "
                           "template without language versions.")
                                .arg(info.displayName));
    QStringList fields;
    for (const QString &field : TemplateRenderer::fieldsWithoutDefault(t.subject + t.body + t.textBody))
        fields.append(QStringLiteral("{{%1}}").arg(field));
    if (fields.isEmpty())
        return problems;
    return problems
            + QStringList {tr("%1 sends one content to the whole list, so it cannot put each contact's %2 in: remove "
                              "them or give "
                              "each a default, such as {{first_name|default:\"there\"}}.")
                                   .arg(info.displayName, fields.join(QStringLiteral(", ")))};
}

QStringList Composer::wholeCampaignDefaults(const Template &t, const ProviderInfo &info)
{
    if (!info.sendsWholeCampaign(t.channel))
        return {};
    QStringList warnings;
    QStringList seen;
    for (const QString &text : {t.subject, t.body, t.textBody}) {
        for (const TemplateRenderer::Placeholder &p : TemplateRenderer::placeholders(text)) {
            if (!p.hasDefault || p.field == QLatin1String("unsubscribe_url") || seen.contains(p.field))
                continue;
            seen.append(p.field);
            const QString expression = QStringLiteral("{{%1|%2}}").arg(p.field, p.filters.join(QLatin1Char('|')));
            const QString value = TemplateRenderer::render(expression, {}); // what everyone reads
            warnings.append(value.isEmpty()
                                    ? tr("%1 sends one content to the whole list: %2 is empty for everyone, not each "
                                         "contact's own %3.")
                                              .arg(info.displayName, expression, p.field)
                                    : tr("%1 sends one content to the whole list: %2 reads “%3” for everyone, not "
                                         "each contact's own %4.")
                                              .arg(info.displayName, expression, value, p.field));
        }
    }
    return warnings;
}

QString Composer::senderProblem(Channel channel, const QString &sender)
{
    const QString s = sender.trimmed();
    if (s.isEmpty())
        return {};
    if (channel == Channel::Email) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return address.match(s).hasMatch()
                ? QString()
                : tr("“%1” is not an email address; the from address must be one, such as news@example.com.").arg(s);
    }
    static const QRegularExpression numeric(QStringLiteral("^\\+?[0-9]{3,15}$"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9 .\\-&]{1,11}$"));
    if (numeric.match(s).hasMatch() || name.match(s).hasMatch())
        return {};
    return tr("The sender “%1” is not a number and not a name of at most 11 letters, digits and spaces: networks "
              "cut or refuse it.")
            .arg(s);
}

std::optional<double> Composer::smsPartPrice(const Account &account, const ProviderInfo &info, const QString &country)
{
    const QJsonValue byCountry = account.settings.value(QStringLiteral("prices_per_part")).toObject().value(country);
    if (byCountry.isDouble())
        return byCountry.toDouble();
    const QJsonValue price = account.settings.value(QStringLiteral("price_per_part"));
    if (price.isDouble())
        return price.toDouble();
    if (info.smsPricePerPart > 0)
        return info.smsPricePerPart;
    return std::nullopt;
}

QString Composer::currency(const Account &account, const ProviderInfo &info)
{
    return account.settings.value(QStringLiteral("currency")).toString(info.currency);
}

std::optional<double> Composer::smsCost(const Account &account, const ProviderInfo &info,
                                        const QMap<QString, qint64> &byCountry, double partsPerMessage)
{
    double total = 0;
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it) {
        const auto price = smsPartPrice(account, info, it.key());
        if (!price)
            return std::nullopt;
        total += *price * double(it.value()) * partsPerMessage;
    }
    return total;
}

Background<Composer::GroupAnalysis> Composer::analyseGroup(Workspace *workspace, qint64 groupId,
                                                           const QStringList &fields)
{
    return workspace->inBackground([groups = workspace->groups(), groupId, fields] {
        GroupAnalysis a;
        a.customFields = groups->customFieldNames(groupId);
        QStringList all = fields;
        for (const QString &f : std::as_const(a.customFields)) {
            if (!all.contains(f))
                all.append(f);
        }
        a.missing = groups->countMissing(groupId, all);
        a.byCountry = groups->phonesByCountry(groupId);
        if (const auto g = groups->byId(groupId))
            a.size = g->contactCount;
        return a;
    });
}

QStringList Composer::accountProblems(const Campaign &campaign, const Template &tmpl, const Account &account,
                                      const ProviderInfo &info)
{
    QStringList problems;
    if (info.can.sending.needsSender.contains(campaign.channel) && campaign.sender.trimmed().isEmpty()
        && account.settings.value(QStringLiteral("sender")).toString().trimmed().isEmpty())
        problems.append(tr("%1 needs a sender for %2: give the campaign one (Edit…, or --sender).")
                                .arg(info.displayName, channelName(campaign.channel)));
    if (info.can.sending.needsOwnUnsubscribePage.contains(campaign.channel)
        && account.settings.value(QStringLiteral("unsubscribe_url")).toString().trimmed().isEmpty()
        && TemplateRenderer::hasUnsubscribeLink(tmpl.subject + tmpl.body + tmpl.textBody))
        problems.append(tr("%1 has no unsubscribe page of its own: set the account's unsubscribe_url setting to the "
                           "page {{unsubscribe_url}} should open (Accounts → Edit…).")
                                .arg(info.displayName));
    return problems;
}

SmsEstimate Composer::estimateSms(Workspace *workspace, qint64 groupId, const QString &text)
{
    SmsEstimate estimate(TemplateRenderer::render(text, {}));
    estimate.byCountry = workspace->groups()->phonesByCountry(groupId);
    // Who a send of the group reaches, by the dispatcher's own rule.
    Campaign send;
    send.channel = Channel::Sms;
    send.groupId = groupId;
    const CompiledText compiled(text);
    Dispatcher::forEachReached(workspace, send, [&](const Contact &c, const QString &) {
        estimate.add(compiled.render(c.templateValues()));
    });
    return estimate;
}

std::optional<double> Composer::estimatedSmsCost(const Account &account, const ProviderInfo &info,
                                                 const SmsEstimate &estimate)
{
    qint64 numbers = 0;
    for (const qint64 n : std::as_const(estimate.byCountry))
        numbers += n;
    const auto perPart = numbers > 0 ? smsCost(account, info, estimate.byCountry, 1.0) : std::nullopt;
    if (!perPart)
        return std::nullopt;
    return *perPart / double(numbers) * double(estimate.parts);
}

QStringList Composer::splitLines(const SmsEstimate &estimate)
{
    QStringList lines;
    if (estimate.byParts.size() < 2)
        return lines;
    const QLocale locale;
    for (auto it = std::next(estimate.byParts.cbegin()); it != estimate.byParts.cend(); ++it) {
        const int n = int(qMin<qint64>(it->recipients, INT_MAX));
        if (it->madeUnicode == 0) {
            lines.append(tr("%n of %1 contacts need %2 parts because their details make the text longer.", nullptr, n)
                                 .arg(locale.toString(estimate.recipients), locale.toString(it.key())));
            continue;
        }
        QStringList characters;
        for (const QChar c : it->characters.left(5))
            characters.append(QString(c));
        QString shown = characters.join(QStringLiteral(", "));
        if (it->characters.size() > 5)
            shown += QStringLiteral("…");
        lines.append(tr("%n of %1 contacts need %2 parts because their details contain %3.", nullptr, n)
                             .arg(locale.toString(estimate.recipients), locale.toString(it.key()), shown));
    }
    return lines;
}

QString Composer::estimateText(Workspace *workspace, const SmsEstimate &estimate)
{
    if (estimate.recipients == 0)
        return tr("Nobody in this group has a phone number.");
    const QLocale locale;
    QStringList lines {tr("%n contact(s) with a phone number: %1 SMS parts in all.", nullptr,
                          int(qMin<qint64>(estimate.recipients, INT_MAX)))
                               .arg(locale.toString(estimate.parts))};
    lines += splitLines(estimate);
    for (const Account &a : workspace->accounts()->accounts()) {
        const auto info = workspace->providers().info(a.provider);
        if (!info || !info->supports(Channel::Sms))
            continue;
        const auto cost = estimatedSmsCost(a, *info, estimate);
        lines.append(
                cost ? tr("%1: about %2").arg(a.name, formatMoney(*cost, currency(a, *info)))
                     : tr("%1: no price per part set (add one under Prices when you edit the account)").arg(a.name));
    }
    return lines.join(QLatin1Char('\n'));
}

QString Composer::smsLength(const QString &text, const std::optional<Contact> &contact)
{
    const bool personal = !TemplateRenderer::placeholders(text).isEmpty() || TemplateRenderer::hasConditions(text);
    const QString typical = TemplateRenderer::withTypicalValues(text);
    const QString sent = contact ? TemplateRenderer::render(text, contact->templateValues()) : typical;
    const SmsCount count = countSms(sent);
    QString line = tr("%n character(s)", nullptr, count.units) + QStringLiteral(" · ")
            + (count.encoding == SmsCount::Gsm7 ? tr("GSM-7") : tr("Unicode (UCS-2)")) + QStringLiteral(" · ")
            + tr("%n part(s)", nullptr, count.parts) + QStringLiteral(" · ")
            + tr("%n left in this part", nullptr, count.remaining);
    if (!personal)
        return line;
    const QString name
            = contact ? QStringLiteral("%1 %2").arg(contact->firstName, contact->lastName).simplified() : QString();
    const QString who = name.isEmpty() && contact ? contact->phone : name;
    line += QStringLiteral(" · ")
            + (contact                                         ? tr("as sent to %1").arg(who)
                       : TemplateRenderer::hasConditions(text) ? tr("with fields at typical length and the longest "
                                                                    "part of each {{#if …}}")
                                                               : tr("with fields at typical length"));
    if (contact && count.encoding == SmsCount::Ucs2 && countSms(typical).encoding == SmsCount::Gsm7)
        line += QLatin1Char('\n')
                + tr("The template itself is GSM-7; what is filled in for %1 makes it Unicode (%2).")
                          .arg(who, count.ucs2Characters);
    return line;
}

SmsEstimates::SmsEstimates(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace->groups(), &GroupStore::contactsChanged, this, [this](qint64 groupId) { forget(groupId); });
    connect(workspace->groups(), &GroupStore::groupsChanged, this, [this] { forget(-1); });
    connect(workspace->suppressions(), &SuppressionStore::changed, this, [this] { forget(-1); });
}

std::optional<SmsEstimate> SmsEstimates::estimate(qint64 groupId, const QString &text)
{
    const Key key(groupId, text);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    if (const auto running = m_running.constFind(groupId); running == m_running.cend())
        start(key);
    else if (*running != text)
        m_next.insert(groupId, text); // the newest text waits; older ones asked meanwhile are not computed
    return std::nullopt;
}

void SmsEstimates::start(const Key &key)
{
    m_running.insert(key.first, key.second);
    const int generation = m_generation;
    m_workspace
            ->inBackground(
                    [workspace = m_workspace, key] { return Composer::estimateSms(workspace, key.first, key.second); })
            .then(this, [this, key, generation](const SmsEstimate &estimate) {
                m_running.remove(key.first);
                if (generation == m_generation) {
                    if (m_cache.size() >= 256)
                        m_cache.clear(); // a bound, not a policy: typing makes many texts
                    m_cache.insert(key, estimate);
                }
                // The newest text asked for meanwhile next; views whose text is still unknown ask again at ready()
                // (an answer from before the group changed is dropped, and asked for again so).
                if (const QString next = m_next.take(key.first); !next.isNull() && !m_cache.contains({key.first, next}))
                    start({key.first, next});
                emit ready(key.first);
            });
}

void SmsEstimates::forget(qint64 groupId)
{
    ++m_generation;
    if (groupId < 0) {
        m_cache.clear();
        return;
    }
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = it.key().first == groupId ? m_cache.erase(it) : std::next(it);
}

} // namespace cm
