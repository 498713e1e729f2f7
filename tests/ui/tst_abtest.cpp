// A/B tests and local-time sends in the GUI, offscreen: the A/B test dialog writes a route test of a campaign (only
// the measures both accounts report are offered), the Campaigns pane sends its variants and shows the test; once it
// runs, the dialog shows the variants side by side and the winner picked there goes to the rest; the Reports pane
// compares the variants in a tab of their own. The campaign dialog keeps a local time of day.
#include "app/services/job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/templatestore.h"
#include "support/services.h"
#include "ui/abtestdialog.h"
#include "ui/campaigndialog.h"
#include "ui/campaignspane.h"
#include "ui/confirm.h"
#include "ui/messagebanner.h"
#include "ui/reportspane.h"
#include "ui/templatedialog.h"
#include "ui/templatelanguages.h"
#include "ui/uicontext.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace cm;

namespace {

struct Fixture : test::Services
{
    qint64 group = 0, fast = 0, slow = 0, sms = 0;
    Campaign campaign;

    Fixture()
        : Services(false)
    {
        Group g;
        g.name = QStringLiteral("Customers");
        ws->groups()->create(g);
        group = g.id;
        QList<Contact> contacts;
        for (int i = 0; i < 100; ++i) {
            Contact c;
            c.phone = QStringLiteral("+3466%1").arg(3000000 + i);
            contacts.append(c);
        }
        ws->groups()->addContacts(group, contacts);
        Account a {0, QStringLiteral("Fast route"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        a.settings = QJsonObject {{QStringLiteral("failure_rate"), 0.0}};
        ws->accounts()->add(a);
        fast = a.id;
        Account b {0, QStringLiteral("Slow route"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        b.settings = QJsonObject {{QStringLiteral("failure_rate"), 0.5}};
        ws->accounts()->add(b);
        slow = b.id;
        Template t;
        t.name = QStringLiteral("Offer");
        t.body = QStringLiteral("20% off today");
        ws->templates()->add(t);
        sms = t.id;
        campaign.name = QStringLiteral("Spring");
        campaign.accountId = slow;
        campaign.templateId = sms;
        campaign.groupIds = {group};
        ws->campaigns()->create(campaign);
    }

    UiContext context()
    {
        return {&ws.workspace(), &accounts,   &reports,  &jobs,   nullptr,
                nullptr,         &dispatcher, &contacts, &series, &experiments};
    }
};

} // namespace

class TestAbTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        ui::setConfirmHook([](const QString &) { return true; });
    }
    void cleanup() { ui::setConfirmHook({}); }

    void dialog_writesARouteTest_thePaneSendsItAndThePickGoesToTheRest()
    {
        Fixture f;
        {
            AbTestDialog dialog(&f.ws.workspace(), &f.experiments, f.campaign);
            QCOMPARE(dialog.test().variants.size(), 2); // A, the campaign, and B to change
            dialog.setVariant(1, f.sms, f.fast, {}, {});
            dialog.setShare(20);
            dialog.setWaitHours(2);
            // The sandbox counts no opens of an SMS: the open rate is not offered.
            const QComboBox *measure = nullptr;
            for (const QComboBox *box : dialog.findChildren<QComboBox *>()) {
                if (box->accessibleName() == QLatin1String("Winning measure"))
                    measure = box;
            }
            QVERIFY(measure);
            QVERIFY(measure->findData(QStringLiteral("delivery")) >= 0);
            QVERIFY(measure->findData(QStringLiteral("open")) < 0);
            dialog.setMeasure(AbMeasure::Delivery);
            dialog.addVariant(); // C, the same as B: refused with what to fix
            dialog.accept();
            QVERIFY2(dialog.problem().contains(QStringLiteral("the same as another")), qPrintable(dialog.problem()));
            QVERIFY(!f.ws->experiments()->byCampaign(f.campaign.id));
        }
        {
            AbTestDialog dialog(&f.ws.workspace(), &f.experiments, f.campaign);
            dialog.setVariant(1, f.sms, f.fast, {}, {});
            dialog.setShare(20);
            dialog.setWaitHours(2);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const AbTest saved = *f.ws->experiments()->byCampaign(f.campaign.id);
        QCOMPARE(saved.sharePercent, 20);
        QCOMPARE(saved.waitMinutes, 120);
        QCOMPARE(saved.variants.at(1).accountId, f.fast);

        CampaignsPane pane(f.context());
        pane.resize(1100, 700);
        pane.show();
        pane.selectById(f.campaign.id);
        QVERIFY(pane.sendCampaign(f.campaign.id));
        QVERIFY(QTest::qWaitFor(
                [&] { return f.ws->experiments()->byCampaign(f.campaign.id)->state == AbState::Testing; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return pane.banner()->text().contains(QStringLiteral("variant")); }, 20000));
        QTRY_COMPARE_WITH_TIMEOUT(f.ws->campaigns()->campaigns(true).size(), 3, 10000);
        const qint64 sendB = f.ws->experiments()->byCampaign(f.campaign.id)->variants.at(1).sendId;
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->campaigns()->byId(sendB)->state == CampaignState::Sent, 20000);
        pane.selectById(f.campaign.id);
        bool shown = false;
        for (const QLabel *label : pane.findChildren<QLabel *>())
            shown = shown || label->text().contains(QStringLiteral("the winner goes to the rest"));
        QVERIFY(shown);

        // Running: the dialog shows the variants side by side; B (no failures) leads once the reports are in.
        f.ws.clock().set(test::testNow().addSecs(600));
        const AbTest running = *f.ws->experiments()->byCampaign(f.campaign.id);
        for (const AbVariant &v : running.variants) {
            bool done = false;
            connect(f.reports.refresh(v.sendId), &Job::finished, this, [&done] { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
        }
        {
            AbTestDialog dialog(&f.ws.workspace(), &f.experiments, f.campaign);
            auto *table = dialog.findChild<VariantsTable *>();
            QVERIFY(table);
            QCOMPARE(table->rowCount(), 2);
            QVERIFY2(table->item(1, 0)->text().contains(QStringLiteral("leads")),
                     qPrintable(table->item(1, 0)->text()));
            QString picked;
            connect(&dialog, &AbTestDialog::winnerPicked, this,
                    [&picked](qint64, const QString &label) { picked = label; });
            dialog.accept();
            QCOMPARE(picked, QStringLiteral("B")); // the leader is preselected
        }
        Job *job = pane.pickWinner(f.campaign.id, QStringLiteral("B"));
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return pane.banner()->text().contains(QStringLiteral("won")); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return f.ws->campaigns()->byId(f.campaign.id)->state == CampaignState::Sent; },
                                20000));
        QCOMPARE(f.ws->campaigns()->byId(f.campaign.id)->accountId, f.fast);
        QCOMPARE(f.ws->campaigns()->byId(f.campaign.id)->recipientCount, 60);

        // The Reports pane compares them in a tab of their own.
        ReportsPane reports(f.context());
        reports.resize(1100, 700);
        reports.show();
        reports.selectById(f.campaign.id);
        // Before the rest has a report of its own, the variants show under the note that it has none.
        auto *variants = reports.findChild<VariantsTable *>();
        QVERIFY(variants && !variants->isHidden());
        QCOMPARE(variants->rowCount(), 2);
        for (const AbVariant &v : running.variants) {
            bool done = false;
            connect(f.reports.refresh(v.sendId), &Job::finished, this, [&done] { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
        }
        bool refreshed = false;
        connect(f.reports.refresh(f.campaign.id), &Job::finished, this, [&refreshed] { refreshed = true; });
        QVERIFY(QTest::qWaitFor([&refreshed] { return refreshed; }, 20000));
        reports.selectById(f.campaign.id);
        bool tab = false;
        for (const QTabWidget *tabs : reports.findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                tab = tab || tabs->tabText(i) == QLatin1String("A/B test");
        }
        QVERIFY(tab);
    }

    // The template editor's language versions: added as a copy of the text shown, switched, saved with the rest.
    void templateDialog_languageVersions()
    {
        Fixture f;
        Template saved;
        TemplateDialog dialog(
                &f.ws.workspace(),
                [&saved](Template &t) {
                    saved = t;
                    return QString();
                },
                nullptr, *f.ws->templates()->byId(f.sms));
        QVERIFY(!dialog.languages()->addLanguage(QStringLiteral("Spanish please"))); // not a code
        QVERIFY(dialog.languages()->addLanguage(QStringLiteral("es")));
        QCOMPARE(dialog.languages()->current(), QStringLiteral("es"));
        QCOMPARE(dialog.bodyEdit()->toPlainText(), QStringLiteral("20% off today")); // a copy to translate
        dialog.bodyEdit()->setPlainText(QStringLiteral("20% de descuento hoy"));
        QVERIFY(dialog.languages()->showLanguage({}));
        QCOMPARE(dialog.bodyEdit()->toPlainText(), QStringLiteral("20% off today"));
        dialog.bodyEdit()->setPlainText(QStringLiteral("20% off today only"));
        dialog.accept();
        QCOMPARE(saved.body, QStringLiteral("20% off today only"));
        QCOMPARE(saved.versions.size(), 1);
        QCOMPARE(saved.versions.at(0).language, QStringLiteral("es"));
        QCOMPARE(saved.versions.at(0).body, QStringLiteral("20% de descuento hoy"));
    }

    void campaignDialog_keepsALocalTimeOfDay()
    {
        Fixture f;
        Campaign saved;
        CampaignDialog dialog(
                &f.ws.workspace(),
                [&saved](Campaign &c) {
                    saved = c;
                    return QString();
                },
                nullptr, f.campaign);
        dialog.setLocalTime(9 * 60 + 30, true);
        dialog.accept();
        QCOMPARE(saved.localTime, 9 * 60 + 30);
        QVERIFY(saved.localLateNow);
        // Outside its quiet hours: said, not saved.
        CampaignDialog late(
                &f.ws.workspace(), [](Campaign &) { return QString(); }, nullptr, f.campaign);
        late.setLocalTime(7 * 60);
        late.setWindow(9 * 60, 21 * 60);
        late.accept();
        QVERIFY2(late.problem().contains(QStringLiteral("quiet hours")), qPrintable(late.problem()));
    }
};

QTEST_MAIN(TestAbTest)
#include "tst_abtest.moc"
