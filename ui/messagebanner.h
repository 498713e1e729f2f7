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
    // A second button beside the action, for the message showing now (the next message clears it). Unlike the
    // action it leaves the banner open: "Save report…" next to "Undo import".
    void setSecondaryAction(const QString &text, std::function<void()> action);
    QString text() const;
    Type type() const { return m_type; }

private:
    Type m_type = Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_secondary;
    std::function<void()> m_callback;
    std::function<void()> m_secondaryCallback;
};

} // namespace cm
