// The WhatsApp conversations of an account (Capability::Conversations): who wrote, what was said, and an answer
// while the conversation's 24-hour session is open. Everything is read from the provider in the background.
#pragma once

#include "providers/providertypes.h"
#include "uicontext.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QListView;

namespace cm {

class ConversationService;
class Job;

class ConversationsDialog : public QDialog
{
    Q_OBJECT
public:
    ConversationsDialog(const UiContext &context, qint64 accountId, QWidget *parent = nullptr);
    ~ConversationsDialog() override;

    void refresh();
    void openConversation(int row);
    void sendReply();

    // For tests and the screenshot.
    int conversationCount() const;
    QStringList messageTexts() const; // "> text" (sent) and "< text" (received), oldest first
    bool canReply() const;
    void setReplyText(const QString &text);
    QString statusText() const;

signals:
    void updated(); // a read or an answer finished (or failed: statusText() says why)

private:
    void track(Job *job);
    void showThread(const ConversationThread &thread);
    void showSession();

    UiContext m_context;
    qint64 m_accountId;
    ConversationService *m_service;
    QList<Conversation> m_conversations;
    std::optional<ConversationThread> m_thread;
    QList<QPointer<Job>> m_running;
    QStandardItemModel *m_list;
    QStandardItemModel *m_messages;
    QTableView *m_listView;
    QListView *m_messageView;
    QLabel *m_session;
    QLabel *m_status;
    QLineEdit *m_reply;
    QPushButton *m_send;
};

} // namespace cm
