#include "seriesservice.h"

#include "composer.h"
#include "dispatcher.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"
#include "models/seriesstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/provider.h"
#include "reportservice.h"
#include "workspace.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <memory>

namespace cm {

namespace {
// Says why, when the caller asked, and answers no.
bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

SeriesService::SeriesService(Workspace *workspace, Dispatcher *dispatcher, ReportService *reports, JobTracker *jobs,
                             QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_dispatcher(dispatcher)
    , m_reports(reports)
    , m_jobs(jobs)
{
    connect(workspace->series(), &SeriesStore::seriesChanged, this, &SeriesService::seriesChanged);
}

QStringList SeriesService::stepProblems(Workspace *workspace, const Series &series, int index)
{
    QStringList problems;
    const SeriesStep &step = series.steps.at(index);
    const QString name = step.displayName(index);
    const auto tmpl = workspace->templates()->byId(step.templateId);
    const auto account = workspace->accounts()->byId(step.accountId);
    const auto info = account ? workspace->providers().info(account->provider) : std::nullopt;
    if (!tmpl)
        return {tr("%1: choose a template.").arg(name)};
    if (!account || !info)
        return {tr("%1: choose the account to send with.").arg(name)};
    if (!info->supports(tmpl->channel))
        return {tr("%1: %2 cannot send %3; choose another account.")
                        .arg(name, info->displayName, channelName(tmpl->channel))};
    QStringList found = Composer::templateProblems(*tmpl) + Composer::wholeCampaignProblems(*tmpl, *info);
    if (tmpl->channel == Channel::Email) {
        if (const QString sender = Composer::senderProblem(Channel::Email, step.sender); !sender.isEmpty())
            found << sender;
    }
    for (const QString &problem : std::as_const(found))
        problems << tr("%1: %2").arg(name, problem);
    return problems;
}

QStringList SeriesService::problems(const Series &series) const
{
    QStringList problems;
    for (int i = 0; i < series.steps.size(); ++i)
        problems += stepProblems(m_workspace, series, i);
    return problems;
}

std::optional<Series> SeriesService::fromText(const QString &name, const QString &text, QString *error) const
{
    const auto spec = SeriesFile::parse(text, error);
    if (!spec)
        return std::nullopt;
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Series series;
    series.name = name.trimmed();
    series.onlyNew = spec->onlyNew;
    series.timeZone = spec->timeZone;
    if (!spec->group.isEmpty()) {
        const auto group = m_workspace->groups()->byName(spec->group);
        if (!group)
            return refuse(tr("There is no group named “%1”.").arg(spec->group));
        series.groupId = group->id;
        series.entryName = group->name;
    } else {
        const auto segment = m_workspace->segments()->byName(spec->segment);
        if (!segment)
            return refuse(tr("There is no segment named “%1”.").arg(spec->segment));
        series.segmentId = segment->id;
        series.entryName = segment->name;
    }
    if (!spec->startsAt.isEmpty()) {
        QString problem;
        series.startsAt = Composer::parseLocal(spec->startsAt, spec->timeZone, &problem);
        if (!series.startsAt.isValid())
            return refuse(tr("The start “%1” does not read: %2").arg(spec->startsAt, problem));
    }
    for (const SeriesFile::StepSpec &s : spec->steps) {
        SeriesStep step = s.step;
        const auto tmpl = m_workspace->templates()->byName(s.templateName);
        if (!tmpl)
            return refuse(QCoreApplication::translate("cm::SeriesFile", "Line %1: %2")
                                  .arg(s.line)
                                  .arg(tr("there is no template named “%1”.").arg(s.templateName)));
        const auto account = m_workspace->accounts()->byName(s.accountName);
        if (!account)
            return refuse(QCoreApplication::translate("cm::SeriesFile", "Line %1: %2")
                                  .arg(s.line)
                                  .arg(tr("there is no account named “%1”.").arg(s.accountName)));
        step.templateId = tmpl->id;
        step.templateName = tmpl->name;
        step.accountId = account->id;
        step.accountName = account->name;
        series.steps.append(step);
    }
    return series;
}

bool SeriesService::save(Series &series, QString *error)
{
    // Once started, contacts wait for a step by its place: a step moved elsewhere (as a file's steps reordered would)
    // would give them another step's message.
    const auto before = series.id ? m_workspace->series()->byId(series.id) : std::nullopt;
    if (before && before->state != SeriesState::Draft) {
        for (int i = 0; i < qMin(before->steps.size(), series.steps.size()); ++i) {
            if (series.steps.at(i).templateId == before->steps.at(i).templateId)
                continue;
            // Moved: its message now stands at a place where another message stood (a template used by two steps
            // may stay at both).
            for (int j = 0; j < qMin(before->steps.size(), series.steps.size()); ++j) {
                if (j != i && series.steps.at(j).templateId == before->steps.at(i).templateId
                    && before->steps.at(j).templateId != before->steps.at(i).templateId) {
                    return refuse(error,
                                  tr("The steps of “%1” keep their places once it has started: edit a "
                                     "step where it is rather than move it, or those waiting for it would "
                                     "get another step's message.")
                                          .arg(series.name));
                }
            }
        }
    }
    return m_workspace->series()->save(series) || refuse(error, m_workspace->series()->lastError().message);
}

QStringList SeriesService::editEffects(const Series &edited) const
{
    QStringList effects;
    const auto before = edited.id ? m_workspace->series()->byId(edited.id) : std::nullopt;
    if (!before || before->state == SeriesState::Draft)
        return effects;
    const QList<SeriesStepReport> report = m_workspace->series()->report(edited.id, int(before->steps.size()));
    for (int i = 0; i < before->steps.size(); ++i) {
        const SeriesStep &was = before->steps.at(i);
        const QString name = was.displayName(i);
        const qint64 waiting = report.at(i).waiting;
        const qint64 past = report.at(i).sent + report.at(i).skipped + report.at(i).left;
        if (i >= edited.steps.size()) {
            effects << tr("%1 is removed: %n contact(s) waiting for it finish the series there.", "", int(waiting))
                               .arg(name);
            continue;
        }
        const SeriesStep &now = edited.steps.at(i);
        const bool changed = !was.sameTiming(now) || was.templateId != now.templateId || was.accountId != now.accountId
                || was.sender != now.sender || was.condition != now.condition
                || was.leaveOtherwise != now.leaveOtherwise || was.name != now.name;
        if (!changed)
            continue;
        effects << tr("%1 changes: %n contact(s) waiting for it get the new version", "", int(waiting)).arg(name)
                        + tr("; %n who already had it are not affected.", "", int(past));
    }
    const qint64 finished = edited.steps.size() > before->steps.size()
            ? m_workspace->series()->memberCounts(edited.id).value(QStringLiteral("finished"))
            : 0;
    for (int i = int(before->steps.size()); i < edited.steps.size(); ++i) {
        effects << tr("%1 is added: contacts who reach it get it; the %n who finished the series already do not.", "",
                      int(finished))
                           .arg(edited.steps.at(i).displayName(i));
    }
    return effects;
}

bool SeriesService::start(qint64 seriesId, QString *error)
{
    const auto series = m_workspace->series()->byId(seriesId);
    if (!series)
        return refuse(error, tr("That series no longer exists."));
    if (series->state == SeriesState::Paused)
        return resume(seriesId, error);
    if (series->state != SeriesState::Draft)
        return refuse(
                error,
                tr("“%1” is %2; only a draft starts.").arg(series->name, seriesStateName(series->state).toLower()));
    if (const QStringList found = problems(*series); !found.isEmpty())
        return refuse(error, tr("“%1” cannot start yet. %2").arg(series->name, found.join(QLatin1Char(' '))));
    return m_workspace->series()->setState(seriesId, SeriesState::Running)
            || refuse(error, m_workspace->series()->lastError().message);
}

bool SeriesService::pause(qint64 seriesId, QString *error)
{
    const auto series = m_workspace->series()->byId(seriesId);
    if (!series || series->state != SeriesState::Running)
        return refuse(error,
                      series ? tr("“%1” is not running.").arg(series->name) : tr("That series no longer exists."));
    return m_workspace->series()->setState(seriesId, SeriesState::Paused)
            || refuse(error, m_workspace->series()->lastError().message);
}

bool SeriesService::resume(qint64 seriesId, QString *error)
{
    const auto series = m_workspace->series()->byId(seriesId);
    if (!series || series->state != SeriesState::Paused)
        return refuse(error,
                      series ? tr("“%1” is not paused.").arg(series->name) : tr("That series no longer exists."));
    if (const QStringList found = problems(*series); !found.isEmpty())
        return refuse(error, tr("“%1” cannot resume yet. %2").arg(series->name, found.join(QLatin1Char(' '))));
    return m_workspace->series()->setState(seriesId, SeriesState::Running)
            || refuse(error, m_workspace->series()->lastError().message);
}

bool SeriesService::stop(qint64 seriesId, QString *error)
{
    const auto series = m_workspace->series()->byId(seriesId);
    if (!series || series->state == SeriesState::Stopped)
        return refuse(error,
                      series ? tr("“%1” is stopped already.").arg(series->name) : tr("That series no longer exists."));
    if (!m_workspace->series()->stop(seriesId, QStringLiteral("stopped")))
        return refuse(error, m_workspace->series()->lastError().message);
    // Its steps' sends that have not gone yet (left by a crash, or waiting for their window) go no more; those that
    // had not started at all are taken out of the timelines too (nobody got them).
    QStringList problems;
    for (const qint64 id : m_workspace->series()->campaigns(seriesId)) {
        const auto campaign = m_workspace->campaigns()->byId(id);
        const bool unstarted = campaign && campaign->state == CampaignState::Scheduled && !campaign->isHeldAtProvider();
        if (!campaign || m_dispatcher->isSending(id)
            || !(unstarted || (campaign->state == CampaignState::Sending && campaign->resumeAt.isValid())))
            continue;
        CampaignStore *campaigns = m_workspace->campaigns();
        const bool done = campaigns->begin() && campaigns->cancel(id)
                && (!unstarted || m_workspace->series()->revokeSends(id, QStringLiteral("stopped")))
                && campaigns->commit();
        if (!done) {
            campaigns->rollback();
            problems.append(campaigns->lastError().message.isEmpty() ? m_workspace->series()->lastError().message
                                                                     : campaigns->lastError().message);
        }
    }
    return problems.isEmpty()
            || refuse(error,
                      tr("“%1” is stopped, but some of its steps' sends could not be cancelled: %2")
                              .arg(series->name, problems.join(QLatin1Char(' '))));
}

bool SeriesService::remove(qint64 seriesId, QString *error)
{
    return m_workspace->series()->remove(seriesId) || refuse(error, m_workspace->series()->lastError().message);
}

} // namespace cm
