// campaignctl series: automated series (welcome and follow-up messages), written in a small text file.
#include "cli.h"
#include "cliutil.h"

#include "app/services/seriesservice.h"
#include "app/services/workspace.h"
#include "models/campaignstore.h"
#include "models/contactcheck.h"
#include "models/groupstore.h"
#include "models/seriesstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace cm {

const char Cli::seriesHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  series create NAME --file FILE      # the entry and the steps, in the format the README describes\n"
        "  series edit NAME --file FILE        # says whom the change affects, then saves it\n"
        "  series list\n"
        "  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # the steps and their reports; a contact's "
        "timeline\n"
        "  series start|pause|resume|stop|delete NAME\n"
        "campaignctl run-due sends the series' due steps along with the campaigns.");

void Cli::series(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption contact(QStringLiteral("contact"), {}, QStringLiteral("EMAIL_OR_PHONE"));
    const QCommandLineOption asFile(QStringLiteral("as-file"));
    parser.addOptions({file, contact, asFile});
    const QStringList subs {QStringLiteral("create"), QStringLiteral("edit"),  QStringLiteral("list"),
                            QStringLiteral("show"),   QStringLiteral("start"), QStringLiteral("pause"),
                            QStringLiteral("resume"), QStringLiteral("stop"),  QStringLiteral("delete")};
    if (!subs.contains(sub))
        return usage(tr("Use: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …"));
    QString error;
    const bool list = sub == QLatin1String("list");
    if (!parseArguments(parser, args.mid(1), list ? 0 : 1, &error))
        return usage(error);
    const bool writes = sub == QLatin1String("create") || sub == QLatin1String("edit");
    if (writes && !parser.isSet(file))
        return usage(tr("Give the series' file: --file welcome.series (its format is in the README)."));
    QString text;
    if (writes) {
        QFile in(parser.value(file));
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read “%1”: %2").arg(parser.value(file), in.errorString()));
        text = QString::fromUtf8(in.readAll());
    }
    if (!openWorkspace())
        return;
    SeriesStore *store = m_workspace->series();
    SeriesService *service = m_series.get();

    if (list) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const Series &s : store->list()) {
            const QHash<QString, qint64> counts = store->memberCounts(s.id);
            array.append(QJsonObject {{QStringLiteral("name"), s.name},
                                      {QStringLiteral("state"), seriesStateKey(s.state)},
                                      {QStringLiteral("entry"), s.entryName},
                                      {QStringLiteral("steps"), s.steps.size()},
                                      {QStringLiteral("waiting"), counts.value(QStringLiteral("waiting"))},
                                      {QStringLiteral("finished"), counts.value(QStringLiteral("finished"))},
                                      {QStringLiteral("left"), counts.value(QStringLiteral("left"))}});
            rows.append({s.name, seriesStateName(s.state), s.entryName, QString::number(s.steps.size()),
                         QString::number(counts.value(QStringLiteral("waiting"))),
                         QString::number(counts.value(QStringLiteral("finished"))),
                         QString::number(counts.value(QStringLiteral("left")))});
        }
        if (m_json)
            printJson({{QStringLiteral("series"), array}});
        else if (rows.isEmpty())
            print(tr("No series yet. Write one in a file and run campaignctl series create NAME --file FILE."));
        else
            printTable({tr("Name"), tr("State"), tr("Entry"), tr("Steps"), tr("Waiting"), tr("Finished"), tr("Left")},
                       rows);
        return finish(Success);
    }
    const QString name = parser.positionalArguments().first();
    if (sub == QLatin1String("create")) {
        if (store->byName(name))
            return fail(tr("There is already a series named “%1”; choose another name, or edit it.").arg(name));
        auto series = service->fromText(name, text, &error);
        if (!series || !service->save(*series, &error))
            return fail(error);
        print(tr("Series “%1” created with %n step(s). Start it with campaignctl series start.", nullptr,
                 int(series->steps.size()))
                      .arg(series->name));
        return finish(Success);
    }
    auto existing = store->byName(name);
    if (!existing)
        return fail(tr("There is no series named “%1”. See campaignctl series list.").arg(name));
    if (sub == QLatin1String("edit")) {
        auto series = service->fromText(existing->name, text, &error);
        if (!series)
            return fail(error);
        series->id = existing->id;
        series->state = existing->state;
        const QStringList effects = service->editEffects(*series);
        if (!service->save(*series, &error))
            return fail(error);
        for (const QString &effect : effects)
            print(effect);
        print(tr("Series “%1” saved.").arg(series->name));
        return finish(Success);
    }
    using Action = bool (SeriesService::*)(qint64, QString *);
    const QHash<QString, QPair<Action, const char *>> actions {
            {QStringLiteral("start"), {&SeriesService::start, QT_TR_NOOP("Series “%1” started.")}},
            {QStringLiteral("pause"),
             {&SeriesService::pause,
              QT_TR_NOOP("Series “%1” paused: nothing is sent until "
                         "it resumes.")}},
            {QStringLiteral("resume"), {&SeriesService::resume, QT_TR_NOOP("Series “%1” resumed.")}},
            {QStringLiteral("stop"), {&SeriesService::stop, QT_TR_NOOP("Series “%1” stopped.")}},
            {QStringLiteral("delete"), {&SeriesService::remove, QT_TR_NOOP("Series “%1” deleted.")}}};
    if (const auto action = actions.value(sub); action.first) {
        if (!(service->*action.first)(existing->id, &error))
            return fail(error);
        print(tr(action.second).arg(existing->name));
        return finish(Success);
    }
    // show
    if (parser.isSet(asFile)) {
        print(SeriesFile::write(*existing).trimmed());
        return finish(Success);
    }
    if (parser.isSet(contact)) {
        const QString address = parser.value(contact).trimmed();
        Contact probe;
        (address.contains(QLatin1Char('@')) ? probe.email : probe.phone) = address;
        checkContact(probe, m_workspace->phoneRegion()); // E.164 and lower case, as stored
        std::optional<Contact> found;
        for (const Group &g : m_workspace->groups()->groups()) {
            if (existing->groupId && g.id != existing->groupId)
                continue;
            found = m_workspace->groups()->contactByAddress(g.id, probe.email.isEmpty() ? probe.phone : probe.email);
            if (found && store->member(existing->id, found->id))
                break;
        }
        const auto member = found ? store->member(existing->id, found->id) : std::nullopt;
        if (!member)
            return fail(tr("“%1” is not in the series “%2”.").arg(address, existing->name));
        QJsonArray lines;
        if (!m_json)
            print(tr("%1 entered “%2” on %3.").arg(address, existing->name, localTime(member->enteredAt)));
        for (const SeriesEvent &e : store->timeline(existing->id, found->id)) {
            const QString step = existing->steps.value(e.step).displayName(e.step);
            lines.append(QJsonObject {{QStringLiteral("step"), e.step + 1},
                                      {QStringLiteral("name"), step},
                                      {QStringLiteral("outcome"), e.outcome},
                                      {QStringLiteral("at"), jsonTime(e.at)},
                                      {QStringLiteral("note"), e.note},
                                      {QStringLiteral("state"), e.recipientState},
                                      {QStringLiteral("opened"), e.opened},
                                      {QStringLiteral("clicked"), e.clicked}});
            if (m_json)
                continue;
            const QString what = e.outcome == QLatin1String("sent")
                    ? tr("sent (%1%2%3)")
                              .arg(recipientStateFromKey(e.recipientState)
                                           ? recipientStateName(*recipientStateFromKey(e.recipientState)).toLower()
                                           : tr("being sent"),
                                   e.opened ? tr(", opened") : QString(), e.clicked ? tr(", clicked") : QString())
                    : e.outcome == QLatin1String("skipped") ? tr("skipped: %1").arg(seriesReasonText(e.note))
                                                            : tr("left the series: %1").arg(seriesReasonText(e.note));
            print(QStringLiteral("  %1  %2: %3").arg(localTime(e.at), step, what));
        }
        const QString now = member->state == SeriesMember::State::Waiting
                ? tr("waits for %1, due %2")
                          .arg(existing->steps.value(member->step).displayName(member->step), localTime(member->dueAt))
                : member->state == SeriesMember::State::Finished
                ? tr("finished the series")
                : tr("left: %1").arg(seriesReasonText(member->leftReason));
        if (m_json) {
            printJson({{QStringLiteral("contact"), address},
                       {QStringLiteral("entered_at"), jsonTime(member->enteredAt)},
                       {QStringLiteral("state"),
                        member->state == SeriesMember::State::Waiting            ? QStringLiteral("waiting")
                                : member->state == SeriesMember::State::Finished ? QStringLiteral("finished")
                                                                                 : QStringLiteral("left")},
                       {QStringLiteral("step"),
                        member->state == SeriesMember::State::Waiting ? QJsonValue(member->step + 1) : QJsonValue()},
                       {QStringLiteral("due_at"), jsonTimeOrNull(member->dueAt)},
                       {QStringLiteral("timeline"), lines}});
        } else {
            print(QStringLiteral("  ") + now);
        }
        return finish(Success);
    }
    const QList<SeriesStepReport> report = store->report(existing->id, int(existing->steps.size()));
    const QHash<QString, qint64> counts = store->memberCounts(existing->id);
    QJsonArray steps;
    QList<QStringList> rows;
    for (int i = 0; i < existing->steps.size(); ++i) {
        const SeriesStep &s = existing->steps.at(i);
        const SeriesStepReport &r = report.at(i);
        const QString when = s.whenText(i);
        steps.append(QJsonObject {{QStringLiteral("name"), s.displayName(i)},
                                  {QStringLiteral("template"), s.templateName},
                                  {QStringLiteral("account"), s.accountName},
                                  {QStringLiteral("delay_minutes"), s.delayMinutes},
                                  {QStringLiteral("after_entry"), s.afterEntry},
                                  {QStringLiteral("condition"), stepConditionKey(s.condition)},
                                  {QStringLiteral("waiting"), r.waiting},
                                  {QStringLiteral("sent"), r.sent},
                                  {QStringLiteral("skipped"), r.skipped},
                                  {QStringLiteral("left"), r.left},
                                  {QStringLiteral("delivered"), r.delivered},
                                  {QStringLiteral("failed"), r.failed},
                                  {QStringLiteral("bounced"), r.bounced},
                                  {QStringLiteral("unsubscribed"), r.unsubscribed},
                                  {QStringLiteral("unknown"), r.unknown},
                                  {QStringLiteral("opened"), r.opened},
                                  {QStringLiteral("clicked"), r.clicked}});
        rows.append({QString::number(i + 1), s.displayName(i), s.templateName, when, QString::number(r.waiting),
                     QString::number(r.sent), QString::number(r.skipped), QString::number(r.delivered),
                     QString::number(r.opened), QString::number(r.clicked)});
    }
    if (m_json) {
        printJson({{QStringLiteral("name"), existing->name},
                   {QStringLiteral("state"), seriesStateKey(existing->state)},
                   {QStringLiteral("entry"), existing->entryName},
                   {QStringLiteral("waiting"), counts.value(QStringLiteral("waiting"))},
                   {QStringLiteral("finished"), counts.value(QStringLiteral("finished"))},
                   {QStringLiteral("left"), counts.value(QStringLiteral("left"))},
                   {QStringLiteral("steps"), steps}});
        return finish(Success);
    }
    print(tr("Series “%1” (%2), entry: %3").arg(existing->name, seriesStateName(existing->state), existing->entryName));
    print(tr("%1 waiting, %2 finished, %3 left.")
                  .arg(counts.value(QStringLiteral("waiting")))
                  .arg(counts.value(QStringLiteral("finished")))
                  .arg(counts.value(QStringLiteral("left"))));
    // Messages the provider may or may not have sent are settled on the step's campaign, as any campaign's.
    const QMap<qint64, qint64> unknown = store->unknownCampaigns(existing->id);
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        if (const auto campaign = m_workspace->campaigns()->byId(it.key()))
            print(tr("“%1”: %n message(s) may or may not have been sent; see campaignctl campaigns "
                     "reconcile|resolve \"%1\".",
                     nullptr, int(it.value()))
                          .arg(campaign->name));
    }
    printTable({tr("#"), tr("Step"), tr("Template"), tr("When"), tr("Waiting"), tr("Sent"), tr("Skipped"),
                tr("Delivered"), tr("Opened"), tr("Clicked")},
               rows);
    return finish(Success);
}

} // namespace cm
