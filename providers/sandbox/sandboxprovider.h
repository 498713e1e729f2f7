// The built-in sandbox provider: accepts what the real ones do and simulates delivery and engagement over time.
#pragma once

#include "providers/provider.h"
#include "sandboxsimulator.h"

#include <QHash>
#include <QSet>

namespace cm {

class Clock;

class SandboxProvider : public Provider
{
    Q_OBJECT
public:
    // Account settings it reads: "seed" (number, default 42), "latency_ms" (default 0).
    SandboxProvider(const Account &account, const QString &secret, const Clock *clock, QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    ProviderReply *verify() override;
    ProviderReply *send(const SendRequest &request) override;
    ProviderReply *listGroups() override;
    ProviderReply *createGroup(const QString &name) override;
    ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    ProviderReply *pullContacts(const QString &groupId) override;
    ProviderReply *cancelScheduled(const QString &remoteCampaignId) override;
    ProviderReply *fetchEvents(const QStringList &providerIds) override;

    static constexpr double StartingBalance = 250.0;
    static constexpr const char *InvalidSecret = "invalid"; // the secret that verify() refuses, for tests

private:
    // Finishes the reply after the account's simulated latency, with the result `work` computes then.
    ProviderReply *later(std::function<void(ProviderReply *)> work);

    QString m_secret;
    const Clock *m_clock;
    SandboxSimulator m_simulator;
    int m_latencyMs = 0;
    double m_spent = 0;
    struct RemoteGroupData
    {
        QString name;
        QList<Contact> contacts;
    };
    QHash<QString, RemoteGroupData> m_groups;
    // Sends held for a later time, by remote campaign id; the messages of a cancelled one never happen. Like the
    // groups, this lives as long as the provider object (the simulation itself needs no state).
    struct ScheduledSend
    {
        QDateTime at;
        QStringList providerIds;
    };
    QHash<QString, ScheduledSend> m_scheduled;
    QSet<QString> m_cancelledIds;
};

} // namespace cm
