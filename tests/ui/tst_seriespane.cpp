// The Series pane as a marketer uses it, offscreen: a series written in its dialog (steps added, a condition on
// the second), started, its due steps sent; the steps' reports and a contact's timeline show what happened; an edit
// of the running series says whom it affects before saving; pause, stop; saved as a file and read back.
#include "app/services/job.h"
#include "app/services/overview.h"
#include "models/accountstore.h"
#include "models/groupstore.h"
#include "models/seriesstore.h"
#include "models/tablemodel.h"
#include "models/templatestore.h"
#include "support/services.h"
#include "ui/confirm.h"
#include "ui/messagebanner.h"
#include "ui/seriesdialog.h"
#include "ui/seriespane.h"
#include "ui/uicontext.h"

#include <QLineEdit>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cm;

namespace {

struct Fixture : test::Services
{
    qint64 group = 0;
    SeriesStep welcome, nudge;

    Fixture()
        : Services(false)
    {
        Group g;
        g.name = QStringLiteral("Newsletter");
        ws->groups()->create(g);
        group = g.id;
        QList<Contact> contacts;
        for (int i = 0; i < 3; ++i) {
            Contact c;
            c.email = QStringLiteral("person%1@example.com").arg(i);
            c.phone = QStringLiteral("+3466100000%1").arg(i);
            contacts.append(c);
        }
        ws->groups()->addContacts(group, contacts);
        Account sandbox {0, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        ws->accounts()->add(sandbox);
        Template email;
        email.name = QStringLiteral("Welcome");
        email.channel = Channel::Email;
        email.subject = QStringLiteral("Welcome");
        email.body = QStringLiteral("<p>Hello</p>");
        email.marketing = false;
        ws->templates()->add(email);
        Template sms;
        sms.name = QStringLiteral("Nudge");
        sms.body = QStringLiteral("Did you see our email?");
        ws->templates()->add(sms);
        welcome.name = QStringLiteral("Welcome");
        welcome.templateId = email.id;
        welcome.accountId = sandbox.id;
        welcome.sender = QStringLiteral("shop@example.com");
        nudge.name = QStringLiteral("Nudge");
        nudge.templateId = sms.id;
        nudge.accountId = sandbox.id;
        nudge.delayMinutes = 2 * 1440;
        nudge.condition = StepCondition::NotOpened;
    }

    UiContext context()
    {
        return {&ws.workspace(), &accounts,   &reports,  &jobs,  &groupSync,
                &contactImport,  &dispatcher, &contacts, &series};
    }
};

QString cell(QTableWidget *table, int row, const QString &header)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == header)
            return table->item(row, c) ? table->item(row, c)->text() : QString();
    }
    return QStringLiteral("(no column %1)").arg(header);
}

// The steps' table has a column per step and a row per counter.
QString stepCell(QTableWidget *table, int step, const QString &counter)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r)->text() == counter)
            return table->item(r, step) ? table->item(r, step)->text() : QString();
    }
    return QStringLiteral("(no row %1)").arg(counter);
}

bool wait(Job *job)
{
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 30000);
}

} // namespace

class TestSeriesPane : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { ui::setConfirmHook({}); }

    void writeStartFollowEditStop()
    {
        Fixture f;
        SeriesPane pane(f.context());
        pane.resize(1200, 760);
        pane.show();

        // Written in the dialog: a name, the group, two steps.
        qint64 id = 0;
        {
            SeriesDialog dialog(f.context(), std::nullopt, &pane);
            auto *name = dialog.findChild<QLineEdit *>();
            QVERIFY(name);
            name->setText(QStringLiteral("Welcome series"));
            dialog.setStep(0, f.welcome);
            dialog.setStep(1, f.nudge);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            id = dialog.saved().id;
        }
        QVERIFY(id > 0);
        QCOMPARE(pane.listModel()->rowCount(), 1);
        QVERIFY(pane.selectById(id));
        QCOMPARE(pane.stepsTable()->columnCount(), 2);
        const QString when = stepCell(pane.stepsTable(), 1, QStringLiteral("When"));
        QVERIFY2(when.startsWith(QStringLiteral("2 day"))
                         && when.endsWith(QStringLiteral(" after the previous step, if not opened (else skipped)")),
                 qPrintable(when));

        // Started: the three contacts enter and get the welcome.
        QVERIFY(pane.startSeries(id));
        QVERIFY(wait(pane.runDueNow()));
        QTRY_COMPARE(stepCell(pane.stepsTable(), 0, QStringLiteral("Sent")), QStringLiteral("3"));
        QCOMPARE(stepCell(pane.stepsTable(), 1, QStringLiteral("Waiting")), QStringLiteral("3"));
        QVERIFY(pane.showTimeline(QStringLiteral("Person1@example.com")));
        QCOMPARE(pane.timelineTable()->rowCount(), 1);
        QCOMPARE(cell(pane.timelineTable(), 0, QStringLiteral("What happened")), QStringLiteral("sent"));
        QVERIFY2(pane.timelineStatus().contains(QStringLiteral("Waits for Nudge")), qPrintable(pane.timelineStatus()));
        QVERIFY(!pane.showTimeline(QStringLiteral("nobody@example.com")));

        // An edit of the running series says whom it affects, and is saved only when the user agrees.
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return true;
        });
        {
            SeriesDialog dialog(f.context(), f.ws->series()->byId(id), &pane);
            SeriesStep later = f.nudge;
            later.delayMinutes = 3 * 1440;
            dialog.setStep(1, later);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY2(asked.contains(QStringLiteral("Nudge changes: 3 contact")), qPrintable(asked));
        QCOMPARE(f.ws->series()->byId(id)->steps.at(1).delayMinutes, 3 * 1440);

        // Three days on (the workspace clock): the nudge goes to those who did not open the welcome, and the
        // timeline says so.
        f.ws.clock().set(test::testNow().addDays(3).addSecs(60));
        QVERIFY(wait(pane.runDueNow()));
        QTRY_COMPARE(stepCell(pane.stepsTable(), 1, QStringLiteral("Waiting")), QStringLiteral("0"));
        QCOMPARE(stepCell(pane.stepsTable(), 1, QStringLiteral("Sent")).toInt()
                         + stepCell(pane.stepsTable(), 1, QStringLiteral("Skipped")).toInt(),
                 3);
        QVERIFY(pane.showTimeline(QStringLiteral("person1@example.com")));
        QCOMPARE(pane.timelineTable()->rowCount(), 2);
        QVERIFY2(pane.timelineStatus().contains(QStringLiteral("Finished")), qPrintable(pane.timelineStatus()));

        // Saved as a file and read back as a draft of its own.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Welcome series.series"));
        QVERIFY(pane.exportFile(id, path));
        QVERIFY(pane.importFile(path));
        const auto copy = f.ws->series()->byName(QStringLiteral("Welcome series (2)"));
        QVERIFY(copy);
        QCOMPARE(copy->state, SeriesState::Draft);
        QCOMPARE(copy->steps.size(), 2);
        QCOMPARE(copy->steps.at(1).condition, StepCondition::NotOpened);

        // Paused, then stopped: those waiting leave (one who joined since).
        QVERIFY(pane.selectById(id));
        QVERIFY(pane.pauseSeries(id));
        QCOMPARE(f.ws->series()->byId(id)->state, SeriesState::Paused);
        QList<Contact> late {Contact()};
        late[0].email = QStringLiteral("late@example.com");
        QVERIFY(f.ws->groups()->addContacts(f.group, late));
        QVERIFY(f.series.resume(id, nullptr));
        QVERIFY(wait(pane.runDueNow()));
        QVERIFY(pane.stopSeries(id));
        QVERIFY2(asked.contains(QStringLiteral("The 1 contact")), qPrintable(asked));
        QCOMPARE(f.ws->series()->memberCounts(id).value(QStringLiteral("left")), 1);
        QCOMPARE(f.ws->series()->memberCounts(id).value(QStringLiteral("finished")), 3);
        QVERIFY(!pane.deleteSeries(id)); // it has sent
        QVERIFY2(pane.banner()->text().contains(QStringLiteral("stop it instead")), qPrintable(pane.banner()->text()));
    }

    // A step's message whose answer was lost is unknown: the Overview says so for the series, and the pane settles
    // it; "not sent" sends it again, through the step's own campaign.
    void unknownMessages_areSaidAndSettled()
    {
        Fixture f;
        SeriesPane pane(f.context());
        Series s;
        s.name = QStringLiteral("Welcome series");
        s.groupId = f.group;
        s.steps = {f.welcome};
        QString error;
        QVERIFY(f.series.save(s, &error));
        QVERIFY(f.series.start(s.id, &error));
        QVERIFY(pane.selectById(s.id));
        QVERIFY(wait(pane.runDueNow()));
        QSqlQuery(f.ws->database()->connection())
                .exec(QStringLiteral(
                        "UPDATE campaign_recipients SET state = 'unknown' WHERE address = 'person1@example.com'"));
        OverviewService overviews(&f.ws.workspace(), &f.accounts);
        bool said = false, loaded = false;
        overviews.load(&pane, [&](const Overview &overview) {
            loaded = true;
            for (const Overview::Attention &a : overview.attention)
                said = said
                        || (a.paneKey == QLatin1String("series") && a.id == s.id
                            && a.text.contains(QStringLiteral("Series “Welcome series”")));
        });
        QTRY_VERIFY(loaded);
        QVERIFY(said);
        QCOMPARE(pane.resolveUnknown(s.id, SeriesPane::Unknown::NotSent), 1);
        QTRY_COMPARE(f.ws->series()->unknownCampaigns(s.id).size(), 0);
        QSqlQuery q(f.ws->database()->connection());
        QTRY_VERIFY(
                (q.exec(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE address = 'person1@example.com' "
                                       "AND state IN ('accepted', 'delivered')")),
                 q.next() && q.value(0).toInt() == 1));
        QCOMPARE(f.ws->series()->report(s.id, 1).at(0).sent, 3); // still one message each
    }

    void startRefused_saysWhatToFix()
    {
        Fixture f;
        SeriesPane pane(f.context());
        Series s;
        s.name = QStringLiteral("Broken");
        s.groupId = f.group;
        s.steps = {f.welcome};
        QString error;
        QVERIFY2(f.series.save(s, &error), qPrintable(error));
        QVERIFY(f.ws->templates()->remove(f.welcome.templateId)); // its template deleted since
        QVERIFY(pane.selectById(s.id));
        QVERIFY(!pane.startSeries(s.id));
        QVERIFY2(pane.banner()->text().contains(QStringLiteral("Welcome: choose a template.")),
                 qPrintable(pane.banner()->text()));
        QCOMPARE(f.ws->series()->byId(s.id)->state, SeriesState::Draft);
    }
};

QTEST_MAIN(TestSeriesPane)
#include "tst_seriespane.moc"
