// An injectable clock: the scheduler, quiet hours, time series and the sandbox read time only through it.
#pragma once

#include <QDateTime>

#include <memory>

namespace cm {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // The system clock; or, when CM_NOW holds an ISO 8601 time ("2026-12-01T09:00:00Z"), a clock that starts
    // there and runs at the normal pace: to try the scheduler and quiet hours (and test them) without waiting.
    static std::unique_ptr<Clock> fromEnvironment();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// The system clock moved by a fixed offset.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const QDateTime &start);
    QDateTime now() const override;

private:
    qint64 m_offsetMs;
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
