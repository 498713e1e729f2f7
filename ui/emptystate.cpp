#include "emptystate.h"

#include <QAbstractItemView>
#include <QLabel>

namespace cm {

EmptyState::EmptyState(QAbstractItemView *view, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_label(new QLabel(this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    addWidget(view);
    addWidget(m_label);
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
    return currentWidget() == m_label;
}

void EmptyState::update()
{
    setCurrentWidget(m_view->model()->rowCount() == 0 ? static_cast<QWidget *>(m_label) : m_view);
}

} // namespace cm
