// A/B tests and sends at each recipient's local time, on the sandbox and driven by the workspace clock.
// - Two routes (two sandbox accounts, one failing far more often): the test's contacts are drawn reproducibly, each
//   variant goes as its own send; when the wait ends the scheduler refreshes their reports, picks the route with
//   the better delivery rate and sends it to the rest; nobody gets two variants. A winner picked by hand goes at once.
// - Local time: contacts in Istanbul, Madrid and New York get theirs at 09:30 in their own zone, batch by batch.
// - The same through campaignctl with CM_NOW, and two run-due at the moment the winner is due: the rest goes once.
#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/libraryservice.h"
#include "app/services/scheduler.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/localtime.h"
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
    qint64 fast = 0;
    qint64 slow = 0;
    qint64 sms = 0;
    Scheduler scheduler {&ws.workspace(), &dispatcher, nullptr, &experiments};

    Fixture()
        : Services(false)
    {
        Group g;
        g.name = QStringLiteral("Customers");
        ws->groups()->create(g);
        group = g.id;
        // Two routes: the same sandbox, one of them losing 40% of its messages.
        Account a {0, QStringLiteral("Fast route"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        a.settings = QJsonObject {{QStringLiteral("failure_rate"), 0.02}};
        ws->accounts()->add(a);
        fast = a.id;
        Account b {0, QStringLiteral("Slow route"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        b.settings = QJsonObject {{QStringLiteral("failure_rate"), 0.4}};
        ws->accounts()->add(b);
        slow = b.id;
        Template t;
        t.name = QStringLiteral("Offer");
        t.channel = Channel::Sms;
        t.body = QStringLiteral("Hi {{first_name}}, 20% off today");
        ws->templates()->add(t);
        sms = t.id;
    }

    void addContacts(int count)
    {
        QList<Contact> contacts;
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.phone = QStringLiteral("+3466%1").arg(1000000 + i);
            c.firstName = QStringLiteral("P%1").arg(i);
            contacts.append(c);
        }
        ws->groups()->addContacts(group, contacts);
    }

    // A campaign on the slow route (variant A) tested against the fast one (B).
    Campaign testedCampaign(int sharePercent = 10, int waitMinutes = 240)
    {
        Campaign c;
        c.name = QStringLiteral("Spring");
        c.channel = Channel::Sms;
        c.accountId = slow;
        c.templateId = sms;
        c.groupIds = {group};
        c.timeZone = QStringLiteral("UTC");
        ws->campaigns()->create(c);
        AbTest test = experiments.draft(c);
        test.variants[1].accountId = fast;
        test.sharePercent = sharePercent;
        test.waitMinutes = waitMinutes;
        test.measure = AbMeasure::Delivery;
        QString error;
        if (!experiments.save(test, &error))
            qWarning() << error;
        return c;
    }

    static bool wait(Job *job, QString *message = nullptr)
    {
        bool done = false, ok = false;
        QObject::connect(job, &Job::finished, job, [&](bool success, const QString &text) {
            done = true;
            ok = success;
            if (message)
                *message = text;
        });
        return QTest::qWaitFor([&done] { return done; }, 30000) && ok;
    }

    // Runs the scheduler once, as its timer would, and waits for what it started.
    bool runDue(QString *messages = nullptr)
    {
        bool ok = true;
        for (Job *job : scheduler.runDue()) {
            QString message;
            ok = wait(job, &message) && ok;
            if (messages)
                *messages += message + QLatin1Char('\n');
        }
        return ok;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(ws->database()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

class TestExperiments : public QObject
{
    Q_OBJECT

private slots:
    void draw_isReproducibleAndDisjoint()
    {
        QList<qint64> audience;
        for (qint64 i = 1; i <= 1000; ++i)
            audience.append(i);
        const auto first = drawTestContacts(audience, 3, 50, 1234);
        QCOMPARE(first, drawTestContacts(audience, 3, 50, 1234)); // the same seed, the same contacts
        QVERIFY(first != drawTestContacts(audience, 3, 50, 1235));
        QSet<qint64> all;
        for (const QList<qint64> &group : first) {
            QCOMPARE(group.size(), 50);
            for (const qint64 id : group)
                all.insert(id);
        }
        QCOMPARE(all.size(), 150); // nobody in two variants
        // Random, not the first of the list: the drawn ids spread over the audience.
        qint64 above = 0;
        for (const qint64 id : std::as_const(all))
            above += id > 500;
        QVERIFY2(above > 45 && above < 105, qPrintable(QString::number(above)));
        // Fewer contacts than asked for: everyone, shared out in order.
        const auto few = drawTestContacts({1, 2, 3}, 2, 2, 7);
        QCOMPARE(few.at(0).size() + few.at(1).size(), 3);
    }

    void pValue_twoProportionTest()
    {
        // 50 of 100 against 30 of 100: z = 2.89, p = 0.0039.
        QVERIFY(qAbs(ExperimentService::twoProportionPValue(50, 100, 30, 100) - 0.00389) < 0.0002);
        QVERIFY(ExperimentService::twoProportionPValue(30, 100, 31, 100) > 0.8);
        QCOMPARE(ExperimentService::twoProportionPValue(0, 0, 1, 10), 1.0);
    }

    void problems_sayWhatToFix()
    {
        Fixture f;
        f.addContacts(5);
        Campaign c = f.testedCampaign();
        AbTest test = *f.ws->experiments()->byCampaign(c.id);
        QCOMPARE(test.variants.size(), 2);
        QCOMPARE(test.variants.at(0).accountId, f.slow);
        QCOMPARE(test.variants.at(1).accountId, f.fast);
        // The sandbox reports no opens of an SMS: the open rate is not offered.
        QVERIFY(!f.experiments.measuresFor(c, test.variants).contains(AbMeasure::Open));
        QVERIFY(f.experiments.measuresFor(c, test.variants).contains(AbMeasure::CostPerDelivered));
        AbTest wrong = test;
        wrong.measure = AbMeasure::Open;
        wrong.sharePercent = 50;
        wrong.variants[1].accountId = f.slow; // the same as A
        const QString said = f.experiments.problems(c, wrong).join(QLatin1Char(' '));
        QVERIFY2(said.contains(QStringLiteral("open rate")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("less than 100%")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("the same as another")), qPrintable(said));
        QString error;
        QVERIFY(!f.experiments.save(wrong, &error));
        // Too few contacts for 10% each: said before anything is sent.
        QVERIFY(!Fixture::wait(f.experiments.send(c.id), &error));
        QVERIFY2(error.contains(QStringLiteral("too few")), qPrintable(error));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients")), 0);
    }

    void twoRoutes_theWinnerByDeliveryGoesToTheRest_nobodyGetsTwo()
    {
        Fixture f;
        f.addContacts(1000);
        const Campaign c = f.testedCampaign();
        // Only through the test: the dispatcher refuses to send the campaign itself before its winner is chosen.
        QString message;
        QVERIFY(!Fixture::wait(f.dispatcher.send(c.id), &message));
        QVERIFY2(message.contains(QStringLiteral("A/B test")), qPrintable(message));

        QVERIFY2(Fixture::wait(f.experiments.send(c.id), &message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("100 contacts a variant")), qPrintable(message));
        AbTest test = *f.ws->experiments()->byCampaign(c.id);
        QCOMPARE(test.state, AbState::Testing);
        for (const AbVariant &v : test.variants) {
            QVERIFY(v.sendId);
            QCOMPARE(f.ws->campaigns()->byId(v.sendId)->recipientCount, 100);
            QCOMPARE(f.ws->campaigns()->byId(v.sendId)->accountId, v.accountId);
        }
        // The variants' sends are the campaign's, not listed with the user's own.
        QCOMPARE(f.ws->campaigns()->campaigns().size(), 1);
        QCOMPARE(f.ws->campaigns()->byId(c.id)->scheduledAt, test::testNow().addSecs(4 * 3600));
        // Before the wait ends, nothing more goes; sending it asks for a pick.
        f.ws.clock().set(test::testNow().addSecs(3600));
        QVERIFY(f.runDue());
        QCOMPARE(f.ws->experiments()->byCampaign(c.id)->state, AbState::Testing);
        QVERIFY(!Fixture::wait(f.experiments.send(c.id), &message));
        QVERIFY2(message.contains(QStringLiteral("pick the winner")), qPrintable(message));

        // The wait is over: reports refreshed, B (the fast route) wins by delivery rate, the rest goes through it.
        f.ws.clock().set(test::testNow().addSecs(4 * 3600 + 60));
        QVERIFY2(f.runDue(&message), qPrintable(message));
        test = *f.ws->experiments()->byCampaign(c.id);
        QCOMPARE(test.state, AbState::Decided);
        QCOMPARE(test.winner, QStringLiteral("B"));
        QCOMPARE(test.decidedBy, QStringLiteral("measure"));
        const Campaign rest = *f.ws->campaigns()->byId(c.id);
        QCOMPARE(rest.accountId, f.fast);
        QCOMPARE(rest.state, CampaignState::Sent);
        QCOMPARE(rest.recipientCount, 800);
        // Everyone once: 1,000 messages to 1,000 numbers.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients")), 1000);
        QCOMPARE(f.count(QStringLiteral("SELECT count(DISTINCT address) FROM campaign_recipients")), 1000);
        const ExperimentService::Standings s = f.experiments.standings(test);
        QCOMPARE(s.leader, QStringLiteral("B"));
        QVERIFY(*s.rows.at(1).value > *s.rows.at(0).value + 0.2);
        QVERIFY2(s.pValue && *s.pValue < 0.05, qPrintable(s.verdict));
        QVERIFY2(s.verdict.contains(QStringLiteral("significant")), qPrintable(s.verdict));
        // Later runs send nothing more.
        f.ws.clock().set(test::testNow().addSecs(5 * 3600));
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients")), 1000);
    }

    void pickedByHand_goesAtOnce()
    {
        Fixture f;
        f.addContacts(200);
        const Campaign c = f.testedCampaign(20, 24 * 60);
        QString message;
        QVERIFY(!Fixture::wait(f.experiments.pick(c.id, QStringLiteral("A")), &message)); // not started
        QVERIFY2(message.contains(QStringLiteral("has not started")), qPrintable(message));
        QVERIFY2(Fixture::wait(f.experiments.send(c.id), &message), qPrintable(message));
        QVERIFY(!Fixture::wait(f.experiments.pick(c.id, QStringLiteral("E")), &message));
        QVERIFY2(message.contains(QStringLiteral("A, B")), qPrintable(message));
        QVERIFY2(Fixture::wait(f.experiments.pick(c.id, QStringLiteral("A")), &message), qPrintable(message));
        const AbTest test = *f.ws->experiments()->byCampaign(c.id);
        QCOMPARE(test.winner, QStringLiteral("A"));
        QCOMPARE(test.decidedBy, QStringLiteral("user"));
        QCOMPARE(f.ws->campaigns()->byId(c.id)->recipientCount, 120);
        QCOMPARE(f.count(QStringLiteral("SELECT count(DISTINCT address) FROM campaign_recipients")), 200);
        QVERIFY(!Fixture::wait(f.experiments.pick(c.id, QStringLiteral("B")), &message)); // once
        QVERIFY2(message.contains(QStringLiteral("chosen already")), qPrintable(message));
    }

    // Variant A goes as the campaign was when the test started (edited since it was saved or not); a variant still
    // going out (here paused by quiet hours) moves the decision past it; while the test runs the campaign cannot
    // change; cancelling it stops its variants' sends.
    void duringATest_decisionWaitsEditsRefusedCancelStopsTheVariants()
    {
        Fixture f;
        f.addContacts(100);
        Campaign c = f.testedCampaign(10, 60);
        c.accountId = f.fast;   // edited after the test was saved: A now goes through the fast route too…
        c.windowStart = 1 * 60; // …and only between 01:00 and 02:00 UTC: at 12:00 the variants pause
        c.windowEnd = 2 * 60;
        QVERIFY(f.ws->campaigns()->update(c));
        AbTest saved = *f.ws->experiments()->byCampaign(c.id);
        saved.variants[1].accountId = f.slow; // B the other route, so that the two differ
        QString message;
        QVERIFY2(f.experiments.save(saved, &message), qPrintable(message));
        QVERIFY2(Fixture::wait(f.experiments.send(c.id), &message), qPrintable(message));
        const AbTest test = *f.ws->experiments()->byCampaign(c.id);
        QCOMPARE(test.variants.at(0).accountId, f.fast);
        QCOMPARE(f.ws->campaigns()->byId(test.variants.at(0).sendId)->accountId, f.fast);
        const Campaign paused = *f.ws->campaigns()->byId(test.variants.at(0).sendId);
        QCOMPARE(paused.state, CampaignState::Sending);
        QCOMPARE(paused.resumeAt, QDateTime(QDate(2026, 3, 17), QTime(1, 0), Qt::UTC));
        // The wait is over, the variants are not: the decision moves to an hour after they go.
        f.ws.clock().set(test::testNow().addSecs(61 * 60));
        QVERIFY2(Fixture::wait(f.experiments.send(c.id), &message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("still going out")), qPrintable(message));
        QCOMPARE(f.ws->experiments()->byCampaign(c.id)->state, AbState::Testing);
        QCOMPARE(f.ws->campaigns()->byId(c.id)->scheduledAt, QDateTime(QDate(2026, 3, 17), QTime(2, 0), Qt::UTC));
        // Meanwhile it cannot change; cancelling it cancels what of its variants has not gone.
        Campaign edited = *f.ws->campaigns()->byId(c.id);
        QVERIFY(CampaignService::update(&f.ws.workspace(), edited).contains(QStringLiteral("A/B test runs")));
        QVERIFY(!CampaignService::schedule(&f.ws.workspace(), c.id, test::testNow().addSecs(7200)).isEmpty());
        QVERIFY(f.ws->campaigns()->cancel(c.id));
        for (const AbVariant &v : test.variants)
            QCOMPARE(f.ws->campaigns()->byId(v.sendId)->state, CampaignState::Cancelled);
    }

    // At local time with quiet hours: a zone whose time has passed goes at once only inside its hours, and a batch
    // whose time went by while the app was closed waits for the next day rather than going at night.
    void localTime_keepsEachZonesQuietHours()
    {
        Fixture f;
        QList<Contact> contacts;
        for (const char *phone : {"+905321234567", "+12125551234"}) {
            Contact c;
            c.phone = QLatin1String(phone);
            contacts.append(c);
        }
        f.ws->groups()->addContacts(f.group, contacts);
        Campaign c;
        c.name = QStringLiteral("Late");
        c.accountId = f.fast;
        c.templateId = f.sms;
        c.groupIds = {f.group};
        c.timeZone = QStringLiteral("UTC");
        c.localTime = 9 * 60 + 30;
        c.localLateNow = true;
        c.windowStart = 9 * 60;
        c.windowEnd = 20 * 60;
        QVERIFY(f.ws->campaigns()->create(c));
        // 18:00 UTC: 21:00 in Istanbul (passed, and outside 09:00–20:00: tomorrow), 14:00 in New York (passed,
        // inside its hours: at once).
        f.ws.clock().set(QDateTime(QDate(2026, 3, 16), QTime(18, 0), Qt::UTC));
        QString message;
        QVERIFY2(Fixture::wait(f.experiments.send(c.id), &message), qPrintable(message));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted' AND "
                                        "address = '+12125551234'")),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM send_batches WHERE state = 'pending' AND not_before = "
                                        "'2026-03-17T06:30:00Z'")),
                 1);
        // The app was closed until 18:00 UTC the next day: Istanbul's batch (09:30 there) would arrive at 21:00,
        // after its hours: it waits for the 18th's 09:30.
        f.ws.clock().set(QDateTime(QDate(2026, 3, 17), QTime(18, 0), Qt::UTC));
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM send_batches WHERE state = 'pending' AND not_before = "
                                        "'2026-03-18T06:30:00Z'")),
                 1);
        f.ws.clock().set(QDateTime(QDate(2026, 3, 18), QTime(6, 31), Qt::UTC));
        QVERIFY(f.runDue());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted'")), 2);
    }

    void zones_fromFieldPhoneAndPlace()
    {
        RecipientZones zones(QTimeZone("Europe/Istanbul"));
        const auto zoneOf = [&zones](const QString &phone, const QString &field = {}) {
            Contact c;
            c.phone = phone;
            if (!field.isEmpty())
                c.fields.insert(QStringLiteral("time_zone"), field);
            return QString::fromUtf8(zones.zoneOf(c).id());
        };
        QCOMPARE(zoneOf(QStringLiteral("+905321234567")), QStringLiteral("Europe/Istanbul"));
        QCOMPARE(zoneOf(QStringLiteral("+34911234567")), QStringLiteral("Europe/Madrid"));   // Madrid
        QCOMPARE(zoneOf(QStringLiteral("+34612345678")), QStringLiteral("Europe/Madrid"));   // a mobile: Spain's main
        QCOMPARE(zoneOf(QStringLiteral("+34922123456")), QStringLiteral("Atlantic/Canary")); // Tenerife
        QCOMPARE(zoneOf(QStringLiteral("+12125551234")), QStringLiteral("America/New_York"));
        QCOMPARE(zoneOf(QStringLiteral("+13105551234")), QStringLiteral("America/Los_Angeles")); // California
        QCOMPARE(zoneOf(QStringLiteral("+14165551234")), QStringLiteral("America/Toronto"));     // Ontario
        QCOMPARE(zoneOf(QStringLiteral("+5511987654321")), QStringLiteral("America/Sao_Paulo")); // São Paulo
        QCOMPARE(zoneOf(QStringLiteral("+34911234567"), QStringLiteral("Asia/Tokyo")), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(zoneOf(QString()), QStringLiteral("Europe/Istanbul")); // nothing to go on: the campaign's
        // The release: 09:30 on the send's day there; passed already, the next day's, or now when chosen.
        const QDateTime now(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        const QDate day(2026, 3, 16);
        QCOMPARE(localRelease(QTimeZone("America/New_York"), 570, day, now, false),
                 QDateTime(QDate(2026, 3, 16), QTime(13, 30), Qt::UTC));
        QCOMPARE(localRelease(QTimeZone("Europe/Madrid"), 570, day, now, false),
                 QDateTime(QDate(2026, 3, 17), QTime(8, 30), Qt::UTC));
        QCOMPARE(localRelease(QTimeZone("Europe/Madrid"), 570, day, now, true), now);
    }

    void localTime_eachRecipientAt0930TheirTime()
    {
        Fixture f;
        const QList<std::pair<const char *, const char *>> people = {{"+905321234567", "Europe/Istanbul"},
                                                                     {"+34911234567", "Europe/Madrid"},
                                                                     {"+34612345679", "Europe/Madrid"},
                                                                     {"+12125551234", "America/New_York"}};
        QList<Contact> contacts;
        for (const auto &[phone, zone] : people) {
            Contact c;
            c.phone = QLatin1String(phone);
            contacts.append(c);
        }
        f.ws->groups()->addContacts(f.group, contacts);
        Campaign c;
        c.name = QStringLiteral("Morning");
        c.channel = Channel::Sms;
        c.accountId = f.fast;
        c.templateId = f.sms;
        c.groupIds = {f.group};
        c.timeZone = QStringLiteral("Europe/Istanbul");
        c.localTime = 9 * 60 + 30;
        c.windowStart = 9 * 60; // quiet hours 21:00–09:00, in each recipient's zone
        c.windowEnd = 21 * 60;
        f.ws.clock().set(QDateTime(QDate(2026, 3, 16), QTime(5, 0), Qt::UTC)); // 08:00 in Istanbul
        QVERIFY(f.ws->campaigns()->create(c));
        Campaign late = c;
        late.localTime = 8 * 60;
        QVERIFY2(Composer::campaignProblem(&f.ws.workspace(), late).contains(QStringLiteral("quiet hours")),
                 qPrintable(Composer::campaignProblem(&f.ws.workspace(), late)));

        // The pre-send check lists the zones and when the last goes.
        Job *check = f.dispatcher.check(c.id);
        QString message;
        QVERIFY2(Fixture::wait(check, &message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("in 3 zone(s)")) || message.contains(QStringLiteral("in 3 zones")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("America/New_York: 1 recipients")), qPrintable(message));

        QVERIFY2(Fixture::wait(f.experiments.send(c.id), &message), qPrintable(message)); // nothing due yet
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted'")), 0);
        // The clock moves through the day; each zone's messages go at its 09:30, not before.
        const QList<std::pair<QTime, int>> steps = {{QTime(6, 29), 0}, {QTime(6, 31), 1},  {QTime(8, 29), 1},
                                                    {QTime(8, 31), 3}, {QTime(13, 29), 3}, {QTime(13, 31), 4}};
        for (const auto &[time, sent] : steps) {
            f.ws.clock().set(QDateTime(QDate(2026, 3, 16), time, Qt::UTC));
            QVERIFY(f.runDue());
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE state = 'accepted'")),
                     sent);
        }
        QCOMPARE(f.ws->campaigns()->byId(c.id)->state, CampaignState::Sent);
        for (const auto &[phone, zone] : people) {
            QSqlQuery q(f.ws->database()->connection());
            q.exec(QStringLiteral("SELECT updated_at FROM campaign_recipients WHERE address = '%1'")
                           .arg(QLatin1String(phone)));
            QVERIFY(q.next());
            const QDateTime sentAt
                    = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toTimeZone(QTimeZone(zone));
            QCOMPARE(sentAt.date(), QDate(2026, 3, 16));
            QVERIFY2(sentAt.time() >= QTime(9, 30) && sentAt.time() < QTime(9, 32),
                     qPrintable(sentAt.toString() + QLatin1String(phone)));
        }
    }

    // A contact's language field picks the template's version: "es-MX" reads the "es" one, an unknown or missing
    // language the template's own text; the send, the render and the checks agree.
    void languageVersions_pickedByTheContactsLanguage()
    {
        Fixture f;
        Template t = *f.ws->templates()->byId(f.sms);
        t.versions = {{QStringLiteral("es"), {}, QStringLiteral("Hola {{first_name}}, 20% hoy"), {}},
                      {QStringLiteral("tr"), {}, QStringLiteral("Merhaba {{first_name}}, bugün %20 indirim"), {}}};
        QVERIFY(f.ws->templates()->update(t));
        const Template stored = *f.ws->templates()->byId(f.sms);
        QCOMPARE(stored.versions.size(), 2);
        QCOMPARE(stored.versionFor(QStringLiteral("es_MX")), 0);
        QCOMPARE(stored.versionFor(QStringLiteral("TR")), 1);
        QCOMPARE(stored.versionFor(QStringLiteral("de")), -1);
        const QList<std::pair<const char *, const char *>> people = {{"es-MX", "Hola Ana, 20% hoy"},
                                                                     {"tr", "Merhaba Ana, bugün %20 indirim"},
                                                                     {"de", "Hi Ana, 20% off today"},
                                                                     {"", "Hi Ana, 20% off today"}};
        QList<Contact> contacts;
        for (int i = 0; i < people.size(); ++i) {
            Contact c;
            c.phone = QStringLiteral("+3466400000%1").arg(i);
            c.firstName = QStringLiteral("Ana");
            if (*people.at(i).first)
                c.fields.insert(QStringLiteral("language"), QLatin1String(people.at(i).first));
            contacts.append(c);
        }
        f.ws->groups()->addContacts(f.group, contacts);
        Campaign c;
        c.name = QStringLiteral("Languages");
        c.accountId = f.fast;
        c.templateId = f.sms;
        c.groupIds = {f.group};
        const QList<Recipient> recipients = Dispatcher::prepare(&f.ws.workspace(), c, stored);
        QCOMPARE(recipients.size(), people.size());
        for (int i = 0; i < people.size(); ++i)
            QCOMPARE(recipients.at(i).content, QString::fromUtf8(people.at(i).second));
        // A version with a mistake is refused, said with its language.
        Template wrong = stored;
        wrong.versions[1].body = QStringLiteral("Merhaba {{first_name}");
        const QString said = Composer::templateProblems(wrong).join(QLatin1Char(' '));
        QVERIFY2(said.contains(QStringLiteral("In the “tr” version")), qPrintable(said));
    }

    // The same through campaignctl, with CM_NOW; two run-due at the moment the winner is due send the rest once.
    void cli_abTestAndWinner_concurrentRunDue()
    {
        QTemporaryDir dir;
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), dir.filePath(QStringLiteral("w.sqlite")));
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:00:00Z"));
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Fast"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox"), QStringLiteral("--setting"),
                      QStringLiteral("failure_rate=0.01")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Slow"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox"), QStringLiteral("--setting"),
                      QStringLiteral("failure_rate=0.5")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("All")}), 0);
        QFile csv(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("phone,first_name\n");
        for (int i = 0; i < 400; ++i)
            csv.write(QStringLiteral("+3466%1,P%2\n").arg(2000000 + i).arg(i).toUtf8());
        csv.close();
        QCOMPARE(ctl({QStringLiteral("contacts"), QStringLiteral("import"), csv.fileName(), QStringLiteral("--group"),
                      QStringLiteral("All")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("Hi"),
                      QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--body"),
                      QStringLiteral("Hi {{first_name}}")}),
                 0);
        const QStringList create
                = {QStringLiteral("campaigns"), QStringLiteral("create"),     QStringLiteral("Spring"),
                   QStringLiteral("--account"), QStringLiteral("Slow"),       QStringLiteral("--group"),
                   QStringLiteral("All"),       QStringLiteral("--template"), QStringLiteral("Hi")};
        // A variant that says nothing a variant can differ in is refused, and nothing is made.
        QCOMPARE(ctl(create + QStringList {QStringLiteral("--variant"), QStringLiteral("colour=red")}), 1);
        QVERIFY2(ctl.out.contains(QStringLiteral("template, subject, sender or account")), qPrintable(ctl.out));
        QCOMPARE(ctl(create
                     + QStringList {QStringLiteral("--variant"), QStringLiteral("account=Fast"),
                                    QStringLiteral("--test-share"), QStringLiteral("25"), QStringLiteral("--winner-by"),
                                    QStringLiteral("delivery"), QStringLiteral("--wait"), QStringLiteral("2h")}),
                 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("A/B test of 2 variant")), qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Spring")}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("100 contacts a variant")), qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Spring")}), 1);
        QVERIFY2(ctl.out.contains(QStringLiteral("pick the winner")), qPrintable(ctl.out));

        // The wait is over: two run-due at once; the rest goes once, through the fast route.
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T14:01:00Z"));
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(ctl.env);
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral(CAMPAIGNCTL),
                     {QStringLiteral("--db"), dir.filePath(QStringLiteral("w.sqlite")), QStringLiteral("run-due")});
        }
        for (QProcess *p : {&a, &b}) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        }
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("reports"), QStringLiteral("show"),
                      QStringLiteral("Spring"), QStringLiteral("--variants")}),
                 0);
        const QJsonObject shown = QJsonDocument::fromJson(ctl.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("winner")).toString(), QStringLiteral("B"));
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("decided"));
        QCOMPARE(shown.value(QStringLiteral("variants")).toArray().size(), 2);
        QVERIFY(shown.value(QStringLiteral("p_value")).toDouble(1) < 0.05);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
        {
            db.setDatabaseName(dir.filePath(QStringLiteral("w.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT address) FROM campaign_recipients")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 400);
            QCOMPARE(q.value(1).toInt(), 400);
        }
        db.close();
        QSqlDatabase::removeDatabase(QStringLiteral("cli"));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("winner"), QStringLiteral("Spring"),
                      QStringLiteral("--pick"), QStringLiteral("A")}),
                 1);
        QVERIFY2(ctl.out.contains(QStringLiteral("chosen already")), qPrintable(ctl.out));
    }
};

QTEST_MAIN(TestExperiments)
#include "tst_experiments.moc"
