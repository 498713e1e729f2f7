#include "provider.h"

#include <QTimer>

namespace cm {

ProviderReply::ProviderReply(QObject *parent)
    : QObject(parent)
{ }

void ProviderReply::abort()
{
    if (m_finished)
        return;
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

ProviderReply *Provider::unsupported(const QString &operation)
{
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [reply, operation] {
        reply->failWith({ProviderError::Kind::Unsupported, {}, operation, false, -1});
    });
    return reply;
}

ProviderReply *Provider::spamCheck(const QString &, const QString &, const QString &, const QString &)
{
    return unsupported(tr("test an email for spam"));
}

ProviderReply *Provider::listConversations()
{
    return unsupported(tr("list WhatsApp conversations"));
}

ProviderReply *Provider::conversation(const QString &, const QString &)
{
    return unsupported(tr("read a WhatsApp conversation"));
}

ProviderReply *Provider::replyInConversation(const QString &, const QString &, const QString &)
{
    return unsupported(tr("answer in a WhatsApp conversation"));
}

ProviderReply *Provider::deleteGroup(const QString &)
{
    return unsupported(tr("delete groups"));
}

ProviderReply *Provider::listGroups()
{
    return unsupported(tr("list groups"));
}

ProviderReply *Provider::createGroup(const QString &)
{
    return unsupported(tr("create groups"));
}

ProviderReply *Provider::pushContacts(const QString &, const QList<Contact> &)
{
    return unsupported(tr("upload contacts"));
}

ProviderReply *Provider::pullContacts(const QString &)
{
    return unsupported(tr("download contacts"));
}

ProviderReply *Provider::cancelScheduled(const QString &)
{
    return unsupported(tr("cancel a scheduled send"));
}

ProviderReply *Provider::fetchEvents(const QStringList &)
{
    return unsupported(tr("report per-recipient status"));
}

ProviderReply *Provider::campaignStats(const QString &)
{
    return unsupported(tr("report campaign statistics"));
}

ProviderReply *Provider::campaignSeries(const QString &, Period)
{
    return unsupported(tr("report statistics over time"));
}

ProviderReply *Provider::listCampaigns()
{
    return unsupported(tr("list campaigns"));
}

ProviderReply *Provider::optOuts(const QString &)
{
    return unsupported(tr("list opt-outs"));
}

ProviderReply *Provider::overrideOptOut(const QString &)
{
    return unsupported(tr("override an opt-out"));
}

ProviderReply *Provider::uploadGroupCsv(const QString &, const QByteArray &)
{
    return unsupported(tr("import a group from a CSV file"));
}

ProviderReply *Provider::groupDetails(const QString &)
{
    return unsupported(tr("describe a group"));
}

ProviderReply *Provider::getContact(const QString &, const QString &)
{
    return unsupported(tr("read one contact"));
}

ProviderReply *Provider::updateContact(const QString &, const Contact &)
{
    return unsupported(tr("update a contact"));
}

ProviderReply *Provider::deleteContact(const QString &, const QString &)
{
    return unsupported(tr("delete a contact"));
}

ProviderReply *Provider::changeContact(const QString &, ContactChange)
{
    return unsupported(tr("block or unsubscribe a contact"));
}

ProviderReply *Provider::sendingEvents(const QString &)
{
    return unsupported(tr("export a campaign's events"));
}

ProviderReply *Provider::listScheduled(const QString &)
{
    return unsupported(tr("list scheduled messages"));
}

ProviderReply *Provider::reschedule(const QString &, const QDateTime &)
{
    return unsupported(tr("reschedule messages"));
}

ProviderReply *Provider::listTemplates()
{
    return unsupported(tr("keep templates"));
}

ProviderReply *Provider::getTemplate(const QString &)
{
    return unsupported(tr("keep templates"));
}

ProviderReply *Provider::saveTemplate(const RemoteTemplate &)
{
    return unsupported(tr("keep templates"));
}

ProviderReply *Provider::deleteTemplate(const QString &)
{
    return unsupported(tr("keep templates"));
}

ProviderReply *Provider::previewTemplate(const QString &)
{
    return unsupported(tr("keep templates"));
}

ProviderReply *Provider::renameGroup(const QString &, const QString &)
{
    return unsupported(tr("rename a group"));
}

ProviderReply *Provider::startEmailValidation(const QStringList &)
{
    return unsupported(tr("validate email addresses"));
}

ProviderReply *Provider::emailValidation(const QString &)
{
    return unsupported(tr("validate email addresses"));
}

} // namespace cm
