// The sandbox's simulation: what happens to a message after it is accepted, derived only from the seed, the
// message's provider id and the time asked about. No state: the same question always gets the same answer, in any
// process, so the GUI, the CLI and the tests agree.
//
// Addresses that contain "fail" always fail, and those that contain "bounce" always bounce (email) or fail (SMS);
// "reject" is refused at submission.
#pragma once

#include "models/types.h"

namespace cm {

class SandboxSimulator
{
public:
    // `failureRate`: the share of ordinary messages that fail (0 to 1); below 0, the usual 3% of SMS and 1% of email.
    explicit SandboxSimulator(quint64 seed, double failureRate = -1);

    // The provider id of an accepted message: it encodes the channel, the send time and a hash of the rest.
    QString accept(Channel channel, const QString &address, const QString &clientKey, const QDateTime &sentAt) const;
    // Every event of the message that has happened by `now`, in time order. Empty for an id that is not ours.
    QList<DeliveryEvent> events(const QString &providerId, const QDateTime &now) const;

    static bool isValidAddress(Channel channel, const QString &address);
    static bool isRejected(const QString &address);

    static constexpr double SmsPricePerPart = 0.04; // EUR
    static constexpr double EmailPrice = 0.001;     // EUR

private:
    quint64 m_seed;
    double m_failureRate;
};

} // namespace cm
