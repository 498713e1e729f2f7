#include "sandboxprovider.h"

#include "models/clock.h"
#include "models/smscounter.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QTimer>

namespace cm {

Q_LOGGING_CATEGORY(lcSandbox, "cm.providers.sandbox")

SandboxProvider::SandboxProvider(const Account &account, const QString &secret, const ProviderContext &context,
                                 QObject *parent)
    : Provider(account, parent)
    , m_secret(secret)
    , m_clock(context.clock)
    , m_simulator(quint64(account.settings.value(QStringLiteral("seed")).toInteger(42)),
                  account.settings.value(QStringLiteral("failure_rate")).toDouble(-1))
    , m_latencyMs(account.settings.value(QStringLiteral("latency_ms")).toInt(0))
    , m_state(stateOf(account))
{ }

std::shared_ptr<SandboxProvider::State> SandboxProvider::stateOf(const Account &account)
{
    // Accounts without an id (tests, previews) get a state of their own.
    static QHash<qint64, std::shared_ptr<State>> states; // for the life of the process
    if (account.id <= 0)
        return std::make_shared<State>();
    std::shared_ptr<State> &state = states[account.id];
    if (!state)
        state = std::make_shared<State>();
    return state;
}

ProviderInfo SandboxProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("sandbox");
    info.displayName = tr("Sandbox");
    info.description = tr("Built-in simulator: sends nothing, simulates delivery, opens, clicks, bounces and "
                          "unsubscribes over time. Use it to try Campaign Manager and to rehearse a campaign.");
    info.can.sending.channels = {Channel::Sms, Channel::Email, Channel::Voice, Channel::WhatsApp};
    info.can.sending.maxLength = {{Channel::Voice, 500}}; // as a real provider reads at most
    info.can.audience.listGroups = true;
    info.can.audience.createGroups = true;
    info.can.audience.pushContacts = true;
    info.can.audience.pullContacts = true;
    info.can.reporting.recipientStatus = true;
    info.can.extras.testSend = true;
    info.can.extras.balance = true;
    info.credentials
            = {{CredentialField::Secret, tr("API key"),
                tr("Any text. The sandbox refuses the key “invalid”, to show what a wrong key looks like."), false}};
    info.maxBatchSize = 500;
    info.smsPricePerPart = SandboxSimulator::SmsPricePerPart;
    info.emailPrice = SandboxSimulator::EmailPrice;
    info.currency = QStringLiteral("EUR");
    const QList<CampaignStats::Counter> phoneCounters
            = {CampaignStats::Sent,    CampaignStats::Delivered,     CampaignStats::Failed,      CampaignStats::Pending,
               CampaignStats::Clicked, CampaignStats::UniqueClicked, CampaignStats::Unsubscribed};
    for (const Channel channel : {Channel::Sms, Channel::Voice, Channel::WhatsApp})
        info.can.reporting.counters.insert(channel, phoneCounters);
    for (int i = 0; i < CampaignStats::CounterCount; ++i)
        info.can.reporting.counters[Channel::Email].append(CampaignStats::Counter(i));
    return info;
}

template<typename T> Reply<T> SandboxProvider::later(std::function<void(const Reply<T> &reply)> work)
{
    auto reply = Reply<T>::make(this);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, work = std::move(work)] { work(reply); });
    timer->start(m_latencyMs);
    return reply;
}

Reply<AccountStatus> SandboxProvider::verify()
{
    return later<AccountStatus>([this](const Reply<AccountStatus> &reply) {
        if (m_secret == QLatin1String(InvalidSecret)) {
            reply.fail(
                    {ProviderError::Kind::Auth, QStringLiteral("401"), QStringLiteral("Invalid API key"), false, -1});
            return;
        }
        AccountStatus status;
        status.ok = true;
        status.balance = StartingBalance - m_state->spent;
        status.currency = QStringLiteral("EUR");
        status.detail = tr("Sandbox account: nothing is sent; delivery and engagement are simulated.");
        reply.finish(status);
    });
}

Reply<SendResult> SandboxProvider::send(const SendRequest &request)
{
    return later<SendResult>([this, request](const Reply<SendResult> &reply) {
        if (m_secret == QLatin1String(InvalidSecret)) { // as a real provider: a wrong key sends nothing
            reply.fail(
                    {ProviderError::Kind::Auth, QStringLiteral("401"), QStringLiteral("Invalid API key"), false, -1});
            return;
        }
        if (request.messages.isEmpty()) {
            reply.fail({ProviderError::Kind::Validation, QStringLiteral("empty"),
                        QStringLiteral("No recipients in the request"), false, -1});
            return;
        }
        if (request.messages.size() > providerInfo().maxBatchSize) {
            reply.fail({ProviderError::Kind::Validation, QStringLiteral("too_many"),
                        QStringLiteral("At most %1 recipients per request").arg(providerInfo().maxBatchSize), false,
                        -1});
            return;
        }
        const QDateTime now = m_clock->now();
        const QDateTime sendAt = request.scheduledAt.isValid() && request.scheduledAt > now ? request.scheduledAt : now;
        SendResult result;
        QCryptographicHash campaignHash(QCryptographicHash::Sha1);
        for (const OutgoingMessage &m : request.messages) {
            MessageOutcome outcome;
            outcome.clientKey = m.clientKey;
            campaignHash.addData(m.clientKey.toUtf8());
            if (!SandboxSimulator::isValidAddress(request.channel, m.address)) {
                outcome.error = reachesPhones(request.channel) ? QStringLiteral("Invalid phone number")
                                                               : QStringLiteral("Invalid email address");
            } else if (SandboxSimulator::isRejected(m.address)) {
                outcome.error = QStringLiteral("Recipient rejected by the sandbox");
            } else {
                outcome.accepted = true;
                outcome.providerId = m_simulator.accept(request.channel, m.address, m.clientKey, sendAt);
                // Calls and WhatsApp messages cost one SMS part each.
                m_state->spent += request.channel == Channel::Sms
                        ? SandboxSimulator::SmsPricePerPart * std::max(1, countSms(m.body).parts)
                        : reachesPhones(request.channel) ? SandboxSimulator::SmsPricePerPart
                                                         : SandboxSimulator::EmailPrice;
            }
            result.outcomes.append(outcome);
        }
        result.remoteCampaignId = QStringLiteral("sbxc-") + QString::fromLatin1(campaignHash.result().toHex().left(16));
        if (sendAt > now) {
            State::ScheduledSend &held = m_state->scheduled[result.remoteCampaignId];
            held.at = sendAt;
            for (const MessageOutcome &o : std::as_const(result.outcomes)) {
                if (o.accepted)
                    held.providerIds.append(o.providerId);
            }
        }
        qCDebug(lcSandbox) << "accepted a batch of" << request.messages.size() << "for" << sendAt;
        reply.finish(result);
    });
}

Reply<QList<RemoteGroup>> SandboxProvider::listGroups()
{
    return later<QList<RemoteGroup>>([this](const Reply<QList<RemoteGroup>> &reply) {
        QList<RemoteGroup> groups;
        for (auto it = m_state->groups.cbegin(); it != m_state->groups.cend(); ++it)
            groups.append({it.key(), it->name, qint64(it->contacts.size())});
        std::sort(groups.begin(), groups.end(), [](const RemoteGroup &a, const RemoteGroup &b) { return a.id < b.id; });
        reply.finish(groups);
    });
}

Reply<RemoteGroup> SandboxProvider::createGroup(const QString &name)
{
    return later<RemoteGroup>([this, name](const Reply<RemoteGroup> &reply) {
        if (name.trimmed().isEmpty()) {
            reply.fail({ProviderError::Kind::Validation, {}, QStringLiteral("Group name is required"), false, -1});
            return;
        }
        const QString id = QString::number(m_state->groups.size() + 1001);
        m_state->groups.insert(id, {name, {}});
        reply.finish(RemoteGroup {id, name, 0});
    });
}

Reply<int> SandboxProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return later<int>([this, groupId, contacts](const Reply<int> &reply) {
        auto it = m_state->groups.find(groupId);
        if (it == m_state->groups.end()) {
            reply.fail({ProviderError::Kind::Validation, QStringLiteral("404"),
                        QStringLiteral("Group %1 not found").arg(groupId), false, -1});
            return;
        }
        it->contacts.append(contacts);
        reply.finish(int(contacts.size()));
    });
}

Reply<QList<Contact>> SandboxProvider::pullContacts(const QString &groupId)
{
    return later<QList<Contact>>([this, groupId](const Reply<QList<Contact>> &reply) {
        const auto it = m_state->groups.constFind(groupId);
        if (it == m_state->groups.cend()) {
            reply.fail({ProviderError::Kind::Validation, QStringLiteral("404"),
                        QStringLiteral("Group %1 not found").arg(groupId), false, -1});
            return;
        }
        reply.finish(it->contacts);
    });
}

Reply<bool> SandboxProvider::cancelScheduled(const QString &remoteCampaignId)
{
    return later<bool>([this, remoteCampaignId](const Reply<bool> &reply) {
        const auto it = m_state->scheduled.constFind(remoteCampaignId);
        if (it == m_state->scheduled.cend()) {
            reply.fail({ProviderError::Kind::Validation, QStringLiteral("404"),
                        QStringLiteral("No scheduled send %1").arg(remoteCampaignId), false, -1});
            return;
        }
        if (it->at <= m_clock->now()) {
            reply.fail({ProviderError::Kind::Permanent, QStringLiteral("already_sent"),
                        QStringLiteral("The send started at %1 and can no longer be cancelled")
                                .arg(it->at.toString(Qt::ISODate)),
                        false, -1});
            return;
        }
        for (const QString &id : it->providerIds)
            m_state->cancelledIds.insert(id);
        m_state->scheduled.remove(remoteCampaignId);
        reply.finish(true);
    });
}

Reply<QList<DeliveryEvent>> SandboxProvider::fetchEvents(const QStringList &providerIds)
{
    return later<QList<DeliveryEvent>>([this, providerIds](const Reply<QList<DeliveryEvent>> &reply) {
        const QDateTime now = m_clock->now();
        QList<DeliveryEvent> events;
        for (const QString &id : providerIds) {
            if (!m_state->cancelledIds.contains(id))
                events.append(m_simulator.events(id, now));
        }
        reply.finish(events);
    });
}

} // namespace cm
