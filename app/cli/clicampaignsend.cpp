// campaignctl campaigns, once created: check, schedule, send, follow the send up, cancel and clone.
#include "cli.h"
#include "cliutil.h"

#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/job.h"
#include "app/services/libraryservice.h"
#include "app/services/workspace.h"
#include "models/campaignstore.h"
#include "models/clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace cm {

void Cli::sendCampaigns(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption testTo(QStringLiteral("test-to"), {}, QStringLiteral("ADDRESS_OR_PHONE"));
    if (sub == QLatin1String("send"))
        parser.addOption(testTo);
    QString error;
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    const QString name = parser.positionalArguments().first();
    if (!openWorkspace())
        return;
    const auto campaign = campaignNamed(name);
    if (!campaign)
        return;
    if (sub == QLatin1String("retry")) {
        const qint64 again = m_dispatcher->retryFailed(campaign->id);
        if (again < 0)
            return fail(m_workspace->campaigns()->lastError().message);
        if (again == 0) {
            print(tr("“%1” has no failed recipients.").arg(name));
            return finish(Success);
        }
    }
    if (sub == QLatin1String("send") && parser.isSet(testTo)) {
        return endWithJob(m_dispatcher->testSend(campaign->id, parser.values(testTo)));
    }
    if (sub == QLatin1String("send") || sub == QLatin1String("retry")) {
        // Through the A/B tests: a campaign with one sends its variants (or, its wait over, the winner).
        Job *job = sub == QLatin1String("send") ? m_experiments->send(campaign->id) : m_dispatcher->send(campaign->id);
        connect(job, &Job::finished, this, [this, job, id = campaign->id](bool ok, const QString &message) {
            if (!ok)
                return fail(message);
            print(message);
            const qint64 unknown = job->property("unknown").toLongLong();
            if (unknown > 0)
                print(tr("Recipients marked unknown may have been sent: check them at the provider (campaignctl "
                         "campaigns "
                         "status lists them), then campaignctl campaigns resolve NAME --as sent|failed."));
            // A send that reached nobody is a failure for scripts, with the reasons that stopped it.
            const bool noneAccepted
                    = job->property("accepted").toLongLong() == 0 && job->property("failed").toLongLong() + unknown > 0;
            if (noneAccepted) {
                QStringList reasons;
                for (const auto &[error, count] : m_workspace->campaigns()->commonErrors(id)) {
                    const int n = int(qMin(count, qint64(INT_MAX)));
                    reasons.append(tr("%n recipient(s): %1", nullptr, n).arg(error));
                }
                return fail(tr("Nothing was accepted.") + QLatin1Char(' ') + reasons.join(QStringLiteral("; ")));
            }
            finish(Success);
        });
        return;
    }
    // status
    const QMap<RecipientState, qint64> counts = m_workspace->campaigns()->recipientCounts(campaign->id);
    const QList<Recipient> unknown
            = m_workspace->campaigns()->recipients(campaign->id, 0, 1000, RecipientFilter(RecipientState::Unknown));
    if (m_json) {
        QJsonObject byState;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byState.insert(recipientStateKey(it.key()), it.value());
        QJsonArray unknownList;
        for (const Recipient &r : unknown)
            unknownList.append(
                    QJsonObject {{QStringLiteral("address"), r.address}, {QStringLiteral("error"), r.error}});
        printJson({{QStringLiteral("state"), campaignStateKey(campaign->state)},
                   {QStringLiteral("recipients"), byState},
                   {QStringLiteral("unknown"), unknownList}});
    } else {
        print(tr("“%1”: %2").arg(campaign->name, campaignStateName(campaign->state)));
        QList<QStringList> rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.append({recipientStateName(it.key()), QString::number(it.value())});
        printTable({tr("RECIPIENTS"), tr("COUNT")}, rows);
        for (const Recipient &r : unknown)
            print(tr("unknown: %1").arg(r.address));
    }
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
    auto campaign = campaignNamed(name);
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
                QJsonArray zones;
                for (const PreSendCheck::ZoneRelease &z : c.zones)
                    zones.append(QJsonObject {{QStringLiteral("zone"), QString::fromUtf8(z.zone)},
                                              {QStringLiteral("recipients"), z.recipients},
                                              {QStringLiteral("at"), jsonTimeOrNull(z.at)}});
                printJson({{QStringLiteral("recipients"), c.recipients},
                           {QStringLiteral("excluded"), c.excluded},
                           {QStringLiteral("parts"), c.countsParts ? QJsonValue(c.parts) : QJsonValue()},
                           {QStringLiteral("cost"), c.cost ? QJsonValue(*c.cost) : QJsonValue()},
                           {QStringLiteral("currency"), c.currency},
                           {QStringLiteral("requests"), c.requests},
                           {QStringLiteral("missing"), missing},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(c.notes)},
                           {QStringLiteral("zones"), zones},
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
        QString error;
        const qint64 count = m_dispatcher->resolveUnknown(campaign->id, value == QLatin1String("sent"), &error);
        if (count < 0)
            return fail(error);
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
    if (sub == QLatin1String("reconcile"))
        return endWithJob(m_dispatcher->reconcile(campaign->id));
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
    // schedule: --at in --tz, or else in the campaign's zone
    const QString zone = parser.isSet(tz) ? parser.value(tz) : campaign->timeZone;
    QString problem;
    const QDateTime when = parser.isSet(at)
            ? scheduleTime(parser.value(at), zone, m_workspace->clock()->now(), &problem)
            : QDateTime();
    if (campaign->isHeldAtProvider()) {
        if (!parser.isSet(at))
            return fail(tr("Its provider holds “%1”: give a new time with --at, or cancel it.").arg(name));
        if (!problem.isEmpty())
            return fail(problem);
        return endWithJob(m_dispatcher->rescheduleHeld(campaign->id, when));
    }
    if (!campaign->isEditable())
        return fail(tr("“%1” is %2; only a draft or a scheduled campaign can be scheduled.")
                            .arg(name, campaignStateName(campaign->state).toLower()));
    if (problem.isEmpty())
        problem = CampaignService::testRuns(m_workspace.get(), campaign->id);
    if (!problem.isEmpty())
        return fail(problem);
    if (parser.isSet(at)) {
        campaign->timeZone = Composer::zoneToSave(zone); // none: this computer's, saved as its id
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

} // namespace cm
