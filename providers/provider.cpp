#include "provider.h"

#include <QTimer>

namespace cm {

ProviderReply::ProviderReply(QObject *parent)
    : QObject(parent)
{ }

void ProviderReply::abort()
{
    if (m_finished || m_aborting)
        return;
    // Finished for the adapter's callbacks from here on: a request aborted now must not count as an answer, and no
    // step may send the next request.
    m_aborting = true;
    emit aborting();
    failWith({ProviderError::Kind::Cancelled, {}, {}, false, -1});
}

void ProviderReply::finishWith(const QVariant &result)
{
    if (m_finished)
        return;
    m_result = result;
    finish();
}

void ProviderReply::failWith(const ProviderError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void ProviderReply::reportProgress(qint64 done, qint64 total)
{
    if (!m_finished)
        emit progress(done, total);
}

void ProviderReply::finish()
{
    m_finished = true;
    emit finished();
    deleteLater();
}

Provider::Provider(const Account &account, QObject *parent)
    : QObject(parent)
    , m_account(account)
{ }

ProviderReply *Provider::unsupportedReply(const QString &operation)
{
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [reply, operation] {
        reply->failWith({ProviderError::Kind::Unsupported, {}, operation, false, -1});
    });
    return reply;
}

Reply<QStringList> Provider::findSent(Channel, const QStringList &, const QDateTime &)
{
    return unsupported<QStringList>(tr("say which messages it has"));
}

Reply<SpamVerdict> Provider::spamCheck(const QString &, const QString &, const QString &, const QString &)
{
    return unsupported<SpamVerdict>(tr("test an email for spam"));
}

Reply<QList<Conversation>> Provider::listConversations()
{
    return unsupported<QList<Conversation>>(tr("list WhatsApp conversations"));
}

Reply<ConversationThread> Provider::conversation(const QString &, const QString &)
{
    return unsupported<ConversationThread>(tr("read a WhatsApp conversation"));
}

Reply<ConversationMessage> Provider::replyInConversation(const QString &, const QString &, const QString &)
{
    return unsupported<ConversationMessage>(tr("answer in a WhatsApp conversation"));
}

Reply<bool> Provider::deleteGroup(const QString &)
{
    return unsupported<bool>(tr("delete groups"));
}

Reply<QList<RemoteGroup>> Provider::listGroups()
{
    return unsupported<QList<RemoteGroup>>(tr("list groups"));
}

Reply<RemoteGroup> Provider::createGroup(const QString &)
{
    return unsupported<RemoteGroup>(tr("create groups"));
}

Reply<int> Provider::pushContacts(const QString &, const QList<Contact> &)
{
    return unsupported<int>(tr("upload contacts"));
}

Reply<QList<Contact>> Provider::pullContacts(const QString &)
{
    return unsupported<QList<Contact>>(tr("download contacts"));
}

Reply<bool> Provider::cancelScheduled(const QString &)
{
    return unsupported<bool>(tr("cancel a scheduled send"));
}

Reply<QList<DeliveryEvent>> Provider::fetchEvents(const QStringList &)
{
    return unsupported<QList<DeliveryEvent>>(tr("report per-recipient status"));
}

Reply<CampaignStats> Provider::campaignStats(const QString &)
{
    return unsupported<CampaignStats>(tr("report campaign statistics"));
}

Reply<QList<OptOut>> Provider::optOuts(const QString &)
{
    return unsupported<QList<OptOut>>(tr("list opt-outs"));
}

Reply<bool> Provider::changeContact(const QString &, ContactChange)
{
    return unsupported<bool>(tr("block or unsubscribe a contact"));
}

Reply<QList<DeliveryEvent>> Provider::sendingEvents(const QString &)
{
    return unsupported<QList<DeliveryEvent>>(tr("export a campaign's events"));
}

Reply<int> Provider::reschedule(const QString &, const QDateTime &)
{
    return unsupported<int>(tr("reschedule messages"));
}

Reply<QList<RemoteTemplate>> Provider::listTemplates()
{
    return unsupported<QList<RemoteTemplate>>(tr("keep templates"));
}

Reply<RemoteTemplate> Provider::getTemplate(const QString &)
{
    return unsupported<RemoteTemplate>(tr("keep templates"));
}

Reply<RemoteTemplate> Provider::saveTemplate(const RemoteTemplate &)
{
    return unsupported<RemoteTemplate>(tr("keep templates"));
}

Reply<QString> Provider::previewTemplate(const QString &)
{
    return unsupported<QString>(tr("keep templates"));
}

Reply<RemoteGroup> Provider::renameGroup(const QString &, const QString &)
{
    return unsupported<RemoteGroup>(tr("rename a group"));
}

Reply<EmailValidation> Provider::startEmailValidation(const QStringList &)
{
    return unsupported<EmailValidation>(tr("validate email addresses"));
}

Reply<EmailValidation> Provider::emailValidation(const QString &)
{
    return unsupported<EmailValidation>(tr("validate email addresses"));
}

} // namespace cm
