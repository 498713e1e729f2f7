// Reports: events stored once, recipient states, normalised counters, refresh jobs, and the demo workspace.
#include "app/services/accountservice.h"
#include "app/services/demoworkspace.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/sandbox/sandboxprovider.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace cm;

namespace {

struct SentCampaign
{
    Account account;
    Campaign campaign;
    QStringList providerIds;
};

// An email campaign of `size` recipients accepted by the sandbox an hour before the clock's now.
SentCampaign sendThroughSandbox(test::TempWorkspace &ws, int size, Channel channel = Channel::Email)
{
    SentCampaign sent;
    sent.account = Account {0, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
    sent.account.settings.insert(QStringLiteral("seed"), 99);
    ws->accounts()->add(sent.account);
    sent.campaign.name = QStringLiteral("Spring");
    sent.campaign.channel = channel;
    sent.campaign.accountId = sent.account.id;
    sent.campaign.state = CampaignState::Sent;
    ws->campaigns()->create(sent.campaign);
    QList<Recipient> recipients;
    for (int i = 0; i < size; ++i) {
        Recipient r;
        r.address = channel == Channel::Email ? QStringLiteral("person%1@example.com").arg(i)
                                              : QStringLiteral("+4850%1").arg(1000000 + i);
        r.content = QStringLiteral("Hello");
        r.parts = channel == Channel::Sms ? 2 : 1;
        recipients.append(r);
    }
    ws->campaigns()->addRecipients(sent.campaign.id, recipients);
    const SandboxSimulator sim(99);
    QList<SubmitResult> results;
    const QDateTime sentAt = ws.clock().now().addSecs(-3600);
    for (const Recipient &r : std::as_const(recipients)) {
        const QString id = sim.accept(channel, r.address, r.clientKey, sentAt);
        results.append({r.id, id, true, {}});
        sent.providerIds.append(id);
    }
    ws->campaigns()->recordSubmitResults(results);
    return sent;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addEvents_storesEachEventOnce()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 50);
        const SandboxSimulator sim(99);
        QList<DeliveryEvent> events;
        for (const QString &id : sent.providerIds)
            events.append(sim.events(id, ws.clock().now().addDays(3)));
        QVERIFY(!events.isEmpty());
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id, events), int(events.size()));
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id, events), 0); // a second refresh adds nothing
        QSqlQuery q(ws->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(events.size()));
    }

    // The report's event counters are kept by triggers as events arrive (schema 11); they must always say what
    // counting the events would: repeated refreshes, a recipient with several opens, removed events.
    void eventCounters_alwaysMatchTheEvents()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 40);
        const SandboxSimulator sim(99);
        const QDateTime t = ws.clock().now();
        QList<DeliveryEvent> events;
        for (const QString &id : sent.providerIds)
            events.append(sim.events(id, t.addDays(3)));
        // The first recipient opens three times and clicks twice.
        const QString first = sent.providerIds.first();
        for (int i = 1; i <= 3; ++i)
            events.append({first, EventType::Opened, t.addSecs(i * 60), {}});
        events.append({first, EventType::Clicked, t.addSecs(600), QStringLiteral("https://example.com/a")});
        events.append({first, EventType::Clicked, t.addSecs(700), QStringLiteral("https://example.com/b")});
        QVERIFY(ws->campaigns()->addEvents(sent.campaign.id, events) > 0);
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id, events), 0);

        QSqlQuery q(ws->database()->connection());
        const auto counted = [&q](const QString &sql) {
            QMap<QString, QPair<qint64, qint64>> byType;
            if (q.exec(sql)) {
                while (q.next())
                    byType.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
            }
            return byType;
        };
        const QString fromEvents = QStringLiteral("SELECT type, count(*), count(DISTINCT recipient_id) FROM events "
                                                  "GROUP BY type");
        const QString kept = QStringLiteral("SELECT type, events, recipients FROM event_counts WHERE events > 0");
        const auto before = counted(fromEvents);
        QVERIFY(before.value(QStringLiteral("opened")).first > before.value(QStringLiteral("opened")).second);
        QCOMPARE(counted(kept), before);
        const CampaignStats stats = ws->campaigns()->computeStats(sent.campaign.id);
        QCOMPARE(stats.value(CampaignStats::Opened), before.value(QStringLiteral("opened")).first);
        QCOMPARE(stats.value(CampaignStats::UniqueOpened), before.value(QStringLiteral("opened")).second);
        QCOMPARE(stats.value(CampaignStats::UniqueClicked), before.value(QStringLiteral("clicked")).second);

        // Removing one of several opens keeps the recipient counted; removing all of them does not.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE id = (SELECT min(id) FROM events WHERE "
                                      "type = 'opened')")));
        QCOMPARE(counted(kept), counted(fromEvents));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaign_recipients WHERE id IN (SELECT id FROM "
                                      "campaign_recipients ORDER BY id LIMIT 5)")));
        QCOMPARE(counted(kept), counted(fromEvents));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaigns WHERE id = %1").arg(sent.campaign.id)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_counts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void lateEvent_doesNotUndoAFinalState()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 1);
        const QString id = sent.providerIds.first();
        const QDateTime t = ws.clock().now();
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id, {{id, EventType::Bounced, t, QStringLiteral("hard")}}),
                 1);
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id, {{id, EventType::Delivered, t.addSecs(-60), {}}}), 1);
        const auto recipients = ws->campaigns()->recipients(sent.campaign.id, 0, 10);
        QCOMPARE(recipients.first().state, RecipientState::Bounced);
        QCOMPARE(recipients.first().error, QStringLiteral("hard"));
    }

    void unsubscribesComplaintsAndHardBounces_goOnTheSuppressionList()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 5);
        const QDateTime t = ws.clock().now();
        const QStringList &ids = sent.providerIds;
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id,
                                            {{ids[0], EventType::Unsubscribed, t, {}},
                                             {ids[1], EventType::Complained, t, {}},
                                             {ids[2], EventType::Bounced, t, QStringLiteral("hard: 550 user unknown")},
                                             {ids[3], EventType::Bounced, t, QStringLiteral("soft: 452 mailbox full")},
                                             {ids[4], EventType::Opened, t, {}}}),
                 5);
        QMap<QString, QString> reasons;
        for (const Suppression &s : ws->suppressions()->list()) {
            QCOMPARE(s.channel, QStringLiteral("email"));
            QVERIFY(s.source.contains(QStringLiteral("Spring")));
            reasons.insert(s.address, s.reason);
        }
        QCOMPARE(reasons,
                 (QMap<QString, QString> {{QStringLiteral("person0@example.com"), QStringLiteral("opt_out")},
                                          {QStringLiteral("person1@example.com"), QStringLiteral("complaint")},
                                          {QStringLiteral("person2@example.com"), QStringLiteral("bounce")}}));
        // The next campaign to these addresses leaves them out.
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("person0@example.com")));
    }

    void eventsOfUnknownMessages_areIgnored()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 1);
        QCOMPARE(ws->campaigns()->addEvents(sent.campaign.id,
                                            {{QStringLiteral("not-ours"), EventType::Delivered, ws.clock().now(), {}}}),
                 0);
    }

    void normalise_clearsWhatTheProviderDoesNotReportAndPricesParts()
    {
        CampaignStats computed;
        for (int i = 0; i < CampaignStats::CounterCount; ++i)
            computed.set(CampaignStats::Counter(i), 5);
        Account account;
        account.settings.insert(QStringLiteral("price_per_part"), 0.05);
        const ProviderInfo info = SandboxProvider::providerInfo();
        const QDateTime at = test::testNow();
        const CampaignStats sms = ReportService::normalise(computed, info, account, Channel::Sms, 200, at);
        QVERIFY(!sms.isReported(CampaignStats::Opened));
        QVERIFY(!sms.isReported(CampaignStats::Bounced));
        QVERIFY(sms.isReported(CampaignStats::Clicked));
        QCOMPARE(*sms.cost, 10.0);
        QCOMPARE(sms.takenAt, at);
        const CampaignStats email = ReportService::normalise(computed, info, Account {}, Channel::Email, 1000, at);
        QVERIFY(email.isReported(CampaignStats::Opened));
        QCOMPARE(*email.cost, 1000 * SandboxSimulator::EmailPrice);
    }

    void refresh_fetchesEventsAndStoresASnapshot()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 1200); // more than two chunks
        ws.clock().advance(3 * 86400);
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        ReportService reports(&ws.workspace(), &accounts, &jobs);
        QList<qint64> progress;
        Job *job = reports.refresh(sent.campaign.id);
        connect(job, &Job::progressChanged, this, [&progress](qint64 done, qint64) { progress.append(done); });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(progress, (QList<qint64> {500, 1000, 1200}));

        const auto snapshot = ws->campaigns()->latestSnapshot(sent.campaign.id);
        QVERIFY(snapshot);
        const CampaignStats &stats = snapshot->stats;
        QCOMPARE(stats.value(CampaignStats::Sent), 1200);
        // The snapshot agrees with what the simulation says happened by now.
        const SandboxSimulator sim(99);
        qint64 delivered = 0, failed = 0, bounced = 0;
        for (const QString &id : sent.providerIds) {
            for (const DeliveryEvent &e : sim.events(id, ws.clock().now())) {
                delivered += e.type == EventType::Delivered;
                failed += e.type == EventType::Failed;
                bounced += e.type == EventType::Bounced;
            }
        }
        QCOMPARE(stats.value(CampaignStats::Delivered), delivered);
        QCOMPARE(stats.value(CampaignStats::Failed), failed);
        QCOMPARE(stats.value(CampaignStats::Bounced), bounced);
        QCOMPARE(stats.value(CampaignStats::Pending), 1200 - delivered - failed - bounced);
        QCOMPARE(stats.takenAt, ws.clock().now());
        QVERIFY(jobs.running().isEmpty());
    }

    void refreshActive_refreshesOnlyCampaignsStillMoving_andNotTwice()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 20);
        QVERIFY(ws->campaigns()->setState(sent.campaign.id, CampaignState::Sent, ws.clock().now()));
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        ReportService reports(&ws.workspace(), &accounts, &jobs);
        const QList<Job *> first = reports.refreshActive();
        QCOMPARE(first.size(), 1);
        QVERIFY(reports.refreshActive().isEmpty()); // one is in flight already
        QSignalSpy finished(first.first(), &Job::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reports.refreshActive().isEmpty()); // its report is fresh
        ws.clock().advance(3600);
        QCOMPARE(reports.refreshActive().size(), 1); // an hour later, again
        QTRY_VERIFY(jobs.running().isEmpty());
        ws.clock().advance(4 * 86400);
        QVERIFY(reports.refreshActive().isEmpty()); // finished four days ago: settled
        QCOMPARE(ws->campaigns()->snapshots(sent.campaign.id).size(), 2);
    }

    void refresh_canBeCancelled()
    {
        test::TempWorkspace ws;
        const SentCampaign sent = sendThroughSandbox(ws, 1500);
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        ReportService reports(&ws.workspace(), &accounts, &jobs);
        Job *job = reports.refresh(sent.campaign.id);
        connect(job, &Job::progressChanged, job, &Job::cancel); // cancel after the first chunk
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!ws->campaigns()->latestSnapshot(sent.campaign.id)); // no snapshot of a partial refresh
    }

    void refresh_ofACampaignWithoutAccount_failsWithWhatToDo()
    {
        test::TempWorkspace ws;
        Campaign c;
        c.name = QStringLiteral("Orphan");
        QVERIFY(ws->campaigns()->create(c));
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        ReportService reports(&ws.workspace(), &accounts, &jobs);
        QSignalSpy finished(reports.refresh(c.id), &Job::finished);
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Orphan")));
    }

    void demoWorkspace_hasSomethingForEveryPane()
    {
        test::TempWorkspace ws(true);
        QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
        QCOMPARE(ws->accounts()->accounts().size(), 1);
        const QList<Group> groups = ws->groups()->groups();
        QCOMPARE(groups.size(), 3);
        qint64 contacts = 0;
        QSet<QString> countries;
        for (const Group &g : groups) {
            contacts += g.contactCount;
            for (const Contact &c : ws->groups()->allContacts(g.id)) {
                countries.insert(c.country);
                QVERIFY2(c.phone.startsWith(QLatin1Char('+')), qPrintable(c.phone));
                QVERIFY(c.email.contains(QLatin1Char('@')));
            }
        }
        QVERIFY(contacts >= 300);
        QCOMPARE(countries,
                 (QSet<QString> {QStringLiteral("TR"), QStringLiteral("ES"), QStringLiteral("PL"), QStringLiteral("ZA"),
                                 QStringLiteral("US")}));
        QVERIFY(ws->templates()->templates().size() >= 4);
        const QList<Campaign> campaigns = ws->campaigns()->campaigns();
        const auto finished = std::find_if(campaigns.cbegin(), campaigns.cend(),
                                           [](const Campaign &c) { return c.state == CampaignState::Sent; });
        const auto scheduled = std::find_if(campaigns.cbegin(), campaigns.cend(),
                                            [](const Campaign &c) { return c.state == CampaignState::Scheduled; });
        QVERIFY(finished != campaigns.cend());
        QVERIFY(scheduled != campaigns.cend());
        QVERIFY(scheduled->scheduledAt > ws.clock().now());
        QCOMPARE(scheduled->scheduledAt.timeSpec(), Qt::UTC);
        const auto snapshots = ws->campaigns()->snapshots(finished->id);
        QCOMPARE(snapshots.size(), 3);
        // Numbers only grow from one refresh to the next.
        QVERIFY(snapshots[0].stats.value(CampaignStats::Delivered)
                <= snapshots[2].stats.value(CampaignStats::Delivered));
        QVERIFY(snapshots[0].stats.value(CampaignStats::UniqueOpened)
                <= snapshots[2].stats.value(CampaignStats::UniqueOpened));
        QVERIFY(snapshots[2].stats.value(CampaignStats::UniqueOpened) > 0);
    }

    void demoWorkspace_isAllOrNothing()
    {
        QTemporaryDir dir;
        ManualClock clock(test::testNow());
        Workspace ws(dir.filePath(QStringLiteral("ws.sqlite")), &clock);
        QVERIFY(!ws.open());
        const QSqlDatabase db = ws.database()->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 2)));
        const DatabaseError error = DemoWorkspace::populate(ws);
        QCOMPARE(error.kind, DatabaseError::DiskFull);
        QVERIFY(ws.accounts()->accounts().isEmpty());
        QVERIFY(ws.groups()->groups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
