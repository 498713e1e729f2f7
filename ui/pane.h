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

// Where an action stands in a pane's toolbar. Every pane shows its actions in this order, the kinds apart:
// create, change, copy, remove; then the pane's own work; files in and out; the exchange with an account; the rest.
enum class PaneSlot { Create, Change, Copy, Remove, Work, Files, Exchange, More };

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
    QList<QAction *> paneActions() const; // in the toolbar's order, without separators
    static PaneSlot slotOf(const QAction *action);

signals:
    void statusMessage(const QString &message);
    void showPaneRequested(const QString &key, qint64 id);

protected:
    // Called once by the subclass's constructor.
    void setupList(TableModel *model, const QString &title, const QString &emptyText, QWidget *detail);
    // Called last by the subclass's constructor: selects the first row (or shows that there is none).
    void finishSetup();
    QAction *addPaneAction(const QString &text, const QKeySequence &shortcut, PaneIcon icon, PaneSlot slot);
    virtual void currentChanged(qint64 id) = 0;
    bool eventFilter(QObject *watched, QEvent *event) override;

    UiContext m_context;

private:
    // Every button shows its words where the toolbar has room; where it has not, the rarer kinds (More, Exchange,
    // Remove, Copy, Files; each from the right) show their icon alone, the text staying their tooltip and accessible
    // name.
    void fitToolBar();

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
    bool m_fitting = false;
    bool m_fitQueued = false;
};

// A bold heading for detail areas.
QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale = 1.3);

} // namespace cm
