// The Segments dialog (Groups → Segments…): a rule's mistake shown as it is typed, its live count and first contacts
// from the background, saving, a duplicate name refused, a copy into a new group; and the composer offering the
// segment as an audience.
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"
#include "models/templatestore.h"
#include "support/testsupport.h"
#include "ui/campaigndialog.h"
#include "ui/confirm.h"
#include "ui/groupspane.h"
#include "ui/messagebanner.h"
#include "ui/rulebuilder.h"
#include "ui/segmentsdialog.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cm;

namespace {

struct Fixture
{
    test::TempWorkspace ws;
    qint64 group = 0;

    Fixture()
    {
        Group g;
        g.name = QStringLiteral("Customers");
        ws->groups()->create(g);
        group = g.id;
        QList<Contact> contacts;
        for (const auto &[email, country] : {std::pair {"ana@example.es", "ES"}, std::pair {"jordi@example.es", "ES"},
                                             std::pair {"ayse@example.com", "TR"}}) {
            Contact c;
            c.email = QLatin1String(email);
            c.country = QLatin1String(country);
            contacts.append(c);
        }
        ws->groups()->addContacts(group, contacts);
    }
    UiContext context() { return UiContext {&ws.workspace()}; }
};

bool typeRule(SegmentsDialog &dialog, const QString &rule)
{
    QSignalSpy counted(&dialog, &SegmentsDialog::counted);
    dialog.ruleEdit()->setText(rule);
    return counted.wait(5000) && !dialog.isCounting();
}

} // namespace

class TestSegmentsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rule_showsItsMistakeOrItsCountAndFirstContacts()
    {
        Fixture f;
        SegmentsDialog dialog(f.context());
        dialog.show();
        QVERIFY(typeRule(dialog, QStringLiteral("country = ")));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("At 11: expected a value")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.preview()->rowCount(), 0);
        QVERIFY(typeRule(dialog, QStringLiteral("country = es")));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("2 contact(s) match now.")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.preview()->rowCount(), 2);
        QCOMPARE(dialog.preview()->item(0, 0)->text(), QStringLiteral("ana@example.es"));

        dialog.nameEdit()->setText(QStringLiteral("Spain"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(f.ws->segments()->byName(QStringLiteral("spain"))->rule, QStringLiteral("country = es"));
        dialog.newSegment();
        dialog.nameEdit()->setText(QStringLiteral("SPAIN"));
        QVERIFY(typeRule(dialog, QStringLiteral("country = TR")));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.banner()->text().contains(QStringLiteral("already")));

        QVERIFY(dialog.select(f.ws->segments()->byName(QStringLiteral("Spain"))->id));
        QVERIFY(dialog.copyToGroup(QStringLiteral("Spain today")));
        const auto copy = f.ws->groups()->byName(QStringLiteral("Spain today"));
        QVERIFY(copy);
        QCOMPARE(copy->contactCount, 2);

        ui::setConfirmHook([](const QString &) { return true; });
        QVERIFY(dialog.remove());
        ui::setConfirmHook({});
        QCOMPARE(dialog.list()->count(), 0);
    }

    // The rows: each condition a row, joined by all or any; they write the rule (counted live), and a rule typed by
    // hand shows as rows when it can, else stays text with a note.
    void builder_writesTheRuleRowByRow()
    {
        Fixture f;
        SegmentsDialog dialog(f.context());
        dialog.show();
        RuleBuilder *builder = dialog.builder();
        QCOMPARE(builder->conditionCount(), 1); // a new segment starts with a row to fill in
        QVERIFY(dialog.ruleEdit()->text().isEmpty());
        builder->setRule({});
        QSignalSpy counted(&dialog, &SegmentsDialog::counted);
        builder->addCondition(QStringLiteral("country"), QStringLiteral("="), QStringLiteral("ES"));
        QCOMPARE(dialog.ruleEdit()->text(), QStringLiteral("country = ES"));
        QVERIFY(counted.wait(5000));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("2 contact(s) match now.")),
                 qPrintable(dialog.statusText()));
        builder->addCondition(QStringLiteral("email"), QStringLiteral("contains"), QStringLiteral("jordi"));
        builder->addCondition(QStringLiteral("opened"), QStringLiteral("did not"), {}, 30);
        builder->addCondition(QStringLiteral("suppressed"), QStringLiteral("is not"));
        QCOMPARE(dialog.ruleEdit()->text(),
                 QStringLiteral("country = ES and email contains jordi and not opened any "
                                "campaign in last 30 days and not suppressed"));
        QVERIFY(counted.wait(5000));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("1 contact(s) match now.")),
                 qPrintable(dialog.statusText()));
        builder->setMatchAll(false);
        QVERIFY(dialog.ruleEdit()->text().contains(QStringLiteral(" or ")));
        // Back from text: a typed rule of simple conditions becomes rows that write it the same.
        const QString typed = QStringLiteral("group = Customers or country in (ES, TR) or city is empty");
        QVERIFY(builder->setRule(typed));
        QCOMPARE(builder->conditionCount(), 3);
        QCOMPARE(builder->rule(), typed);
        QVERIFY(!builder->setRule(QStringLiteral("(country = ES or country = TR) and not suppressed")));
        QCOMPARE(builder->conditionCount(), 0);
        // A group the list does not have is not turned into another one: the rule stays text, and the all/any choice
        // cannot write an empty rule over it.
        dialog.ruleEdit()->setText(QStringLiteral("group = Nobody"));
        QVERIFY(!builder->setRule(QStringLiteral("group = Nobody")));
        builder->setMatchAll(false);
        QCOMPARE(dialog.ruleEdit()->text(), QStringLiteral("group = Nobody"));
    }

    // Groups → Segments… opens it; the composer lists the segment beside the groups, to send to or to leave out.
    void groupsPaneAndComposer_offerSegments()
    {
        test::WindowFixture f(false);
        Segment spain {0, QStringLiteral("Spain"), QStringLiteral("country = ES"), {}, {}};
        QVERIFY(f.ws->segments()->save(spain));
        auto *pane = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        QVERIFY(pane);
        SegmentsDialog *dialog = pane->showSegments();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Spain"));
        // Exported in the background, from contacts of any group.
        Group a;
        a.name = QStringLiteral("A");
        QVERIFY(f.ws->groups()->create(a));
        QList<Contact> people(2);
        people[0].email = QStringLiteral("ana@example.es");
        people[0].country = QStringLiteral("ES");
        people[0].fields.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        people[1].email = QStringLiteral("bo@example.com");
        people[1].country = QStringLiteral("US");
        QVERIFY(f.ws->groups()->addContacts(a.id, people));
        QSignalSpy exported(dialog, &SegmentsDialog::exported);
        const QString file = f.ws.dir() + QStringLiteral("/spain.csv");
        QVERIFY(dialog->exportTo(file, CsvWriteOptions {}));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().first().toBool(), true);
        const QByteArray written = test::fileBytes(file);
        QVERIFY2(written.contains("ana@example.es") && written.contains("tier") && !written.contains("bo@"),
                 written.constData());
        dialog->close();

        Account sandbox {0, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        QVERIFY(f.ws->accounts()->add(sandbox));
        Template t;
        t.name = QStringLiteral("Hola");
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Hola");
        t.body = QStringLiteral("<p>Hola</p>");
        t.marketing = false;
        QVERIFY(f.ws->templates()->add(t));
        Campaign saved;
        CampaignDialog composer(&f.ws.workspace(), [&saved](Campaign &c) {
            saved = c;
            return QString();
        });
        composer.setName(QStringLiteral("Hola"));
        QVERIFY(composer.choose(QStringLiteral("template"), t.id));
        QVERIFY(composer.choose(QStringLiteral("account"), sandbox.id));
        QVERIFY(composer.choose(QStringLiteral("segment"), spain.id));
        composer.setSender(QStringLiteral("shop@example.com"));
        composer.accept();
        QCOMPARE(composer.problem(), QString());
        QCOMPARE(saved.segmentIds, QList<qint64> {spain.id});
        QVERIFY(saved.groupIds.isEmpty());
    }
};

QTEST_MAIN(TestSegmentsDialog)
#include "tst_segmentsdialog.moc"
