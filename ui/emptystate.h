// A view that says what to do next when its model is empty.
#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QLabel;

namespace cm {

class EmptyState : public QStackedWidget
{
    Q_OBJECT
public:
    EmptyState(QAbstractItemView *view, QWidget *parent = nullptr);
    void setText(const QString &text);
    bool isShowingEmptyText() const;

private:
    void update();

    QAbstractItemView *m_view;
    QLabel *m_label;
};

} // namespace cm
