// Where a long run's time goes, part by part, summed over the threads that do it: what the benchmarks print
// (tests/bench). A part costs two clock reads a batch, not a recipient.
#pragma once

#include <QElapsedTimer>

namespace cm::profile {

enum class Part {
    Prepare,       // a send's snapshot: contacts read, content rendered
    SnapshotWrite, // the snapshot written: recipients and batches
    Claim,         // a batch claimed: found, read, marked submitting and committed
    Request,       // its request made: contacts reloaded, bulk text re-rendered, the provider's request built
    OutcomeWrite,  // what the provider answered written
    Count
};

void add(Part part, qint64 nanoseconds);
qint64 total(Part part); // nanoseconds so far
void reset();

// Adds the time from its construction to its destruction to `part`.
class Scope
{
public:
    explicit Scope(Part part)
        : m_part(part)
    {
        m_timer.start();
    }
    ~Scope() { add(m_part, m_timer.nsecsElapsed()); }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    Part m_part;
    QElapsedTimer m_timer;
};

} // namespace cm::profile
