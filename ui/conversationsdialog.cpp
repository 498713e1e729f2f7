#include "conversationsdialog.h"

#include "app/services/conversations.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cm {

namespace {
QString shortTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ConversationsDialog::ConversationsDialog(const UiContext &context, qint64 accountId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_accountId(accountId)
    , m_service(new ConversationService(context.workspace, context.accounts, context.jobs, this))
    , m_list(new QStandardItemModel(0, 4, this))
    , m_messages(new QStandardItemModel(this))
    , m_listView(new QTableView(this))
    , m_messageView(new QListView(this))
    , m_session(new QLabel(this))
    , m_status(new QLabel(this))
    , m_reply(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send answer"), this))
{
    const auto account = context.workspace->accounts()->byId(accountId);
    setWindowTitle(tr("WhatsApp conversations of “%1”").arg(account ? account->name : QString()));
    resize(900, 560);
    m_list->setHorizontalHeaderLabels({tr("Contact"), tr("Number"), tr("Session"), tr("Last message")});
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->hide();
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_listView->setAccessibleName(tr("Conversations"));
    m_messageView->setModel(m_messages);
    m_messageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messageView->setWordWrap(true);
    m_messageView->setAccessibleName(tr("Messages"));
    m_session->setWordWrap(true);
    m_status->setWordWrap(true);
    m_reply->setPlaceholderText(tr("Answer…"));
    m_reply->setAccessibleName(tr("Answer"));
    m_send->setEnabled(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_messageView, 1);
    rightLayout->addWidget(m_session);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send);
    rightLayout->addLayout(replyRow);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_listView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 520});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &ConversationsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openConversation(current.row());
            });
    connect(m_send, &QPushButton::clicked, this, &ConversationsDialog::sendReply);
    connect(m_reply, &QLineEdit::returnPressed, this, &ConversationsDialog::sendReply);
    connect(m_reply, &QLineEdit::textChanged, this, &ConversationsDialog::showSession);
    showSession();
    refresh();
}

ConversationsDialog::~ConversationsDialog()
{
    for (const QPointer<Job> &job : std::as_const(m_running)) {
        if (job)
            job->cancel(); // nothing is waiting for the answer any more
    }
}

void ConversationsDialog::track(Job *job)
{
    m_running.append(job);
    m_status->setText(job->title() + QStringLiteral("…"));
    connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
        m_running.removeAll(job);
        m_status->setText(ok ? QString() : message);
        emit updated();
    });
}

void ConversationsDialog::refresh()
{
    Job *job = m_service->list(m_accountId);
    track(job);
    connect(job, &Job::finished, this, [this, job](bool ok) {
        if (!ok)
            return;
        const QString selected = m_thread ? m_thread->conversation.to : QString();
        m_conversations = job->property("conversations").value<QList<Conversation>>();
        m_list->removeRows(0, m_list->rowCount());
        int again = -1;
        for (const Conversation &c : std::as_const(m_conversations)) {
            if (c.to == selected)
                again = m_list->rowCount();
            m_list->appendRow({new QStandardItem(c.contactName.isEmpty() ? c.to : c.contactName),
                               new QStandardItem(c.to), new QStandardItem(c.sessionActive ? tr("Open") : tr("Closed")),
                               new QStandardItem(shortTime(c.updatedAt))});
        }
        if (m_conversations.isEmpty())
            m_status->setText(tr("No conversations yet: they start when a WhatsApp template is sent (a campaign with "
                                 "Delivery: WhatsApp template) or someone writes to your number."));
        m_listView->resizeColumnsToContents();
        if (again >= 0)
            m_listView->selectRow(again);
    });
}

void ConversationsDialog::openConversation(int row)
{
    if (row < 0 || row >= m_conversations.size())
        return;
    const Conversation c = m_conversations.at(row);
    Job *job = m_service->open(m_accountId, c.from, c.to);
    track(job);
    connect(job, &Job::finished, this, [this, job](bool ok) {
        if (ok)
            showThread(job->property("thread").value<ConversationThread>());
    });
}

void ConversationsDialog::showThread(const ConversationThread &thread)
{
    m_thread = thread;
    m_messages->clear();
    for (const ConversationMessage &m : thread.messages) {
        auto *item = new QStandardItem(QStringLiteral("%1\n%2").arg(m.content, shortTime(m.sentAt)));
        item->setData(QString((m.inbound ? QStringLiteral("< ") : QStringLiteral("> ")) + m.content), Qt::UserRole);
        item->setTextAlignment(m.inbound ? Qt::AlignLeft : Qt::AlignRight);
        item->setToolTip(m.inbound                      ? tr("Received %1").arg(shortTime(m.sentAt))
                                 : m.readAt.isValid()   ? tr("Read %1").arg(shortTime(m.readAt))
                                 : m.failedAt.isValid() ? tr("Failed %1").arg(shortTime(m.failedAt))
                                                        : tr("Sent %1").arg(shortTime(m.sentAt)));
        m_messages->appendRow(item);
    }
    m_messageView->scrollToBottom();
    showSession();
}

void ConversationsDialog::showSession()
{
    if (!m_thread) {
        m_session->setText(tr("Choose a conversation."));
        m_send->setEnabled(false);
        m_reply->setEnabled(false);
        return;
    }
    const Conversation &c = m_thread->conversation;
    m_session->setText(c.sessionActive
                               ? tr("The session is open until %1: you can answer in your own words.")
                                         .arg(shortTime(c.sessionExpiresAt))
                               : tr("The session is closed (the last message from %1 is over 24 hours old): only an "
                                    "approved template can be sent, as a campaign with Delivery: WhatsApp template.")
                                         .arg(c.contactName.isEmpty() ? c.to : c.contactName));
    m_reply->setEnabled(c.sessionActive);
    m_send->setEnabled(c.sessionActive && !m_reply->text().trimmed().isEmpty());
}

void ConversationsDialog::sendReply()
{
    if (!canReply() || m_reply->text().trimmed().isEmpty())
        return;
    const Conversation c = m_thread->conversation;
    Job *job = m_service->reply(m_accountId, c.from, c.to, m_reply->text());
    m_send->setEnabled(false);
    track(job);
    connect(job, &Job::finished, this, [this, job, to = c.to](bool ok) {
        showSession();
        if (!ok || !m_thread || m_thread->conversation.to != to)
            return;
        m_reply->clear();
        ConversationThread thread = *m_thread;
        thread.messages.append(job->property("message").value<ConversationMessage>());
        showThread(thread);
    });
}

int ConversationsDialog::conversationCount() const
{
    return int(m_conversations.size());
}

QStringList ConversationsDialog::messageTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_messages->rowCount(); ++row)
        texts.append(m_messages->item(row)->data(Qt::UserRole).toString());
    return texts;
}

bool ConversationsDialog::canReply() const
{
    return m_thread && m_thread->conversation.sessionActive;
}

void ConversationsDialog::setReplyText(const QString &text)
{
    m_reply->setText(text);
}

QString ConversationsDialog::statusText() const
{
    return m_status->text();
}

} // namespace cm
