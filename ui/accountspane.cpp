#include "accountspane.h"

#include "accountdialog.h"
#include "app/services/accounthealth.h"
#include "app/services/accountservice.h"
#include "app/services/groupsync.h"
#include "app/services/workspace.h"
#include "confirm.h"
#include "conversationsdialog.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/itemmodels.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cm {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

AccountsPane::AccountsPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("accounts"), parent)
    , m_model(new AccountModel(
              context.workspace->accounts(),
              [registry = &context.workspace->providers()](const QString &key) { return registry->displayName(key); },
              this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_provider(valueLabel(m_detail))
    , m_description(valueLabel(m_detail))
    , m_baseUrl(valueLabel(m_detail))
    , m_user(valueLabel(m_detail))
    , m_capabilities(valueLabel(m_detail))
    , m_status(valueLabel(m_detail))
    , m_remoteGroups(valueLabel(m_detail))
{
    m_description->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Base URL:"), m_baseUrl);
    m_baseUrlLabel = qobject_cast<QLabel *>(form->labelForField(m_baseUrl));
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Can do:"), m_capabilities);
    form->addRow(tr("Last test:"), m_status);
    form->addRow(tr("Groups there:"), m_remoteGroups);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addStretch(1);

    setupList(m_model, tr("Accounts"),
              tr("No accounts yet.\nAdd one for each provider you send through (Ctrl+N), or try the Sandbox, which "
                 "sends nothing."),
              m_detail);
    connect(addPaneAction(tr("Add account…"), QKeySequence::New, PaneIcon::Add, PaneSlot::Create), &QAction::triggered,
            this, &AccountsPane::addAccount);
    m_editAction = addPaneAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), PaneIcon::Edit, PaneSlot::Change);
    connect(m_editAction, &QAction::triggered, this, &AccountsPane::editAccount);
    m_testAction
            = addPaneAction(tr("Test connection"), QKeySequence(Qt::CTRL | Qt::Key_T), PaneIcon::Check, PaneSlot::Work);
    connect(m_testAction, &QAction::triggered, this, &AccountsPane::testConnection);
    m_groupsAction = addPaneAction(tr("Groups at the provider"), QKeySequence(Qt::CTRL | Qt::Key_G), PaneIcon::Cloud,
                                   PaneSlot::Exchange);
    connect(m_groupsAction, &QAction::triggered, this, &AccountsPane::showRemoteGroups);
    m_conversationsAction
            = addPaneAction(tr("WhatsApp conversations…"), QKeySequence(), PaneIcon::Accounts, PaneSlot::Exchange);
    connect(m_conversationsAction, &QAction::triggered, this, &AccountsPane::showConversations);
    m_removeAction = addPaneAction(tr("Remove…"), QKeySequence::Delete, PaneIcon::Delete, PaneSlot::Remove);
    connect(m_removeAction, &QAction::triggered, this, &AccountsPane::removeAccount);
    finishSetup();
}

void AccountsPane::currentChanged(qint64 id)
{
    const auto account = id ? m_context.workspace->accounts()->byId(id) : std::nullopt;
    m_detail->setVisible(account.has_value());
    m_testAction->setEnabled(account.has_value());
    m_editAction->setEnabled(account.has_value());
    m_removeAction->setEnabled(account.has_value());
    m_conversationsAction->setEnabled(false);
    if (!account)
        return;
    const auto info = m_context.workspace->providers().info(account->provider);
    m_heading->setText(account->name);
    m_provider->setText(info ? info->displayName : account->provider);
    m_description->setText(
            info ? (info->hint.isEmpty() ? info->description : info->description + QLatin1Char('\n') + info->hint)
                 : tr("This version does not know this provider."));
    // The provider's own word for it ("Server" for an SMTP account).
    if (m_baseUrlLabel) {
        QString label = tr("Base URL:");
        for (const CredentialField &field : info ? info->credentials : QList<CredentialField>()) {
            if (field.kind == CredentialField::BaseUrl)
                label = field.label + QLatin1Char(':');
        }
        m_baseUrlLabel->setText(label);
    }
    m_baseUrl->setText(account->baseUrl.isEmpty()
                               ? (info && !info->defaultBaseUrl.isEmpty() ? info->defaultBaseUrl : tr("(built in)"))
                               : account->baseUrl);
    m_user->setText(account->user.isEmpty() ? tr("(none)") : account->user);
    m_capabilities->setText(info ? info->capabilityNames().join(QStringLiteral(" · ")) : QString());
    // The last test, from this window, an earlier start or campaignctl.
    if (const auto test = health::lastTest(m_context.workspace, account->id)) {
        const QString when = QLocale().toString(test->at.toLocalTime(), QLocale::ShortFormat);
        QString text = test->ok ? tr("Works (%1). %2").arg(when, test->message)
                                : tr("Failed (%1): %2").arg(when, test->message);
        if (test->ok && test->balance)
            text += QLatin1Char(' ')
                    + tr("Balance: %1.").arg(QLocale().toCurrencyString(*test->balance, test->currency));
        m_status->setText(text.trimmed());
    } else {
        m_status->setText(tr("Not tested yet (Ctrl+T)."));
    }
    const bool keepsGroups = info && info->can.audience.listGroups;
    m_groupsAction->setEnabled(keepsGroups && m_context.groupSync);
    m_remoteGroups->setText(keepsGroups ? tr("Not read yet (Ctrl+G).") : tr("This provider keeps no groups."));
    const bool converses = info && info->can.extras.conversations;
    m_conversationsAction->setEnabled(converses && m_context.accounts && m_context.jobs);
    m_conversationsAction->setToolTip(
            converses ? tr("Read and answer the WhatsApp conversations")
                      : tr("%1 has no WhatsApp conversations.").arg(info ? info->displayName : account->provider));
}

void AccountsPane::showConversations()
{
    const qint64 id = currentId();
    if (!id || !m_conversationsAction->isEnabled())
        return;
    auto *dialog = new ConversationsDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsPane::showRemoteGroups()
{
    const qint64 id = currentId();
    if (!id || !m_context.groupSync)
        return;
    m_remoteGroups->setText(tr("Reading…"));
    m_context.groupSync->remoteGroups(
            id, this, [this, id](bool ok, const QString &error, const QList<RemoteGroup> &groups) {
                if (currentId() != id)
                    return;
                if (!ok) {
                    m_remoteGroups->setText(error);
                    banner()->showMessage(MessageBanner::Error, error, tr("Retry"), [this] { showRemoteGroups(); });
                    return;
                }
                QStringList lines;
                for (const RemoteGroup &g : groups)
                    lines.append(g.contactCount >= 0
                                         ? tr("%1 (%n contact(s))", nullptr, int(g.contactCount)).arg(g.name)
                                         : g.name);
                m_remoteGroups->setText(lines.isEmpty() ? tr("None yet.") : lines.join(QLatin1Char('\n')));
            });
}

QString AccountsPane::remoteGroupsText() const
{
    return m_remoteGroups->text();
}

void AccountsPane::addAccount()
{
    AccountDialog dialog(m_context.workspace->providers(), m_context.accounts, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Account account = dialog.account();
    m_context.accounts->add(
            account, dialog.secret(), this,
            [this, name = account.name, mailbox = dialog.mailboxSecret()](bool ok, const QString &message) {
                const auto added = ok ? m_context.workspace->accounts()->byName(name) : std::nullopt;
                if (added && !mailbox.isEmpty())
                    return saveMailboxSecret(added->id, mailbox);
                banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
                if (added)
                    selectById(added->id);
            });
}

void AccountsPane::editAccount()
{
    const auto account = m_context.workspace->accounts()->byId(currentId());
    if (!account)
        return;
    AccountDialog dialog(m_context.workspace->providers(), m_context.accounts, &*account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.accounts->update(
            dialog.account(), dialog.secret(), this,
            [this, id = account->id, mailbox = dialog.mailboxSecret()](bool ok, const QString &message) {
                if (ok && !mailbox.isEmpty())
                    return saveMailboxSecret(id, mailbox);
                banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
                if (ok)
                    selectById(id);
            });
}

void AccountsPane::saveMailboxSecret(qint64 accountId, const QString &secret)
{
    m_context.accounts->setMailboxSecret(accountId, secret, this, [this, accountId](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
        if (ok)
            selectById(accountId);
    });
}

QString AccountsPane::lastTestText() const
{
    return m_status->text();
}

void AccountsPane::testConnection()
{
    const qint64 id = currentId();
    if (!id)
        return;
    m_status->setText(tr("Testing…"));
    // The balance where the provider reports one (ProviderCapabilities::Extras::balance).
    const auto account = m_context.workspace->accounts()->byId(id);
    const auto info = account ? m_context.workspace->providers().info(account->provider) : std::nullopt;
    const bool balance = info && info->can.extras.balance;
    m_context.accounts->verify(
            id, this, [this, id, balance](bool ok, const QString &message, const AccountStatus &status) {
                QString text = message;
                if (ok && balance && status.balance)
                    text += QLatin1Char(' ')
                            + tr("Balance: %1.").arg(QLocale().toCurrencyString(*status.balance, status.currency));
                if (currentId() == id)
                    m_status->setText(ok ? tr("Works. %1").arg(text) : text);
                if (ok)
                    banner()->showMessage(MessageBanner::Success, tr("The connection works. %1").arg(text));
                else
                    banner()->showMessage(MessageBanner::Error, text, tr("Retry"), [this] { testConnection(); });
            });
}

void AccountsPane::removeAccount()
{
    const auto account = m_context.workspace->accounts()->byId(currentId());
    if (!account)
        return;
    if (!ui::confirm(this, tr("Remove account"),
                     tr("Remove the account “%1” and its secret from the keychain? Its campaigns and reports stay in "
                        "the workspace.")
                             .arg(account->name),
                     tr("Remove account")))
        return;
    m_context.accounts->remove(account->id, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
}

} // namespace cm
