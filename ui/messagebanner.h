// An inline message at the top of a pane: what happened, and a Retry (or other) action when one is safe.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace cm {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum Type { Information, Success, Warning, Error };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    QString text() const;
    Type type() const { return m_type; }

private:
    Type m_type = Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_callback;
};

} // namespace cm
