// Segments: the rule language (its mistakes named with where and what was expected), the contacts a rule holds on a
// real workspace (fields, custom fields, groups, suppressions, what people did in which campaign and when), the
// store's refusals, and a campaign whose audience is segments snapshotted by the dispatcher.
#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"
#include "models/sqlhelpers.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cm;

namespace {

Contact person(const QString &email, const QString &firstName, const QString &country, const QString &city,
               const QVariantMap &fields = {}, const QString &phone = {})
{
    Contact c;
    c.email = email;
    c.phone = phone;
    c.firstName = firstName;
    c.country = country;
    c.city = city;
    c.fields = fields;
    return c;
}

struct Fixture
{
    test::TempWorkspace ws;
    qint64 customers = 0;
    qint64 leads = 0;
    qint64 march = 0;

    Fixture()
    {
        Group a;
        a.name = QStringLiteral("Customers");
        ws->groups()->create(a);
        customers = a.id;
        Group b;
        b.name = QStringLiteral("Leads");
        ws->groups()->create(b);
        leads = b.id;
        QList<Contact> first {
                person(QStringLiteral("ana@example.es"), QStringLiteral("Ana"), QStringLiteral("ES"),
                       QStringLiteral("Madrid"),
                       {{QStringLiteral("tier"), QStringLiteral("gold")},
                        {QStringLiteral("visits"), QStringLiteral("12")}}),
                person(QStringLiteral("jordi@example.es"), QStringLiteral("Jordi"), QStringLiteral("ES"),
                       QStringLiteral("Barcelona"),
                       {{QStringLiteral("tier"), QStringLiteral("silver")},
                        {QStringLiteral("visits"), QStringLiteral("3")}}),
                person(QStringLiteral("ayse@example.com"), QStringLiteral("Ayşe"), QStringLiteral("TR"),
                       QString::fromUtf8("İstanbul"), {{QStringLiteral("visits"), QStringLiteral("7.5")}}),
                person(QStringLiteral("jan@example.pl"), QStringLiteral("Jan"), QStringLiteral("PL"),
                       QStringLiteral("Kraków"), {{QStringLiteral("signup"), QStringLiteral("2026-03-01")}}),
        };
        ws->groups()->addContacts(customers, first);
        QList<Contact> second {person(QStringLiteral("eva@example.es"), QStringLiteral("Eva"), QStringLiteral("es"),
                                      QStringLiteral("Sevilla"),
                                      {{QStringLiteral("signup"), QStringLiteral("2025-11-20")}})};
        ws->groups()->addContacts(leads, second);
        // "March newsletter" went to Ana, Jordi and Ayşe: Ana opened it, Jordi's bounced.
        Campaign c;
        c.name = QStringLiteral("March newsletter");
        c.channel = Channel::Email;
        c.state = CampaignState::Sent;
        ws->campaigns()->create(c);
        march = c.id;
        QSqlQuery q(ws->database()->connection());
        const QString sent = QStringLiteral("2026-03-10T09:00:00Z");
        q.exec(QStringLiteral("INSERT INTO campaign_recipients (id, campaign_id, address, state, client_key, "
                              "provider_id, updated_at) VALUES (1, %1, 'ana@example.es', 'delivered', 'k1', 'p1', "
                              "'%2'), (2, %1, 'jordi@example.es', 'bounced', 'k2', 'p2', '%2'), (3, %1, "
                              "'ayse@example.com', 'delivered', 'k3', 'p3', '%2')")
                       .arg(march)
                       .arg(sent));
        q.exec(QStringLiteral("INSERT INTO events (campaign_id, recipient_id, type, occurred_at) VALUES "
                              "(%1, 1, 'opened', '2026-03-10T10:00:00Z'), (%1, 3, 'clicked', '%2')")
                       .arg(march)
                       .arg(sql::timeValue(ws.clock().now().addDays(-2)).toString()));
    }

    QStringList matching(const QString &rule)
    {
        SegmentRuleError error;
        const auto compiled = ws->segments()->compile(rule, &error);
        if (!compiled)
            return {QStringLiteral("error: ") + error.message};
        QStringList emails;
        for (const Contact &c : ws->groups()->contactsByIds(ws->segments()->contactIds(*compiled).value()))
            emails.append(c.email.section(QLatin1Char('@'), 0, 0));
        if (ws->segments()->count(*compiled) != emails.size())
            emails.append(QStringLiteral("count differs"));
        return emails;
    }
};

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rules_holdTheRightContacts_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("contacts");
        const auto names = [](const char *list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("country, any case") << "country = es" << names("ana jordi eva");
        QTest::newRow("not equal") << "country != ES" << names("ayse jan");
        QTest::newRow("contains") << "city contains \"ar\"" << names("jordi");
        QTest::newRow("starts with") << "first_name starts with J" << names("jordi jan");
        QTest::newRow("custom field") << "tier = gold" << names("ana");
        QTest::newRow("custom field in a list") << "tier in (gold, silver)" << names("ana jordi");
        QTest::newRow("not in a list") << "tier not in (gold)" << names("jordi ayse jan eva");
        QTest::newRow("is empty") << "tier is empty" << names("ayse jan eva");
        QTest::newRow("is not empty") << "tier is not empty" << names("ana jordi");
        QTest::newRow("numbers as numbers") << "visits >= 7" << names("ana ayse");
        QTest::newRow("a missing number is none") << "visits < 100" << names("ana jordi ayse");
        QTest::newRow("dates as text") << "signup >= \"2026-01-01\"" << names("jan");
        QTest::newRow("group") << "group = Leads" << names("eva");
        QTest::newRow("group by a quoted name") << "group != \"Leads\" and country = ES" << names("ana jordi");
        QTest::newRow("and before or") << "country = TR or country = ES and tier = gold" << names("ana ayse");
        QTest::newRow("brackets") << "(country = TR or country = ES) and visits > 5" << names("ana ayse");
        QTest::newRow("not") << "not country = ES" << names("ayse jan");
        QTest::newRow("opened a campaign") << "opened \"March newsletter\"" << names("ana");
        QTest::newRow("not opened it") << "country = ES and not opened \"March newsletter\"" << names("jordi eva");
        QTest::newRow("bounced") << "bounced any campaign" << names("jordi");
        QTest::newRow("sent") << "sent \"March newsletter\"" << names("ana jordi ayse");
        QTest::newRow("delivered") << "delivered" << names("ana ayse");
        QTest::newRow("clicked lately") << "clicked any campaign in last 7 days" << names("ayse");
        QTest::newRow("opened lately") << "opened in last 30 days" << names("ana"); // on the 10th; now is the 16th
        QTest::newRow("not that lately") << "opened in last 3 days" << QStringList();
        QTest::newRow("not, with no phone") << "not visits < 5" << names("ana ayse jan eva");
        QTest::newRow("a text is no number") << "signup < 3000" << QStringList(); // "2026-03-01" is not 2026
        QTest::newRow("numbers with signs and blanks") << "visits > -1 and visits <= 12" << names("ana jordi ayse");
        QTest::newRow("suppressed") << "suppressed" << names("jan");
        QTest::newRow("not suppressed") << "country = PL and not suppressed" << QStringList();
    }

    void rules_holdTheRightContacts()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, contacts);
        Fixture f;
        Suppression s;
        s.address = QStringLiteral("jan@example.pl");
        s.channel = QStringLiteral("email");
        s.reason = QStringLiteral("opt_out");
        QCOMPARE(f.ws->suppressions()->add({s}), 1);
        QCOMPARE(f.matching(rule), contacts);
    }

    void mistakes_sayWhereAndWhatWasExpected_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << "" << 1 << "a condition";
        QTest::newRow("no value") << "country = " << 11 << "a value after “=”";
        QTest::newRow("no operator") << "country ES" << 9 << "=, !=, <";
        QTest::newRow("two conditions not joined") << "country = ES city = Madrid" << 14 << "and, or";
        QTest::newRow("unclosed quote") << "city = \"Madrid" << 8 << "not closed";
        QTest::newRow("unclosed bracket") << "(country = ES" << 14 << "“)”";
        QTest::newRow("is what") << "tier is blue" << 9 << "“empty”";
        QTest::newRow("unknown campaign") << "opened \"April\"" << 8 << "no campaign “April”";
        QTest::newRow("unknown group") << "group = Nobody" << 9 << "no group “Nobody”";
        QTest::newRow("days") << "opened any campaign in last days" << 29 << "number of days";
        QTest::newRow("list") << "tier in (gold silver)" << 15 << "“)”";
        QTest::newRow("a strange character") << "country = ES & tier = gold" << 14 << "not understood";
        QTest::newRow("not a field") << "ünvan = x" << 1 << "not a field name";
        QTest::newRow("group takes = or !=") << "group in (Leads)" << 7 << "= or !=";
    }

    void mistakes_sayWhereAndWhatWasExpected()
    {
        QFETCH(QString, rule);
        QFETCH(int, position);
        QFETCH(QString, says);
        Fixture f;
        SegmentRuleError error;
        QVERIFY(!f.ws->segments()->compile(rule, &error));
        QCOMPARE(error.position, qsizetype(position));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(error.message.startsWith(QStringLiteral("At %1:").arg(position)), qPrintable(error.message));
    }

    // Values are bound, never written into the SQL: a quote or a LIKE wildcard is only text.
    void values_areBoundNeverSql()
    {
        Fixture f;
        QCOMPARE(f.matching(QStringLiteral("city = \"x' OR 1=1 --\"")), QStringList());
        QCOMPARE(f.matching(QStringLiteral("first_name contains \"%\"")), QStringList());
        QCOMPARE(f.matching(QStringLiteral("first_name starts with \"_\"")), QStringList());
        const QStringList refused = f.matching(QStringLiteral("weird_field = \"x\" or \"a\" = \"a\""));
        QCOMPARE(refused.size(), 1); // an error: a text in quotes is no field, so "a" = "a" is never SQL
        QVERIFY2(refused.first().startsWith(QStringLiteral("error: At 22:")), qPrintable(refused.first()));
    }

    void store_savesRefusesAndKeepsWhatCampaignsUse()
    {
        Fixture f;
        SegmentStore *store = f.ws->segments();
        Segment spain;
        spain.name = QStringLiteral("Spain");
        spain.rule = QStringLiteral("country = ES");
        QVERIFY(store->save(spain));
        Segment bad;
        bad.name = QStringLiteral("Bad");
        bad.rule = QStringLiteral("country =");
        QVERIFY(!store->save(bad));
        QVERIFY2(store->lastError().message.contains(QStringLiteral("At 10:")), qPrintable(store->lastError().message));
        Segment twice;
        twice.name = QStringLiteral("spain");
        twice.rule = QStringLiteral("country = ES");
        QVERIFY(!store->save(twice));
        QVERIFY(store->lastError().message.contains(QStringLiteral("already")));
        QCOMPARE(store->segments().size(), 1);

        Campaign draft;
        draft.name = QStringLiteral("Hola");
        draft.channel = Channel::Email;
        draft.segmentIds = {spain.id};
        QVERIFY(f.ws->campaigns()->create(draft));
        QCOMPARE(f.ws->campaigns()->byId(draft.id)->segmentIds, QList<qint64> {spain.id});
        QVERIFY(!store->remove(spain.id));
        QVERIFY(store->lastError().message.contains(QStringLiteral("“Hola”")));
        QVERIFY(f.ws->campaigns()->setState(draft.id, CampaignState::Sent, f.ws.clock().now()));
        QVERIFY(store->remove(spain.id));
        QVERIFY(f.ws->campaigns()->byId(draft.id)->segmentIds.isEmpty());
    }

    // A campaign sent to a group and a segment, minus a segment: each address once, the segment evaluated when
    // the send is snapshotted.
    void snapshot_reachesGroupsAndSegmentsMinusExcluded()
    {
        Fixture f;
        Segment spain {0, QStringLiteral("Spain"), QStringLiteral("country = ES"), {}, {}};
        Segment bounced {0, QStringLiteral("Bounced"), QStringLiteral("bounced any campaign"), {}, {}};
        QVERIFY(f.ws->segments()->save(spain) && f.ws->segments()->save(bounced));
        Template t;
        t.name = QStringLiteral("Hola");
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Hola");
        t.body = QStringLiteral("<p>Hola {{first_name}}</p>");
        t.marketing = false;
        QVERIFY(f.ws->templates()->add(t));
        Account sandbox {0, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        QVERIFY(f.ws->accounts()->add(sandbox));
        Campaign c;
        c.name = QStringLiteral("Spring");
        c.channel = Channel::Email;
        c.accountId = sandbox.id;
        c.templateId = t.id;
        c.groupIds = {f.customers};
        c.segmentIds = {spain.id};
        c.excludedSegmentIds = {bounced.id};
        QVERIFY(f.ws->campaigns()->create(c));
        const Campaign saved = *f.ws->campaigns()->byId(c.id);
        qint64 left = 0;
        QStringList reached;
        for (const Recipient &r : Dispatcher::prepare(&f.ws.workspace(), saved, t, &left, false))
            reached.append(r.address);
        reached.sort();
        // Customers (Ana, Jordi, Ayşe, Jan) and Spain (Ana, Jordi, Eva), without Jordi (bounced): Ana once.
        QCOMPARE(reached,
                 (QStringList {QStringLiteral("ana@example.es"), QStringLiteral("ayse@example.com"),
                               QStringLiteral("eva@example.es"), QStringLiteral("jan@example.pl")}));
        QCOMPARE(left, 3); // Jordi twice (group, segment), Ana's second appearance

        // A segment whose rule no longer reads (its campaign renamed) stops the campaign before it is sent.
        Segment march {0, QStringLiteral("Openers"), QStringLiteral("opened \"March newsletter\""), {}, {}};
        QVERIFY(f.ws->segments()->save(march));
        c.segmentIds = {march.id};
        QVERIFY(f.ws->campaigns()->update(c));
        QSqlQuery(f.ws->database()->connection())
                .exec(QStringLiteral("UPDATE campaigns SET name = 'March' WHERE id = %1").arg(f.march));
        const QString problem = Composer::campaignProblem(&f.ws.workspace(), *f.ws->campaigns()->byId(c.id));
        QVERIFY2(problem.contains(QStringLiteral("no campaign “March newsletter”")), qPrintable(problem));
        // Left out, a segment that cannot be evaluated must not become "nobody to leave out": the snapshot says so.
        c.segmentIds.clear();
        c.excludedSegmentIds = {march.id};
        QVERIFY(f.ws->campaigns()->update(c));
        QString audience;
        Dispatcher::prepare(&f.ws.workspace(), *f.ws->campaigns()->byId(c.id), t, nullptr, false, &audience);
        QVERIFY2(audience.contains(QStringLiteral("“Openers” cannot be evaluated")), qPrintable(audience));
    }

    // The same through campaignctl: a segment created, refused with where its rule is wrong, counted, shown, sent
    // to, and deleted once its campaign is sent.
    void cli_createCountShowSendDelete()
    {
        QTemporaryDir dir;
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), dir.filePath(QStringLiteral("w.sqlite")));
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Sbx"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("A")}), 0);
        for (const auto &[email, tier] : {std::pair {"ana@example.es", "gold"}, std::pair {"bo@example.com", "tin"},
                                          std::pair {"cy@example.com", "Gold"}}) {
            QCOMPARE(ctl({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--group"),
                          QStringLiteral("A"), QStringLiteral("--email"), QLatin1String(email),
                          QStringLiteral("--field"), QStringLiteral("tier=") + QLatin1String(tier)}),
                     0);
        }
        QCOMPARE(ctl({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Gold"),
                      QStringLiteral("--rule"), QStringLiteral("tier = gold")}),
                 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("2 contacts match")), qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Bad"),
                      QStringLiteral("--rule"), QStringLiteral("tier in gold")}),
                 1);
        QVERIFY2(ctl.out.contains(QStringLiteral("At 9: expected “(”")), qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("segments"), QStringLiteral("count"),
                      QStringLiteral("Gold")}),
                 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("\"contacts\": 2")), qPrintable(ctl.out));
        const QString file = dir.filePath(QStringLiteral("gold.csv"));
        QCOMPARE(ctl({QStringLiteral("segments"), QStringLiteral("export"), QStringLiteral("Gold"), file}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("2 contacts written")), qPrintable(ctl.out));
        const QStringList lines = QString::fromUtf8(test::fileBytes(file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.first().trimmed().endsWith(QStringLiteral("tier")), qPrintable(lines.first()));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("ana@example.es")));
        QCOMPARE(ctl({QStringLiteral("segments"), QStringLiteral("show"), QStringLiteral("Gold")}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("ana@example.es")) && ctl.out.contains(QStringLiteral("cy@")),
                 qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("T"),
                      QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--subject"),
                      QStringLiteral("Hi"), QStringLiteral("--body"), QStringLiteral("<p>Gold news</p>"),
                      QStringLiteral("--transactional")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("C"),
                      QStringLiteral("--account"), QStringLiteral("Sbx"), QStringLiteral("--segment"),
                      QStringLiteral("Gold"), QStringLiteral("--template"), QStringLiteral("T"),
                      QStringLiteral("--sender"), QStringLiteral("shop@example.com")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("Gold")}), 1);
        QVERIFY2(ctl.out.contains(QStringLiteral("“C”")), qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("C")}), 0);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("\"recipients\": 2")), qPrintable(ctl.out));
        QCOMPARE(ctl({QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("Gold")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
