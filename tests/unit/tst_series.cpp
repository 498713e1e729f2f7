// Automated series on the sandbox, driven by the workspace clock: a welcome email at once, an SMS two days later to
// those who did not open it, an email a week after entry. Contacts joining at different times get exactly the steps
// their conditions allow, at the right times, once. Pausing holds, stopping ends, a suppressed contact leaves; the
// file format reads what the README shows and says where it is wrong; two campaignctl run-due at once, and one
// killed in the middle of a send, never send a step twice.
#include "app/services/seriesservice.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"
#include "models/seriesstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "support/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace cm;

namespace {

struct Fixture : test::Services
{
    qint64 group = 0;
    qint64 account = 0;
    Series series;

    Fixture()
        : Services(false)
    {
        Group g;
        g.name = QStringLiteral("Newsletter");
        ws->groups()->create(g);
        group = g.id;
        Account sandbox {0, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        ws->accounts()->add(sandbox);
        account = sandbox.id;
        const auto addTemplate = [this](const QString &name, Channel channel, const QString &body) {
            Template t;
            t.name = name;
            t.channel = channel;
            t.subject = name;
            t.body = body;
            t.marketing = false;
            ws->templates()->add(t);
            return t.id;
        };
        SeriesStep welcome;
        welcome.name = QStringLiteral("Welcome");
        welcome.templateId
                = addTemplate(QStringLiteral("Welcome"), Channel::Email, QStringLiteral("<p>Hi {{first_name}}</p>"));
        welcome.accountId = account;
        welcome.sender = QStringLiteral("shop@example.com");
        SeriesStep reminder;
        reminder.name = QStringLiteral("Reminder");
        reminder.templateId = addTemplate(QStringLiteral("Reminder"), Channel::Sms,
                                          QStringLiteral("{{first_name}}, see your email"));
        reminder.accountId = account;
        reminder.delayMinutes = 2 * 1440;
        reminder.condition = StepCondition::NotOpened;
        SeriesStep followUp;
        followUp.name = QStringLiteral("Follow-up");
        followUp.templateId
                = addTemplate(QStringLiteral("Follow-up"), Channel::Email, QStringLiteral("<p>A week on</p>"));
        followUp.accountId = account;
        followUp.sender = QStringLiteral("shop@example.com");
        followUp.delayMinutes = 7 * 1440;
        followUp.afterEntry = true;
        series.name = QStringLiteral("Welcome series");
        series.groupId = group;
        series.timeZone = QStringLiteral("UTC");
        series.steps = {welcome, reminder, followUp};
    }

    void addContacts(int from, int count)
    {
        QList<Contact> contacts;
        for (int i = from; i < from + count; ++i) {
            Contact c;
            c.email = QStringLiteral("person%1@example.com").arg(i);
            c.phone = QStringLiteral("+3466%1").arg(1000000 + i);
            c.firstName = QStringLiteral("P%1").arg(i);
            contacts.append(c);
        }
        ws->groups()->addContacts(group, contacts);
    }

    // Runs the series' due work as the scheduler does, and waits for it (and the sends it started) to end.
    bool runDue(QString *message = nullptr)
    {
        Job *job = series_.runDue();
        bool done = false, ok = false;
        QObject::connect(job, &Job::finished, job, [&](bool success, const QString &text) {
            done = true;
            ok = success;
            if (message)
                *message = text;
        });
        return QTest::qWaitFor([&done] { return done; }, 30000) && ok;
    }

    void advanceTo(qint64 minutesFromStart) { ws.clock().set(test::testNow().addSecs(minutesFromStart * 60)); }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(ws->database()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Step outcome per contact email, e.g. "sent", "skipped"; empty when it has no line for the step.
    QString outcome(int index, int step)
    {
        QSqlQuery q(ws->database()->connection());
        q.exec(QStringLiteral("SELECT s.outcome FROM series_sends s JOIN contacts c ON c.id = s.contact_id "
                              "WHERE c.email = 'person%1@example.com' AND s.step = %2")
                       .arg(index)
                       .arg(step));
        return q.next() ? q.value(0).toString() : QString();
    }

    SeriesService &series_ = Services::series;
};

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private slots:
    void file_readsTheReadmeExampleAndSaysWhereItIsWrong()
    {
        const QString text = QStringLiteral("# welcome.series\n"
                                            "entry: group Newsletter\n"
                                            "only-new: yes\n"
                                            "zone: Europe/Madrid\n"
                                            "\n"
                                            "[step] Welcome\n"
                                            "template: Welcome\n"
                                            "account: Sandbox\n"
                                            "sender: shop@example.com\n"
                                            "after: 0\n"
                                            "\n"
                                            "[step] Reminder\n"
                                            "template: Reminder\n"
                                            "account: Sandbox\n"
                                            "after: 2d\n"
                                            "if: not opened\n"
                                            "otherwise: skip\n"
                                            "at: 09:30\n"
                                            "quiet: 21:00-08:00\n"
                                            "\n"
                                            "[step] Follow-up\n"
                                            "template: Follow-up\n"
                                            "account: Sandbox\n"
                                            "after: 1w from entry\n");
        QString error;
        const auto spec = SeriesFile::parse(text, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->group, QStringLiteral("Newsletter"));
        QVERIFY(spec->onlyNew);
        QCOMPARE(spec->steps.size(), 3);
        QCOMPARE(spec->steps.at(1).step.delayMinutes, 2 * 1440);
        QCOMPARE(spec->steps.at(1).step.condition, StepCondition::NotOpened);
        QCOMPARE(spec->steps.at(1).step.timeOfDay, 9 * 60 + 30);
        QCOMPARE(spec->steps.at(1).step.windowStart, 8 * 60); // may be sent 08:00–21:00
        QCOMPARE(spec->steps.at(1).step.windowEnd, 21 * 60);
        QVERIFY(spec->steps.at(2).step.afterEntry);
        QCOMPARE(spec->steps.at(2).step.delayMinutes, 7 * 1440);

        // Written back, it reads the same.
        Fixture f;
        auto series = f.series_.fromText(QStringLiteral("W"), text, &error);
        QVERIFY2(series, qPrintable(error));
        const auto again = f.series_.fromText(QStringLiteral("W"), SeriesFile::write(*series), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(SeriesFile::write(*again), SeriesFile::write(*series));

        const struct
        {
            const char *text;
            const char *says;
        } mistakes[] = {
                {"entry: group Newsletter\n[step] A\ntemplate: Welcome\naccount: Sandbox\nafter: 5\n",
                 "Line 5: “5” is not a delay"},
                {"entry: list Newsletter\n", "Line 1: write “entry: group NAME”"},
                {"entry: group Newsletter\n[step] A\ntemplate: Welcome\naccount: Sandbox\nif: opened\n",
                 "Line 2: the first step has no previous message"},
                {"entry: group Newsletter\n[step] A\ntemplate: Welcome\naccount: Sandbox\nquiet: 9-5\n",
                 "Line 5: “9-5” are not quiet hours"},
                {"entry: group Newsletter\n[step] A\ntemplate: Nope\naccount: Sandbox\n",
                 "Line 2: there is no template named “Nope”"},
        };
        for (const auto &m : mistakes) {
            QVERIFY2(!f.series_.fromText(QStringLiteral("W"), QString::fromUtf8(m.text), &error), m.text);
            QVERIFY2(error.contains(QString::fromUtf8(m.says)), qPrintable(error));
        }
    }

    void dueAt_keepsTheTimeOfDayAndQuietHoursInTheZone()
    {
        SeriesStep step;
        step.delayMinutes = 2 * 1440;
        step.timeOfDay = 9 * 60 + 30;
        const QTimeZone madrid("Europe/Madrid");
        // Entered Monday 12:00 UTC (13:00 in Madrid): Wednesday 13:00 has passed 09:30, so Thursday 09:30 Madrid.
        const QDateTime entered = test::testNow();
        QCOMPARE(step.dueAt(entered, entered, madrid), QDateTime(QDate(2026, 3, 19), QTime(8, 30), Qt::UTC));
        // Quiet hours 21:00–08:00 and no time of day: a delay ending at 23:00 waits for 08:00.
        SeriesStep quiet;
        quiet.delayMinutes = 10 * 60; // 13:00 + 10 h = 23:00 Madrid
        quiet.windowStart = 8 * 60;
        quiet.windowEnd = 21 * 60;
        QCOMPARE(quiet.dueAt(entered, entered, madrid), QDateTime(QDate(2026, 3, 17), QTime(7, 0), Qt::UTC));
    }

    void threeSteps_contactsGetWhatTheirConditionsAllow_once()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 20);
        QVERIFY2(f.series_.save(f.series, &error), qPrintable(error));
        QVERIFY2(f.series_.start(f.series.id, &error), qPrintable(error));

        // Day 0: the 20 enter and get the welcome email, once however often the scheduler runs.
        QString message;
        QVERIFY2(f.runDue(&message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("20 contact")), qPrintable(message));
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 0 AND outcome = 'sent'")), 20);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients r JOIN campaigns c ON c.id = "
                                        "r.campaign_id WHERE c.series_id IS NOT NULL AND r.state <> 'pending'")),
                 20);
        // The steps' campaigns are the series', not listed with the user's own.
        QVERIFY(f.ws->campaigns()->campaigns().isEmpty());

        // Day 1: five more join; they get the welcome, nobody gets the reminder yet.
        f.advanceTo(1440);
        f.addContacts(20, 5);
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 0")), 25);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 1")), 0);

        // Day 2: the first 20's reminder is due. The welcome's report is refreshed first; those who opened it skip.
        f.advanceTo(2 * 1440 + 1);
        QVERIFY2(f.runDue(&message), qPrintable(message));
        const QDateTime evaluated = f.ws->clock()->now();
        int sms = 0, skipped = 0;
        for (int i = 0; i < 20; ++i) {
            QSqlQuery q(f.ws->database()->connection());
            q.exec(QStringLiteral(
                           "SELECT count(*) FROM events e JOIN campaign_recipients r ON r.id = e.recipient_id "
                           "WHERE e.type = 'opened' AND r.address = 'person%1@example.com' AND e.occurred_at <= '%2'")
                           .arg(i)
                           .arg(evaluated.toString(Qt::ISODate)));
            QVERIFY(q.next());
            const bool opened = q.value(0).toLongLong() > 0;
            QCOMPARE(f.outcome(i, 1), opened ? QStringLiteral("skipped") : QStringLiteral("sent"));
            ++(opened ? skipped : sms);
        }
        QVERIFY2(sms > 0 && skipped > 0, qPrintable(QStringLiteral("%1 sms, %2 skipped").arg(sms).arg(skipped)));
        for (int i = 20; i < 25; ++i)
            QCOMPARE(f.outcome(i, 1), QString()); // not due until day 3
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients r JOIN campaigns c ON c.id = "
                                        "r.campaign_id WHERE c.channel = 'sms' AND c.series_id IS NOT NULL")),
                 sms);

        // Day 3: the later five's reminder; day 7: the first 20's follow-up (a week after entry); day 8: the others'.
        f.advanceTo(3 * 1440 + 1);
        QVERIFY(f.runDue());
        for (int i = 20; i < 25; ++i)
            QVERIFY(!f.outcome(i, 1).isEmpty());
        f.advanceTo(7 * 1440 + 1);
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 2")), 20);
        f.advanceTo(8 * 1440 + 1);
        QVERIFY(f.runDue());
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 2 AND outcome = 'sent'")), 25);
        QCOMPARE(f.ws->series()->memberCounts(f.series.id).value(QStringLiteral("finished")), 25);

        // Never twice: one message per contact and step sent.
        QCOMPARE(f.count(QStringLiteral(
                         "SELECT count(*) FROM (SELECT r.contact_id, c.template_id FROM campaign_recipients r "
                         "JOIN campaigns c ON c.id = r.campaign_id WHERE c.series_id IS NOT NULL "
                         "GROUP BY r.contact_id, c.template_id HAVING count(*) > 1)")),
                 0);
        // The report per step and a contact's timeline.
        const QList<SeriesStepReport> report = f.ws->series()->report(f.series.id, 3);
        QCOMPARE(report.at(0).sent, 25);
        QCOMPARE(report.at(1).sent + report.at(1).skipped, 25);
        QCOMPARE(report.at(2).sent, 25);
        QVERIFY(report.at(0).accepted > 0);
        const qint64 first = f.ws->groups()->contactByAddress(f.group, QStringLiteral("person0@example.com"))->id;
        const QList<SeriesEvent> timeline = f.ws->series()->timeline(f.series.id, first);
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(0).at, test::testNow());
        QCOMPARE(timeline.at(2).at, test::testNow().addSecs((7 * 1440 + 1) * 60));
    }

    void pauseHolds_stopEnds_suppressedLeaves()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 4);
        f.series.steps[1].condition = StepCondition::None; // the reminder for everyone
        QVERIFY(f.series_.save(f.series, &error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QVERIFY(f.runDue());
        QVERIFY(f.series_.pause(f.series.id, &error));
        f.advanceTo(2 * 1440 + 1);
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 1")), 0);
        // Resumed, what was held goes; a contact whose number was suppressed meanwhile leaves instead, and so does
        // one deleted meanwhile.
        Suppression s;
        s.address = QStringLiteral("+34661000002");
        s.channel = QStringLiteral("sms");
        QCOMPARE(f.ws->suppressions()->add({s}), 1);
        const qint64 deleted = f.ws->groups()->contactByAddress(f.group, QStringLiteral("person3@example.com"))->id;
        QCOMPARE(f.ws->groups()->deleteContacts({deleted}), 1);
        QVERIFY2(f.series_.resume(f.series.id, &error), qPrintable(error));
        QVERIFY(f.runDue());
        QCOMPARE(f.outcome(0, 1), QStringLiteral("sent"));
        QCOMPARE(f.outcome(1, 1), QStringLiteral("sent"));
        const qint64 suppressed = f.ws->groups()->contactByAddress(f.group, QStringLiteral("person2@example.com"))->id;
        QCOMPARE(f.ws->series()->member(f.series.id, suppressed)->leftReason, QStringLiteral("suppressed"));
        QCOMPARE(seriesReasonText(QStringLiteral("suppressed")), QStringLiteral("on the suppression list"));
        // The deleted one left when it was deleted, its rows set aside: the next contact, who gets its id (SQLite
        // reuses the newest id), is someone else and enters anew.
        QVERIFY(!f.ws->series()->member(f.series.id, deleted));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_members WHERE state = 'left' AND left_reason = "
                                        "'deleted' AND contact_id < 0")),
                 1);
        f.addContacts(10, 1);
        const qint64 newcomer = f.ws->groups()->contactByAddress(f.group, QStringLiteral("person10@example.com"))->id;
        QCOMPARE(newcomer, deleted);
        QVERIFY(f.runDue());
        QCOMPARE(f.ws->series()->timeline(f.series.id, newcomer).size(), 1); // its own welcome, nothing inherited
        QCOMPARE(f.ws->series()->member(f.series.id, newcomer)->step, 1);
        // Stopping ends the series for those still waiting: nothing more goes.
        QVERIFY(f.series_.stop(f.series.id, &error));
        f.advanceTo(8 * 1440);
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 2")), 0);
        QCOMPARE(f.ws->series()->memberCounts(f.series.id).value(QStringLiteral("left")), 5);
        QVERIFY(!f.series_.remove(f.series.id, &error)); // it has sent: its reports stay
        QVERIFY2(error.contains(QStringLiteral("stop it instead")), qPrintable(error));
    }

    // Entry by a segment: whoever matches when the series starts, then whoever comes to match (a field changed, a
    // contact added anywhere), each once.
    void segmentEntry_letsInWhoeverComesToMatch()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 4);
        Segment spain {0, QStringLiteral("Spain"), QStringLiteral("city = Madrid"), {}, {}};
        QVERIFY(f.ws->segments()->save(spain));
        Contact ana = *f.ws->groups()->contactByAddress(f.group, QStringLiteral("person0@example.com"));
        ana.city = QStringLiteral("Madrid");
        QVERIFY(f.ws->groups()->saveContact(ana));
        f.series.groupId = 0;
        f.series.segmentId = spain.id;
        QVERIFY2(f.series_.save(f.series, &error), qPrintable(error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_members")), 1);
        f.advanceTo(60);
        Contact bo = *f.ws->groups()->contactByAddress(f.group, QStringLiteral("person1@example.com"));
        bo.city = QStringLiteral("Madrid");
        QVERIFY(f.ws->groups()->saveContact(bo));
        QVERIFY(f.runDue());
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_members")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 0 AND outcome = 'sent'")), 2);
        QCOMPARE(f.ws->series()->member(f.series.id, bo.id)->enteredAt, test::testNow().addSecs(3600));
        // The same person in another group matches too: it enters, but the address has had the welcome already.
        Group other;
        other.name = QStringLiteral("Other");
        QVERIFY(f.ws->groups()->create(other));
        Contact twin;
        twin.email = QStringLiteral("person0@example.com");
        twin.city = QStringLiteral("Madrid");
        QList<Contact> twins {twin};
        QVERIFY(f.ws->groups()->addContacts(other.id, twins));
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_members")), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 0 AND outcome = 'skipped' "
                                        "AND note = 'same_address'")),
                 1);
        QCOMPARE(f.count(QStringLiteral(
                         "SELECT count(*) FROM campaign_recipients WHERE address = 'person0@example.com'")),
                 1);
    }

    // Stopping cancels a step's send that a crash left unsent, and takes it out of the timelines: nobody got it.
    void stop_cancelsAStepLeftUnsent()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 3);
        QVERIFY(f.series_.save(f.series, &error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QVERIFY(f.runDue());
        // As a kill between the claim and the send leaves it: the step's campaign scheduled, nothing snapshotted.
        const qint64 campaign = f.ws->series()->campaigns(f.series.id).first();
        QSqlQuery q(f.ws->database()->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaign_recipients WHERE campaign_id = %1").arg(campaign)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM send_batches WHERE campaign_id = %1").arg(campaign)));
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET state = 'scheduled' WHERE id = %1").arg(campaign)));
        QVERIFY2(f.series_.stop(f.series.id, &error), qPrintable(error));
        QCOMPARE(f.ws->campaigns()->byId(campaign)->state, CampaignState::Cancelled);
        const SeriesStepReport welcome = f.ws->series()->report(f.series.id, 3).at(0);
        QCOMPARE(welcome.sent, 0);
        QCOMPARE(welcome.left, 3);
        QVERIFY2(f.series_.remove(f.series.id, &error), qPrintable(error)); // it sent nothing after all
    }

    // A condition on a message that has not gone yet (the step right after it, in the same run) waits for it,
    // rather than read "not opened" off a message nobody has had.
    void conditionOnAMessageUnderway_waitsForIt()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 3);
        f.series.steps[1].delayMinutes = 0;
        f.series.steps.removeLast();
        QVERIFY(f.series_.save(f.series, &error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QString message;
        QVERIFY(f.runDue(&message));
        QVERIFY2(message.contains(QStringLiteral("wait until their previous message has gone")), qPrintable(message));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 1")), 0);
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 1")), 3);
    }

    // A step that cannot go (its template deleted since) keeps its contacts waiting and fails the run, saying why;
    // the others go on.
    void aBrokenStep_holdsItsContactsAndSaysWhy()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 2);
        QVERIFY(f.series_.save(f.series, &error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QVERIFY(f.runDue());
        QVERIFY(f.ws->templates()->remove(f.series.steps.at(1).templateId));
        f.advanceTo(2 * 1440 + 1);
        QString message;
        QVERIFY(!f.runDue(&message));
        QVERIFY2(message.contains(QStringLiteral("“Welcome series” waits: Reminder: choose a template.")),
                 qPrintable(message));
        QCOMPARE(f.ws->series()->report(f.series.id, 3).at(1).waiting, 2);
    }

    // New contacts are found by their ids (above the last one looked at); contacts moved in from another group keep
    // theirs, and enter at the hourly look at the whole group.
    void contactsMovedIntoTheGroup_enterWithinTheHour()
    {
        Fixture f;
        QString error;
        Group other;
        other.name = QStringLiteral("Other");
        QVERIFY(f.ws->groups()->create(other));
        Contact moved;
        moved.email = QStringLiteral("moved@example.com");
        QList<Contact> movers {moved};
        QVERIFY(f.ws->groups()->addContacts(other.id, movers));
        f.addContacts(0, 2);
        QVERIFY(f.series_.save(f.series, &error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QVERIFY(f.runDue());
        f.advanceTo(10);
        QCOMPARE(f.ws->groups()->mergeGroups(other.id, f.group).first, 1);
        f.addContacts(2, 1);
        QVERIFY(f.runDue());
        QCOMPARE(f.ws->series()->memberCounts(f.series.id).value(QStringLiteral("waiting")), 3); // the new one
        f.advanceTo(61);
        QVERIFY(f.runDue());
        QCOMPARE(f.ws->series()->memberCounts(f.series.id).value(QStringLiteral("waiting")), 4); // and the moved one
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM series_sends WHERE step = 0 AND outcome = 'sent'")), 4);
    }

    void editingAStep_reachesThoseWaitingOnly()
    {
        Fixture f;
        QString error;
        f.addContacts(0, 3);
        QVERIFY(f.series_.save(f.series, &error));
        QVERIFY(f.series_.start(f.series.id, &error));
        QVERIFY(f.runDue());
        Series edited = *f.ws->series()->byId(f.series.id);
        edited.steps[1].delayMinutes = 1440; // the reminder after one day, not two
        edited.steps[0].name = QStringLiteral("Hello");
        const QStringList effects = f.series_.editEffects(edited);
        QCOMPARE(effects.size(), 2);
        QVERIFY2(effects.at(0).contains(QStringLiteral("0 contact"))
                         && effects.at(0).contains(QStringLiteral("3 who already")),
                 qPrintable(effects.join(QLatin1Char('\n'))));
        QVERIFY2(effects.at(1).contains(QStringLiteral("Reminder changes: 3 contact")), qPrintable(effects.at(1)));
        QVERIFY2(f.series_.save(edited, &error), qPrintable(error));
        const qint64 id = f.ws->groups()->contactByAddress(f.group, QStringLiteral("person0@example.com"))->id;
        QCOMPARE(f.ws->series()->member(f.series.id, id)->dueAt, test::testNow().addDays(1));
        // Its steps keep their places: a file with two of them swapped is refused.
        Series swapped = *f.ws->series()->byId(f.series.id);
        swapped.steps.swapItemsAt(1, 2);
        QVERIFY(!f.series_.save(swapped, &error));
        QVERIFY2(error.contains(QStringLiteral("keep their places")), qPrintable(error));
        // Its entry no longer changes once started.
        edited.onlyNew = true;
        QVERIFY(!f.series_.save(edited, &error));
        QVERIFY2(error.contains(QStringLiteral("only its steps can change")), qPrintable(error));
    }

    // A simulated week through campaignctl alone: the clock (CM_NOW) moves, run-due sends each step when due, and
    // show says what each step did and what one contact got.
    void cli_aWeekOfASeries()
    {
        QTemporaryDir dir;
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), dir.filePath(QStringLiteral("w.sqlite")));
        const auto at = [&ctl](const char *now) { ctl.env.insert(QStringLiteral("CM_NOW"), QLatin1String(now)); };
        at("2026-03-16T12:00:00Z");
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("Newsletter")}), 0);
        for (const char *email : {"ana@example.com", "bo@example.com", "cy@example.com"})
            QCOMPARE(ctl({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--group"),
                          QStringLiteral("Newsletter"), QStringLiteral("--email"), QLatin1String(email)}),
                     0);
        for (const char *name : {"Welcome", "A week on"})
            QCOMPARE(ctl({QStringLiteral("templates"), QStringLiteral("add"), QLatin1String(name),
                          QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--subject"),
                          QLatin1String(name), QStringLiteral("--body"), QStringLiteral("<p>Hello</p>"),
                          QStringLiteral("--transactional")}),
                     0);
        const QString file = dir.filePath(QStringLiteral("welcome.series"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("entry: group Newsletter\nzone: UTC\n\n[step] Welcome\ntemplate: Welcome\naccount: Sandbox\n"
                  "sender: shop@example.com\nafter: 0\n\n[step] A week on\ntemplate: A week on\naccount: Sandbox\n"
                  "sender: shop@example.com\nafter: 1w from entry\nat: 09:30\nif: not clicked\notherwise: leave\n");
        out.close();
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("create"), QStringLiteral("Welcome"),
                      QStringLiteral("--file"), file}),
                 0);
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("start"), QStringLiteral("Welcome")}), 0);
        QCOMPARE(ctl({QStringLiteral("run-due")}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("Welcome: sent to 3")), qPrintable(ctl.out));
        // A campaign of the same group, scheduled: it goes in the run that also looks at the series (whose entry
        // writes meanwhile, on another connection of the same process).
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Spring"),
                      QStringLiteral("--account"), QStringLiteral("Sandbox"), QStringLiteral("--group"),
                      QStringLiteral("Newsletter"), QStringLiteral("--template"), QStringLiteral("A week on"),
                      QStringLiteral("--sender"), QStringLiteral("shop@example.com"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-22 10:00"), QStringLiteral("--tz"), QStringLiteral("UTC")}),
                 0);
        at("2026-03-22T12:00:00Z"); // six days on: no step is due, the campaign is
        QVERIFY2(ctl({QStringLiteral("run-due")}) == 0, qPrintable(ctl.out));
        QVERIFY2(ctl.out.contains(QStringLiteral("“Spring”: 3 accepted")), qPrintable(ctl.out));
        QVERIFY2(!ctl.out.contains(QStringLiteral("A week on:")), qPrintable(ctl.out));
        at("2026-03-24T09:30:30Z"); // the week is over, and it is 09:30: the second step goes (or they leave)
        QCOMPARE(ctl({QStringLiteral("run-due")}), 0);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("series"), QStringLiteral("show"),
                      QStringLiteral("Welcome")}),
                 0);
        const QJsonObject shown = QJsonDocument::fromJson(ctl.out.toUtf8()).object();
        const QJsonArray steps = shown.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("sent")).toInt(), 3);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("sent")).toInt()
                         + steps.at(1).toObject().value(QStringLiteral("left")).toInt(),
                 3);
        QCOMPARE(shown.value(QStringLiteral("waiting")).toInt(), 0);
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("show"), QStringLiteral("Welcome"),
                      QStringLiteral("--contact"), QStringLiteral("bo@example.com")}),
                 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("Welcome: sent")) && ctl.out.contains(QStringLiteral("A week on")),
                 qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("show"), QStringLiteral("Welcome"),
                      QStringLiteral("--as-file")}),
                 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("after: 1w from entry"))
                         && ctl.out.contains(QStringLiteral("at: 09:30")),
                 qPrintable(ctl.out));
    }

    // Two campaignctl run-due at once, then one killed in the middle of a slow send and run again: every contact
    // gets the welcome exactly once, and the series says so.
    void cli_concurrentAndKilledRunDue_sendEachStepOnce()
    {
        QTemporaryDir dir;
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), dir.filePath(QStringLiteral("w.sqlite")));
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:00:00Z"));
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox"), QStringLiteral("--setting"),
                      QStringLiteral("latency_ms=300")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("Newsletter")}), 0);
        QString csv = QStringLiteral("email,first_name\n");
        for (int i = 0; i < 600; ++i)
            csv += QStringLiteral("p%1@example.com,P%1\n").arg(i);
        const QString contacts = dir.filePath(QStringLiteral("c.csv"));
        QFile out(contacts);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv.toUtf8());
        out.close();
        QCOMPARE(ctl({QStringLiteral("contacts"), QStringLiteral("import"), contacts, QStringLiteral("--group"),
                      QStringLiteral("Newsletter")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("Welcome"),
                      QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--subject"),
                      QStringLiteral("Hi"), QStringLiteral("--body"), QStringLiteral("<p>Hi {{first_name}}</p>"),
                      QStringLiteral("--transactional")}),
                 0);
        const QString file = dir.filePath(QStringLiteral("welcome.series"));
        QFile series(file);
        QVERIFY(series.open(QIODevice::WriteOnly));
        series.write("entry: group Newsletter\n\n[step] Welcome\ntemplate: Welcome\naccount: Sandbox\n"
                     "sender: shop@example.com\nafter: 0\n");
        series.close();
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("create"), QStringLiteral("Welcome"),
                      QStringLiteral("--file"), file}),
                 0);
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("start"), QStringLiteral("Welcome")}), 0);

        // Two at once, and a third killed while its send is under way.
        const auto start = [&](QProcess &p) {
            p.setProcessEnvironment(ctl.env);
            p.start(QStringLiteral(CAMPAIGNCTL),
                    {QStringLiteral("--db"), dir.filePath(QStringLiteral("w.sqlite")), QStringLiteral("run-due")});
        };
        QProcess a, b, c;
        start(a);
        start(b);
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, QByteArray(a.readAll() + b.readAll()).constData());
        test::Campaignctl check = ctl;
        QCOMPARE(check({QStringLiteral("--json"), QStringLiteral("series"), QStringLiteral("show"),
                        QStringLiteral("Welcome")}),
                 0);
        QVERIFY2(check.out.contains(QStringLiteral("\"sent\": 600")), qPrintable(check.out));

        // More join; the run that sends them is killed mid-send, the next one finishes it.
        csv = QStringLiteral("email,first_name\n");
        for (int i = 600; i < 2100; ++i)
            csv += QStringLiteral("p%1@example.com,P%1\n").arg(i);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(csv.toUtf8());
        out.close();
        QCOMPARE(ctl({QStringLiteral("contacts"), QStringLiteral("import"), contacts, QStringLiteral("--group"),
                      QStringLiteral("Newsletter")}),
                 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.open());
        const auto count = [&db](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        start(c);
        QVERIFY(c.waitForStarted());
        // Killed once the first request of the new contacts' send was answered: two more were to come.
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted'"))
                            > 600;
                },
                30000));
        c.kill();
        c.waitForFinished();
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted'")) < 2100);
        QVERIFY2(ctl({QStringLiteral("run-due")}) == 0, qPrintable(ctl.out));
        QVERIFY2(ctl({QStringLiteral("run-due")}) == 0, qPrintable(ctl.out));

        // Every contact got the welcome once; nothing is left pending (the killed send was taken up again).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign_recipients")), 2100);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT contact_id) FROM campaign_recipients")), 2100);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM series_sends WHERE outcome = 'sent'")), 2100);
        QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM campaign_recipients WHERE state IN ('pending', 'submitting')")),
                 0);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(ctl({QStringLiteral("series"), QStringLiteral("show"), QStringLiteral("Welcome"),
                      QStringLiteral("--contact"), QStringLiteral("p1700@example.com")}),
                 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("Welcome: sent")), qPrintable(ctl.out));
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
