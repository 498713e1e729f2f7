// campaignctl templates add|render|delete, campaigns schedule|cancel|clone and run-due.
#include "cli.h"
#include "cliutil.h"

#include "app/services/composer.h"
#include "app/services/contactimport.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/scheduler.h"
#include "app/services/workspace.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace cm {

namespace {
// The contents of a UTF-8 text file, or nullopt.
std::optional<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}
} // namespace

void Cli::editTemplates(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption channel(QStringLiteral("channel"), {}, QStringLiteral("sms|email"));
    const QCommandLineOption subject(QStringLiteral("subject"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption textFile(QStringLiteral("text-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption transactional(QStringLiteral("transactional"));
    const QCommandLineOption contact(QStringLiteral("contact"), {}, QStringLiteral("EMAIL_OR_PHONE"));
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    if (sub == QLatin1String("add"))
        parser.addOptions({channel, subject, body, bodyFile, textFile, transactional});
    else if (sub == QLatin1String("render"))
        parser.addOptions({contact, group});
    QString error;
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    const QString name = parser.positionalArguments().first();

    if (sub == QLatin1String("add")) {
        const auto ch = channelFromKey(parser.value(channel));
        if (!ch)
            return usage(tr("Give the channel: --channel sms or --channel email."));
        if (parser.isSet(body) == parser.isSet(bodyFile))
            return usage(tr("Give the text with --body TEXT or --body-file FILE (one of them)."));
        Template t;
        t.name = name;
        t.channel = *ch;
        t.subject = parser.value(subject);
        t.marketing = !parser.isSet(transactional);
        for (const auto &[option, target] : {std::pair {&bodyFile, &t.body}, std::pair {&textFile, &t.textBody}}) {
            if (!parser.isSet(*option))
                continue;
            const auto text = readText(parser.value(*option));
            if (!text)
                return fail(tr("Cannot read “%1”; check the path.").arg(parser.value(*option)));
            *target = *text;
        }
        if (parser.isSet(body))
            t.body = parser.value(body);
        if (!openWorkspace())
            return;
        if (m_workspace->templates()->byName(name))
            return fail(tr("A template named “%1” exists already. Choose another name.").arg(name));
        if (const QStringList problems = Composer::templateProblems(t); !problems.isEmpty())
            return fail(problems.join(QLatin1Char(' ')));
        if (!m_workspace->templates()->add(t))
            return fail(m_workspace->templates()->lastError().message);
        if (m_json) {
            printJson({{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}});
        } else if (t.channel == Channel::Sms) {
            const SmsCount count = countSms(t.body);
            print(tr("Template “%1” added: %2, %n part(s) before personalisation.", nullptr, count.parts)
                          .arg(name, count.encoding == SmsCount::Gsm7 ? tr("GSM-7") : tr("Unicode (UCS-2)")));
        } else {
            print(tr("Template “%1” added.").arg(name));
        }
        return finish(Success);
    }

    if (!openWorkspace())
        return;
    const auto tmpl = m_workspace->templates()->byName(name);
    if (!tmpl)
        return fail(tr("There is no template named “%1”. See campaignctl templates list.").arg(name));

    if (sub == QLatin1String("delete")) {
        if (!m_workspace->templates()->remove(tmpl->id))
            return fail(m_workspace->templates()->lastError().message);
        print(tr("Template “%1” deleted.").arg(name));
        return finish(Success);
    }

    // render
    if (!parser.isSet(contact))
        return usage(tr("Name the contact to render for: --contact EMAIL_OR_PHONE."));
    QList<Group> groups;
    if (parser.isSet(group)) {
        const auto g = m_workspace->groups()->byName(parser.value(group));
        if (!g)
            return fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(parser.value(group)));
        groups.append(*g);
    } else {
        groups = m_workspace->groups()->groups();
    }
    Contact probe;
    const QString raw = parser.value(contact).trimmed();
    (raw.contains(QLatin1Char('@')) ? probe.email : probe.phone) = raw;
    ContactImportService::checkContact(probe, QStringLiteral("TR")); // E.164 and lower case, as stored
    std::optional<Contact> found;
    for (const Group &g : std::as_const(groups)) {
        found = m_workspace->groups()->contactByAddress(g.id, probe.email.isEmpty() ? probe.phone : probe.email);
        if (found)
            break;
    }
    if (!found)
        return fail(
                tr("No contact “%1” in %2.")
                        .arg(raw,
                             parser.isSet(group) ? tr("the group “%1”").arg(parser.value(group)) : tr("any group")));
    const TemplateRenderer::Rendered r = TemplateRenderer::renderTemplate(*tmpl, *found);
    if (m_json) {
        QJsonObject out {{QStringLiteral("body"), r.body},
                         {QStringLiteral("missing_fields"), QJsonArray::fromStringList(r.missing)}};
        if (tmpl->channel == Channel::Email) {
            out.insert(QStringLiteral("subject"), r.subject);
            out.insert(QStringLiteral("text"), r.text);
        } else {
            const SmsCount count = countSms(r.body);
            out.insert(QStringLiteral("encoding"),
                       count.encoding == SmsCount::Gsm7 ? QStringLiteral("gsm7") : QStringLiteral("ucs2"));
            out.insert(QStringLiteral("length"), count.units);
            out.insert(QStringLiteral("parts"), count.parts);
            out.insert(QStringLiteral("ucs2_characters"), count.ucs2Characters);
        }
        printJson(out);
        return finish(Success);
    }
    if (tmpl->channel == Channel::Email) {
        print(tr("Subject: %1").arg(r.subject));
        print(QString());
    }
    print(r.body);
    if (tmpl->channel == Channel::Email && !r.text.isEmpty()) {
        print(QStringLiteral("--"));
        print(r.text);
    }
    if (tmpl->channel == Channel::Sms) {
        const SmsCount count = countSms(r.body);
        print(QStringLiteral("--"));
        print(tr("%1, %n character(s)", nullptr, count.units)
                      .arg(count.encoding == SmsCount::Gsm7 ? tr("GSM-7") : tr("Unicode (UCS-2)"))
              + QStringLiteral(", ") + tr("%n part(s)", nullptr, count.parts));
        if (!count.ucs2Characters.isEmpty())
            print(tr("Unicode because of: %1").arg(count.ucs2Characters));
    }
    if (!r.missing.isEmpty())
        print(tr("This contact has no value for: %1").arg(r.missing.join(QStringLiteral(", "))));
    finish(Success);
}

void Cli::editCampaigns(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("YYYY-MM-DD HH:MM"));
    const QCommandLineOption tz(QStringLiteral("tz"), {}, QStringLiteral("ZONE"));
    const QCommandLineOption now(QStringLiteral("now"));
    const QCommandLineOption as(QStringLiteral("as"), {}, QStringLiteral("sent|failed"));
    const QCommandLineOption inApp(QStringLiteral("in-app"));
    if (sub == QLatin1String("schedule"))
        parser.addOptions({at, tz, now, inApp});
    if (sub == QLatin1String("resolve"))
        parser.addOption(as);
    QString error;
    if (!parseArguments(parser, args.mid(1), sub == QLatin1String("clone") ? 2 : 1, &error))
        return usage(error);
    if (sub == QLatin1String("schedule") && parser.isSet(at) == parser.isSet(now))
        return usage(tr("Give the time with --at \"YYYY-MM-DD HH:MM\" [--tz ZONE], or --now to unschedule."));
    const QString name = parser.positionalArguments().first();
    if (!openWorkspace())
        return;
    CampaignStore *store = m_workspace->campaigns();
    auto campaign = findCampaign(name);
    if (!campaign)
        return;

    if (sub == QLatin1String("clone")) {
        const QString newName = parser.positionalArguments().at(1).trimmed();
        if (newName.isEmpty() || store->byName(newName))
            return fail(tr("A campaign named “%1” exists already. Choose another name.").arg(newName));
        const auto copy = store->clone(campaign->id, newName);
        if (!copy)
            return fail(store->lastError().message);
        if (m_json)
            printJson({{QStringLiteral("id"), copy->id}, {QStringLiteral("name"), copy->name}});
        else
            print(tr("“%1” cloned as the draft “%2”.").arg(name, newName));
        return finish(Success);
    }
    if (sub == QLatin1String("check")) {
        Job *job = m_dispatcher->check(campaign->id);
        connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
            if (!ok)
                return fail(message);
            const PreSendCheck c = job->property("check").value<PreSendCheck>();
            if (m_json) {
                QJsonObject missing;
                for (auto it = c.missing.cbegin(); it != c.missing.cend(); ++it)
                    missing.insert(it.key(), it.value());
                printJson({{QStringLiteral("recipients"), c.recipients},
                           {QStringLiteral("excluded"), c.excluded},
                           {QStringLiteral("parts"), c.countsParts ? QJsonValue(c.parts) : QJsonValue()},
                           {QStringLiteral("cost"), c.cost ? QJsonValue(*c.cost) : QJsonValue()},
                           {QStringLiteral("currency"), c.currency},
                           {QStringLiteral("requests"), c.requests},
                           {QStringLiteral("missing"), missing},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)},
                           {QStringLiteral("spam_score"), c.spamScore ? QJsonValue(*c.spamScore) : QJsonValue()},
                           {QStringLiteral("spam_tests"), QJsonArray::fromStringList(c.spamTests)},
                           {QStringLiteral("blockers"), QJsonArray::fromStringList(c.blockers)}});
            } else {
                print(c.summary());
            }
            finish(c.blockers.isEmpty() ? Success : Failure);
        });
        return;
    }
    if (sub == QLatin1String("resolve")) {
        const QString value = parser.value(as);
        if (value != QLatin1String("sent") && value != QLatin1String("failed"))
            return usage(tr("Say what happened to the unknown recipients: --as sent or --as failed."));
        DispatchStore dispatch(m_workspace->database());
        const qint64 count = dispatch.resolveUnknown(campaign->id, value == QLatin1String("sent"));
        if (count < 0)
            return fail(dispatch.lastError().message);
        if (m_json)
            printJson({{QStringLiteral("resolved"), count}});
        else
            print(value == QLatin1String("sent")
                          ? tr("%n recipient(s) of “%1” recorded as sent.", nullptr, int(count)).arg(name)
                          : tr("%n recipient(s) of “%1” recorded as not sent; campaignctl campaigns retry sends them.",
                               nullptr, int(count))
                                    .arg(name));
        return finish(Success);
    }
    if (sub == QLatin1String("cancel")) {
        if (m_dispatcher->isSending(campaign->id))
            return fail(tr("“%1” is being sent; stop the send first.").arg(name));
        if (campaign->isHeldAtProvider())
            return endWithJob(m_dispatcher->cancelHeld(campaign->id)); // there first, then here
        if (!store->cancel(campaign->id))
            return fail(store->lastError().message);
        print(tr("“%1” cancelled; nothing more of it is sent.").arg(name));
        return finish(Success);
    }
    // schedule
    if (campaign->isHeldAtProvider()) {
        if (!parser.isSet(at))
            return fail(tr("Its provider holds “%1”: give a new time with --at, or cancel it.").arg(name));
        QString problem;
        const QString zone = parser.isSet(tz) ? parser.value(tz) : campaign->timeZone;
        const QDateTime when = Composer::parseLocal(parser.value(at), zone, &problem);
        if (problem.isEmpty())
            problem = Composer::scheduleProblem(when, m_workspace->clock()->now());
        if (!problem.isEmpty())
            return fail(problem);
        return endWithJob(m_dispatcher->rescheduleHeld(campaign->id, when));
    }
    if (!campaign->isEditable())
        return fail(tr("“%1” is %2; only a draft or a scheduled campaign can be scheduled.")
                            .arg(name, campaignStateName(campaign->state).toLower()));
    QDateTime when;
    if (parser.isSet(at)) {
        const QString zone = parser.isSet(tz) ? parser.value(tz) : campaign->timeZone;
        QString problem;
        when = Composer::parseLocal(parser.value(at), zone, &problem);
        if (problem.isEmpty())
            problem = Composer::scheduleProblem(when, m_workspace->clock()->now());
        if (!problem.isEmpty())
            return fail(problem);
        campaign->timeZone = zone;
        if (!store->update(*campaign))
            return fail(store->lastError().message);
    }
    if (!store->schedule(campaign->id, when))
        return fail(store->lastError().message);
    // A provider that holds scheduled sends gets it now and sends it then, whether this app runs or not.
    if (when.isValid() && !parser.isSet(inApp) && m_dispatcher->handsOver(*store->byId(campaign->id)))
        return endWithJob(m_dispatcher->handOver(campaign->id));
    if (m_json)
        printJson({{QStringLiteral("state"),
                    campaignStateKey(when.isValid() ? CampaignState::Scheduled : CampaignState::Draft)},
                   {QStringLiteral("scheduled_at"), jsonTimeOrNull(when)}});
    else if (when.isValid())
        print(tr("“%1” is scheduled for %2 (%3); campaignctl run-due or the open app sends it then.")
                      .arg(name, QLocale().toString(when.toTimeZone(campaign->zone()), QLocale::ShortFormat),
                           QString::fromUtf8(campaign->zone().id())));
    else
        print(tr("“%1” is a draft again; send it with campaignctl campaigns send.").arg(name));
    finish(Success);
}

void Cli::runDue(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!parseArguments(parser, args, 0, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    auto *scheduler = new Scheduler(m_workspace.get(), m_dispatcher.get(), this);
    const QList<Job *> jobs = scheduler->runDue();
    if (jobs.isEmpty()) {
        if (m_json)
            printJson({{QStringLiteral("sends"), QJsonArray()}});
        else
            print(tr("Nothing is due."));
        return finish(Success);
    }
    // Every send reports when it ends; the command ends with the last of them.
    auto results = std::make_shared<QJsonArray>();
    auto left = std::make_shared<qsizetype>(jobs.size());
    auto failed = std::make_shared<bool>(false);
    for (Job *job : jobs) {
        connect(job, &Job::finished, this, [this, job, results, left, failed](bool ok, const QString &message) {
            *failed = *failed || !ok;
            results->append(QJsonObject {
                    {QStringLiteral("job"), job->title()},
                    {QStringLiteral("ok"), ok},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("paused_until"), jsonTimeOrNull(job->property("resume_at").toDateTime())}});
            if (!m_json)
                print(message);
            if (--*left > 0)
                return;
            if (m_json)
                printJson({{QStringLiteral("sends"), *results}});
            finish(*failed ? Failure : Success);
        });
    }
}

} // namespace cm
