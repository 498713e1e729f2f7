#include "experiments.h"

#include "providers/provider.h"

#include "composer.h"
#include "dispatcher.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/templatestore.h"
#include "reportservice.h"
#include "workspace.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <memory>

namespace cm {

Q_LOGGING_CATEGORY(lcExperiments, "cm.app.experiments")

namespace {

Job *failLater(Job *job, const QString &problem)
{
    job->finish(false, problem);
    return job;
}

// The counters a measure reads, and whether it is a cost.
struct MeasureParts
{
    CampaignStats::Counter successes;
    CampaignStats::Counter trials;
    bool cost = false;
};

MeasureParts partsOf(AbMeasure measure)
{
    switch (measure) {
    case AbMeasure::Delivery:
        return {CampaignStats::Delivered, CampaignStats::Sent};
    case AbMeasure::Open:
        return {CampaignStats::UniqueOpened, CampaignStats::Delivered};
    case AbMeasure::Click:
        return {CampaignStats::UniqueClicked, CampaignStats::Delivered};
    case AbMeasure::CostPerDelivered:
        return {CampaignStats::Delivered, CampaignStats::Delivered, true};
    case AbMeasure::CostPerClick:
        return {CampaignStats::UniqueClicked, CampaignStats::UniqueClicked, true};
    }
    return {CampaignStats::Delivered, CampaignStats::Sent};
}

} // namespace

ExperimentService::ExperimentService(Workspace *workspace, Dispatcher *dispatcher, ReportService *reports,
                                     JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_dispatcher(dispatcher)
    , m_reports(reports)
    , m_jobs(jobs)
{ }

AbTest ExperimentService::draft(const Campaign &campaign) const
{
    AbTest test;
    test.campaignId = campaign.id;
    test.seed = QRandomGenerator::system()->generate64() >> 1; // stored as a signed 64-bit integer
    AbVariant a;
    a.label = QStringLiteral("A");
    a.templateId = campaign.templateId;
    a.accountId = campaign.accountId;
    a.sender = campaign.sender;
    a.subject = campaign.subject;
    AbVariant b = a;
    b.label = QStringLiteral("B");
    test.variants = {a, b};
    if (const QList<AbMeasure> offered = measuresFor(campaign, test.variants); !offered.isEmpty())
        test.measure = offered.first();
    return test;
}

QList<AbMeasure> ExperimentService::measuresFor(const Campaign &campaign, const QList<AbVariant> &variants) const
{
    QList<AbMeasure> offered;
    for (const AbMeasure measure : allAbMeasures()) {
        const MeasureParts parts = partsOf(measure);
        bool everyone = !variants.isEmpty();
        for (const AbVariant &v : variants) {
            const auto account = m_workspace->accounts()->byId(v.accountId);
            const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
            if (!info) {
                everyone = false;
                break;
            }
            const QList<CampaignStats::Counter> counters = info->counters(campaign.channel);
            bool can = counters.contains(parts.successes) && counters.contains(parts.trials);
            if (parts.cost)
                can = can && ReportService::messagePrice(*account, *info, campaign.channel) > 0;
            everyone = everyone && can;
        }
        // Costs compare only in one currency.
        if (everyone && parts.cost) {
            QSet<QString> currencies;
            for (const AbVariant &v : variants) {
                const auto account = m_workspace->accounts()->byId(v.accountId);
                const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
                if (account && info)
                    currencies.insert(Composer::currency(*account, *info));
            }
            everyone = currencies.size() == 1;
        }
        if (everyone)
            offered.append(measure);
    }
    return offered;
}

QStringList ExperimentService::problems(const Campaign &campaign, const AbTest &test) const
{
    QStringList problems;
    const qsizetype n = test.variants.size();
    if (n < 2 || n > AbTest::MaxVariants)
        problems << tr("An A/B test has 2 to 4 variants; this one has %n.", "", int(n));
    if (test.sharePercent < 1 || test.sharePercent * n >= 100)
        problems << tr("Each variant's share must be at least 1%, and all of them together less than 100% (so that "
                       "the winner has someone left to go to); %n variants of %1% make %2%.",
                       "", int(n))
                            .arg(test.sharePercent)
                            .arg(test.sharePercent * n);
    if (test.waitMinutes < 0 || test.waitMinutes > 60 * 24 * 30)
        problems << tr("The wait before the winner is picked must be between 0 minutes and 30 days.");
    if (!measuresFor(campaign, test.variants).contains(test.measure))
        problems << tr("Not every variant's account reports the %1; pick another measure.")
                            .arg(abMeasureName(test.measure));
    QSet<QString> seen;
    for (const AbVariant &v : test.variants) {
        const auto tmpl = m_workspace->templates()->byId(v.templateId);
        const auto account = m_workspace->accounts()->byId(v.accountId);
        const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
        if (!tmpl || !templateFits(tmpl->channel, campaign.channel))
            problems << tr("Variant %1 needs a %2 template.").arg(v.label, channelName(campaign.channel));
        if (!info || !info->supports(campaign.channel))
            problems << tr("Variant %1 needs an account that sends %2.").arg(v.label, channelName(campaign.channel));
        if (const QString sender = Composer::senderProblem(campaign.channel, v.sender); !sender.isEmpty())
            problems << tr("Variant %1: %2").arg(v.label, sender);
        if (!v.subject.isEmpty() && campaign.channel != Channel::Email)
            problems << tr("Variant %1: only an email has a subject.").arg(v.label);
        if (!v.subject.isEmpty() && tmpl && !tmpl->versions.isEmpty())
            problems << tr("Variant %1: its template has versions in other languages, each with its own subject; "
                           "test another template instead of a subject.")
                                .arg(v.label);
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(v.templateId).arg(v.accountId).arg(v.sender, v.subject);
        if (seen.contains(key))
            problems << tr("Variant %1 is the same as another: change its template, subject, sender or account.")
                                .arg(v.label);
        seen.insert(key);
    }
    return problems;
}

bool ExperimentService::save(AbTest &test, QString *error)
{
    const auto campaign = m_workspace->campaigns()->byId(test.campaignId);
    if (!campaign) {
        *error = tr("That campaign no longer exists.");
        return false;
    }
    if (!campaign->isEditable()) {
        *error = tr("“%1” has started; its A/B test can no longer be changed.").arg(campaign->name);
        return false;
    }
    for (int i = 0; i < test.variants.size(); ++i)
        test.variants[i].label = QString(QChar(char16_t(u'A' + i)));
    if (!test.variants.isEmpty()) { // A is the campaign as it is
        AbVariant &a = test.variants.first();
        a.templateId = campaign->templateId;
        a.accountId = campaign->accountId;
        a.sender = campaign->sender;
        a.subject = campaign->subject;
    }
    if (!test.seed)
        test.seed = QRandomGenerator::system()->generate64() >> 1;
    if (const QStringList problems = this->problems(*campaign, test); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    if (!m_workspace->experiments()->save(test)) {
        *error = m_workspace->experiments()->lastError().message;
        return false;
    }
    emit testChanged(test.campaignId);
    return true;
}

bool ExperimentService::remove(qint64 campaignId, QString *error)
{
    if (!m_workspace->experiments()->remove(campaignId)) {
        *error = m_workspace->experiments()->lastError().message;
        return false;
    }
    emit testChanged(campaignId);
    return true;
}

Job *ExperimentService::send(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto test
            = campaign && !campaign->variantOf ? m_workspace->experiments()->byCampaign(campaignId) : std::nullopt;
    if (!test || test->state == AbState::Decided)
        return m_dispatcher->send(campaignId);
    if (Job *running = m_running.value(campaignId))
        return running; // the scheduler's next tick while the variants' reports are refreshed
    if (test->state == AbState::Ready)
        return track(campaignId, startTest(*campaign, *test));
    if (m_workspace->clock()->now() < test->decisionDue()) {
        auto *job = new Job(tr("Sending “%1”").arg(campaign->name), this);
        m_jobs->track(job);
        return failLater(job,
                         tr("“%1” waits for its A/B test until %2; pick the winner to send it to the rest now.")
                                 .arg(campaign->name,
                                      QLocale().toString(test->decisionDue().toLocalTime(), QLocale::ShortFormat)));
    }
    // A variant still going out (a send at local time between its zones, one paused by quiet hours or a quota)
    // is judged once it has gone: the decision moves to the wait after its last release.
    if (const QDateTime later = variantsGoneAt(*test); later.isValid()) {
        auto *job = new Job(tr("Sending the winner of “%1”").arg(campaign->name), this);
        m_jobs->track(job);
        const QDateTime due = later.addSecs(qint64(test->waitMinutes) * 60);
        if (!m_workspace->campaigns()->schedule(campaignId, due))
            return failLater(job, m_workspace->campaigns()->lastError().message);
        job->finish(true,
                    tr("“%1”: a variant is still going out; the winner is picked at %2.")
                            .arg(campaign->name, QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)));
        return job;
    }
    return track(campaignId, decide(*campaign, *test, {}));
}

QDateTime ExperimentService::variantsGoneAt(const AbTest &test) const
{
    const QDateTime now = m_workspace->clock()->now();
    QDateTime latest;
    for (const AbVariant &v : test.variants) {
        const auto send = v.sendId ? m_workspace->campaigns()->byId(v.sendId) : std::nullopt;
        if (!send || (send->state != CampaignState::Scheduled && send->state != CampaignState::Sending))
            continue;
        // Its last release, when it waits for one; else when it resumes; else a little later.
        const QMap<QDateTime, qint64> releases = DispatchStore(m_workspace->campaigns()).pendingReleases(v.sendId);
        QDateTime at = !releases.isEmpty() ? releases.lastKey()
                : send->resumeAt.isValid() ? send->resumeAt
                                           : now.addSecs(15 * 60);
        if (at <= now)
            at = now.addSecs(15 * 60);
        if (!latest.isValid() || at > latest)
            latest = at;
    }
    return latest;
}

Job *ExperimentService::track(qint64 campaignId, Job *job)
{
    m_running.insert(campaignId, job);
    connect(job, &Job::finished, this, [this, campaignId, job] {
        if (m_running.value(campaignId) == job)
            m_running.remove(campaignId);
    });
    return job;
}

Job *ExperimentService::pick(qint64 campaignId, const QString &label)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto test = campaign ? m_workspace->experiments()->byCampaign(campaignId) : std::nullopt;
    QString problem;
    if (!test) {
        problem = tr("“%1” has no A/B test.").arg(campaign ? campaign->name : QString());
    } else if (test->state == AbState::Ready) {
        problem = tr("The A/B test of “%1” has not started: send the campaign first.").arg(campaign->name);
    } else if (test->state == AbState::Decided) {
        problem = tr("The winner of “%1” was chosen already: %2.").arg(campaign->name, test->winner);
    } else if (!test->variant(label)) {
        QStringList labels;
        for (const AbVariant &v : test->variants)
            labels << v.label;
        problem = tr("“%1” has no variant %2; its variants are %3.")
                          .arg(campaign->name, label, labels.join(QStringLiteral(", ")));
    }
    if (problem.isEmpty())
        return track(campaignId, decide(*campaign, *test, test->variant(label)->label));
    auto *job = new Job(tr("Sending the winner of “%1”").arg(campaign ? campaign->name : QString()), this);
    m_jobs->track(job);
    return failLater(job, problem);
}

Job *ExperimentService::startTest(const Campaign &campaign, const AbTest &saved)
{
    AbTest test = saved; // variant A is the campaign as it is now, edited since the test was saved or not
    AbVariant &a = test.variants.first();
    a.templateId = campaign.templateId;
    a.accountId = campaign.accountId;
    a.sender = campaign.sender;
    a.subject = campaign.subject;
    auto *job = new Job(tr("Sending the A/B test of “%1”").arg(campaign.name), this);
    job->setUnit(tr("recipients"));
    m_jobs->track(job);
    if (const QStringList problems = this->problems(campaign, test); !problems.isEmpty())
        return failLater(
                job, tr("The A/B test of “%1” cannot start: %2").arg(campaign.name, problems.join(QLatin1Char(' '))));
    // The audience as a send finds it (off the GUI thread: a million contacts), in the order it reaches them.
    m_workspace
            ->inBackground([workspace = m_workspace, campaign] {
                QList<qint64> ids;
                QString problem;
                Dispatcher::forEachReached(
                        workspace, campaign, [&ids](const Contact &c, const QString &) { ids.append(c.id); }, &problem);
                return std::make_pair(ids, problem);
            })
            .then(job, [this, job, campaign, test](const std::pair<QList<qint64>, QString> &reached) {
                const auto &[audience, problem] = reached;
                if (!problem.isEmpty())
                    return job->finish(false, tr("“%1” cannot be sent yet: %2").arg(campaign.name, problem));
                const qint64 perVariant = audience.size() * test.sharePercent / 100;
                if (perVariant < 1)
                    return job->finish(false,
                                       tr("“%1” reaches %n contact(s): too few for a test of %2% each. Send "
                                          "it without the test, or to a larger audience.",
                                          "", int(audience.size()))
                                               .arg(campaign.name)
                                               .arg(test.sharePercent));
                const QList<QList<qint64>> drawn
                        = drawTestContacts(audience, int(test.variants.size()), perVariant, test.seed);
                const QDateTime now = m_workspace->clock()->now();
                CampaignStore *campaigns = m_workspace->campaigns();
                QHash<QString, qint64> sendIds;
                QHash<QString, QList<qint64>> byLabel;
                QList<qint64> sends;
                const auto rollBack = [campaigns, job](const QString &error) {
                    campaigns->rollback();
                    job->finish(false, error);
                };
                // The variants' sends, their contacts, the test under way and the campaign due when it ends: all or
                // nothing, and only once (another process that started it first makes this one fail).
                if (!campaigns->begin())
                    return job->finish(false, campaigns->lastError().message);
                for (int i = 0; i < test.variants.size(); ++i) {
                    const AbVariant &v = test.variants.at(i);
                    const auto account = m_workspace->accounts()->byId(v.accountId);
                    Campaign send = campaign;
                    send.id = 0;
                    send.name = campaigns->uniqueName(QStringLiteral("%1 · %2").arg(campaign.name, v.label));
                    send.templateId = v.templateId;
                    send.accountId = v.accountId;
                    send.sender = v.sender;
                    send.subject = v.subject;
                    send.groupIds.clear();
                    send.groupId = 0;
                    send.excludedGroupIds.clear();
                    send.segmentIds.clear();
                    send.excludedSegmentIds.clear();
                    send.state = CampaignState::Scheduled; // a crash before its send leaves it due
                    send.scheduledAt = now;
                    send.variantOf = campaign.id;
                    send.createdAt = {};
                    // The provider's options apply to a variant on an account of the same provider.
                    const auto own = m_workspace->accounts()->byId(campaign.accountId);
                    if (!account || !own || account->provider != own->provider)
                        send.options.clear();
                    if (!campaigns->create(send))
                        return rollBack(campaigns->lastError().message);
                    sendIds.insert(v.label, send.id);
                    byLabel.insert(v.label, drawn.value(i));
                    sends.append(send.id);
                }
                if (!m_workspace->experiments()->start(campaign.id, test.variants.first(), sendIds, byLabel, now)) {
                    const QString error = m_workspace->experiments()->lastError().message;
                    campaigns->rollback();
                    // Another process started it a moment ago: in hand, not a failure of this one.
                    if (const auto now = m_workspace->experiments()->byCampaign(campaign.id);
                        now && now->state != AbState::Ready)
                        return job->finish(true, tr("The A/B test of “%1” was started elsewhere.").arg(campaign.name));
                    return job->finish(false, error);
                }
                AbTest started = test;
                started.startedAt = now;
                if (!campaigns->schedule(campaign.id, started.decisionDue()))
                    return rollBack(campaigns->lastError().message);
                if (!campaigns->commit())
                    return job->finish(false, campaigns->lastError().message);
                qCInfo(lcExperiments) << "A/B test of campaign" << campaign.id << "started:" << perVariant
                                      << "contacts per variant of" << audience.size();
                emit testChanged(campaign.id);
                sendAll(job, sends,
                        tr("The A/B test of “%1” went to %2 contacts a variant (%3 variants); the winner by %4 goes "
                           "to the other %5 at %6.")
                                .arg(campaign.name, QLocale().toString(perVariant))
                                .arg(test.variants.size())
                                .arg(abMeasureName(test.measure),
                                     QLocale().toString(audience.size() - perVariant * test.variants.size()),
                                     QLocale().toString(started.decisionDue().toLocalTime(), QLocale::ShortFormat)));
            });
    return job;
}

Job *ExperimentService::decide(const Campaign &campaign, const AbTest &test, const QString &picked)
{
    auto *job = new Job(tr("Sending the winner of “%1”").arg(campaign.name), this);
    job->setUnit(tr("recipients"));
    m_jobs->track(job);
    if (!picked.isEmpty()) {
        sendRest(job, campaign, test, picked, QStringLiteral("user"));
        return job;
    }
    // Every variant's report fresh first (each refresh ends, well or not, before the winner is picked).
    auto left = std::make_shared<int>(0);
    const auto pickAndSend = [this, job, campaign] {
        const auto current = m_workspace->experiments()->byCampaign(campaign.id);
        if (!current || current->state != AbState::Testing)
            return job->finish(true, tr("The winner of “%1” was chosen elsewhere.").arg(campaign.name));
        const Standings s = standings(*current);
        const bool none = s.leader.isEmpty();
        sendRest(job, campaign, *current, none ? current->variants.first().label : s.leader,
                 none ? QStringLiteral("nothing") : QStringLiteral("measure"));
    };
    for (const AbVariant &v : test.variants) {
        if (!v.sendId)
            continue;
        ++*left;
        Job *refresh = m_reports->refresh(v.sendId);
        connect(refresh, &Job::finished, job, [left, pickAndSend] {
            if (--*left == 0)
                pickAndSend();
        });
    }
    if (*left == 0)
        QMetaObject::invokeMethod(job, pickAndSend, Qt::QueuedConnection);
    return job;
}

Job *ExperimentService::sendRest(Job *job, const Campaign &campaign, const AbTest &test, const QString &label,
                                 const QString &by)
{
    const auto winner = test.variant(label);
    auto c = m_workspace->campaigns()->byId(campaign.id);
    if (!winner || !c) {
        job->finish(false, tr("That campaign no longer exists."));
        return job;
    }
    CampaignStore *campaigns = m_workspace->campaigns();
    // The winner becomes the campaign, in the transaction that records it (once: a second process finds it chosen).
    const auto own = m_workspace->accounts()->byId(c->accountId);
    const auto account = m_workspace->accounts()->byId(winner->accountId);
    if (!account || !own || account->provider != own->provider)
        c->options.clear();
    c->templateId = winner->templateId;
    c->accountId = winner->accountId;
    c->sender = winner->sender;
    c->subject = winner->subject;
    if (!campaigns->begin()) {
        job->finish(false, campaigns->lastError().message);
        return job;
    }
    if (!m_workspace->experiments()->decide(campaign.id, winner->label, by, m_workspace->clock()->now())) {
        const QString error = m_workspace->experiments()->lastError().message;
        campaigns->rollback();
        // Another process chose it a moment ago (two run-due at once): in hand, and it sends the rest.
        if (const auto now = m_workspace->experiments()->byCampaign(campaign.id);
            now && now->state == AbState::Decided && by != QLatin1String("user")) {
            job->finish(true, tr("The winner of “%1” was chosen elsewhere.").arg(campaign.name));
            return job;
        }
        job->finish(false, error);
        return job;
    }
    if (!campaigns->update(*c) || !campaigns->commit()) {
        const QString error = campaigns->lastError().message;
        campaigns->rollback();
        job->finish(false, error);
        return job;
    }
    qCInfo(lcExperiments) << "A/B test of campaign" << campaign.id << "decided:" << winner->label << by;
    emit testChanged(campaign.id);
    const QString why = by == QLatin1String("user") ? tr("picked by hand")
            : by == QLatin1String("nothing")
            ? tr("no variant had a %1 to compare, so A").arg(abMeasureName(test.measure))
            : tr("by %1").arg(abMeasureName(test.measure));
    sendAll(job, {campaign.id},
            tr("Variant %1 of “%2” won (%3) and went to the rest.").arg(winner->label, c->name, why));
    return job;
}

void ExperimentService::sendAll(Job *job, const QList<qint64> &campaignIds, const QString &message)
{
    auto left = std::make_shared<qsizetype>(campaignIds.size());
    auto failures = std::make_shared<QStringList>();
    auto results = std::make_shared<QStringList>();
    for (const qint64 id : campaignIds) {
        Job *send = m_dispatcher->send(id);
        emit sendStarted(id, send);
        connect(send, &Job::progressChanged, job, [job, send, left](qint64, qint64) {
            // The sends' progress, roughly: the latest send's.
            job->setProgress(send->done(), send->total());
        });
        connect(send, &Job::finished, job,
                [job, send, left, failures, results, message](bool ok, const QString &result) {
                    for (const char *counter : {"accepted", "failed", "unknown"})
                        job->setProperty(counter,
                                         job->property(counter).toLongLong() + send->property(counter).toLongLong());
                    // Sent by another process right now: in hand, not this run's failure.
                    if (!ok && send->property("sent_by").toString().isEmpty())
                        failures->append(result);
                    else
                        results->append(result);
                    if (--*left > 0)
                        return;
                    job->finish(failures->isEmpty(),
                                failures->isEmpty() ? (QStringList {message} + *results).join(QLatin1Char(' '))
                                                    : (QStringList {message} + *failures).join(QLatin1Char(' ')));
                });
    }
}

} // namespace cm
