#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace cm::ui {

namespace {
std::function<bool(const QString &)> &hook()
{
    static std::function<bool(const QString &)> h;
    return h;
}
} // namespace

void setConfirmHook(std::function<bool(const QString &)> h)
{
    hook() = std::move(h);
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (hook())
        return hook()(text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace cm::ui
