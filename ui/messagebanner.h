// An inline message at the top of a pane: what happened, and a Retry (or other) action when one is safe. A success
// goes away by itself after a while (longer when it offers an action, such as Undo) or when the user moves on to
// another pane; warnings and errors stay until closed or replaced.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

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
    // How long a success stays: `plain` without an action, `withAction` with one (milliseconds).
    void setSuccessTimeouts(int plain, int withAction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Type m_type = Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_secondary;
    std::function<void()> m_callback;
    std::function<void()> m_secondaryCallback;
    QTimer *m_expiry;
    int m_plainTimeout = 8000;
    int m_actionTimeout = 30000;
};

} // namespace cm
