#include "emptystate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {

EmptyState::EmptyState(QAbstractItemView *view, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_page(new QWidget(this))
    , m_label(new QLabel(m_page))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto *page = new QVBoxLayout(m_page);
    page->setContentsMargins(0, 0, 0, 0);
    page->addStretch(1);
    page->addWidget(m_label);
    page->addStretch(1);
    addWidget(view);
    addWidget(m_page);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    update();
}

void EmptyState::setText(const QString &text)
{
    m_label->setText(text);
}

bool EmptyState::isShowingEmptyText() const
{
    return currentWidget() == m_page;
}

void EmptyState::addAction(QAction *action)
{
    if (!m_buttons) {
        m_buttons = new QHBoxLayout;
        m_buttons->addStretch(1);
        m_buttons->addStretch(1);
        static_cast<QVBoxLayout *>(m_page->layout())->insertLayout(2, m_buttons);
    }
    auto *button = new QToolButton(m_page);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    m_actions.append(action);
}

void EmptyState::update()
{
    const bool empty = m_isEmpty ? m_isEmpty() : m_view->model()->rowCount() == 0;
    setCurrentWidget(empty ? m_page : static_cast<QWidget *>(m_view));
}

} // namespace cm
