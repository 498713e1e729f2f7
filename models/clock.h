// An injectable clock: the scheduler, quiet hours, time series and the sandbox read time only through it.
#pragma once

#include <QDateTime>

namespace cm {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that moves only when told to: tests, demos and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);
    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace cm
