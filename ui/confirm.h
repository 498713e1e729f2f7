// Every confirmation goes through here, so that UI tests can answer it in advance.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cm::ui {

// Asks a yes/no question; `acceptText` names the action ("Delete group"). True when the user accepts.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

// Tests: answer every confirmation with the hook's result instead of showing a dialog. Pass {} to reset.
void setConfirmHook(std::function<bool(const QString &text)> hook);

} // namespace cm::ui
