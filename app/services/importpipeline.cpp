#include "importpipeline.h"

#include <QElapsedTimer>

namespace cm {

ImportPipeline::ImportPipeline(TableReader *reader, QList<CsvRecord> ahead, const ImportRows &rows,
                               const QString &region, const std::atomic<bool> &cancel)
    : m_reader(reader)
    , m_ahead(std::move(ahead))
    , m_rows(rows)
    , m_region(region)
    , m_cancel(cancel)
    , m_thread([this] { read(); })
{ }

ImportPipeline::~ImportPipeline()
{
    stop();
    m_thread.join();
}

void ImportPipeline::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_changed.wakeAll();
}

std::optional<ImportPipeline::Batch> ImportPipeline::next()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.isEmpty() && !m_done && !m_stopped)
        m_changed.wait(&m_mutex);
    if (m_queue.isEmpty())
        return std::nullopt;
    Batch batch = m_queue.takeFirst();
    m_changed.wakeAll(); // room for the reader again
    return batch;
}

void ImportPipeline::recycle(QList<ImportRow> &&rows)
{
    const QMutexLocker lock(&m_mutex);
    m_spentRows.append(std::move(rows));
}

void ImportPipeline::recycle(Batch &&batch)
{
    const QMutexLocker lock(&m_mutex);
    m_spentBatches.append(std::move(batch));
}

bool ImportPipeline::push(Batch &&batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= QueuedBatches && !m_stopped)
        m_changed.wait(&m_mutex);
    if (m_stopped)
        return false;
    m_queue.append(std::move(batch));
    m_changed.wakeAll();
    return true;
}

void ImportPipeline::read()
{
    QElapsedTimer timer;
    for (bool more = true; more && !m_cancel.load();) {
        {
            QList<QList<ImportRow>> rows;
            QList<Batch> batches;
            {
                const QMutexLocker lock(&m_mutex);
                rows.swap(m_spentRows);
                batches.swap(m_spentBatches);
            }
        } // freed here, on this thread
        timer.start();
        Batch batch;
        batch.rows.reserve(BatchRows);
        while (batch.rows.size() < BatchRows) {
            std::optional<CsvRecord> record;
            if (!m_ahead.isEmpty())
                record = m_ahead.takeFirst();
            else
                record = m_reader->next();
            if (!record) {
                more = false;
                break;
            }
            if (!record->error.isEmpty()) {
                ImportRows::Row bad;
                bad.line = record->line;
                bad.problem = record->error;
                batch.rows.append(std::move(bad));
                continue;
            }
            batch.rows.append(m_rows.read(*record));
        }
        batch.bytesRead = m_reader->bytesRead();
        m_readNs += timer.nsecsElapsed();
        timer.start();
        batch.earlier.reserve(batch.rows.size());
        for (ImportRows::Row &r : batch.rows) {
            ImportRows::check(r, m_region);
            qint64 earlier = 0;
            if (r.problem.isEmpty()) {
                const Contact &c = r.row.contact;
                const quint64 key = qHash(c.email.isEmpty() ? c.phone : c.email, size_t(0x9e3779b97f4a7c15));
                if (const auto first = m_seen.constFind(key); first != m_seen.cend()) {
                    earlier = *first; // the same person again: the last row wins
                    r.row.again = true;
                } else {
                    // Only the same key is the same person: a row with just a phone another row's person has may
                    // be a switchboard's (ImportStore keeps it apart).
                    m_seen.insert(key, r.line);
                }
                r.row.encode();
            }
            batch.earlier.append(earlier);
        }
        m_checkNs += timer.nsecsElapsed();
        if (!push(std::move(batch)))
            return;
    }
    const QMutexLocker lock(&m_mutex);
    m_done = true;
    m_changed.wakeAll();
}

} // namespace cm
