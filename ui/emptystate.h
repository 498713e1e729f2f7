// A view that says what to do next when its model is empty.
#pragma once

#include <QStackedWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
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
    // Buttons under the text for what to do next (each follows its action's text and enabled state).
    void addAction(QAction *action);
    QList<QAction *> emptyActions() const { return m_actions; }
    // When the view counts as empty; by default when its model has no rows. Call refresh() when its answer may
    // have changed for another reason than the model's rows.
    void setEmptyCheck(std::function<bool()> isEmpty) { m_isEmpty = std::move(isEmpty); }
    void refresh() { update(); }

private:
    void update();

    QAbstractItemView *m_view;
    QWidget *m_page;
    QLabel *m_label;
    QHBoxLayout *m_buttons = nullptr;
    QList<QAction *> m_actions;
    std::function<bool()> m_isEmpty;
};

} // namespace cm
