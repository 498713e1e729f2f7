#include "mainwindow.h"

#include "workspacedialog.h"

#include "aboutdialog.h"
#include "accountspane.h"
#include "app/services/appsetup.h"
#include "app/services/overview.h"
#include "app/services/translations.h"
#include "app/services/workspace.h"
#include "appearance.h"
#include "campaignspane.h"
#include "confirm.h"
#include "groupspane.h"
#include "jobstatuswidget.h"
#include "messagebanner.h"
#include "models/database.h"
#include "overviewpane.h"
#include "paneicons.h"
#include "reportspane.h"
#include "seriespane.h"
#include "templatespane.h"
#include "userguidedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {

namespace {
struct PaneEntry
{
    const char *key;
    const char *title;
    PaneIcon icon;
};

const PaneEntry paneEntries[] = {
        {"overview", QT_TRANSLATE_NOOP("cm::MainWindow", "Overview"), PaneIcon::Overview},
        {"accounts", QT_TRANSLATE_NOOP("cm::MainWindow", "Accounts"), PaneIcon::Accounts},
        {"groups", QT_TRANSLATE_NOOP("cm::MainWindow", "Groups"), PaneIcon::Groups},
        {"templates", QT_TRANSLATE_NOOP("cm::MainWindow", "Templates"), PaneIcon::Templates},
        {"campaigns", QT_TRANSLATE_NOOP("cm::MainWindow", "Campaigns"), PaneIcon::Campaigns},
        {"series", QT_TRANSLATE_NOOP("cm::MainWindow", "Series"), PaneIcon::Series},
        {"reports", QT_TRANSLATE_NOOP("cm::MainWindow", "Reports"), PaneIcon::Reports},
};
} // namespace

MainWindow::MainWindow(const UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_demoBanner(new MessageBanner(this))
    , m_overview(new OverviewService(context.workspace, context.accounts, this))
{
    setWindowTitle(tr("Campaign Manager"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-manager.svg")));

    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    for (const PaneEntry &entry : paneEntries) {
        auto *item = new QListWidgetItem(paneIcon(entry.icon), tr(entry.title), m_sidebar);
        item->setData(Qt::UserRole, QLatin1String(entry.key));
        m_stack->addWidget(new QWidget(m_stack)); // a placeholder until the pane is first shown
    }
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 40);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_sidebar->setPalette(sidebarPalette);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPane(QLatin1String(paneEntries[row].key));
    });

    auto *central = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_demoBanner);
    right->addWidget(m_banner);
    right->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sidebar);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    auto *jobs = new JobStatusWidget(context.jobs, this);
    statusBar()->addPermanentWidget(jobs);
    connect(jobs, &JobStatusWidget::jobEnded, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    statusBar()->showMessage(tr("Workspace: %1").arg(context.workspace->database()->path()), 8000);

    createMenus();
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    if (auto *close = m_demoBanner->findChild<QToolButton *>(QStringLiteral("closeButton")))
        connect(close, &QToolButton::clicked, this, [] { QSettings().setValue(demoBannerSetting(), true); });
    showDemoBanner();
}

QString MainWindow::demoBannerSetting()
{
    return QStringLiteral("demoBannerDismissed");
}

void MainWindow::showDemoBanner()
{
    if (!OverviewService::isDemo(m_context.workspace) || QSettings().value(demoBannerSetting()).toBool()) {
        m_demoBanner->hide();
        return;
    }
    m_demoBanner->showMessage(MessageBanner::Information,
                              tr("This is a demo workspace: its account is the Sandbox, which sends nothing, and its "
                                 "contacts and campaigns are made up. Try anything here."),
                              tr("Start with my own accounts"), [this] { startOwnWorkspace(); });
}

QString MainWindow::ownWorkspacePath() const
{
    const QFileInfo demo(m_context.workspace->database()->path());
    return demo.dir().filePath(QStringLiteral("my-workspace.sqlite"));
}

void MainWindow::startOwnWorkspace()
{
    const QString path = ownWorkspacePath();
    if (!ui::confirm(this, tr("Start with my own accounts"),
                     tr("Campaign Manager starts again on a new, empty workspace (%1), where you add your own "
                        "accounts and contacts. The demo workspace stays as it is.")
                             .arg(QDir::toNativeSeparators(path)),
                     tr("Start again"))) {
        showDemoBanner(); // the banner's action hid it
        return;
    }
    QSettings().setValue(demoBannerSetting(), true);
    QSettings().setValue(QStringLiteral("workspace"), path); // the next start opens it, not the demo
    m_demoBanner->hide();
    if (m_opener) {
        m_opener(path);
        return;
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--db"), path, QStringLiteral("--no-demo")}))
        QCoreApplication::quit();
    else
        showWarning(tr("Campaign Manager could not be started again on %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::openDemoWorkspace()
{
    const QString path = Database::defaultPath();
    forgetChosenWorkspace(); // the next start opens the demo too
    QSettings().remove(demoBannerSetting());
    if (m_opener) {
        m_opener(path);
        return;
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path}))
        QCoreApplication::quit();
    else
        showWarning(tr("Campaign Manager could not be started again on %1.").arg(QDir::toNativeSeparators(path)));
}

QStringList MainWindow::paneKeys()
{
    QStringList keys;
    for (const PaneEntry &entry : paneEntries)
        keys.append(QLatin1String(entry.key));
    return keys;
}

Pane *MainWindow::pane(const QString &key)
{
    if (Pane *existing = m_panes.value(key))
        return existing;
    const int index = int(paneKeys().indexOf(key));
    if (index < 0)
        return nullptr;
    Pane *created = nullptr;
    switch (index) {
    case 0:
        created = new OverviewPane(m_context, m_overview, m_stack);
        break;
    case 1:
        created = new AccountsPane(m_context, m_stack);
        break;
    case 2:
        created = new GroupsPane(m_context, m_stack);
        break;
    case 3:
        created = new TemplatesPane(m_context, m_stack);
        break;
    case 4:
        created = new CampaignsPane(m_context, m_stack);
        break;
    case 5:
        created = new SeriesPane(m_context, m_stack);
        break;
    case 6:
        created = new ReportsPane(m_context, m_stack);
        break;
    }
    QWidget *placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, created);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    m_panes.insert(key, created);
    connect(created, &Pane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(created, &Pane::showPaneRequested, this, &MainWindow::showPane);
    return created;
}

bool MainWindow::showPane(const QString &key, qint64 id)
{
    Pane *p = pane(key);
    if (!p)
        return false;
    m_stack->setCurrentWidget(p);
    const int row = int(paneKeys().indexOf(key));
    if (m_sidebar->currentRow() != row) {
        QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(row);
    }
    if (id)
        p->selectById(id);
    return true;
}

QString MainWindow::currentPaneKey() const
{
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it) {
        if (it.value() == m_stack->currentWidget())
            return it.key();
    }
    return {};
}

void MainWindow::showWarning(const QString &text)
{
    m_banner->showMessage(MessageBanner::Warning, text);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Workspace settings…"), this, [this] {
        WorkspaceDialog dialog(m_context.workspace, this);
        dialog.exec();
    });
    settings->setObjectName(QStringLiteral("workspaceSettingsAction"));
    // The way back to the demo, from a workspace of one's own; and out of it, as its banner offers.
    if (QFileInfo(m_context.workspace->database()->path()) != QFileInfo(Database::defaultPath())) {
        QAction *demo = file->addAction(tr("Open the &demo workspace"), this, &MainWindow::openDemoWorkspace);
        demo->setObjectName(QStringLiteral("openDemoAction"));
    } else if (OverviewService::isDemo(m_context.workspace)) {
        QAction *own = file->addAction(tr("Start with my &own accounts…"), this, &MainWindow::startOwnWorkspace);
        own->setObjectName(QStringLiteral("startOwnAction"));
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const PaneEntry &entry : paneEntries) {
        const QString key = QLatin1String(entry.key);
        view->addAction(tr(entry.title), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)), this,
                        [this, key] { showPane(key); });
    }

    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> choices = {{QString(), tr("System language")},
                                                    {QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("tr"), QStringLiteral("Türkçe")},
                                                    {QStringLiteral("es"), QStringLiteral("Español")},
                                                    {QStringLiteral("pl"), QStringLiteral("Polski")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        // Queued: the menu that holds this action is rebuilt by the switch.
        connect(
                action, &QAction::triggered, this, [this, code = code] { setLanguage(code); }, Qt::QueuedConnection);
    }

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *appearances = new QActionGroup(this);
    const QString currentMode = QSettings().value(QStringLiteral("appearance")).toString();
    for (const auto &[mode, name] : QList<QPair<QString, QString>> {{QString(), tr("System")},
                                                                    {QStringLiteral("light"), tr("Light")},
                                                                    {QStringLiteral("dark"), tr("Dark")}}) {
        QAction *action = appearance->addAction(name);
        action->setCheckable(true);
        action->setChecked(mode == currentMode);
        appearances->addAction(action);
        connect(action, &QAction::triggered, this, [mode = mode] {
            QSettings().setValue(QStringLiteral("appearance"), mode);
            applyAppearance(mode);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] { showUserGuide(); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Campaign Manager"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    installTranslations(qApp, code);
    const QString key = currentPaneKey();
    const qint64 id = m_panes.contains(key) ? m_panes.value(key)->currentId() : 0;
    // The panes build their texts when they are made: make them again (lazily, as at start), in the new language.
    for (Pane *pane : std::as_const(m_panes)) {
        const int index = m_stack->indexOf(pane);
        m_stack->insertWidget(index, new QWidget(m_stack));
        m_stack->removeWidget(pane);
        pane->deleteLater();
    }
    m_panes.clear();
    setWindowTitle(tr("Campaign Manager"));
    m_sidebar->setAccessibleName(tr("Sections"));
    for (int row = 0; row < m_sidebar->count(); ++row)
        m_sidebar->item(row)->setText(tr(paneEntries[row].title));
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 40);
    menuBar()->clear();
    createMenus();
    showPane(key.isEmpty() ? QStringLiteral("campaigns") : key, id);
    m_banner->hide();
    showDemoBanner();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) { // the sidebar sits on the window's colour, whichever it is now
        QPalette sidebar = m_sidebar->palette();
        sidebar.setColor(QPalette::Base, palette().color(QPalette::Window));
        m_sidebar->setPalette(sidebar);
    }
    QMainWindow::changeEvent(event);
}

UserGuideDialog *MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.workspace->database(), this);
    dialog.exec();
}

} // namespace cm
