// Scheduling through the app's scheduler on an injected clock, against the Outbox fake: a scheduled campaign goes
// out when its time comes and only then, once; several groups less the excluded ones; quiet hours pause a send
// and the scheduler resumes it when the window opens, in the campaign's time zone; cancel and clone.
#include "app/services/accountservice.h"
#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/scheduler.h"
#include "app/services/secretstore.h"
#include "fakes/freshmailfake.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/templatestore.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace cm;

namespace {
const QByteArray key = "schedule-key-42";

qint64 makeGroup(Workspace &ws, const QString &name, int from, int count)
{
    Group g;
    g.name = name;
    ws.groups()->create(g);
    QList<Contact> contacts;
    for (int i = from; i < from + count; ++i) {
        Contact c;
        c.phone = QStringLiteral("+90532%1").arg(4000000 + i);
        c.firstName = QStringLiteral("Kişi %1").arg(i);
        contacts.append(c);
    }
    ws.groups()->addContacts(g.id, contacts);
    return g.id;
}

struct Fixture
{
    test::TempWorkspace ws;
    test::OutboxFake fake {key};
    MemorySecretStore secrets;
    JobTracker jobs;
    AccountService accounts {&ws.workspace(), &secrets, &jobs, false};
    Dispatcher dispatcher {&ws.workspace(), &accounts, &jobs};
    Scheduler scheduler {&ws.workspace(), &dispatcher};
    qint64 accountId = 0;
    qint64 templateId = 0;

    bool start()
    {
        if (!fake.start())
            return false;
        bool added = false;
        accounts.add(Account {0, QStringLiteral("Outbox TR"), QStringLiteral("outbox"), fake.baseUrl(), {}, {}, {}},
                     QString::fromUtf8(key), nullptr, [&added](bool ok, const QString &) { added = ok; });
        if (!QTest::qWaitFor([&added] { return added; }, 5000))
            return false;
        accountId = ws->accounts()->byName(QStringLiteral("Outbox TR"))->id;
        Template t;
        t.name = QStringLiteral("Hatırlatma");
        t.body = QStringLiteral("Merhaba {{first_name}}");
        ws->templates()->add(t);
        templateId = t.id;
        return true;
    }

    qint64 makeGroupHelper(const QString &name, int from, int count)
    {
        return makeGroup(ws.workspace(), name, from, count);
    }

    Campaign campaign(const QString &name, const QList<qint64> &groups, const QList<qint64> &excluded = {})
    {
        Campaign c;
        c.name = name;
        c.accountId = accountId;
        c.templateId = templateId;
        c.groupIds = groups;
        c.excludedGroupIds = excluded;
        return c;
    }

    // Runs what is due and waits for those sends to end; returns their jobs' messages.
    QStringList runDue()
    {
        QStringList messages;
        const QList<Job *> started = scheduler.runDue();
        for (Job *job : started) {
            QString message;
            bool done = false;
            QObject::connect(job, &Job::finished, job, [&](bool, const QString &text) {
                message = text;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 20000))
                return {QStringLiteral("timed out")};
            messages.append(message);
        }
        return messages;
    }
};
} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scheduled_goesOutWhenDue_once_toTheGroupsLessTheExcluded()
    {
        Fixture f;
        QVERIFY(f.start());
        const qint64 a = f.makeGroupHelper(QStringLiteral("A"), 0, 150);
        const qint64 b = f.makeGroupHelper(QStringLiteral("B"), 100, 100);      // 50 shared with A
        const qint64 stop = f.makeGroupHelper(QStringLiteral("Stop"), 190, 20); // 10 in A∪B… and 10 beyond
        Campaign c = f.campaign(QStringLiteral("Saturday"), {a, b}, {stop});
        c.timeZone = QStringLiteral("Europe/Istanbul");
        QString problem;
        // Saturday 2026-03-21 10:00 in Istanbul is 07:00 UTC; the clock says Monday 2026-03-16 12:00 UTC.
        c.scheduledAt = Composer::parseLocal(QStringLiteral("2026-03-21 10:00"), c.timeZone, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(c.scheduledAt, QDateTime(QDate(2026, 3, 21), QTime(7, 0), Qt::UTC));
        c.state = CampaignState::Scheduled;
        QVERIFY(f.ws->campaigns()->create(c));
        const auto stored = f.ws->campaigns()->byId(c.id);
        QCOMPARE(stored->groupIds, (QList<qint64> {a, b}));
        QCOMPARE(stored->excludedGroupIds, QList<qint64> {stop});

        QVERIFY(f.runDue().isEmpty()); // not yet
        f.ws.clock().set(QDateTime(QDate(2026, 3, 21), QTime(6, 59), Qt::UTC));
        QVERIFY(f.runDue().isEmpty());
        QCOMPARE(f.fake.messages.size(), 0);
        f.ws.clock().set(QDateTime(QDate(2026, 3, 21), QTime(7, 0, 30), Qt::UTC));
        const QStringList sent = f.runDue();
        QCOMPARE(sent.size(), 1);
        QVERIFY2(sent.first().contains(QStringLiteral("190 accepted")), qPrintable(sent.first()));
        // A 0–149 and B 100–199 are 200 numbers; the excluded group takes 190–199 out.
        QCOMPARE(f.fake.messages.size(), 190);
        QCOMPARE(f.ws->campaigns()->byId(c.id)->state, CampaignState::Sent);
        QVERIFY(f.runDue().isEmpty()); // done: never again
        QCOMPARE(f.fake.messages.size(), 190);
    }

    void quietHours_pauseTheSend_andTheSchedulerResumesItWhenTheWindowOpens()
    {
        Fixture f;
        QVERIFY(f.start());
        const qint64 g = f.makeGroupHelper(QStringLiteral("G"), 0, 120);
        Campaign c = f.campaign(QStringLiteral("Window"), {g});
        c.timeZone = QStringLiteral("Europe/Istanbul");
        QVERIFY(Composer::parseWindow(QStringLiteral("09:00-20:00"), &c.windowStart, &c.windowEnd));
        QVERIFY(f.ws->campaigns()->create(c));
        // 18:30 UTC is 21:30 in Istanbul: outside the window; sending now pauses before any batch.
        f.ws.clock().set(QDateTime(QDate(2026, 3, 16), QTime(18, 30), Qt::UTC));
        Job *job = f.dispatcher.send(c.id);
        QString message;
        bool ok = false;
        QDateTime resumeAt;
        connect(job, &Job::finished, this, [&, job](bool success, const QString &text) {
            ok = success;
            message = text;
            resumeAt = job->property("resume_at").toDateTime();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
        QVERIFY2(ok && message.contains(QStringLiteral("paused")), qPrintable(message));
        QCOMPARE(f.fake.messages.size(), 0);
        const auto paused = f.ws->campaigns()->byId(c.id);
        QCOMPARE(paused->state, CampaignState::Sending);
        QCOMPARE(paused->resumeAt, QDateTime(QDate(2026, 3, 17), QTime(6, 0), Qt::UTC)); // 09:00 +03
        QCOMPARE(resumeAt, paused->resumeAt);

        f.ws.clock().set(QDateTime(QDate(2026, 3, 17), QTime(5, 59), Qt::UTC));
        QVERIFY(f.runDue().isEmpty());
        f.ws.clock().set(QDateTime(QDate(2026, 3, 17), QTime(6, 0), Qt::UTC));
        const QStringList resumed = f.runDue();
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(f.fake.messages.size(), 120);
        const auto done = f.ws->campaigns()->byId(c.id);
        QCOMPARE(done->state, CampaignState::Sent);
        QVERIFY(!done->resumeAt.isValid());
    }

    void windowAcrossMidnight_andTheNextOpening()
    {
        Campaign c;
        c.timeZone = QStringLiteral("America/New_York");
        c.windowStart = 22 * 60;
        c.windowEnd = 2 * 60;
        const QDateTime lateEvening(QDate(2026, 7, 1), QTime(23, 30), QTimeZone("America/New_York"));
        QVERIFY(c.inWindow(lateEvening.toUTC()));
        const QDateTime noon(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("America/New_York"));
        QVERIFY(!c.inWindow(noon.toUTC()));
        QCOMPARE(c.nextWindowOpening(noon.toUTC()),
                 QDateTime(QDate(2026, 7, 1), QTime(22, 0), QTimeZone("America/New_York")).toUTC());
    }

    // Europe/Warsaw skips 02:00–03:00 on 2026-03-29: a window opening at 02:30 opens at 03:00 that day (the first
    // minute there is), and at 02:30 again the next.
    void windowOpeningInTheSpringGap_opensAtTheFirstMinuteAfterIt()
    {
        Campaign c;
        c.timeZone = QStringLiteral("Europe/Warsaw");
        c.windowStart = 2 * 60 + 30;
        c.windowEnd = 6 * 60;
        const QTimeZone warsaw("Europe/Warsaw");
        const QDateTime threeAm(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC); // 03:00 CEST, just after the change
        QCOMPARE(threeAm.toTimeZone(warsaw).time(), QTime(3, 0));
        // 00:10 CET that night, and 01:59 CET just before the change: not yet; the window opens at the change.
        for (const QDateTime &before : {QDateTime(QDate(2026, 3, 28), QTime(23, 10), Qt::UTC),
                                        QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC)}) {
            QVERIFY(!c.inWindow(before));
            QCOMPARE(c.nextWindowOpening(before), threeAm);
        }
        QVERIFY(c.inWindow(threeAm));
        // After the window that day: 02:30 CEST the next morning.
        const QDateTime evening(QDate(2026, 3, 29), QTime(18, 0), Qt::UTC);
        QCOMPARE(c.nextWindowOpening(evening), QDateTime(QDate(2026, 3, 30), QTime(0, 30), Qt::UTC));
        // A window that opens at the change itself, and one in a zone without the gap that night, are unchanged.
        c.windowStart = 3 * 60;
        QCOMPARE(c.nextWindowOpening(QDateTime(QDate(2026, 3, 28), QTime(23, 10), Qt::UTC)), threeAm);
        c.timeZone = QStringLiteral("Europe/Istanbul");
        c.windowStart = 2 * 60 + 30;
        QCOMPARE(c.nextWindowOpening(QDateTime(QDate(2026, 3, 28), QTime(21, 10), Qt::UTC)),
                 QDateTime(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC));
    }

    // A provider that refuses the schedule when the campaign is handed to it (FreshMail's 1733: a time already past
    // on its clock) holds nothing: the campaign is neither left looking held there nor failed; the job fails with
    // the provider's reason, and this app sends it at its time (before: it became "failed", the job "succeeded"
    // with "0 accepted, 3 failed" and no reason).
    void handOverRefused_isNotHeld_saysWhy_andGoesFromHereAtItsTime()
    {
        const QByteArray fmKey = "0123456789abcdef0123456789abcdef";
        const QByteArray fmSecret = "fedcba9876543210fedcba9876543210fedcba98";
        test::FreshMailFake fake(fmKey, fmSecret);
        QVERIFY(fake.start());
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        bool added = false;
        accounts.add(Account {0,
                              QStringLiteral("FM"),
                              QStringLiteral("freshmail"),
                              fake.baseUrl(),
                              QString::fromLatin1(fmKey),
                              {},
                              {}},
                     QString::fromLatin1(fmSecret), this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        Group g;
        g.name = QStringLiteral("Lista");
        ws->groups()->create(g);
        QList<Contact> people;
        for (int i = 0; i < 3; ++i) {
            Contact c;
            c.email = QStringLiteral("k%1@example.com").arg(i);
            people.append(c);
        }
        ws->groups()->addContacts(g.id, people);
        Template t;
        t.name = QStringLiteral("T");
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Wiosna");
        t.body = QStringLiteral("<p>Cześć</p>");
        t.marketing = false;
        ws->templates()->add(t);
        Campaign c;
        c.name = QStringLiteral("Wiosna");
        c.channel = Channel::Email;
        c.accountId = ws->accounts()->byName(QStringLiteral("FM"))->id;
        c.templateId = t.id;
        c.groupId = g.id;
        c.sender = QStringLiteral("news@shop.example.com");
        c.timeZone = QStringLiteral("Europe/Warsaw");
        c.scheduledAt = ws.clock().now().addSecs(3600);
        c.state = CampaignState::Scheduled;
        QVERIFY(ws->campaigns()->create(c));
        QVERIFY(dispatcher.handsOver(*ws->campaigns()->byId(c.id)));
        fake.now = c.scheduledAt.addSecs(600); // FreshMail's clock says that time has passed

        QSignalSpy handed(dispatcher.handOver(c.id), &Job::finished);
        QVERIFY(handed.wait(20000));
        const QString message = handed.first().at(1).toString();
        QVERIFY2(!handed.first().at(0).toBool(), qPrintable(message)); // a failure, said as one
        QVERIFY2(message.contains(QStringLiteral("Time earlier than now")), qPrintable(message)); // FreshMail's reason
        QVERIFY2(message.contains(QStringLiteral("stays scheduled here")), qPrintable(message));
        const auto after = ws->campaigns()->byId(c.id);
        QVERIFY(!after->isHeldAtProvider());
        QCOMPARE(after->state, CampaignState::Scheduled); // still editable, sent from here at its time
        QCOMPARE(after->scheduledAt, c.scheduledAt);
        QVERIFY(ws->campaigns()->recipientCounts(c.id).isEmpty()); // worked out again at its time
        QVERIFY(!DispatchStore(ws->database()).hasSnapshot(c.id));
        for (const auto &fm : std::as_const(fake.campaigns))
            QCOMPARE(fm.status, QStringLiteral("draft")); // nothing scheduled there

        // Not before its time; then this app sends it, to everyone, once.
        Scheduler scheduler(&ws.workspace(), &dispatcher);
        QVERIFY(scheduler.runDue().isEmpty());
        ws.clock().set(c.scheduledAt.addSecs(30));
        fake.now = ws.clock().now();
        const QList<Job *> due = scheduler.runDue();
        QCOMPARE(due.size(), 1);
        QSignalSpy sent(due.first(), &Job::finished);
        QVERIFY(sent.wait(20000));
        QVERIFY2(sent.first().at(0).toBool(), qPrintable(sent.first().at(1).toString()));
        QCOMPARE(ws->campaigns()->byId(c.id)->state, CampaignState::Sent);
        QCOMPARE(ws->campaigns()->recipientCounts(c.id).value(RecipientState::Accepted), 3);
        QVERIFY(scheduler.runDue().isEmpty()); // never twice
    }

    void cancelled_isNeverDue_andAClone_isADraftWithTheSameChoices()
    {
        Fixture f;
        QVERIFY(f.start());
        const qint64 g = f.makeGroupHelper(QStringLiteral("G"), 0, 10);
        const qint64 x = f.makeGroupHelper(QStringLiteral("X"), 5, 2);
        Campaign c = f.campaign(QStringLiteral("Later"), {g}, {x});
        c.windowStart = 9 * 60;
        c.windowEnd = 18 * 60;
        c.scheduledAt = f.ws.clock().now().addSecs(3600);
        c.state = CampaignState::Scheduled;
        QVERIFY(f.ws->campaigns()->create(c));
        QVERIFY(f.ws->campaigns()->cancel(c.id));
        f.ws.clock().advance(7200);
        QVERIFY(f.runDue().isEmpty());
        QCOMPARE(f.fake.messages.size(), 0);
        QVERIFY(!f.ws->campaigns()->cancel(c.id)); // once is enough
        QVERIFY(!f.ws->campaigns()->schedule(c.id, f.ws.clock().now().addSecs(60)));

        const auto copy = f.ws->campaigns()->clone(c.id, QStringLiteral("Later again"));
        QVERIFY(copy);
        const auto stored = f.ws->campaigns()->byId(copy->id);
        QCOMPARE(stored->state, CampaignState::Draft);
        QVERIFY(!stored->scheduledAt.isValid());
        QCOMPARE(stored->groupIds, QList<qint64> {g});
        QCOMPARE(stored->excludedGroupIds, QList<qint64> {x});
        QCOMPARE(stored->windowStart, 9 * 60);
        QCOMPARE(stored->templateId, f.templateId);
        // Editing a draft works; once it has started, it does not.
        Campaign edit = *stored;
        edit.sender = QStringLiteral("MAGAZA");
        QVERIFY(f.ws->campaigns()->update(edit));
        QCOMPARE(f.ws->campaigns()->byId(copy->id)->sender, QStringLiteral("MAGAZA"));
        QVERIFY(f.ws->campaigns()->setState(copy->id, CampaignState::Sending, f.ws.clock().now()));
        QVERIFY(!f.ws->campaigns()->update(edit));
        QVERIFY(f.ws->campaigns()->lastError().message.contains(QStringLiteral("Clone")));
    }

    void times_thatDoNotExist_orHavePassed_areRefusedWithAReason()
    {
        QString problem;
        QVERIFY(!Composer::parseLocal(QStringLiteral("2026-03-29 02:30"), QStringLiteral("Europe/Berlin"), &problem)
                         .isValid());
        QVERIFY2(problem.contains(QStringLiteral("does not exist")), qPrintable(problem));
        problem.clear();
        QVERIFY(!Composer::parseLocal(QStringLiteral("2026-03-29 09:00"), QStringLiteral("Mars/Olympus"), &problem)
                         .isValid());
        QVERIFY(problem.contains(QStringLiteral("Unknown time zone")));
        problem.clear();
        QVERIFY(!Composer::parseLocal(QStringLiteral("29.03.2026 09:00"), {}, &problem).isValid());
        QVERIFY(problem.contains(QStringLiteral("YYYY-MM-DD")));
        const QDateTime now(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        QVERIFY(!Composer::scheduleProblem(now.addSecs(-60), now).isEmpty());
        QVERIFY(Composer::scheduleProblem(now.addSecs(60), now).isEmpty());
        int start = 0, end = 0;
        QVERIFY(Composer::parseWindow(QStringLiteral("9:30 - 21:00"), &start, &end));
        QCOMPARE(start, 570);
        QCOMPARE(end, 1260);
        QVERIFY(!Composer::parseWindow(QStringLiteral("10:00-10:00"), &start, &end));
        QVERIFY(!Composer::parseWindow(QStringLiteral("25:00-10:00"), &start, &end));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
