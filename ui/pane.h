// The shape every pane shares: a title with its actions, an inline message banner, a filterable list with an
// empty-state text on the left and the selected item's details on the right.
#pragma once

#include "paneicons.h"

#include "uicontext.h"
#include <optional>

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

namespace cm {

class EmptyState;
class MessageBanner;
class TableModel;

class Pane : public QWidget
{
    Q_OBJECT
public:
    Pane(const UiContext &context, const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; } // "accounts", "groups", … as in --pane
    QTableView *listView() const { return m_view; }
    TableModel *listModel() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }
    EmptyState *emptyState() const { return m_empty; }
    qint64 currentId() const;
    QList<qint64> selectedIds() const; // in the list's order; the current one when none is selected
    bool selectById(qint64 id);
    QList<QAction *> paneActions() const; // also offered in the main window's menu

signals:
    void statusMessage(const QString &message);
    void showPaneRequested(const QString &key, qint64 id);

protected:
    // Called once by the subclass's constructor.
    void setupList(TableModel *model, const QString &title, const QString &emptyText, QWidget *detail);
    // Called last by the subclass's constructor: selects the first row (or shows that there is none).
    void finishSetup();
    QAction *addPaneAction(const QString &text, const QKeySequence &shortcut = {},
                           std::optional<PaneIcon> icon = std::nullopt);
    // The less frequent actions show as their icon alone in the toolbar, so that the frequent ones keep their
    // words; the action's text stays the button's tooltip and accessible name.
    void showIconOnly(const QList<QAction *> &actions);
    virtual void currentChanged(qint64 id) = 0;

    UiContext m_context;

private:
    QString m_key;
    QLabel *m_title = nullptr;
    QToolBar *m_toolBar = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    TableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    EmptyState *m_empty = nullptr;
    qint64 m_selectedBeforeReset = 0;
};

// A bold heading for detail areas.
QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale = 1.3);

} // namespace cm
