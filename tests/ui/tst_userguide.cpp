// The user guide: every page of its list loads from the resources, every link of every page leads to a page of the
// guide, a click on a link opens that page, and Help → User guide (F1) opens it from the main window, not modal.
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/uicontext.h"
#include "ui/userguidedialog.h"

#include <QAction>
#include <QListWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace cm;

namespace {

// Every link of the page shown, as written (such as "groups.md").
QStringList linksOf(const QTextBrowser *browser)
{
    QStringList links;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (it.fragment().isValid() && !href.isEmpty() && !links.contains(href))
                links.append(href);
        }
    }
    return links;
}

// The middle of the second character of the first link to `href`, in viewport coordinates, scrolled into view; a
// null point when the page has no such link.
QPoint linkPosition(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().anchorHref() != href || fragment.length() < 3)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect before = browser->cursorRect(cursor);
            cursor.setPosition(fragment.position() + 2);
            const QRect after = browser->cursorRect(cursor);
            return QPoint((before.left() + after.left()) / 2, before.center().y());
        }
    }
    return {};
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyListedPage_loadsFromTheResources()
    {
        UserGuideDialog dialog;
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("guidePages"));
        auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
        QVERIFY(list && browser);
        const QList<QUrl> pages = UserGuideDialog::pages();
        QVERIFY(pages.size() >= 13); // the index, five panes, six providers, campaignctl
        QCOMPARE(pages.first(), QUrl(QStringLiteral("qrc:/guide/index.md")));
        QCOMPARE(list->count(), pages.size());
        QCOMPARE(dialog.currentPage(), pages.first()); // it opens on the index
        for (int row = 0; row < list->count(); ++row) {
            list->setCurrentRow(row);
            const QString name = pages.at(row).fileName();
            QCOMPARE(dialog.currentPage(), pages.at(row));
            const QString text = browser->toPlainText().trimmed();
            QVERIFY2(text.size() > 200, qPrintable(name));
            // The list shows the page's title, which is its first heading.
            QVERIFY2(!list->item(row)->text().endsWith(QLatin1String(".md")), qPrintable(name));
            QVERIFY2(text.startsWith(list->item(row)->text()), qPrintable(name));
            QCOMPARE(UserGuideDialog::pageTitle(pages.at(row)), list->item(row)->text());
        }
        QVERIFY(dialog.showPage(QStringLiteral("campaigns.md")));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toUrl(), QUrl(QStringLiteral("qrc:/guide/campaigns.md")));
        QVERIFY(!dialog.showPage(QStringLiteral("nowhere.md")));
        QVERIFY(!dialog.showPage(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/campaigns.md")));
    }

    void everyLink_leadsToAPageOfTheGuide()
    {
        UserGuideDialog dialog;
        auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
        QVERIFY(browser);
        const QList<QUrl> pages = UserGuideDialog::pages();
        int links = 0;
        for (const QUrl &page : pages) {
            QVERIFY(dialog.showPage(page.toString()));
            for (const QString &href : linksOf(browser)) {
                const QUrl target = page.resolved(QUrl(href)).adjusted(QUrl::RemoveFragment);
                QVERIFY2(pages.contains(target),
                         qPrintable(QStringLiteral("%1 links to %2").arg(page.fileName(), href)));
                ++links;
            }
        }
        QVERIFY(links >= pages.size()); // the index alone links to every pane and provider
    }

    void clickingALink_opensThatPage_andBackReturns()
    {
        UserGuideDialog dialog;
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("guidePages"));
        auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
        auto *back = dialog.findChild<QToolButton *>(QStringLiteral("guideBack"));
        QVERIFY(list && browser && back);
        QCOMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/index.md")));
        QVERIFY(!back->isEnabled());

        const QPoint link = linkPosition(browser, QStringLiteral("accounts.md"));
        QVERIFY(!link.isNull());
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, link);
        QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/accounts.md")));
        QVERIFY(browser->toPlainText().startsWith(QLatin1String("Accounts")));
        QCOMPARE(list->currentRow(), int(UserGuideDialog::pages().indexOf(dialog.currentPage())));
        QVERIFY(back->isEnabled());

        back->click();
        QCOMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/index.md")));
        QCOMPARE(list->currentRow(), 0);
    }

    void helpMenu_f1_opensTheGuideOnce_notModal()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isOpen());
        JobTracker jobs;
        UiContext context;
        context.workspace = &ws.workspace();
        context.jobs = &jobs;
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
        window.activateWindow();

        QAction *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.findChild<UserGuideDialog *>());
        UserGuideDialog *guide = window.findChild<UserGuideDialog *>();
        QVERIFY(guide->isVisible());
        QVERIFY(!guide->isModal());
        QCOMPARE(guide->currentPage(), QUrl(QStringLiteral("qrc:/guide/index.md")));

        // Asked again, the same window comes to the front.
        action->trigger();
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
        QCOMPARE(window.showUserGuide(), guide);
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
