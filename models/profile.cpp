#include "profile.h"

#include <array>
#include <atomic>

namespace cm::profile {

namespace {
std::array<std::atomic<qint64>, size_t(Part::Count)> totals {};
}

void add(Part part, qint64 nanoseconds)
{
    totals[size_t(part)].fetch_add(nanoseconds, std::memory_order_relaxed);
}

qint64 total(Part part)
{
    return totals[size_t(part)].load(std::memory_order_relaxed);
}

void reset()
{
    for (auto &t : totals)
        t.store(0, std::memory_order_relaxed);
}

} // namespace cm::profile
