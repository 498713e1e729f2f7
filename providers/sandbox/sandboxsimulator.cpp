#include "sandboxsimulator.h"

#include <QRegularExpression>

namespace cm {

namespace {

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 fnv1a(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

// A stream of uniform numbers in [0, 1) for one message.
class Draws
{
public:
    explicit Draws(quint64 seed)
        : m_state(seed)
    { }
    double next() { return double(splitmix(m_state) >> 11) / double(1ULL << 53); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() * double(high - low + 1)); }

private:
    quint64 m_state;
};

const char *const links[] = {"https://example.com/spring-sale", "https://example.com/new-arrivals",
                             "https://example.com/account", "https://example.com/stores"};

} // namespace

SandboxSimulator::SandboxSimulator(quint64 seed, double failureRate)
    : m_seed(seed)
    , m_failureRate(failureRate)
{ }

bool SandboxSimulator::isValidAddress(Channel channel, const QString &address)
{
    static const QRegularExpression phone(QStringLiteral(R"(^\+[1-9]\d{6,14}$)"));
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return (reachesPhones(channel) ? phone : email).match(address).hasMatch();
}

bool SandboxSimulator::isRejected(const QString &address)
{
    return address.contains(QLatin1String("reject"), Qt::CaseInsensitive);
}

QString SandboxSimulator::accept(Channel channel, const QString &address, const QString &clientKey,
                                 const QDateTime &sentAt) const
{
    quint64 state = m_seed ^ fnv1a(address) ^ (fnv1a(clientKey) << 1);
    quint64 hash = splitmix(state);
    // Addresses that must fail or bounce carry the fact in the id, so the outcome does not depend on the hash.
    char fate = 'n';
    if (address.contains(QLatin1String("fail"), Qt::CaseInsensitive))
        fate = 'f';
    else if (address.contains(QLatin1String("bounce"), Qt::CaseInsensitive))
        fate = 'b';
    return QStringLiteral("sbx1.%1%2.%3.%4")
            .arg(QLatin1Char(reachesPhones(channel) ? 's' : 'e')) // calls and WhatsApp go as SMS do
            .arg(QLatin1Char(fate))
            .arg(sentAt.toSecsSinceEpoch())
            .arg(hash, 16, 16, QLatin1Char('0'));
}

QList<DeliveryEvent> SandboxSimulator::events(const QString &providerId, const QDateTime &now) const
{
    const QStringList parts = providerId.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts[0] != QLatin1String("sbx1") || parts[1].size() != 2)
        return {};
    const bool sms = parts[1][0] == QLatin1Char('s');
    const QChar fate = parts[1][1];
    bool ok1 = false;
    bool ok2 = false;
    const qint64 sentSecs = parts[2].toLongLong(&ok1);
    const quint64 hash = parts[3].toULongLong(&ok2, 16);
    if (!ok1 || !ok2)
        return {};

    const QDateTime sent = QDateTime::fromSecsSinceEpoch(sentSecs, Qt::UTC);
    Draws draw(hash ^ m_seed);
    QList<DeliveryEvent> all;
    auto add = [&](EventType type, const QDateTime &at, const QString &detail = {}) {
        all.append({providerId, type, at, detail});
    };

    const double outcome = draw.next();
    const bool fails = fate == QLatin1Char('f') || (fate == QLatin1Char('b') && sms)
            || (fate == QLatin1Char('n')
                && outcome < (m_failureRate >= 0 ? m_failureRate
                                      : sms      ? 0.03
                                                 : 0.01));
    const bool bounces = !sms && (fate == QLatin1Char('b') || (fate == QLatin1Char('n') && !fails && outcome < 0.045));
    if (fails) {
        add(EventType::Failed, sent.addSecs(draw.between(5, 90)),
            sms ? QStringLiteral("Handset unreachable") : QStringLiteral("Mailbox unavailable"));
    } else if (bounces) {
        const bool hard = draw.next() < 0.6;
        add(EventType::Bounced, sent.addSecs(draw.between(10, 300)),
            hard ? QStringLiteral("hard: 550 5.1.1 user unknown") : QStringLiteral("soft: 452 4.2.2 mailbox full"));
    } else {
        const QDateTime delivered = sent.addSecs(sms ? draw.between(2, 120) : draw.between(1, 40));
        add(EventType::Delivered, delivered);
        // Engagement: email is opened, then perhaps clicked; SMS links are clicked directly.
        const double openRate = sms ? 0.0 : 0.42;
        const double clickRate = sms ? 0.09 : 0.33; // email: of those who opened
        QDateTime engaged = delivered;
        bool opened = false;
        if (!sms && draw.next() < openRate) {
            opened = true;
            // Most opens come within hours, a tail over three days.
            engaged = delivered.addSecs(qint64(-std::log(1.0 - draw.next() * 0.98) * 4 * 3600) + 30);
            add(EventType::Opened, engaged, QStringLiteral("Thunderbird/Linux"));
            if (draw.next() < 0.25) // a second open later
                add(EventType::Opened, engaged.addSecs(draw.between(600, 86400)), QStringLiteral("Mobile/Android"));
        }
        if ((sms || opened) && draw.next() < clickRate) {
            const QDateTime clicked = engaged.addSecs(sms ? draw.between(30, 7200) : draw.between(5, 900));
            add(EventType::Clicked, clicked, QLatin1String(links[draw.between(0, 3)]));
            engaged = clicked;
        }
        if ((sms || opened) && draw.next() < (sms ? 0.007 : 0.03))
            add(EventType::Unsubscribed, engaged.addSecs(draw.between(20, 600)),
                sms ? QStringLiteral("STOP") : QString());
        if (opened && draw.next() < 0.003)
            add(EventType::Complained, engaged.addSecs(draw.between(20, 600)));
    }

    QList<DeliveryEvent> visible;
    for (const DeliveryEvent &e : std::as_const(all)) {
        if (e.at <= now)
            visible.append(e);
    }
    std::sort(visible.begin(), visible.end(),
              [](const DeliveryEvent &a, const DeliveryEvent &b) { return a.at < b.at; });
    return visible;
}

} // namespace cm
