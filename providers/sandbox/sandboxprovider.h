// The built-in sandbox provider: accepts what the real ones do and simulates delivery and engagement over time.
#pragma once

#include "providers/provider.h"
#include "providers/providersession.h"
#include "sandboxsimulator.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace cm {

class Clock;

class SandboxProvider : public Provider
{
    Q_OBJECT
public:
    // Account settings it reads: "seed" (number, default 42), "latency_ms" (default 0), "failure_rate" (0 to 1: the
    // share of messages that fail; by default 3% of SMS and 1% of email), so that two routes can be compared.
    SandboxProvider(const Account &account, const QString &secret, const ProviderContext &context,
                    QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override;
    Reply<SendResult> send(const SendRequest &request) override;
    Reply<QList<RemoteGroup>> listGroups() override;
    Reply<RemoteGroup> createGroup(const QString &name) override;
    Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    Reply<QList<Contact>> pullContacts(const QString &groupId) override;
    Reply<bool> cancelScheduled(const QString &remoteCampaignId) override;
    Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &providerIds) override;

    static constexpr double StartingBalance = 250.0;
    static constexpr const char *InvalidSecret = "invalid"; // the secret that verify() refuses, for tests

private:
    // Finishes the reply after the account's simulated latency, with the result `work` computes then.
    template<typename T> Reply<T> later(std::function<void(const Reply<T> &reply)> work);

    // What the sandbox "holds at the provider": its groups, the sends held for later, what was spent. Shared by
    // every SandboxProvider of the same account in this process (a new provider object is made per operation),
    // forgotten when the process ends. The simulation of delivery itself needs no state.
    struct State
    {
        struct RemoteGroupData
        {
            QString name;
            QList<Contact> contacts;
        };
        struct ScheduledSend
        {
            QDateTime at;
            QStringList providerIds;
        };
        double spent = 0;
        QHash<QString, RemoteGroupData> groups;
        QHash<QString, ScheduledSend> scheduled;
        QSet<QString> cancelledIds;
    };
    static std::shared_ptr<State> stateOf(const Account &account);

    QString m_secret;
    const Clock *m_clock;
    SandboxSimulator m_simulator;
    int m_latencyMs = 0;
    std::shared_ptr<State> m_state;
};

} // namespace cm
