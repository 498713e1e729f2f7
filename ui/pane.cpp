#include "pane.h"

#include "paneicons.h"

#include "emptystate.h"
#include "messagebanner.h"
#include "models/roles.h"
#include "models/tablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {

QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

Pane::Pane(const UiContext &context, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_key(key)
{
    setObjectName(key + QStringLiteral("Pane"));
}

void Pane::setupList(TableModel *model, const QString &title, const QString &emptyText, QWidget *detail)
{
    m_model = model;
    m_title = makeHeading(title, this, 1.5);
    m_title->setWordWrap(false);
    m_title->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setMovable(false);
    m_toolBar->installEventFilter(this);
    // The toolbar takes the width the title leaves, so that its buttons keep their words where there is room.
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_toolBar, 1);

    m_banner = new MessageBanner(this);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(Qt::DisplayRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Names first and whole; the last column takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(title);

    m_empty = new EmptyState(m_view, this);
    m_empty->setText(emptyText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_empty, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    auto notify = [this] { currentChanged(currentId()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, notify);
    // A reload keeps the selected item (or, when it is gone, selects the first), so the details are never stale.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectedBeforeReset = currentId(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectedBeforeReset && selectById(m_selectedBeforeReset))
            return;
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        else
            currentChanged(0);
    });
}

void Pane::finishSetup()
{
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        currentChanged(0);
}

namespace {

const char *const slotProperty = "cmPaneSlot";

// Create, change, copy and remove are one group; each later kind is a group of its own.
int groupOf(PaneSlot slot)
{
    return slot <= PaneSlot::Remove ? 0 : int(slot) - int(PaneSlot::Remove);
}

} // namespace

PaneSlot Pane::slotOf(const QAction *action)
{
    return PaneSlot(action->property(slotProperty).toInt());
}

QAction *Pane::addPaneAction(const QString &text, const QKeySequence &shortcut, PaneIcon icon, PaneSlot slot)
{
    auto *action = new QAction(text, this);
    action->setIcon(paneIcon(icon));
    action->setProperty(slotProperty, int(slot));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    }
    addAction(action);

    // After the actions of its kind and before the later kinds, whatever order the pane adds them in; a separator
    // between groups.
    const QList<QAction *> present = m_toolBar->actions();
    for (QAction *other : present) {
        if (other->isSeparator()) {
            m_toolBar->removeAction(other);
            delete other;
        }
    }
    QAction *before = nullptr;
    for (QAction *other : m_toolBar->actions()) {
        if (slotOf(other) > slot) {
            before = other;
            break;
        }
    }
    m_toolBar->insertAction(before, action);
    const QList<QAction *> actions = m_toolBar->actions();
    for (qsizetype i = 1; i < actions.size(); ++i) {
        if (groupOf(slotOf(actions[i])) != groupOf(slotOf(actions[i - 1])))
            m_toolBar->insertSeparator(actions[i]);
    }
    if (QWidget *button = m_toolBar->widgetForAction(action))
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return action;
}

QList<QAction *> Pane::paneActions() const
{
    QList<QAction *> actions;
    if (m_toolBar) {
        for (QAction *action : m_toolBar->actions()) {
            if (!action->isSeparator())
                actions.append(action);
        }
    }
    return actions;
}

bool Pane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_toolBar) {
        switch (event->type()) {
        case QEvent::Resize:
            fitToolBar();
            break;
        case QEvent::ActionAdded:
        case QEvent::ActionChanged:
        case QEvent::ActionRemoved:
        case QEvent::FontChange:
        case QEvent::StyleChange:
            // The button of a new action exists only once the toolbar has handled the event.
            if (!m_fitQueued) {
                m_fitQueued = true;
                QMetaObject::invokeMethod(
                        this,
                        [this] {
                            m_fitQueued = false;
                            fitToolBar();
                        },
                        Qt::QueuedConnection);
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Pane::fitToolBar()
{
    if (!m_toolBar || m_fitting)
        return;
    const QScopedValueRollback<bool> guard(m_fitting, true);
    QList<QAction *> shown;
    for (QAction *action : m_toolBar->actions()) {
        if (action->isVisible())
            shown.append(action);
    }
    auto buttonOf = [this](QAction *action) { return qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)); };
    for (QAction *action : std::as_const(shown)) {
        if (QToolButton *button = buttonOf(action))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    // The toolbar's size hint is the width that shows every button without the overflow menu.
    auto fits = [this] {
        m_toolBar->layout()->invalidate();
        return m_toolBar->sizeHint().width() <= m_toolBar->width();
    };
    // The rarer kinds give up their words first, each kind from the right.
    QList<QAction *> candidates;
    for (PaneSlot slot : {PaneSlot::More, PaneSlot::Exchange, PaneSlot::Remove, PaneSlot::Copy, PaneSlot::Files}) {
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            if (!(*it)->isSeparator() && slotOf(*it) == slot)
                candidates.append(*it);
        }
    }
    for (QAction *action : std::as_const(candidates)) {
        if (fits())
            break;
        if (QToolButton *button = buttonOf(action))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

QList<qint64> Pane::selectedIds() const
{
    QList<qint64> ids;
    if (m_view) {
        QModelIndexList rows = m_view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : std::as_const(rows))
            ids.append(index.data(IdRole).toLongLong());
    }
    if (ids.isEmpty() && currentId())
        ids.append(currentId());
    return ids;
}

qint64 Pane::currentId() const
{
    const QModelIndex index = m_view ? m_view->currentIndex() : QModelIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

bool Pane::selectById(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace cm
