// campaignctl campaigns: the list and creating a campaign; what follows is in clicampaignsend.cpp.
#include "cli.h"
#include "cliutil.h"

#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/workspace.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/segmentstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace cm {

const char Cli::campaignsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  campaigns list\n"
        "  campaigns create NAME --account ACCOUNT (--group GROUP | --segment SEGMENT)… --template TEMPLATE\n"
        "                   [--sender ID] [--exclude-group GROUP]… [--exclude-segment SEGMENT]…\n"
        "                   [--at \"YYYY-MM-DD HH:MM\" [--tz ZONE]] [--window HH:MM-HH:MM]\n"
        "                   [--option KEY=VALUE]… [--in-app]  # the provider's own for the channel, e.g. tags=spring\n"
        "                   [--variant 'KEY=VALUE;…']…  # an A/B test: variant B, C, D differ from the campaign (A)\n"
        "                                               # in template, subject, sender or account\n"
        "                   [--test-share PCT] [--winner-by delivery|open|click|cost_delivered|cost_click]\n"
        "                   [--wait DURATION]   # each variant to PCT% (10), the winner to the rest after 4h\n"
        "                   [--local-time HH:MM [--if-passed tomorrow|now]]  # at each recipient's own time\n"
        "                   # the channel is the template's: SMS, email, a call (voice) or WhatsApp\n"
        "  campaigns schedule NAME --at \"YYYY-MM-DD HH:MM\" [--tz ZONE]  # or --now: back to a draft\n"
        "                   [--in-app]        # not handed to a provider that holds scheduled sends\n"
        "  campaigns check NAME                # the pre-send check: recipients, parts, cost, missing fields\n"
        "  campaigns send NAME [--test-to ADDRESS_OR_PHONE]…  # resumes an interrupted send; never twice\n"
        "                   # with an A/B test: its variants; the winner goes to the rest when the wait ends\n"
        "  campaigns winner NAME [--pick VARIANT]  # the A/B test's standings, or the winner picked by hand\n"
        "  campaigns status NAME\n"
        "  campaigns retry NAME                # sends the failed recipients again\n"
        "  campaigns reconcile NAME            # asks the provider which unknown recipients it has\n"
        "  campaigns resolve NAME --as sent|failed  # what happened to the unknown recipients\n"
        "  campaigns cancel NAME\n"
        "  campaigns clone NAME NEW_NAME");

void Cli::campaigns(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return createCampaign(args);
    if (sub == QLatin1String("winner"))
        return campaignWinner(args);
    if (QStringList {QStringLiteral("send"), QStringLiteral("status"), QStringLiteral("retry")}.contains(sub))
        return sendCampaigns(args);
    if (QStringList {QStringLiteral("schedule"), QStringLiteral("cancel"), QStringLiteral("clone"),
                     QStringLiteral("resolve"), QStringLiteral("reconcile"), QStringLiteral("check")}
                .contains(sub))
        return editCampaigns(args);
    if (sub != QLatin1String("list"))
        return usage(tr("Use: campaignctl campaigns "
                        "list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …"));
    QCommandLineParser parser;
    QString error;
    if (!parseArguments(parser, args.mid(1), 0, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const QList<Campaign> list = m_workspace->campaigns()->campaigns();
    if (m_json) {
        QJsonArray array;
        for (const Campaign &c : list)
            array.append(QJsonObject {{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("channel"), channelKey(c.channel)},
                                      {QStringLiteral("state"), campaignStateKey(c.state)},
                                      {QStringLiteral("account"), c.accountName},
                                      {QStringLiteral("group"), c.groupName},
                                      {QStringLiteral("template"), c.templateName},
                                      {QStringLiteral("scheduled_at"), jsonTimeOrNull(c.scheduledAt)},
                                      {QStringLiteral("time_zone"), c.timeZone},
                                      {QStringLiteral("finished_at"), jsonTimeOrNull(c.finishedAt)},
                                      {QStringLiteral("recipients"), c.recipientCount}});
        printJson({{QStringLiteral("campaigns"), array}});
    } else {
        QList<QStringList> rows;
        const QLocale locale;
        for (const Campaign &c : list) {
            const QDateTime when = c.scheduledAt.isValid() ? c.scheduledAt : c.finishedAt;
            rows.append({c.name, channelKey(c.channel), campaignStateKey(c.state),
                         when.isValid() ? locale.toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : QString(),
                         QString::number(c.recipientCount), c.accountName});
        }
        printTable({tr("NAME"), tr("CHANNEL"), tr("STATE"), tr("WHEN"), tr("RECIPIENTS"), tr("ACCOUNT")}, rows);
    }
    finish(Success);
}

void Cli::createCampaign(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption tmpl(QStringLiteral("template"), {}, QStringLiteral("NAME"));
    const QCommandLineOption sender(QStringLiteral("sender"), {}, QStringLiteral("ID"));
    const QCommandLineOption excludeGroup(QStringLiteral("exclude-group"), {}, QStringLiteral("GROUP"));
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("YYYY-MM-DD HH:MM"));
    const QCommandLineOption tz(QStringLiteral("tz"), {}, QStringLiteral("ZONE"));
    const QCommandLineOption window(QStringLiteral("window"), {}, QStringLiteral("HH:MM-HH:MM"));
    const QCommandLineOption option(QStringLiteral("option"), {}, QStringLiteral("KEY=VALUE"));
    const QCommandLineOption inApp(QStringLiteral("in-app"));
    const QCommandLineOption segment(QStringLiteral("segment"), {}, QStringLiteral("SEGMENT"));
    const QCommandLineOption excludeSegment(QStringLiteral("exclude-segment"), {}, QStringLiteral("SEGMENT"));
    const QCommandLineOption variant(QStringLiteral("variant"), {}, QStringLiteral("KEY=VALUE;…"));
    const QCommandLineOption testShare(QStringLiteral("test-share"), {}, QStringLiteral("PCT"));
    const QCommandLineOption winnerBy(QStringLiteral("winner-by"), {}, QStringLiteral("MEASURE"));
    const QCommandLineOption wait(QStringLiteral("wait"), {}, QStringLiteral("DURATION"));
    const QCommandLineOption localTime(QStringLiteral("local-time"), {}, QStringLiteral("HH:MM"));
    const QCommandLineOption ifPassed(QStringLiteral("if-passed"), {}, QStringLiteral("tomorrow|now"));
    parser.addOptions({account, group, tmpl, sender, excludeGroup, at, tz, window, option, inApp, segment,
                       excludeSegment, variant, testShare, winnerBy, wait, localTime, ifPassed});
    QString error;
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    const QString name = parser.positionalArguments().first();
    if (!parser.isSet(account) || !(parser.isSet(group) || parser.isSet(segment)) || !parser.isSet(tmpl))
        return usage(tr("Name the account, the groups or segments and the template: --account, --group or "
                        "--segment, --template."));
    if (!openWorkspace())
        return;
    const auto a = accountNamed(parser.value(account));
    if (!a)
        return;
    const auto t = templateNamed(parser.value(tmpl));
    if (!t)
        return;
    if (m_workspace->campaigns()->byName(name))
        return fail(tr("A campaign named “%1” exists already. Choose another name.").arg(name));
    Campaign c;
    c.name = name;
    c.channel = t->channel;
    c.accountId = a->id;
    c.templateId = t->id;
    c.sender = parser.value(sender);
    for (const auto &[option, ids] :
         {std::pair {&group, &c.groupIds}, std::pair {&excludeGroup, &c.excludedGroupIds}}) {
        for (const QString &groupName : parser.values(*option)) {
            const auto g = groupNamed(groupName);
            if (!g)
                return;
            ids->append(g->id);
        }
    }
    for (const auto &[option, ids] :
         {std::pair {&segment, &c.segmentIds}, std::pair {&excludeSegment, &c.excludedSegmentIds}}) {
        for (const QString &segmentName : parser.values(*option)) {
            const auto s = m_workspace->segments()->byName(segmentName);
            if (!s)
                return fail(tr("There is no segment named “%1”. See campaignctl segments list.").arg(segmentName));
            ids->append(s->id);
        }
    }
    if (parser.isSet(window) && !Composer::parseWindow(parser.value(window), &c.windowStart, &c.windowEnd))
        return usage(tr("Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00."));
    for (const QString &pair : parser.values(option)) { // the provider's own options, checked below
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(tr("--option takes KEY=VALUE, not “%1”.").arg(pair));
        const QString value = pair.mid(eq + 1);
        c.options.insert(pair.left(eq),
                         value == QLatin1String("true") || value == QLatin1String("false")
                                 ? QVariant(value == QLatin1String("true"))
                                 : QVariant(value));
    }
    c.timeZone = Composer::zoneToSave(parser.value(tz)); // none: this computer's, saved as its id
    if (parser.isSet(localTime)) {
        const QTime time = QTime::fromString(parser.value(localTime), QStringLiteral("H:mm"));
        if (!time.isValid())
            return usage(tr("--local-time takes the time of day each recipient gets it, such as 09:30."));
        c.localTime = time.hour() * 60 + time.minute();
    }
    if (parser.isSet(ifPassed)) {
        if (!QStringList {QStringLiteral("tomorrow"), QStringLiteral("now")}.contains(parser.value(ifPassed)))
            return usage(tr("--if-passed takes tomorrow or now: when a zone's local time has passed on the day of "
                            "the send."));
        c.localLateNow = parser.value(ifPassed) == QLatin1String("now");
    }
    const bool tested = parser.isSet(variant);
    if (!tested && (parser.isSet(testShare) || parser.isSet(winnerBy) || parser.isSet(wait)))
        return usage(
                tr("--test-share, --winner-by and --wait belong to an A/B test: add its variants with --variant."));
    QString problem = Composer::campaignProblem(m_workspace.get(), c);
    std::optional<AbTest> test;
    if (problem.isEmpty() && tested)
        test = abTestFrom(c, parser.values(variant), parser.value(testShare), parser.value(winnerBy),
                          parser.value(wait), &problem);
    if (problem.isEmpty() && parser.isSet(at)) {
        c.scheduledAt = scheduleTime(parser.value(at), c.timeZone, m_workspace->clock()->now(), &problem);
        c.state = CampaignState::Scheduled;
    } else if (problem.isEmpty() && !c.timeZone.isEmpty()) {
        Composer::toUtc(QDate(2000, 1, 1), QTime(12, 0), c.timeZone, &problem); // the zone must exist
    }
    if (!problem.isEmpty())
        return fail(problem);
    if (!m_workspace->campaigns()->create(c))
        return fail(m_workspace->campaigns()->lastError().message);
    if (test) {
        test->campaignId = c.id;
        if (!m_experiments->save(*test, &problem)) {
            m_workspace->campaigns()->cancel(c.id); // not left half made
            return fail(problem);
        }
    }
    qint64 excluded = 0;
    const qint64 reach = Dispatcher::prepare(m_workspace.get(), c, *t, &excluded).size();
    if (m_json)
        printJson({{QStringLiteral("id"), c.id},
                   {QStringLiteral("recipients"), reach},
                   {QStringLiteral("excluded"), excluded},
                   {QStringLiteral("state"), campaignStateKey(c.state)},
                   {QStringLiteral("scheduled_at"), jsonTimeOrNull(c.scheduledAt)}});
    else
        print(tr("Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, "
                 "in an excluded group or twice).")
                      .arg(name)
                      .arg(reach)
                      .arg(excluded));
    if (test && !m_json)
        print(test->stateText());
    // A provider that holds scheduled sends gets it now (as campaigns schedule does).
    if (c.scheduledAt.isValid() && !parser.isSet(inApp) && m_dispatcher->handsOver(c))
        return endWithJob(m_dispatcher->handOver(c.id));
    if (!m_json && c.scheduledAt.isValid())
        print(tr("Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.")
                      .arg(QLocale().toString(c.scheduledAt.toTimeZone(c.zone()), QLocale::ShortFormat),
                           QString::fromUtf8(c.zone().id())));
    finish(Success);
}

} // namespace cm
