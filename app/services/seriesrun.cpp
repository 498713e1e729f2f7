// SeriesService's due work (seriesservice.h): who entered, the reports the conditions read, the due contacts moved
// past their steps with each step's campaign, then those campaigns sent. seriesservice.cpp has the rest.
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

Q_LOGGING_CATEGORY(lcSeries, "cm.app.series")

namespace {

// Due contacts read at a time; a pass goes on until none is left.
constexpr int DueWindow = 20'000;

struct Found
{
    QStringList messages;
    QList<qint64> refresh; // the campaigns the due steps' conditions read
    QString error;
};

struct Moved
{
    QStringList messages;
    QList<qint64> campaigns; // the steps' sends to start
    QString error;           // the database's: this series stops here
    QStringList problems;    // steps that cannot go (their contacts wait): the run fails, the rest goes on
};

// How long a condition waits for a report that cannot be refreshed before it is read on what is stored.
constexpr qint64 RefreshPatienceSecs = 24 * 3600;

bool holds(StepCondition condition, const SeriesStore::Due &d)
{
    const QString state = d.previousState.value_or(QString());
    const bool delivered = state == QLatin1String("delivered") || d.opened || d.clicked;
    const bool failed = state == QLatin1String("failed") || state == QLatin1String("bounced");
    switch (condition) {
    case StepCondition::None:
        return true;
    case StepCondition::Opened:
        return d.opened;
    case StepCondition::NotOpened:
        return !d.opened;
    case StepCondition::Clicked:
        return d.clicked;
    case StepCondition::NotClicked:
        return !d.clicked;
    case StepCondition::Delivered:
        return delivered;
    case StepCondition::NotDelivered:
        return !delivered;
    case StepCondition::Failed:
        return failed;
    }
    return false;
}

// Who entered since the last run, and which reports the due conditions read. On a worker thread.
Found enrol(Workspace *workspace)
{
    Found found;
    SeriesStore store(workspace->database());
    const QDateTime now = workspace->clock()->now();
    for (const Series &series : store.list()) {
        if (series.state != SeriesState::Running || series.entryFrom() > now)
            continue;
        qint64 entered = 0;
        if (series.groupId) {
            entered = store.enrolGroup(series, series.entryFrom());
        } else if (series.segmentId) {
            // Whoever matches now and was not in yet: newly matching contacts enter.
            SegmentStore segments(workspace->database());
            const auto segment = segments.byId(series.segmentId);
            SegmentRuleError ruleError;
            QString error;
            const auto rule = segment ? segments.compile(segment->rule, &ruleError) : std::nullopt;
            const auto ids = rule ? segments.contactIds(*rule, 0, 0, &error) : std::nullopt;
            if (!ids) {
                found.error = SeriesService::tr("The segment of “%1” cannot be evaluated: %2")
                                      .arg(series.name,
                                           !segment ? SeriesService::tr("it no longer exists.")
                                                    : (rule ? error : ruleError.message));
                continue;
            }
            entered = store.enrolContacts(series, *ids, now);
        }
        if (entered < 0)
            found.error = store.lastError().message;
        else if (entered > 0)
            found.messages.append(SeriesService::tr("“%1”: %n contact(s) entered.", "", int(entered)).arg(series.name));
        QList<int> conditional;
        for (int i = 1; i < series.steps.size(); ++i) {
            if (series.steps.at(i).condition != StepCondition::None)
                conditional.append(i);
        }
        for (const qint64 id : store.conditionCampaigns(series.id, conditional, now)) {
            if (!found.refresh.contains(id))
                found.refresh.append(id);
        }
    }
    return found;
}

// Moves the due contacts of one series past their steps; returns false on a database error (in `moved`).
bool moveSeries(Workspace *workspace, const Series &series, const QSet<qint64> &unrefreshed, const QDateTime &now,
                Moved &moved)
{
    SeriesStore store(workspace->database());
    CampaignStore campaigns(workspace->database(), workspace->campaigns());
    TemplateStore templates(workspace->database());
    SuppressionStore suppressions(workspace->database());
    QHash<QString, QSet<QString>> suppressed; // by suppression channel, read once
    const auto isSuppressed = [&](Channel channel, const QString &address) {
        const QString key = Suppression::channelFor(channel);
        if (!suppressed.contains(key)) {
            QSet<QString> &set = suppressed[key];
            for (const Suppression &s : suppressions.list()) {
                if (s.channel == key || s.channel == QLatin1String("all"))
                    set.insert(s.address);
            }
        }
        return suppressed.value(key).contains(address);
    };
    QSet<qint64> held; // contacts left waiting in this run (see below)
    qint64 underwayCount = 0, staleCount = 0;
    QHash<int, qint64> sentAt, skippedAt, leftAt;
    // A skipped step can make the next one due at once: passes until nothing is due.
    for (int pass = 0; pass <= series.steps.size() + 1; ++pass) {
        const QList<SeriesStore::Due> due = store.due(series.id, now, DueWindow + int(held.size()));
        QMap<int, QList<SeriesStore::Due>> byStep;
        for (const SeriesStore::Due &d : due) {
            if (!held.contains(d.contactId))
                byStep[d.step].append(d);
        }
        if (byStep.isEmpty())
            break;
        for (auto it = byStep.cbegin(); it != byStep.cend(); ++it) {
            const int index = it.key();
            if (index >= series.steps.size())
                continue; // removed since (saving the steps finished them)
            const SeriesStep &step = series.steps.at(index);
            const auto tmpl = templates.byId(step.templateId);
            // A step that cannot go (its template or account deleted, …) keeps its contacts waiting, and says so;
            // the other steps and series go on.
            if (const QStringList problems = SeriesService::stepProblems(workspace, series, index);
                !tmpl || !problems.isEmpty()) {
                moved.problems.append(
                        SeriesService::tr("“%1” waits: %2").arg(series.name, problems.join(QLatin1Char(' '))));
                for (const SeriesStore::Due &d : it.value())
                    held.insert(d.contactId);
                continue;
            }
            const bool last = index + 1 >= series.steps.size();
            // A segment reaches contacts in any group: one address in two of them gets the step once.
            QSet<QString> addressesSent = series.segmentId ? store.sentAddresses(series.id, index) : QSet<QString>();
            // Everything read before the transaction, so that its first statement writes: a transaction that read
            // first could not write once another process had (SQLite gives up at once rather than wait).
            isSuppressed(tmpl->channel, QString());
            if (!campaigns.begin()) {
                moved.error = campaigns.lastError().message;
                return false;
            }
            QList<qint64> sent;
            qint64 created = 0;
            for (const SeriesStore::Due &d : it.value()) {
                using Outcome = SeriesStore::Outcome;
                Outcome outcome = Outcome::Sent;
                QString note;
                const QString &address = reachesPhones(tmpl->channel) ? d.phone : d.email;
                if (!d.exists) {
                    outcome = Outcome::Left;
                    note = QStringLiteral("deleted");
                } else if (series.groupId && d.groupId != series.groupId) {
                    outcome = Outcome::Left;
                    note = QStringLiteral("left_group");
                } else if (!address.isEmpty() && isSuppressed(tmpl->channel, address)) {
                    outcome = Outcome::Left;
                    note = QStringLiteral("suppressed");
                } else if (step.condition != StepCondition::None && index > 0) {
                    // The previous message still on its way (sent in this very run, or waiting for its window): its
                    // fate is not known yet.
                    const bool underway = d.previousCampaignId && !d.previousSettled
                            && (!d.previousState || *d.previousState == QLatin1String("pending")
                                || *d.previousState == QLatin1String("submitting"));
                    // Its report could not be refreshed: read again at the next run, for a day; then on what is
                    // stored.
                    const bool stale = d.previousCampaignId && unrefreshed.contains(d.previousCampaignId)
                            && d.dueAt.secsTo(now) < RefreshPatienceSecs;
                    if (underway || stale) {
                        held.insert(d.contactId);
                        ++(underway ? underwayCount : staleCount);
                        continue;
                    }
                    if (!holds(step.condition, d)) {
                        outcome = step.leaveOtherwise ? Outcome::Left : Outcome::Skipped;
                        note = QStringLiteral("condition:") + stepConditionKey(step.condition);
                    }
                }
                if (outcome == Outcome::Sent && address.isEmpty()) {
                    outcome = Outcome::Skipped;
                    note = QStringLiteral("no_address:") + channelKey(tmpl->channel);
                } else if (outcome == Outcome::Sent && series.segmentId) {
                    if (addressesSent.contains(address)) {
                        outcome = Outcome::Skipped;
                        note = QStringLiteral("same_address");
                    } else {
                        addressesSent.insert(address);
                    }
                }
                // The next step counts from when this one was due (a run a little late does not move the schedule:
                // "a day later at 10:00" stays 10:00), or from now when this one went much later than due (the app
                // was closed): the delay between two messages is kept.
                const QDateTime reached = outcome == Outcome::Sent && d.dueAt.secsTo(now) > 3600 ? now : d.dueAt;
                const QDateTime next
                        = last ? QDateTime() : series.steps.at(index + 1).dueAt(d.enteredAt, reached, series.zone());
                if (!store.advance(series.id, d.contactId, index, outcome, now, reached, next, last, note)) {
                    if (!store.lastError().message.isEmpty()) {
                        campaigns.rollback();
                        moved.error = store.lastError().message;
                        return false;
                    }
                    continue; // another process moved it
                }
                if (outcome == Outcome::Sent)
                    sent.append(d.contactId);
                else
                    ++(outcome == Outcome::Skipped ? skippedAt : leftAt)[index];
            }
            if (!sent.isEmpty()) {
                Campaign c;
                c.name = campaigns.uniqueName(
                        QStringLiteral("%1 · %2 · %3")
                                .arg(series.name, step.displayName(index),
                                     now.toTimeZone(series.zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
                c.channel = tmpl->channel;
                c.accountId = step.accountId;
                c.templateId = step.templateId;
                c.sender = step.sender;
                c.state = CampaignState::Scheduled; // a crash before its send leaves it due for the scheduler
                c.scheduledAt = now;
                c.timeZone = series.timeZone;
                c.windowStart = step.hasWindow() ? step.windowStart : -1;
                c.windowEnd = step.hasWindow() ? step.windowEnd : -1;
                c.seriesId = series.id;
                if (!campaigns.create(c) || !store.setSendCampaign(series.id, index, sent, c.id)) {
                    moved.error = campaigns.lastError().message.isEmpty() ? store.lastError().message
                                                                          : campaigns.lastError().message;
                    campaigns.rollback();
                    return false;
                }
                created = c.id;
            }
            if (!campaigns.commit()) {
                moved.error = campaigns.lastError().message;
                return false;
            }
            if (created) { // only once it is kept: a campaign rolled back is not sent
                moved.campaigns.append(created);
                sentAt[index] += sent.size();
            }
        }
    }
    for (int i = 0; i < series.steps.size(); ++i) {
        QStringList parts;
        if (sentAt.value(i))
            parts << SeriesService::tr("sent to %n", "", int(sentAt.value(i)));
        if (skippedAt.value(i))
            parts << SeriesService::tr("skipped for %n", "", int(skippedAt.value(i)));
        if (leftAt.value(i))
            parts << SeriesService::tr("%n left the series", "", int(leftAt.value(i)));
        if (!parts.isEmpty())
            moved.messages.append(
                    SeriesService::tr("“%1”, %2: %3.")
                            .arg(series.name, series.steps.at(i).displayName(i), parts.join(SeriesService::tr(", "))));
    }
    if (staleCount > 0)
        moved.messages.append(SeriesService::tr("“%1”: %n contact(s) wait for a report that could not be refreshed; "
                                                "they go at the next run.",
                                                "", int(staleCount))
                                      .arg(series.name));
    if (underwayCount > 0)
        moved.messages.append(SeriesService::tr("“%1”: %n contact(s) wait until their previous message has gone, "
                                                "for their condition to read it.",
                                                "", int(underwayCount))
                                      .arg(series.name));
    return true;
}

} // namespace

bool SeriesService::isRunning() const
{
    return m_running && !m_running->isFinished();
}

Job *SeriesService::runDue()
{
    if (m_running && !m_running->isFinished())
        return m_running;
    auto *job = new Job(tr("Running the series"), this);
    m_jobs->track(job);
    m_running = job;
    Workspace *workspace = m_workspace;
    workspace->inBackground([workspace] { return enrol(workspace); })
            .then(job, [this, job, workspace](const Found &found) {
                if (!found.messages.isEmpty() || !found.refresh.isEmpty())
                    emit seriesChanged();
                // The reports the conditions read, fresh: every refresh ends (well or not) before anyone is moved.
                auto unrefreshed = std::make_shared<QSet<qint64>>();
                auto left = std::make_shared<qsizetype>(found.refresh.size());
                auto move = [this, job, workspace, found, unrefreshed] {
                    if (job->isCancelled())
                        return job->finish(false, tr("Cancelled."));
                    const QSet<qint64> skip = *unrefreshed;
                    workspace
                            ->inBackground([workspace, skip] {
                                Moved moved;
                                const QDateTime now = workspace->clock()->now();
                                // A database error stops that series' run; the other series still go.
                                QStringList errors;
                                for (const Series &series : SeriesStore(workspace->database()).list()) {
                                    if (series.state == SeriesState::Running
                                        && !moveSeries(workspace, series, skip, now, moved))
                                        errors.append(std::exchange(moved.error, QString()));
                                }
                                moved.error = errors.join(QLatin1Char(' '));
                                return moved;
                            })
                            .then(job, [this, job, found](const Moved &moved) {
                                QStringList errors = QStringList {found.error, moved.error} + moved.problems;
                                errors.removeAll(QString());
                                const QString error = errors.join(QLatin1Char(' '));
                                if (!error.isEmpty())
                                    qCWarning(lcSeries) << error;
                                sendSteps(job, found.messages + moved.messages + QStringList(error), moved.campaigns,
                                          !error.isEmpty());
                            });
                };
                if (found.refresh.isEmpty())
                    return move();
                for (const qint64 id : found.refresh) {
                    Job *refresh = m_reports->refresh(id);
                    connect(refresh, &Job::finished, job, [id, left, unrefreshed, move](bool ok) {
                        if (!ok)
                            unrefreshed->insert(id);
                        if (--*left == 0)
                            move();
                    });
                }
            });
    return job;
}

void SeriesService::sendSteps(Job *job, const QStringList &messages, const QList<qint64> &campaignIds, bool failed)
{
    QStringList lines = messages;
    lines.removeAll(QString());
    if (!campaignIds.isEmpty() || !lines.isEmpty())
        emit seriesChanged();
    auto left = std::make_shared<qsizetype>(0);
    auto anyFailed = std::make_shared<bool>(failed);
    auto summary = std::make_shared<QStringList>(lines);
    const auto end = [job, summary, anyFailed] {
        job->finish(!*anyFailed, summary->isEmpty() ? tr("No series step is due.") : summary->join(QLatin1Char(' ')));
    };
    for (const qint64 id : campaignIds) {
        if (m_dispatcher->isSending(id))
            continue; // the scheduler's own run took it
        Job *send = m_dispatcher->send(id);
        emit sendStarted(id, send);
        ++*left;
        connect(send, &Job::finished, job,
                [this, send, left, anyFailed, summary, end](bool ok, const QString &message) {
                    // Sent by another process right now: in hand, not this run's failure.
                    *anyFailed = *anyFailed || (!ok && send->property("sent_by").toString().isEmpty());
                    summary->append(message);
                    if (--*left == 0) {
                        emit seriesChanged();
                        end();
                    }
                });
    }
    if (*left == 0)
        end();
}

} // namespace cm
