#include "clock.h"

namespace cm {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

std::unique_ptr<Clock> Clock::fromEnvironment()
{
    const QDateTime start = QDateTime::fromString(qEnvironmentVariable("CM_NOW"), Qt::ISODate);
    if (start.isValid())
        return std::make_unique<OffsetClock>(start);
    return std::make_unique<SystemClock>();
}

OffsetClock::OffsetClock(const QDateTime &start)
    : m_offsetMs(QDateTime::currentDateTimeUtc().msecsTo(start))
{ }

QDateTime OffsetClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(const QDateTime &time)
{
    m_now = time.toUTC();
}

void ManualClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace cm
