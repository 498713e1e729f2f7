// The reading half of a contact import, on a thread of its own: records read from the file, made rows
// (ImportRows::read), their addresses checked and normalised (ImportRows::check), the same person found again in the
// file (the last row wins), and each row encoded as the store writes it; then handed over, a batch at a time,
// through a short queue to the thread that writes them (ContactImportService::run). With two cores, reading and
// checking overlap with writing instead of taking turns.
#pragma once

#include "importrows.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <optional>
#include <thread>

namespace cm {

class ImportPipeline
{
public:
    struct Batch
    {
        QList<ImportRows::Row> rows; // in file order; a row with a problem is not imported
        QList<qint64> earlier;       // for each row, the line of an earlier row of the same person, or 0
        qint64 bytesRead = 0;        // of the file, once this batch was read
    };
    static constexpr qsizetype BatchRows = 2000;
    static constexpr qsizetype QueuedBatches = 3; // read ahead of the writer: a few MB at most

    // `ahead`: records read already (to decide the layout), before the rest of `reader`'s.
    ImportPipeline(TableReader *reader, QList<CsvRecord> ahead, const ImportRows &rows, const QString &region,
                   const std::atomic<bool> &cancel);
    ~ImportPipeline(); // stops the reading and waits for it
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    // The next batch, waiting for it; nullopt when the file has been read (or the reading was stopped).
    std::optional<Batch> next();
    // Rows the writer is done with, destroyed on the reading thread: memory is freed by the thread that made it,
    // without the two threads contending for the allocator.
    void recycle(QList<ImportRow> &&rows);
    void recycle(Batch &&batch);
    // The writer gives up (cancelled, failed): the reading ends at its next batch.
    void stop();
    // Where the reading thread's time went, once next() has returned nullopt.
    qint64 readNanoseconds() const { return m_readNs; }
    qint64 checkNanoseconds() const { return m_checkNs; }

private:
    void read();
    bool push(Batch &&batch); // false once stopped
    TableReader *m_reader;
    QList<CsvRecord> m_ahead;
    const ImportRows &m_rows;
    const QString m_region;
    const std::atomic<bool> &m_cancel;
    // The emails and phones of the file so far, by a 64-bit hash, with their first line: 16 bytes a person, not a
    // copy of the address. Two addresses with one hash (in about one file of a million rows in 40 million) make the
    // second row look like a repeat; ImportStore::apply finds no contact made by that key and treats it as what it is.
    QHash<quint64, qint64> m_seen;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<Batch> m_queue;
    QList<QList<ImportRow>> m_spentRows;
    QList<Batch> m_spentBatches;
    bool m_done = false;    // the reader has handed over its last batch
    bool m_stopped = false; // the writer gave up
    std::atomic<qint64> m_readNs {0};
    std::atomic<qint64> m_checkNs {0};
    std::thread m_thread;
};

} // namespace cm
