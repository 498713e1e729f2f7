// The main window: a sidebar of the five panes, menus with shortcuts, and the background jobs in the status bar.
#pragma once

#include "uicontext.h"

#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace cm {

class Pane;
class MessageBanner;
class UserGuideDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);

    static QStringList paneKeys(); // accounts, groups, templates, campaigns, reports
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void showAbout();

    UiContext m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    MessageBanner *m_banner;
    QHash<QString, Pane *> m_panes;
    QPointer<UserGuideDialog> m_guide;
};

} // namespace cm
