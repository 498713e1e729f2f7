// Background database work, one way: the work runs on a pool thread with that thread's own connection, and the
// connection is released when the work ends however it ends (RAII), so no caller has to remember it.
//
//     workspace->inBackground([=] { return store->eventSeries(id, …); })
//         .then(this, [this](const Series &s) { show(s); });
//
// The continuation runs on the context object's thread and not at all once the context is gone. (Not QFuture::then
// with a context: in Qt 6.4 it asserts, or calls a null object, when the context goes before the work ends.)
#pragma once

#include "database.h"

#include <QFuture>
#include <QFutureWatcher>
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

// Work running in the background, and what to do with its result.
template<typename T> class Background
{
public:
    explicit Background(QFuture<T> future)
        : m_future(std::move(future))
    { }
    const QFuture<T> &future() const { return m_future; }

    // Calls f(result) on `context`'s thread once the work is done; never once `context` is gone.
    template<typename F> void then(QObject *context, F f) const
    {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, f = std::move(f)]() mutable {
            watcher->deleteLater();
            f(watcher->result());
        });
        watcher->setFuture(m_future);
    }

private:
    QFuture<T> m_future;
};

template<typename Work> auto inBackground(const Database *database, Work work) -> QFuture<decltype(work())>
{
    return QtConcurrent::run([database, work = std::move(work)]() mutable {
        const ThreadConnection connection(database);
        return work();
    });
}

} // namespace cm
