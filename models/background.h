// Background database work, one way: the work runs on a pool thread with that thread's own connection, and the
// connection is released when the work ends however it ends (RAII), so no caller has to remember it.
//
//     inBackground(database, [=] { return store->eventSeries(id, …); })
//         .then(this, [this](const Series &s) { show(s); });
//
// The continuation runs on the context object's thread and not at all once the context is gone.
#pragma once

#include "database.h"

#include <QFuture>
#include <QtConcurrentRun>

#include <utility>

namespace cm {

// Holds the calling thread's connection for a scope and releases it at the end of the scope.
class ThreadConnection
{
public:
    explicit ThreadConnection(const Database *database)
        : m_database(database)
    { }
    ~ThreadConnection() { m_database->releaseThreadConnection(); }
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;

private:
    const Database *m_database;
};

template <typename Work>
auto inBackground(const Database *database, Work work) -> QFuture<decltype(work())>
{
    return QtConcurrent::run([database, work = std::move(work)]() mutable {
        const ThreadConnection connection(database);
        return work();
    });
}

} // namespace cm
