// The main window: a sidebar of the five panes, menus with shortcuts, and the background jobs in the status bar.
#pragma once

#include "uicontext.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace cm {

class Pane;
class MessageBanner;
class UserGuideDialog;
class OverviewService;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);

    static QStringList paneKeys(); // overview, accounts, groups, templates, campaigns, reports
    // Shows a pane (created on first use); selects `id` in it when given. False for an unknown key.
    bool showPane(const QString &key, qint64 id = 0);
    Pane *pane(const QString &key); // creates it if needed
    QString currentPaneKey() const;
    // A warning across the window, e.g. when no keychain is available.
    void showWarning(const QString &text);
    // Switches the language now ("" for the system's) and remembers it: the menus, the sidebar and the panes are
    // rebuilt in it, on the same pane and item. Sends in progress, the workspace and the jobs carry on untouched.
    void setLanguage(const QString &code);
    // Help → User guide (F1): the guide, one window at a time, not modal.
    UserGuideDialog *showUserGuide();

    // The banner that says the workspace is the demo (until the user closes it: remembered in QSettings).
    MessageBanner *demoBanner() const { return m_demoBanner; }
    static QString demoBannerSetting(); // the QSettings key of its dismissal
    // "Start with my own accounts": a new workspace, empty (as --db … --no-demo starts one), beside the demo's. The
    // window's services belong to the open workspace, so the app starts again on the new one; the demo stays as it
    // is. Asks first. `opener` replaces the restart (tests): it is given the new workspace's path.
    void startOwnWorkspace();
    // Starts again on the demo workspace (File menu, outside the demo), and forgets the chosen one.
    void openDemoWorkspace();
    void setWorkspaceOpener(std::function<void(const QString &path)> opener) { m_opener = std::move(opener); }
    QString ownWorkspacePath() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void showDemoBanner();

    UiContext m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    MessageBanner *m_banner;
    MessageBanner *m_demoBanner;
    OverviewService *m_overview;
    std::function<void(const QString &path)> m_opener;
    QHash<QString, Pane *> m_panes;
    QPointer<UserGuideDialog> m_guide;
};

} // namespace cm
