// The main window and its five panes, offscreen, on a demo workspace and on an empty one.
#include "app/services/accountservice.h"
#include "app/services/contactimport.h"
#include "app/services/contactservice.h"
#include "app/services/dispatcher.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "fakes/emailcampaignsfake.h"
#include "fakes/freshmailfake.h"
#include "fakes/nrs360fake.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/contactmodel.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/suppressionstore.h"
#include "models/tablemodel.h"
#include "models/templatestore.h"
#include "support/testsupport.h"
#include "ui/accountdialog.h"
#include "ui/accountspane.h"
#include "ui/appearance.h"
#include "ui/campaigndialog.h"
#include "ui/campaignspane.h"
#include "ui/comparisondialog.h"
#include "ui/confirm.h"
#include "ui/contactdialog.h"
#include "ui/conversationsdialog.h"
#include "ui/emptystate.h"
#include "ui/engagementchart.h"
#include "ui/funnelchart.h"
#include "ui/groupspane.h"
#include "ui/importdialog.h"
#include "ui/jobstatuswidget.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/reportspane.h"
#include "ui/suppressiondialog.h"
#include "ui/templatedialog.h"
#include "ui/templatespane.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace cm;

namespace {

// A window over a workspace, with the services the composition root would make.
using Fixture = test::WindowFixture;

using Tester = std::unique_ptr<QAbstractItemModelTester>;
Tester checked(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ui::setConfirmHook({}); }

    void everyPane_opensOnTheDemoWorkspaceWithCheckedModels()
    {
        Fixture f(true);
        QVERIFY(f.ws.isOpen());
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        std::vector<Tester> testers;
        for (const QString &key : MainWindow::paneKeys()) {
            QVERIFY(f.window.showPane(key));
            QCOMPARE(f.window.currentPaneKey(), key);
            Pane *pane = f.window.pane(key);
            testers.push_back(checked(pane->listModel()));
            testers.push_back(checked(pane->listView()->model()));
            QVERIFY2(pane->listModel()->rowCount() > 0, qPrintable(key));
            QVERIFY(!pane->emptyState()->isShowingEmptyText());
            QVERIFY(pane->currentId() > 0); // something is selected, so the details are not blank
            QVERIFY(!pane->grab().isNull());
            // Every toolbar button can be reached by keyboard users and screen readers: named, icon-only or not.
            for (const QToolButton *button : pane->findChildren<QToolButton *>()) {
                if (button->defaultAction() && !button->defaultAction()->text().isEmpty())
                    QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                             qPrintable(button->defaultAction()->text()));
            }
        }
        // Sorting through the proxy on every column keeps the models consistent.
        for (const QString &key : MainWindow::paneKeys()) {
            QTableView *view = f.window.pane(key)->listView();
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                view->sortByColumn(column, Qt::DescendingOrder);
                view->sortByColumn(column, Qt::AscendingOrder);
            }
        }
        QVERIFY(!f.window.showPane(QStringLiteral("nonsense")));
    }

    void emptyWorkspace_everyPaneSaysWhatToDo()
    {
        Fixture f(false);
        for (const QString &key : MainWindow::paneKeys()) {
            QVERIFY(f.window.showPane(key));
            Pane *pane = f.window.pane(key);
            auto tester = checked(pane->listModel());
            QCOMPARE(pane->listModel()->rowCount(), 0);
            QVERIFY2(pane->emptyState()->isShowingEmptyText(), qPrintable(key));
            QCOMPARE(pane->currentId(), 0);
        }
    }

    void viewShortcuts_switchPanes()
    {
        Fixture f(true);
        QVERIFY(QTest::qWaitForWindowActive(&f.window) || QTest::qWaitForWindowExposed(&f.window));
        f.window.activateWindow();
        QTest::keyClick(&f.window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(f.window.currentPaneKey(), QStringLiteral("overview")); // first in the sidebar
        QTest::keyClick(&f.window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(f.window.currentPaneKey(), QStringLiteral("templates"));
        QTest::keyClick(&f.window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(f.window.currentPaneKey(), QStringLiteral("series"));
        QTest::keyClick(&f.window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(f.window.currentPaneKey(), QStringLiteral("reports"));
    }

    void groupsPane_createsRenamesAndDeletes()
    {
        Fixture f(true);
        auto *pane = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        QVERIFY(pane);
        auto tester = checked(pane->listModel());
        auto proxyTester = checked(pane->listView()->model());
        auto contactTester = checked(pane->contactModel());
        const int before = pane->listModel()->rowCount();

        QVERIFY(pane->createGroup(QStringLiteral("  Yeni müşteriler  ")));
        QCOMPARE(pane->listModel()->rowCount(), before + 1);
        const auto created = f.ws->groups()->byName(QStringLiteral("Yeni müşteriler"));
        QVERIFY(created);
        QCOMPARE(pane->currentId(), created->id);

        QVERIFY(!pane->createGroup(QStringLiteral("yeni MÜŞTERILER").toLower())); // names are unique
        QCOMPARE(pane->banner()->type(), MessageBanner::Warning);
        QVERIFY(!pane->createGroup(QStringLiteral("   ")));

        QVERIFY(pane->renameGroup(created->id, QStringLiteral("Yeni müşteriler 2026")));
        QCOMPARE(f.ws->groups()->byId(created->id)->name, QStringLiteral("Yeni müşteriler 2026"));

        ui::setConfirmHook([](const QString &) { return false; });
        QVERIFY(!pane->deleteGroup(created->id));
        QVERIFY(f.ws->groups()->byId(created->id));
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return true;
        });
        QVERIFY(pane->deleteGroup(created->id));
        QVERIFY(asked.contains(QStringLiteral("Yeni müşteriler 2026")));
        QVERIFY(!f.ws->groups()->byId(created->id));
        QCOMPARE(pane->listModel()->rowCount(), before);
    }

    void groupsPane_searchesSortsAndActsOnASelection()
    {
        Fixture f(true);
        auto *pane = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        f.window.showPane(QStringLiteral("groups"));
        auto contactTester = checked(pane->contactModel());
        const auto newsletter = f.ws->groups()->byName(QStringLiteral("Newsletter subscribers"));
        const auto vip = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"));
        QVERIFY(newsletter && vip);
        QVERIFY(pane->selectById(newsletter->id));
        ContactModel *contacts = pane->contactModel();
        QTRY_COMPARE(contacts->rowCount(), int(newsletter->contactCount));

        // Typing in the search field narrows the list once typing pauses; accents do not matter.
        auto *search = pane->findChild<QLineEdit *>();
        QVERIFY(search && search->placeholderText().contains(QStringLiteral("Search")));
        QTest::keyClicks(search, QStringLiteral("yilmaz"));
        QTRY_VERIFY(!contacts->isLoading() && contacts->search() == QStringLiteral("yilmaz"));
        QVERIFY(contacts->rowCount() > 0 && contacts->rowCount() < newsletter->contactCount);
        for (int row = 0; row < contacts->rowCount(); ++row)
            QVERIFY(contacts->contactAt(row).lastName.startsWith(QStringLiteral("Yılmaz")));
        const int matches = contacts->rowCount();

        // Clicking a column header sorts (in the database).
        pane->setContactSearch({});
        QTRY_VERIFY(!contacts->isLoading());
        pane->contactView()->sortByColumn(ContactModel::FirstNameColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!contacts->isLoading());
        QVERIFY(QString::localeAwareCompare(contacts->contactAt(0).firstName.toLower(),
                                            contacts->contactAt(contacts->rowCount() - 1).firstName.toLower())
                < 0);

        // Select the matches; copy them to another group, where duplicates stay out.
        pane->setContactSearch(QStringLiteral("yılmaz"));
        QTRY_VERIFY(!contacts->isLoading());
        QCOMPARE(contacts->rowCount(), matches);
        pane->contactView()->setFocus();
        pane->contactView()->selectAll();
        QCOMPARE(pane->selectedContactIds().size(), matches);
        const qint64 vipBefore = f.ws->groups()->contactCount(vip->id);
        QVERIFY(pane->copyContacts(pane->selectedContactIds(), vip->id, false));
        QVERIFY(f.ws->groups()->contactCount(vip->id) > vipBefore);
        QCOMPARE(f.ws->groups()->contactCount(newsletter->id), newsletter->contactCount);

        // On the suppression list, per channel.
        QVERIFY(pane->suppressContacts(pane->selectedContactIds().mid(0, 1), QStringLiteral("opt_out")));
        const Contact first = f.ws->groups()->contact(pane->selectedContactIds().first()).value();
        QVERIFY(f.ws->suppressions()->isSuppressed(QStringLiteral("email"), first.email));
        QVERIFY(f.ws->suppressions()->isSuppressed(QStringLiteral("sms"), first.phone));

        // Delete in the contacts deletes the selected contacts, not the group (the pane's own Delete).
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return true;
        });
        QTest::keyClick(pane->contactView(), Qt::Key_Delete);
        QVERIFY2(asked.contains(QString::number(matches)), qPrintable(asked));
        QVERIFY(f.ws->groups()->byId(newsletter->id));
        QCOMPARE(f.ws->groups()->contactCount(newsletter->id), newsletter->contactCount - matches);
        QTRY_COMPARE(contacts->rowCount(), 0);
        QCOMPARE(pane->currentId(), newsletter->id);

        // Merge the group into VIP: it goes; VIP keeps its own copy of a shared contact.
        QVERIFY(pane->mergeGroup(newsletter->id, vip->id));
        QVERIFY(!f.ws->groups()->byId(newsletter->id));
        QCOMPARE(pane->currentId(), vip->id);
        QVERIFY(pane->banner()->text().contains(QStringLiteral("merged")));
    }

    void campaignsPane_360nrsHoldsTheScheduledSend_reschedulesAndCancelsIt()
    {
        Fixture f(true);
        test::Nrs360Fake fake(QStringLiteral("shop"), QStringLiteral("pw-360"));
        QVERIFY(fake.start());
        bool added = false;
        f.accounts.add(Account {0,
                                QStringLiteral("360 TR"),
                                QStringLiteral("nrs360"),
                                fake.apiBase(),
                                QStringLiteral("shop"),
                                {},
                                {}},
                       QStringLiteral("pw-360"), this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        auto *pane = qobject_cast<CampaignsPane *>(f.window.pane(QStringLiteral("campaigns")));
        f.window.showPane(QStringLiteral("campaigns"));
        Template sms;
        for (const Template &t : f.ws->templates()->templates())
            if (t.channel == Channel::Sms)
                sms = t;
        Campaign c;
        c.name = QStringLiteral("Bayram");
        c.accountId = f.ws->accounts()->byName(QStringLiteral("360 TR"))->id;
        c.groupId = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"))->id;
        c.templateId = sms.id;
        c.sender = QStringLiteral("MAGAZA");
        c.timeZone = QStringLiteral("Europe/Istanbul");
        c.scheduledAt = f.ws.clock().now().addDays(2);
        QVERIFY(f.ws->campaigns()->create(c));
        QVERIFY(pane->selectById(c.id));

        // The composer offers 360NRS's own options for SMS with this account, none with the Sandbox.
        {
            CampaignDialog dialog(
                    &f.ws.workspace(), [](Campaign &) { return QString(); }, nullptr, c);
            QVERIFY(dialog.optionKeys().contains(QStringLiteral("flash")));
            QVERIFY(!dialog.optionKeys().contains(QStringLiteral("track_opens")));
            QVERIFY(dialog.setOption(QStringLiteral("tags"), QStringLiteral("bayram")));
            dialog.accept();
            QCOMPARE(dialog.campaign().options.value(QStringLiteral("tags")).toString(), QStringLiteral("bayram"));
        }
        c.options = {{QStringLiteral("tags"), QStringLiteral("bayram")}};
        QVERIFY(f.ws->campaigns()->update(c));

        // Schedule…: the question says 360NRS will hold it; yes hands it over.
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return true;
        });
        QVERIFY(pane->sendCampaign(c.id));
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->campaigns()->byId(c.id)->isHeldAtProvider(), 20000);
        QVERIFY2(asked.contains(QStringLiteral("even if Campaign Manager is closed")), qPrintable(asked));
        QVERIFY(!fake.scheduled.isEmpty());
        QCOMPARE(fake.scheduled.size(), int(f.ws->campaigns()->byId(c.id)->recipientCount));
        for (const auto &r : fake.requests()) {
            if (r.method == "POST" && r.path.endsWith(QLatin1String("/sms")))
                QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("tags")).toArray(),
                         QJsonArray {QStringLiteral("bayram")});
        }
        QTRY_VERIFY(pane->banner()->text().contains(QStringLiteral("360NRS")));
        QVERIFY(!f.ws->campaigns()->byId(c.id)->isEditable()); // only its time can change now

        const QDateTime later = c.scheduledAt.addSecs(3 * 3600);
        QVERIFY(pane->rescheduleHeld(c.id, later));
        QTRY_COMPARE(f.ws->campaigns()->byId(c.id)->scheduledAt, later);
        for (const auto &m : std::as_const(fake.messages))
            QCOMPARE(m.scheduledAt, later);

        QVERIFY(pane->cancelCampaign(c.id));
        QTRY_COMPARE(f.ws->campaigns()->byId(c.id)->state, CampaignState::Cancelled);
        QVERIFY(fake.scheduled.isEmpty());
        QCOMPARE(fake.wholeAccountScheduledChanges, 0);
        QCOMPARE(f.ws->campaigns()->recipientCounts(c.id).value(RecipientState::Accepted), 0);

        // The suppression list syncs with the account's blacklist from its dialog.
        SuppressionDialog suppressions({&f.ws.workspace(), &f.accounts, &f.reports, &f.jobs, &f.groupSync,
                                        &f.contactImport, &f.dispatcher, &f.contacts});
        QVERIFY(suppressions.syncWith(f.ws->accounts()->byName(QStringLiteral("360 TR"))->id));
        QTRY_COMPARE_WITH_TIMEOUT(suppressions.banner()->type(), MessageBanner::Success, 20000);
        QVERIFY2(suppressions.banner()->text().contains(QStringLiteral("sent to 360 TR")),
                 qPrintable(suppressions.banner()->text()));

        // An email template to 360NRS's templates and back, from the Templates pane.
        auto *templates = qobject_cast<TemplatesPane *>(f.window.pane(QStringLiteral("templates")));
        Template email;
        for (const Template &t : f.ws->templates()->templates())
            if (t.channel == Channel::Email)
                email = t;
        QVERIFY(email.id);
        const qint64 account = f.ws->accounts()->byName(QStringLiteral("360 TR"))->id;
        QVERIFY(templates->pushTemplate(email.id, account));
        QTRY_COMPARE_WITH_TIMEOUT(fake.templatesV2.size(), 1, 10000);
        QTRY_COMPARE(templates->banner()->type(), MessageBanner::Success);
        fake.templatesV2.first().insert(QStringLiteral("name"), QStringLiteral("From 360NRS"));
        QVERIFY(templates->pullTemplates(account));
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->templates()->byName(QStringLiteral("From 360NRS")).has_value(), 10000);
        QCOMPARE(f.ws->templates()->byName(QStringLiteral("From 360NRS"))->body, email.body);
        // And seen as 360NRS renders it.
        QList<RemoteTemplate> remote;
        f.groupSync.remoteTemplates(
                account, this, [&remote](bool, const QString &, const QList<RemoteTemplate> &list) { remote = list; });
        QTRY_COMPARE(remote.size(), 1);
        QVERIFY(templates->previewRemote(account, remote.first().id));
        QTRY_VERIFY(!templates->lastRemotePreview().isEmpty());
        QCOMPARE(templates->lastRemotePreview(),
                 fake.templatesV2.first()
                         .value(QStringLiteral("html"))
                         .toString()
                         .replace(QRegularExpression(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}")),
                                  QStringLiteral("[\\1]"))
                         .replace(QStringLiteral("[unsubscribe_link]"),
                                  QStringLiteral("https://u.360nrs.example/preview")));
        // A plain-text email reaches the provider's library as it would be sent: its line breaks kept, "<" as text.
        Template plain;
        plain.name = QStringLiteral("Plain note");
        plain.channel = Channel::Email;
        plain.subject = QStringLiteral("Hi");
        plain.body = QStringLiteral("Hi {{first_name}},\nuse <PROMO> today.");
        QVERIFY(f.ws->templates()->add(plain));
        QVERIFY(templates->pushTemplate(plain.id, account));
        QTRY_COMPARE_WITH_TIMEOUT(fake.templatesV2.size(), 2, 10000);
        QVERIFY2(fake.templatesV2.last()
                         .value(QStringLiteral("html"))
                         .toString()
                         .contains(QStringLiteral("<br>\nuse &lt;PROMO&gt; today.")),
                 qPrintable(fake.templatesV2.last().value(QStringLiteral("html")).toString()));

        // The addresses of a group checked by 360NRS, from the Groups pane.
        auto *groups = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        bool linked = false;
        f.groupSync.createLinked(QStringLiteral("Kampanya listesi"), account, this,
                                 [&linked](bool ok, const QString &) { linked = ok; });
        QTRY_VERIFY(linked);
        const qint64 listId = f.ws->groups()->byName(QStringLiteral("Kampanya listesi"))->id;
        QVERIFY(groups->renameGroup(listId, QStringLiteral("Bayram listesi")));
        QTRY_VERIFY_WITH_TIMEOUT(fake.groups.values().contains(QStringLiteral("Bayram listesi")), 10000);
        QVERIFY(groups->validateEmails(c.groupId, account, 10));
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->text().contains(QStringLiteral("deliverable")), 10000);
        QCOMPARE(groups->banner()->type(), MessageBanner::Success);
    }

    // 360NRS's other deliveries from the GUI: the composer shows a call's fields only for a call, a required field
    // left empty keeps the dialog open, the call goes out; the Accounts pane opens the WhatsApp conversations, which
    // are read and answered within their session.
    void campaignsAndAccounts_360nrsVoiceCallAndWhatsAppConversations()
    {
        Fixture f(true);
        test::Nrs360Fake fake(QStringLiteral("shop"), QStringLiteral("pw-360"));
        QVERIFY(fake.start());
        fake.now = f.ws.clock().now();
        bool added = false;
        f.accounts.add(Account {0,
                                QStringLiteral("360 ES"),
                                QStringLiteral("nrs360"),
                                fake.apiBase(),
                                QStringLiteral("shop"),
                                {},
                                {}},
                       QStringLiteral("pw-360"), this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        const qint64 account = f.ws->accounts()->byName(QStringLiteral("360 ES"))->id;
        Template call; // a call's text: its campaign is a call
        call.name = QStringLiteral("Recordatorio");
        call.channel = Channel::Voice;
        call.body = QStringLiteral("Hola {{first_name|default:\"cliente\"}}, su pedido está listo.");
        QVERIFY(f.ws->templates()->add(call));
        Campaign c;
        c.name = QStringLiteral("Llamadas");
        c.channel = Channel::Voice;
        c.accountId = account;
        c.groupId = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"))->id;
        c.templateId = call.id;
        QVERIFY(f.ws->campaigns()->create(c));
        {
            CampaignDialog dialog(
                    &f.ws.workspace(), [](Campaign &) { return QString(); }, nullptr, c);
            // A call's options only: no SMS field, no "delivery".
            QVERIFY(!dialog.optionKeys().contains(QStringLiteral("flash")));
            QVERIFY(!dialog.optionKeys().contains(QStringLiteral("delivery")));
            QVERIFY(dialog.shownOptionKeys().contains(QStringLiteral("voice_language")));
            // An audio file instead of reading the text: no voice then.
            QVERIFY(dialog.setOption(QStringLiteral("audio_url"), QStringLiteral("aviso.mp3")));
            QVERIFY(!dialog.shownOptionKeys().contains(QStringLiteral("voice_language")));
            dialog.accept(); // not a web address: it stays open and says what is wrong
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.setOption(QStringLiteral("audio_url"), QString()));
            QVERIFY(dialog.shownOptionKeys().contains(QStringLiteral("voice_language")));
            QVERIFY(dialog.setOption(QStringLiteral("voice_language"), QStringLiteral("es_ES")));
            QVERIFY(dialog.setOption(QStringLiteral("call_retries"), 2));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            c = dialog.campaign();
        }
        QCOMPARE(c.channel, Channel::Voice);
        QVERIFY(!c.options.contains(QStringLiteral("delivery")));
        QCOMPARE(c.options.value(QStringLiteral("voice_language")).toString(), QStringLiteral("es_ES"));
        QVERIFY(!c.options.contains(QStringLiteral("flash")));
        QVERIFY(c.options.value(QStringLiteral("audio_url")).toString().isEmpty());
        QVERIFY(f.ws->campaigns()->update(c));

        // One of the group kept from calls in the suppression list (Calls): left out of the call only.
        const QList<Contact> vip = f.ws->groups()->contacts(c.groupId, 0, 1);
        QVERIFY(!vip.isEmpty() && !vip.first().phone.isEmpty());
        {
            SuppressionDialog suppressions({&f.ws.workspace(), &f.accounts, &f.reports, &f.jobs, &f.groupSync,
                                            &f.contactImport, &f.dispatcher, &f.contacts});
            QVERIFY(!suppressions.addAddress(QStringLiteral("someone@example.com"), QStringLiteral("voice"),
                                             QStringLiteral("opt_out")));
            QVERIFY(suppressions.addAddress(vip.first().phone, QStringLiteral("voice"), QStringLiteral("opt_out")));
        }
        const int reachable = int(Dispatcher::prepare(&f.ws.workspace(), c, call).size());
        Campaign asText = c;
        asText.channel = Channel::Sms;
        asText.options.clear();
        QCOMPARE(int(Dispatcher::prepare(&f.ws.workspace(), asText, call).size()), reachable + 1);
        auto *campaigns = qobject_cast<CampaignsPane *>(f.window.pane(QStringLiteral("campaigns")));
        f.window.showPane(QStringLiteral("campaigns"));
        ui::setConfirmHook([](const QString &) { return true; });
        QVERIFY(campaigns->sendCampaign(c.id));
        QTRY_COMPARE_WITH_TIMEOUT(f.ws->campaigns()->byId(c.id)->state, CampaignState::Sent, 20000);
        int calls = 0;
        for (const auto &r : fake.requests()) {
            if (r.method == "POST" && r.path.endsWith(QLatin1String("/voice"))) {
                ++calls;
                const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                QCOMPARE(body.value(QStringLiteral("language")).toString(), QStringLiteral("es_ES"));
                QCOMPARE(body.value(QStringLiteral("retries")).toInt(), 2);
            }
            QVERIFY(!r.path.endsWith(QLatin1String("/sms")));
        }
        QVERIFY(calls >= 1);
        QCOMPARE(int(f.ws->campaigns()->byId(c.id)->recipientCount), reachable);
        for (const auto &m : std::as_const(fake.messages))
            QVERIFY(QStringLiteral("+") + m.to != vip.first().phone);

        // The conversations, from the Accounts pane.
        const QString business = QStringLiteral("34666777555");
        fake.userReplies(business, QStringLiteral("905321234567"), QStringLiteral("Merhaba"));
        fake.conversations[business + QStringLiteral("/905321234567")].firstName = QStringLiteral("Ayşe");
        auto *accounts = qobject_cast<AccountsPane *>(f.window.pane(QStringLiteral("accounts")));
        f.window.showPane(QStringLiteral("accounts"));
        QVERIFY(accounts->selectById(account));
        accounts->showConversations();
        auto *dialog = accounts->findChild<ConversationsDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->conversationCount(), 1, 10000);
        QVERIFY(!dialog->canReply()); // nothing chosen yet
        QSignalSpy updated(dialog, &ConversationsDialog::updated);
        dialog->openConversation(0);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->canReply(), 10000);
        QCOMPARE(dialog->messageTexts(), QStringList {QStringLiteral("< Merhaba")});
        dialog->setReplyText(QStringLiteral("Merhaba Ayşe, siparişiniz hazır."));
        updated.clear();
        dialog->sendReply();
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 10000);
        QVERIFY2(dialog->statusText().isEmpty(), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->messageTexts().last(), QStringLiteral("> Merhaba Ayşe, siparişiniz hazır."));
        QCOMPARE(fake.conversations.value(business + QStringLiteral("/905321234567")).messages.size(), 2);
        // A day later the session has closed: the answer box is off and says why.
        fake.now = fake.now.addSecs(25 * 3600);
        dialog->openConversation(0);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->canReply(), 10000);
        dialog->close();
    }

    // FreshMail and Email Campaigns from the GUI: the account dialog asks each for its own credentials; a group goes
    // to a FreshMail list; a campaign is checked (with FreshMail's spam test), scheduled (FreshMail holds it),
    // cannot be moved there and is cancelled; another goes now and its report is FreshMail's; Email Campaigns the
    // same way with its results counted.
    void campaignsPane_freshMailAndEmailCampaigns_endToEnd()
    {
        Fixture f(true);
        test::FreshMailFake freshMail("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210fedcba98");
        QVERIFY(freshMail.start());
        freshMail.now = f.ws.clock().now();
        test::EmailCampaignsFake emailCampaigns("9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b");
        QVERIFY(emailCampaigns.start());
        emailCampaigns.now = f.ws.clock().now();

        AccountDialog dialog(f.ws->providers(), &f.accounts);
        auto *provider = dialog.findChild<QComboBox *>();
        provider->setCurrentIndex(provider->findData(QStringLiteral("freshmail")));
        const auto field = [&dialog](const QString &name) {
            for (auto *edit : dialog.findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == name)
                    return edit;
            }
            return static_cast<QLineEdit *>(nullptr);
        };
        QVERIFY(field(QStringLiteral("API key")) && field(QStringLiteral("API secret")));
        dialog.findChildren<QLineEdit *>().first()->setText(QStringLiteral("FreshMail PL"));
        field(QStringLiteral("API address"))->setText(freshMail.baseUrl());
        field(QStringLiteral("API key"))->setText(QStringLiteral("0123456789abcdef0123456789abcdef"));
        field(QStringLiteral("API secret"))->setText(QStringLiteral("fedcba9876543210fedcba9876543210fedcba98"));
        dialog.findChild<QPlainTextEdit *>()->setPlainText(
                QStringLiteral("{\"unsubscribe_url\": \"https://shop.example.com/unsub\"}"));
        QCOMPARE(dialog.account().provider, QStringLiteral("freshmail"));
        bool added = false;
        f.accounts.add(dialog.account(), dialog.secret(), this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        const qint64 fm = f.ws->accounts()->byName(QStringLiteral("FreshMail PL"))->id;

        // The group to a FreshMail list, from the Groups pane.
        auto *groups = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        f.window.showPane(QStringLiteral("groups"));
        Group g;
        g.name = QStringLiteral("Klienci");
        QVERIFY(f.ws->groups()->create(g));
        QList<Contact> people;
        for (const QString &local :
             {QStringLiteral("open1"), QStringLiteral("click2"), QStringLiteral("hardbounce3")}) {
            Contact c;
            c.email = local + QStringLiteral("@example.com");
            people.append(c);
        }
        f.ws->groups()->addContacts(g.id, people);
        QVERIFY(groups->pushToAccount(g.id, fm));
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->isVisible(), 15000);
        QVERIFY2(groups->banner()->type() == MessageBanner::Success, qPrintable(groups->banner()->text()));
        QCOMPARE(freshMail.lists.size(), 1);
        QCOMPARE(freshMail.lists.first().subscribers.size(), 3);

        Template t;
        t.name = QStringLiteral("Lato");
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Lato");
        t.body = QStringLiteral(
                "<p>Hi {{first_name|default:\"there\"}}</p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a>");
        QVERIFY(f.ws->templates()->add(t));
        Campaign c;
        c.name = QStringLiteral("Lato FM");
        c.channel = Channel::Email;
        c.accountId = fm;
        c.groupId = g.id;
        c.templateId = t.id;
        c.sender = QStringLiteral("news@shop.example.com");
        c.timeZone = QStringLiteral("Europe/Warsaw");
        c.scheduledAt = f.ws.clock().now().addDays(2);
        QVERIFY(f.ws->campaigns()->create(c));
        auto *pane = qobject_cast<CampaignsPane *>(f.window.pane(QStringLiteral("campaigns")));
        f.window.showPane(QStringLiteral("campaigns"));
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return true;
        });
        // A test copy first, as FreshMail transactional mail.
        QVERIFY(pane->testSend(c.id, {QStringLiteral("me@example.com")}));
        QTRY_COMPARE_WITH_TIMEOUT(freshMail.mails.size(), 1, 10000);
        QTRY_COMPARE(pane->banner()->type(), MessageBanner::Success);
        QVERIFY(pane->sendCampaign(c.id));
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->campaigns()->byId(c.id)->isHeldAtProvider(), 20000);
        QVERIFY2(asked.contains(QStringLiteral("Spam test: 1.0 points (MIME_HTML_ONLY)")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("even if Campaign Manager is closed")), qPrintable(asked));
        QCOMPARE(freshMail.campaigns.size(), 1);
        QCOMPARE(freshMail.campaigns.first().status, QStringLiteral("scheduled"));
        pane->banner()->hide();
        QVERIFY(pane->rescheduleHeld(c.id, c.scheduledAt.addDays(1)));
        QTRY_VERIFY(pane->banner()->isVisible());
        QCOMPARE(pane->banner()->type(), MessageBanner::Error);
        QVERIFY2(pane->banner()->text().contains(QStringLiteral("cannot move")), qPrintable(pane->banner()->text()));
        QVERIFY(pane->cancelCampaign(c.id));
        QTRY_COMPARE(f.ws->campaigns()->byId(c.id)->state, CampaignState::Cancelled);
        QCOMPARE(freshMail.campaigns.first().status, QStringLiteral("deleted"));

        // Sent now, delivered by FreshMail, its report refreshed from the Reports pane.
        Campaign now = c;
        now.id = 0;
        now.name = QStringLiteral("Lato FM now");
        now.scheduledAt = {};
        QVERIFY(f.ws->campaigns()->create(now));
        QVERIFY(pane->sendCampaign(now.id));
        QTRY_COMPARE_WITH_TIMEOUT(f.ws->campaigns()->byId(now.id)->state, CampaignState::Sent, 20000);
        auto *reports = qobject_cast<ReportsPane *>(f.window.pane(QStringLiteral("reports")));
        f.window.showPane(QStringLiteral("reports"));
        QVERIFY(reports->selectById(now.id));
        // The refresh's own job, not whichever job of the sends finishes next.
        const auto refreshed = [&f, reports]() -> QString {
            QSignalSpy started(&f.jobs, &JobTracker::jobStarted);
            reports->refreshReport();
            if (started.size() != 1)
                return QStringLiteral("no refresh started");
            QSignalSpy finished(started.first().at(0).value<Job *>(), &Job::finished);
            if (!finished.wait(10000))
                return QStringLiteral("the refresh did not finish");
            return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
        };
        const QString fmRefresh = refreshed();
        QVERIFY2(fmRefresh.isEmpty(), qPrintable(fmRefresh));
        QVERIFY(!f.ws->campaigns()->snapshots(now.id).isEmpty());
        const CampaignStats fmStats = f.ws->campaigns()->snapshots(now.id).last().stats;
        const QJsonObject fake = freshMail.report(freshMail.campaigns.lastKey());
        QCOMPARE(fmStats.value(CampaignStats::Sent), fake.value(QStringLiteral("subscribers")).toString().toLongLong());
        QCOMPARE(fmStats.value(CampaignStats::Bounced), 1);
        QCOMPARE(fmStats.value(CampaignStats::UniqueClicked), 1);
        QVERIFY(reports->counterText(CampaignStats::UniqueOpened).startsWith(QStringLiteral("2 ")));

        // Email Campaigns: its base URL and token; sent now; its results counted into the report.
        provider->setCurrentIndex(provider->findData(QStringLiteral("emailcampaigns")));
        QVERIFY(field(QStringLiteral("API token")) && !field(QStringLiteral("API key"))->isVisibleTo(&dialog));
        added = false;
        f.accounts.add(Account {0,
                                QStringLiteral("EC US"),
                                QStringLiteral("emailcampaigns"),
                                emailCampaigns.baseUrl(),
                                {},
                                {},
                                {}},
                       QStringLiteral("9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"), this,
                       [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        const qint64 ecAccount = f.ws->accounts()->byName(QStringLiteral("EC US"))->id;
        // The group to a contact group there (uploaded as CSV).
        Group us;
        us.name = QStringLiteral("Customers US");
        QVERIFY(f.ws->groups()->create(us));
        QList<Contact> usPeople;
        for (const QString &local : {QStringLiteral("ann"), QStringLiteral("bounce"), QStringLiteral("carl")}) {
            Contact p;
            p.email = local + QStringLiteral("@example.com");
            usPeople.append(p);
        }
        f.ws->groups()->addContacts(us.id, usPeople);
        f.window.showPane(QStringLiteral("groups"));
        groups->banner()->hide();
        QVERIFY(groups->pushToAccount(us.id, ecAccount));
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->isVisible(), 15000);
        QVERIFY2(groups->banner()->type() == MessageBanner::Success, qPrintable(groups->banner()->text()));
        QCOMPARE(emailCampaigns.groups.size(), 1);
        QCOMPARE(emailCampaigns.groups.first().value(QStringLiteral("contacts")).toArray().size(), 3);
        Campaign ec = now;
        ec.id = 0;
        ec.name = QStringLiteral("Spring EC");
        ec.accountId = ecAccount;
        ec.groupId = us.id;
        ec.timeZone = QStringLiteral("America/New_York");
        ec.scheduledAt = f.ws.clock().now().addDays(3);
        t.id = 0;
        t.name = QStringLiteral("Spring");
        t.body = QStringLiteral("<p>Hi</p>");
        t.marketing = false;
        QVERIFY(f.ws->templates()->add(t));
        ec.templateId = t.id;
        QVERIFY(f.ws->campaigns()->create(ec));
        f.window.showPane(QStringLiteral("campaigns"));
        // Test copy (a campaign to that address only), scheduled (held there, in New York time), cancelled.
        pane->banner()->hide();
        QVERIFY(pane->testSend(ec.id, {QStringLiteral("me@example.com")}));
        QTRY_COMPARE_WITH_TIMEOUT(emailCampaigns.campaigns.size(), 1, 10000);
        QVERIFY(pane->sendCampaign(ec.id));
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->campaigns()->byId(ec.id)->isHeldAtProvider(), 20000);
        QCOMPARE(emailCampaigns.campaigns.size(), 2);
        const QString heldEc = emailCampaigns.campaigns.lastKey();
        QCOMPARE(emailCampaigns.campaigns[heldEc].object.value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("EST5EDT"));
        QCOMPARE(emailCampaigns.campaigns[heldEc].startUtc, ec.scheduledAt);
        QVERIFY(pane->cancelCampaign(ec.id));
        QTRY_COMPARE(f.ws->campaigns()->byId(ec.id)->state, CampaignState::Cancelled);
        QCOMPARE(emailCampaigns.campaigns[heldEc].object.value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        // Another sent now.
        ec.id = 0;
        ec.name = QStringLiteral("Spring EC now");
        ec.scheduledAt = {};
        QVERIFY(f.ws->campaigns()->create(ec));
        QVERIFY(pane->sendCampaign(ec.id));
        QTRY_COMPARE_WITH_TIMEOUT(f.ws->campaigns()->byId(ec.id)->state, CampaignState::Sent, 20000);
        QCOMPARE(emailCampaigns.campaigns.size(), 3);
        emailCampaigns.advanceTo(f.ws.clock().now().addSecs(120));
        emailCampaigns.advanceTo(f.ws.clock().now().addSecs(3600));
        f.ws.clock().set(f.ws.clock().now().addSecs(3600));
        f.window.showPane(QStringLiteral("reports"));
        QVERIFY(reports->selectById(ec.id));
        const QString ecRefresh = refreshed();
        QVERIFY2(ecRefresh.isEmpty(), qPrintable(ecRefresh));
        QVERIFY(!f.ws->campaigns()->snapshots(ec.id).isEmpty());
        const CampaignStats ecStats = f.ws->campaigns()->snapshots(ec.id).last().stats;
        QCOMPARE(ecStats.value(CampaignStats::Delivered), 2);
        QCOMPARE(ecStats.value(CampaignStats::Bounced), 1); // the fake's "bounced", an undocumented disposition

        // The FreshMail-linked group deleted from the Groups pane: at FreshMail first (yes to both questions).
        f.window.showPane(QStringLiteral("groups"));
        groups->banner()->hide();
        const QString listHash = f.ws->groups()->byId(g.id)->remoteId;
        QVERIFY(freshMail.lists.contains(listHash));
        QVERIFY(groups->deleteGroup(g.id));
        QTRY_VERIFY_WITH_TIMEOUT(!f.ws->groups()->byId(g.id), 10000);
        QVERIFY(!freshMail.lists.contains(listHash));
        QTRY_COMPARE(groups->banner()->type(), MessageBanner::Success);
    }

    void campaignsPane_composesChecksAndSends()
    {
        Fixture f(true);
        auto *pane = qobject_cast<CampaignsPane *>(f.window.pane(QStringLiteral("campaigns")));
        f.window.showPane(QStringLiteral("campaigns"));
        const auto vip = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"));
        Template sms;
        for (const Template &t : f.ws->templates()->templates())
            if (t.channel == Channel::Sms)
                sms = t;
        QVERIFY(vip && sms.id);

        CampaignDialog dialog(&f.ws.workspace(), [pane](Campaign &c) { return pane->createCampaign(c); });
        dialog.accept();
        QVERIFY(dialog.problem().contains(QStringLiteral("name"))); // nothing saved without one
        dialog.setName(QStringLiteral("Kasım SMS"));
        QVERIFY(dialog.choose(QStringLiteral("template"), sms.id));
        QVERIFY(dialog.choose(QStringLiteral("group"), vip->id));
        // A sandbox account of its own: the sandbox keeps what an account spent for the life of the process, and
        // another test reads the demo account's balance.
        Account own {0, QStringLiteral("Sandbox (sending test)"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        QVERIFY(f.ws->accounts()->add(own));
        CampaignDialog withOwn(&f.ws.workspace(), [pane](Campaign &c) { return pane->createCampaign(c); });
        withOwn.setName(QStringLiteral("Kasım SMS"));
        QVERIFY(withOwn.choose(QStringLiteral("template"), sms.id));
        QVERIFY(withOwn.choose(QStringLiteral("group"), vip->id));
        QVERIFY(withOwn.choose(QStringLiteral("account"), own.id));
        withOwn.accept();
        QCOMPARE(withOwn.result(), int(QDialog::Accepted));
        const Campaign created = withOwn.campaign();
        QCOMPARE(created.accountId, own.id);
        QVERIFY(created.id);
        QCOMPARE(created.channel, Channel::Sms);
        QVERIFY(pane->selectById(created.id));

        // A test send to a number of one's own: said in the banner, nothing recorded.
        QVERIFY(pane->testSend(created.id, {QStringLiteral("+90 555 111 22 33")}));
        QTRY_VERIFY_WITH_TIMEOUT(pane->banner()->text().contains(QStringLiteral("Test sent")), 10000);
        QVERIFY(f.ws->campaigns()->recipientCounts(created.id).isEmpty());

        // The pre-send check runs in the background, then asks with the numbers; No sends nothing.
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return false;
        });
        QVERIFY(pane->sendCampaign(created.id));
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QVERIFY2(asked.contains(QStringLiteral("recipients")) && asked.contains(QStringLiteral("parts")),
                 qPrintable(asked));
        QCOMPARE(f.ws->campaigns()->byId(created.id)->state, CampaignState::Draft);

        // Yes sends, with the outcome in the banner.
        ui::setConfirmHook([](const QString &) { return true; });
        QVERIFY(pane->sendCampaign(created.id));
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->campaigns()->byId(created.id)->state == CampaignState::Sent, 20000);
        QTRY_VERIFY(pane->banner()->text().contains(QStringLiteral("accepted")));
        const auto counts = f.ws->campaigns()->recipientCounts(created.id);
        qint64 withPhone = 0;
        for (const Contact &c : f.ws->groups()->allContacts(vip->id))
            withPhone += !c.phone.isEmpty();
        QCOMPARE(counts.value(RecipientState::Accepted) + counts.value(RecipientState::Failed), withPhone);
    }

    void templateEditor_countsReplacesEstimatesAndChecksEmail()
    {
        Fixture f(true);
        auto *pane = qobject_cast<TemplatesPane *>(f.window.pane(QStringLiteral("templates")));
        const auto vip = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"));
        QVERIFY(vip);
        // A price per SMS part on the demo account, one for Turkey and one for anywhere else.
        Account sandbox = f.ws->accounts()->accounts().first();
        sandbox.settings.insert(QStringLiteral("price_per_part"), 0.05);
        sandbox.settings.insert(QStringLiteral("prices_per_part"), QJsonObject {{QStringLiteral("TR"), 0.02}});
        sandbox.settings.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        QVERIFY(f.ws->accounts()->update(sandbox));

        TemplateDialog sms(&f.ws.workspace(), [pane](Template &t) { return pane->saveTemplate(t); });
        sms.show();
        QVERIFY(sms.previewGroup(vip->id));
        QTRY_VERIFY_WITH_TIMEOUT(!sms.isAnalysing(), 10000);
        sms.setName(QStringLiteral("Hafta sonu"));
        sms.bodyEdit()->setPlainText(QString::fromUtf8("Merhaba {{first_name}} – ‘özel’ fırsat {{shoe_size}}"));
        QTRY_VERIFY(sms.counterText().contains(QStringLiteral("Unicode")));
        const QStringList replaceable = sms.replaceableCharacters();
        for (const char *c : {"–", "‘", "’", "ı"})
            QVERIFY2(replaceable.contains(QString::fromUtf8(c)), c);
        QVERIFY(!replaceable.contains(QString::fromUtf8("ö"))); // GSM-7 has ö
        QTRY_VERIFY(sms.missingText().contains(QStringLiteral("have no shoe_size")));
        QVERIFY2(sms.missingText().contains(QStringLiteral("120 of 120")), qPrintable(sms.missingText()));
        QVERIFY2(sms.costText().contains(QStringLiteral("about")) && sms.costText().contains(QStringLiteral("€")),
                 qPrintable(sms.costText()));
        QVERIFY(sms.previewText().startsWith(QStringLiteral("Merhaba ")));
        if (const QString shots = qEnvironmentVariable("CM_SHOTS_DIR"); !shots.isEmpty())
            sms.grab().save(shots + QStringLiteral("/template-sms.png"));
        sms.replaceCharacters(replaceable.join(QString()));
        QCOMPARE(sms.bodyEdit()->toPlainText(),
                 QString::fromUtf8("Merhaba {{first_name}} - 'özel' firsat {{shoe_size}}"));
        QTRY_VERIFY(sms.counterText().contains(QStringLiteral("GSM-7")));
        sms.bodyEdit()->moveCursor(QTextCursor::End);
        sms.insertField(QStringLiteral("city"));
        QVERIFY(sms.bodyEdit()->toPlainText().endsWith(QStringLiteral("{{city}}")));
        sms.accept();
        QCOMPARE(sms.result(), int(QDialog::Accepted));
        QVERIFY(f.ws->templates()->byName(QStringLiteral("Hafta sonu")));

        // Email: a marketing email without an unsubscribe link is refused; the links are listed.
        TemplateDialog email(&f.ws.workspace(), [pane](Template &t) { return pane->saveTemplate(t); });
        email.setChannel(Channel::Email);
        email.setName(QStringLiteral("Bülten"));
        email.setSubject(QStringLiteral("Merhaba {{first_name|default:\"dostum\"}}"));
        email.bodyEdit()->setPlainText(
                QStringLiteral("<p>Yeni sezon</p><img src=\"https://tracker.example.com/p.gif\"><a "
                               "href=\"https://example.com/sezon\">Gör</a>"));
        QTRY_COMPARE(email.links(), QStringList {QStringLiteral("https://example.com/sezon")});
        email.accept();
        QVERIFY2(email.problem().contains(QStringLiteral("unsubscribe")), qPrintable(email.problem()));
        email.bodyEdit()->moveCursor(QTextCursor::End);
        email.insertField(QStringLiteral("unsubscribe_url"));
        email.accept();
        QCOMPARE(email.result(), int(QDialog::Accepted));
        QVERIFY(f.ws->templates()->byName(QStringLiteral("Bülten"))->marketing);
    }

    void campaignComposer_schedulesWithTheCheck_editsClonesAndCancels()
    {
        Fixture f(true);
        auto *pane = qobject_cast<CampaignsPane *>(f.window.pane(QStringLiteral("campaigns")));
        f.window.showPane(QStringLiteral("campaigns"));
        const auto vip = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"));
        const auto news = f.ws->groups()->byName(QStringLiteral("Newsletter subscribers"));
        Template sms;
        for (const Template &t : f.ws->templates()->templates())
            if (t.channel == Channel::Sms)
                sms = t;
        CampaignDialog dialog(&f.ws.workspace(), [pane](Campaign &c) { return pane->createCampaign(c); });
        dialog.setName(QStringLiteral("Cumartesi"));
        QVERIFY(dialog.choose(QStringLiteral("template"), sms.id));
        QVERIFY(dialog.choose(QStringLiteral("group"), vip->id));
        QVERIFY(dialog.choose(QStringLiteral("exclude"), news->id));
        dialog.setWindow(9 * 60, 20 * 60);
        dialog.setSchedule(QDateTime(QDate(2026, 3, 14), QTime(10, 0)), QStringLiteral("Europe/Istanbul"));
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("passed")), qPrintable(dialog.problem())); // before "now"
        dialog.setSchedule(QDateTime(QDate(2026, 3, 21), QTime(10, 0)), QStringLiteral("Europe/Istanbul"));
        dialog.show();
        if (const QString shots = qEnvironmentVariable("CM_SHOTS_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/campaign-dialog.png"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = dialog.campaign().id;
        auto saved = f.ws->campaigns()->byId(id);
        QCOMPARE(saved->state, CampaignState::Draft);
        QCOMPARE(saved->scheduledAt, QDateTime(QDate(2026, 3, 21), QTime(7, 0), Qt::UTC));
        QCOMPARE(saved->excludedGroupIds, QList<qint64> {news->id});
        QCOMPARE(saved->windowEnd, 20 * 60);

        // Send… on a draft with a time schedules it, after the check, with the numbers and the time.
        QVERIFY(pane->selectById(id));
        QString asked;
        ui::setConfirmHook([&asked](const QString &text) {
            asked = text;
            return true;
        });
        QVERIFY(pane->sendCampaign(id));
        QTRY_VERIFY_WITH_TIMEOUT(f.ws->campaigns()->byId(id)->state == CampaignState::Scheduled, 10000);
        QVERIFY2(asked.contains(QStringLiteral("Schedule")) && asked.contains(QStringLiteral("recipients"))
                         && asked.contains(QStringLiteral("Europe/Istanbul"))
                         && asked.contains(QStringLiteral("Estimated cost"))
                         && asked.contains(QStringLiteral("request")),
                 qPrintable(asked));
        QVERIFY(f.ws->campaigns()->recipientCounts(id).isEmpty()); // nothing snapshotted, nothing sent

        // Edited to "now": a draft again.
        CampaignDialog edit(
                &f.ws.workspace(), [pane](Campaign &c) { return pane->updateCampaign(c); }, nullptr,
                f.ws->campaigns()->byId(id));
        edit.setSchedule({}, {});
        edit.accept();
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(f.ws->campaigns()->byId(id)->state, CampaignState::Draft);
        QCOMPARE(f.ws->campaigns()->byId(id)->excludedGroupIds, QList<qint64> {news->id}); // kept

        QVERIFY(pane->cloneCampaign(id, QStringLiteral("Cumartesi 2")));
        const auto copy = f.ws->campaigns()->byName(QStringLiteral("Cumartesi 2"));
        QVERIFY(copy && copy->state == CampaignState::Draft);
        QCOMPARE(pane->currentId(), copy->id);
        QVERIFY(pane->cancelCampaign(id));
        QCOMPARE(f.ws->campaigns()->byId(id)->state, CampaignState::Cancelled);
        QVERIFY(asked.contains(QStringLiteral("Cancel")));

        // Another program sending the campaign (here campaignctl as process 1, which runs): the window says who, and
        // sends nothing.
        DispatchStore store(f.ws->database());
        SendLease elsewhere = SendLease::forThisProcess(copy->id);
        elsewhere.pid = 1;
        elsewhere.program = QStringLiteral("campaignctl");
        QVERIFY(store.claimLease(elsewhere, nullptr));
        pane->banner()->hide();
        QVERIFY(pane->sendCampaign(copy->id));
        QTRY_VERIFY_WITH_TIMEOUT(pane->banner()->isVisible(), 10000);
        QCOMPARE(pane->banner()->type(), MessageBanner::Error);
        QVERIFY2(pane->banner()->text().contains(QStringLiteral("is being sent by campaignctl")),
                 qPrintable(pane->banner()->text()));
        QVERIFY(f.ws->campaigns()->recipientCounts(copy->id).isEmpty());
        QVERIFY(store.releaseLease(elsewhere));

        // A send interrupted with a batch in flight leaves unknown recipients; the user resolves them.
        QList<Recipient> three;
        for (int i = 0; i < 3; ++i) {
            Recipient r;
            r.address = QStringLiteral("+9053200000%1").arg(i);
            r.clientKey = QStringLiteral("k-%1").arg(i);
            r.content = QStringLiteral("x");
            three.append(r);
        }
        QVERIFY(store.snapshot(copy->id, three, 10));
        SendLease first = SendLease::forThisProcess(copy->id);
        QVERIFY(store.claimLease(first, nullptr));
        QVERIFY(store.beginBatch(first, store.nextPending(copy->id)->id));
        QVERIFY(store.releaseLease(first)); // and the send went, never hearing back
        SendLease next = SendLease::forThisProcess(copy->id);
        QVERIFY(store.claimLease(next, nullptr));
        QCOMPARE(store.markInterrupted(next), 1);
        QVERIFY(store.releaseLease(next));
        QCOMPARE(f.ws->campaigns()->recipientCounts(copy->id).value(RecipientState::Unknown), 3);
        QCOMPARE(pane->resolveUnknown(copy->id, false), 3);
        QVERIFY(pane->banner()->text().contains(QStringLiteral("not sent")));
        QCOMPARE(f.ws->campaigns()->recipientCounts(copy->id).value(RecipientState::Failed), 3);
    }

    void languageSwitch_rebuildsTheWindowInPlace_andKeepsRunningWork()
    {
        Fixture f(true);
        f.window.showPane(QStringLiteral("campaigns"));
        auto *pane = f.window.pane(QStringLiteral("campaigns"));
        const auto flash = f.ws->campaigns()->byName(QStringLiteral("Weekend flash sale"));
        QVERIFY(flash && pane->selectById(flash->id));
        auto *running = new Job(QStringLiteral("A long import"));
        f.jobs.track(running);

        f.window.setLanguage(QStringLiteral("tr"));
        QCOMPARE(f.window.currentPaneKey(), QStringLiteral("campaigns"));
        Pane *rebuilt = f.window.pane(QStringLiteral("campaigns"));
        QCOMPARE(rebuilt->currentId(), flash->id); // the same item, in the new language
        QVERIFY(f.window.menuBar()->actions().first()->text().contains(QStringLiteral("Dosya")));
        QCOMPARE(QLocale().language(), QLocale::Turkish); // dates and numbers follow
        QVERIFY(f.jobs.running().contains(running));      // the work in progress carries on

        f.window.setLanguage(QStringLiteral("en"));
        QVERIFY(f.window.menuBar()->actions().first()->text().contains(QStringLiteral("File")));
        QCOMPARE(f.window.pane(QStringLiteral("campaigns"))->currentId(), flash->id);
        QVERIFY(f.jobs.running().contains(running));
        running->finish(true, {});
        f.window.setLanguage({});
    }

    void darkAppearance_reachesTheSidebarAndTheChart()
    {
        Fixture f(true);
        f.window.showPane(QStringLiteral("reports"));
        applyAppearance(QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        auto *sidebar = f.window.findChild<QListWidget *>();
        QTRY_COMPARE(sidebar->palette().color(QPalette::Base), QApplication::palette().color(QPalette::Window));
        auto *chart = f.window.findChild<FunnelChart *>();
        QVERIFY(chart);
        QTRY_VERIFY(chart->palette().color(QPalette::Base).lightness() < 80);
        applyAppearance({});
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void jobStatus_showsRowsRateAndTimeLeft()
    {
        Job job(QStringLiteral("Importing “big.csv”"));
        QCOMPARE(JobStatusWidget::progressText(&job), QString()); // nothing counted yet
        job.setUnit(QStringLiteral("rows"));
        QTest::qWait(600); // a rate needs a moment
        job.setProgress(2500, 10000);
        const QString text = JobStatusWidget::progressText(&job);
        QVERIFY2(text.contains(QStringLiteral("2,500 of about 10,000 rows")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("a second")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("left")), qPrintable(text));
    }

    void contactDialog_checksAndSavesThroughThePane()
    {
        Fixture f(true);
        auto *pane = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        const auto vip = f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"));
        QVERIFY(pane->selectById(vip->id));
        Contact fresh;
        fresh.groupId = vip->id;
        ContactDialog dialog(fresh, {QStringLiteral("tier")},
                             [pane](Contact &c, const QString &region) { return pane->saveContact(c, region); });
        dialog.setValue(QStringLiteral("first_name"), QStringLiteral("Zeynep"));
        dialog.setValue(QStringLiteral("phone"), QStringLiteral("0532 61"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.problem().contains(QStringLiteral("country code")), qPrintable(dialog.problem()));
        dialog.setValue(QStringLiteral("phone"), QStringLiteral("0532 999 88 77"));
        dialog.setValue(QStringLiteral("tier"), QStringLiteral("gold"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Contact saved = dialog.contact();
        QVERIFY(saved.id);
        QCOMPARE(saved.phone, QStringLiteral("+905329998877"));
        QCOMPARE(f.ws->groups()->contact(saved.id)->fields.value(QStringLiteral("tier")).toString(),
                 QStringLiteral("gold"));
        QTRY_VERIFY(pane->contactModel()->ids().toList().contains(saved.id));

        // The same number again is refused with what to do.
        ContactDialog again(fresh, {},
                            [pane](Contact &c, const QString &region) { return pane->saveContact(c, region); });
        again.setValue(QStringLiteral("phone"), QStringLiteral("+90 532 999 88 77"));
        again.accept();
        QVERIFY(again.problem().contains(QStringLiteral("+905329998877")));
    }

    void suppressionDialog_addsRemovesImportsAndExports()
    {
        Fixture f(false);
        auto *pane = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        SuppressionDialog *dialog = pane->showSuppressionList();
        QVERIFY(dialog->isVisible());
        auto tester = checked(dialog->model());
        QVERIFY(!dialog->addAddress(QStringLiteral("not an address"), QStringLiteral("all"), QStringLiteral("block")));
        QCOMPARE(dialog->banner()->type(), MessageBanner::Warning);
        QVERIFY(dialog->addAddress(QStringLiteral("Ayse@Example.com"), QStringLiteral("email"),
                                   QStringLiteral("bounce")));
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->index(0, SuppressionModel::AddressColumn).data().toString(),
                 QStringLiteral("ayse@example.com"));

        const QString out = f.ws.dir() + QStringLiteral("/suppressed.csv");
        QVERIFY(dialog->exportTo(out, CsvWriteOptions {}));
        QTRY_COMPARE(dialog->banner()->type(), MessageBanner::Success);
        QTRY_VERIFY(QFile::exists(out));

        auto *view = dialog->findChild<QTableView *>();
        view->selectRow(0);
        ui::setConfirmHook([](const QString &) { return true; });
        QVERIFY(dialog->removeSelected());
        QCOMPARE(dialog->model()->rowCount(), 0);

        const QString in = f.ws.dir() + QStringLiteral("/more.csv");
        {
            QFile file(in);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Telefon;Neden\n0532 612 48 37;block\n12;opt_out\n");
        }
        QVERIFY(dialog->importFile(in, QStringLiteral("TR")));
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QTRY_COMPARE(dialog->banner()->type(), MessageBanner::Warning); // line 3 is not a number
        QVERIFY2(dialog->banner()->text().contains(QStringLiteral("Line 3")), qPrintable(dialog->banner()->text()));
        QVERIFY(dialog->importFile(out, QStringLiteral("TR"))); // our own export reads back
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
    }

    void reportsPane_showsTheLatestSnapshot()
    {
        Fixture f(true);
        auto *pane = qobject_cast<ReportsPane *>(f.window.pane(QStringLiteral("reports")));
        QVERIFY(pane);
        auto tester = checked(pane->recipientModel());
        const auto campaign = f.ws->campaigns()->byName(QStringLiteral("March newsletter"));
        QVERIFY(campaign);
        QCOMPARE(pane->currentId(), campaign->id); // it opens on the finished campaign
        const CampaignStats stats = f.ws->campaigns()->latestSnapshot(campaign->id)->stats;
        const QLocale locale;
        QVERIFY(pane->counterText(CampaignStats::Delivered)
                        .startsWith(locale.toString(stats.value(CampaignStats::Delivered))));
        QVERIFY(pane->counterText(CampaignStats::UniqueOpened)
                        .startsWith(locale.toString(stats.value(CampaignStats::UniqueOpened))));
        QCOMPARE(pane->funnel()->barCount(), 7);
        QCOMPARE(pane->recipientModel()->rowCount(), int(campaign->recipientCount));
        const QString csv = f.ws.dir() + QStringLiteral("/march.csv");
        QVERIFY(pane->exportReport(campaign->id, csv, {}));
        QVERIFY(pane->banner()->text().contains(QStringLiteral("180")));
        QVERIFY(QFileInfo(csv).size() > 0);
        // A PDF summary with the chart, and the chart alone as a PNG at twice the resolution.
        const QString pdf = f.ws.dir() + QStringLiteral("/march.pdf");
        QVERIFY(pane->exportPdf(campaign->id, pdf));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        QVERIFY(QFileInfo(pdf).size() > 2000);
        if (const QString shots = qEnvironmentVariable("CM_SHOTS_DIR"); !shots.isEmpty())
            QFile::copy(pdf, shots + QStringLiteral("/march.pdf"));
        // For the exports_open check: LibreOffice reads the CSV, poppler renders the PDF.
        if (const QString exports = qEnvironmentVariable("CM_EXPORTS_DIR"); !exports.isEmpty()) {
            QDir().mkpath(exports);
            for (const QString &file : {csv, pdf}) {
                const QString target = exports + QLatin1Char('/') + QFileInfo(file).fileName();
                QFile::remove(target);
                QVERIFY(QFile::copy(file, target));
            }
        }
        // Opens and clicks over time, and the links clicked, from the events with their times.
        QTRY_VERIFY(!pane->engagement()->isLoading()); // read on a worker thread
        QVERIFY(pane->engagement()->pointCount() > 0);
        QVERIFY(pane->engagement()->links()->rowCount() > 0);
        qint64 linkClicks = 0;
        for (int row = 0; row < pane->engagement()->links()->rowCount(); ++row)
            linkClicks += pane->engagement()->links()->item(row, 1)->text().toLongLong();
        QCOMPARE(linkClicks, stats.value(CampaignStats::Clicked));
        if (const QString shots = qEnvironmentVariable("CM_SHOTS_DIR"); !shots.isEmpty()) {
            pane->engagement()->resize(560, 360);
            pane->engagement()->grab().save(shots + QStringLiteral("/engagement.png"));
        }
        const QString png = f.ws.dir() + QStringLiteral("/chart.png");
        QVERIFY(pane->funnel()->savePng(png));
        QVERIFY(QImage(png).width() >= 2 * 100);
        // Everyone who clicked, as a new group.
        const qint64 clicked = pane->retarget(campaign->id, *RecipientFilter::fromKey(QStringLiteral("clicked")),
                                              QStringLiteral("Clicked in March"));
        QVERIFY(clicked > 0);
        QCOMPARE(f.ws->groups()->byName(QStringLiteral("Clicked in March"))->contactCount, clicked);
        QCOMPARE(pane->retarget(campaign->id, {}, QStringLiteral("Clicked in March")), -1); // taken
        // Reports lists the sent newsletter only (no draft, nor the sale not yet started).
        pane->listView()->selectAll();
        QCOMPARE(pane->selectedIds(), QList<qint64> {campaign->id});
        // The newsletter beside the two campaigns never sent: "not reported" rather than 0.
        QList<qint64> ids;
        for (const Campaign &c : f.ws->campaigns()->campaigns())
            ids.append(c.id);
        QCOMPARE(ids.size(), 3);
        ComparisonDialog compare(ReportService::compare(&f.ws.workspace(), ids));
        QCOMPARE(compare.table()->rowCount(), 3);
        QStringList deliveryColumn;
        for (int row = 0; row < 3; ++row)
            deliveryColumn.append(compare.table()->item(row, 4)->text());
        QVERIFY2(deliveryColumn.filter(QStringLiteral("%")).size() == 1, qPrintable(deliveryColumn.join(" | ")));
        QVERIFY(deliveryColumn.filter(QStringLiteral("not reported")).size() == 2);
    }

    void reportsPane_saysWhatTheProviderDoesNotReport()
    {
        Fixture f(true);
        const auto sandbox = f.ws->accounts()->accounts().first();
        Campaign sms;
        sms.name = QStringLiteral("SMS blast");
        sms.channel = Channel::Sms;
        sms.accountId = sandbox.id;
        sms.state = CampaignState::Sent;
        QVERIFY(f.ws->campaigns()->create(sms));
        CampaignStats stats;
        stats.set(CampaignStats::Sent, 10);
        stats.set(CampaignStats::Delivered, 9);
        stats.takenAt = f.ws.clock().now();
        QVERIFY(f.ws->campaigns()->addSnapshot(sms.id, stats));
        auto *pane = qobject_cast<ReportsPane *>(f.window.pane(QStringLiteral("reports")));
        QVERIFY(pane->selectById(sms.id));
        QCOMPARE(pane->counterText(CampaignStats::UniqueOpened), QStringLiteral("Not reported by Sandbox"));
        QVERIFY(pane->counterText(CampaignStats::Delivered).startsWith(QStringLiteral("9")));
        QCOMPARE(pane->funnel()->barCount(), 2);
    }

    void reportsPane_refreshRunsAsAJobAndAddsASnapshot()
    {
        Fixture f(true);
        auto *pane = qobject_cast<ReportsPane *>(f.window.pane(QStringLiteral("reports")));
        f.window.showPane(QStringLiteral("reports"));
        const qint64 id = pane->currentId();
        const int before = int(f.ws->campaigns()->snapshots(id).size());
        QSignalSpy started(&f.jobs, &JobTracker::jobStarted);
        QSignalSpy ended(&f.jobs, &JobTracker::jobFinished);
        pane->refreshReport();
        QCOMPARE(started.size(), 1); // the job is visible at once, in the status bar
        QVERIFY(ended.wait(10000));
        QVERIFY2(ended.first().at(1).toBool(), qPrintable(ended.first().at(2).toString()));
        QCOMPARE(int(f.ws->campaigns()->snapshots(id).size()), before + 1);
    }

    void accountsPane_testConnectionShowsTheBalance()
    {
        Fixture f(true);
        auto *pane = qobject_cast<AccountsPane *>(f.window.pane(QStringLiteral("accounts")));
        f.window.showPane(QStringLiteral("accounts"));
        pane->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(pane->banner()->isVisible(), 5000);
        QCOMPARE(pane->banner()->type(), MessageBanner::Success);
        QVERIFY2(pane->banner()->text().contains(QStringLiteral("250")), qPrintable(pane->banner()->text()));
    }

    void accountsPane_removeAsksFirst()
    {
        Fixture f(true);
        auto *pane = qobject_cast<AccountsPane *>(f.window.pane(QStringLiteral("accounts")));
        auto tester = checked(pane->listModel());
        ui::setConfirmHook([](const QString &) { return false; });
        pane->removeAccount();
        QTest::qWait(50);
        QCOMPARE(f.ws->accounts()->accounts().size(), 1);
        ui::setConfirmHook([](const QString &) { return true; });
        pane->removeAccount();
        QTRY_COMPARE_WITH_TIMEOUT(f.ws->accounts()->accounts().size(), 0, 5000);
        QVERIFY(pane->emptyState()->isShowingEmptyText());
    }

    void groupsPane_pushesToTheSandboxAndTheAccountPaneSeesTheGroup()
    {
        Fixture f(true);
        auto *groups = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        f.window.showPane(QStringLiteral("groups"));
        const qint64 accountId = f.ws->accounts()->accounts().first().id;
        const Group group = f.ws->groups()->groups().first();
        QVERIFY(groups->pushToAccount(group.id, accountId));
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->isVisible(), 10000);
        QCOMPARE(groups->banner()->type(), MessageBanner::Success);
        QVERIFY(!f.ws->groups()->byId(group.id)->remoteId.isEmpty()); // linked

        auto *accounts = qobject_cast<AccountsPane *>(f.window.pane(QStringLiteral("accounts")));
        f.window.showPane(QStringLiteral("accounts"));
        QVERIFY(accounts->selectById(accountId));
        accounts->showRemoteGroups();
        QTRY_VERIFY_WITH_TIMEOUT(accounts->remoteGroupsText().contains(group.name), 5000);
    }

    void outboxAccount_fromTheGui_testsSeesGroupsPushesAndPulls()
    {
        // The account pane, the groups pane and the Outbox fake: what a marketer does with a real provider.
        test::OutboxFake fake("gui-key-1234");
        QVERIFY(fake.start());
        fake.groups.insert(10, {10, QStringLiteral("Panel group"), {}});
        Fixture f(true);
        bool added = false;
        Account account {0, QStringLiteral("Outbox GUI"), QStringLiteral("outbox"), fake.baseUrl(), {}, {}, {}};
        f.accounts.add(account, QStringLiteral("gui-key-1234"), this,
                       [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        const qint64 accountId = f.ws->accounts()->byName(QStringLiteral("Outbox GUI"))->id;

        auto *accounts = qobject_cast<AccountsPane *>(f.window.pane(QStringLiteral("accounts")));
        f.window.showPane(QStringLiteral("accounts"));
        QVERIFY(accounts->selectById(accountId));
        accounts->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(accounts->banner()->isVisible(), 5000);
        QCOMPARE(accounts->banner()->type(), MessageBanner::Success);
        accounts->showRemoteGroups();
        QTRY_VERIFY_WITH_TIMEOUT(accounts->remoteGroupsText().contains(QStringLiteral("Panel group")), 5000);

        auto *groups = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        f.window.showPane(QStringLiteral("groups"));
        const Group vip = *f.ws->groups()->byName(QStringLiteral("VIP customers İstanbul"));
        QVERIFY(groups->pushToAccount(vip.id, accountId));
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->isVisible(), 15000);
        QVERIFY2(groups->banner()->type() == MessageBanner::Success, qPrintable(groups->banner()->text()));
        QCOMPARE(fake.groups.size(), 2);
        QCOMPARE(fake.groups.last().contacts.size(), int(vip.contactCount));

        groups->banner()->hide();
        QVERIFY(groups->pullFromAccount(vip.id, accountId));
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->isVisible(), 15000);
        QVERIFY(groups->banner()->text().contains(QStringLiteral("0 new")));

        // A wrong key shows what to do, in the pane.
        accounts->banner()->hide();
        f.window.showPane(QStringLiteral("accounts"));
        bool edited = false;
        f.accounts.update(*f.ws->accounts()->byId(accountId), QStringLiteral("wrong"), this,
                          [&edited](bool ok, const QString &) { edited = ok; });
        QTRY_VERIFY(edited);
        QVERIFY(accounts->selectById(accountId));
        accounts->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(accounts->banner()->isVisible(), 5000);
        QCOMPARE(accounts->banner()->type(), MessageBanner::Error);
        QVERIFY(accounts->banner()->text().contains(QStringLiteral("Edit the account")));
    }

    void importDialog_mapsTheColumnsAndTheGroupsPaneImportsAndUndoes()
    {
        Fixture f(true);
        const QString path = f.ws.dir() + QStringLiteral("/polska.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QStringEncoder encoder("windows-1250");
            file.write(encoder.encode(QString::fromUtf8("Imię;Nazwisko;Adres e-mail;Telefon;Miasto;Poziom\r\n"
                                                        "Łucja;Wiśniewska;lucja@example.com;501 234 567;Łódź;Gold\r\n"
                                                        "Michał;Dąbrowski;michal@example;;Kraków;Silver\r\n")));
        }
        Group target;
        target.name = QStringLiteral("Polska");
        QVERIFY(f.ws->groups()->create(target));
        ImportDialog dialog(path, target.id);
        QCOMPARE(dialog.columns().size(), 6);
        QCOMPARE(dialog.fieldOf(0), QStringLiteral("first_name"));
        QCOMPARE(dialog.fieldOf(2), QStringLiteral("email"));
        QCOMPARE(dialog.fieldOf(3), QStringLiteral("phone"));
        QCOMPARE(dialog.fieldOf(5), QStringLiteral("poziom")); // a custom field
        ImportOptions options = dialog.options();
        options.region = QStringLiteral("PL");

        auto *groups = qobject_cast<GroupsPane *>(f.window.pane(QStringLiteral("groups")));
        f.window.showPane(QStringLiteral("groups"));
        QVERIFY(groups->selectById(target.id));
        QSignalSpy started(&f.jobs, &JobTracker::jobStarted);
        QVERIFY(groups->importFile(options));
        QCOMPARE(started.size(), 1); // in the status bar, with Cancel
        QTRY_VERIFY_WITH_TIMEOUT(groups->banner()->isVisible(), 10000);
        QCOMPARE(groups->banner()->type(), MessageBanner::Warning); // one line was invalid
        QVERIFY(groups->banner()->text().contains(QStringLiteral("Line 3")));
        QCOMPARE(f.ws->groups()->contactCount(target.id), 1);
        QTRY_COMPARE(groups->contactModel()->rowCount(), 1); // the view shows it
        QCOMPARE(f.ws->groups()->allContacts(target.id).first().phone, QStringLiteral("+48501234567"));
        // The group was empty when its columns were sized: now they fit the address imported.
        QTableView *view = nullptr;
        for (QTableView *v : groups->findChildren<QTableView *>())
            if (v->model() == groups->contactModel())
                view = v;
        QVERIFY(view);
        int emailColumn = -1;
        for (int c = 0; c < groups->contactModel()->columnCount(); ++c)
            if (groups->contactModel()->headerData(c, Qt::Horizontal).toString().contains(QStringLiteral("mail")))
                emailColumn = c;
        QVERIFY(emailColumn >= 0);
        QTRY_VERIFY2(view->columnWidth(emailColumn)
                             > view->fontMetrics().horizontalAdvance(QStringLiteral("lucja@example.com")),
                     qPrintable(QString::number(view->columnWidth(emailColumn))));

        // The report can be saved as a CSV, beside Undo.
        bool canSave = false;
        for (QPushButton *button : groups->banner()->findChildren<QPushButton *>())
            canSave |= button->text().contains(QStringLiteral("Save report")) && button->isVisible();
        QVERIFY(canSave);
        // The banner's action undoes it.
        QPushButton *undo = nullptr;
        for (QPushButton *button : groups->banner()->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Undo import"))
                undo = button;
        QVERIFY(undo && undo->isVisible());
        undo->click();
        QCOMPARE(f.ws->groups()->contactCount(target.id), 0);

        const QString out = f.ws.dir() + QStringLiteral("/out.csv");
        QVERIFY(groups->exportTo(f.ws->groups()->groups().first().id, out, CsvWriteOptions {}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
    }

    void importDialog_aFileWithoutColumnNamesImportsItsFirstRow()
    {
        Fixture f(true);
        const QString path = f.ws.dir() + QStringLiteral("/bare.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Ayşe,0532 612 48 37,ayse@example.com\nMehmet,0533 111 22 33,mehmet@example.com\n");
        }
        Group target;
        target.name = QStringLiteral("Bare");
        QVERIFY(f.ws->groups()->create(target));
        ImportDialog dialog(path, target.id);
        QVERIFY(!dialog.headerRow()); // detected from the phone number and the email address in the first row
        QCOMPARE(dialog.columns(), ContactImportService::numberedColumns(3));
        QCOMPARE(dialog.fieldOf(1), QStringLiteral("phone"));
        QCOMPARE(dialog.fieldOf(2), QStringLiteral("email"));
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 3); // the menus, then both contacts
        QCOMPARE(preview->item(1, 0)->text(), QString::fromUtf8("Ayşe"));

        // Choosing "names the columns" by hand takes the first row as names again.
        dialog.setHeaderRow(true);
        QVERIFY(dialog.headerRow());
        QCOMPARE(dialog.columns().first(), QString::fromUtf8("Ayşe"));
        dialog.setHeaderRow(false);
        ImportOptions options = dialog.options();
        QCOMPARE(options.header, HeaderRow::Absent);
        const ImportReport report
                = ContactImportService::run(f.ws->database(), options, std::atomic<bool>(false), [](qint64, qint64) {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(f.ws->groups()->contactCount(target.id), 2);
    }

    void templatesPane_previewsForARealContact()
    {
        Fixture f(true);
        auto *pane = qobject_cast<TemplatesPane *>(f.window.pane(QStringLiteral("templates")));
        QVERIFY(pane);
        const QString preview = pane->previewText();
        QVERIFY(!preview.isEmpty());
        QVERIFY2(!preview.contains(QStringLiteral("{{")), qPrintable(preview)); // every field was filled
    }
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
