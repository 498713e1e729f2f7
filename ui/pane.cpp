#include "pane.h"

#include "paneicons.h"

#include "emptystate.h"
#include "messagebanner.h"
#include "models/roles.h"
#include "models/tablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_toolBar);

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

void Pane::showIconOnly(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }
}

QAction *Pane::addPaneAction(const QString &text, const QKeySequence &shortcut, std::optional<PaneIcon> icon)
{
    auto *action = new QAction(text, this);
    if (icon)
        action->setIcon(paneIcon(*icon));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    }
    m_toolBar->addAction(action);
    addAction(action);
    return action;
}

QList<QAction *> Pane::paneActions() const
{
    return m_toolBar ? m_toolBar->actions() : QList<QAction *>();
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
