// The workspace database: one SQLite file in WAL mode, a connection per thread, numbered migrations.
#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
struct sqlite3;

namespace cm {

class Clock;

// A failure to open, read or write the workspace, as a message that names the file and says what to do.
struct DatabaseError
{
    enum Kind {
        None,
        NotADatabase,
        ForeignDatabase,
        NewerSchema,
        ReadOnly,
        CannotCreate,
        DiskFull,
        Corrupt,
        Busy,
        Other
    };
    Kind kind = None;
    QString path;
    QString message; // translated
    explicit operator bool() const { return kind != None; }
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(cm::Database)
public:
    static constexpr int SchemaVersion = 14;
    static constexpr qint32 ApplicationId = 0x434D5753; // "CMWS"

    // `clock` (which outlives the database) is the time the stores write; the system's when none is given.
    explicit Database(const QString &path, const Clock *clock = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Checks the file without changing it, then creates or migrates it. A file that is not ours, is damaged or is
    // newer than this build is refused and left exactly as it was.
    DatabaseError open();
    // For tests of migrations: open() that migrates a new or older workspace only up to `schemaVersion` (what an
    // older release made).
    DatabaseError openAt(int schemaVersion);

    QString path() const { return m_path; }
    const Clock *clock() const { return m_clock; }
    bool wasCreated() const { return m_created; } // the file did not exist before open()
    int schemaVersion() const;

    // Commits that must survive a power loss (a send's bookkeeping) sync the log to disk (synchronous=FULL); the
    // rest are NORMAL: consistent after a crash, but maybe without the last commits. Turned off only by the
    // benchmark that measures what it costs.
    void setDurableCommits(bool on) { m_durable = on; }
    bool durableCommits() const { return m_durable; }

    // The connection of the calling thread, opened on first use. Workers call releaseThreadConnection() when done.
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;

    // Maps a failed statement to a message naming the file; `action` says what was being done ("save the group").
    DatabaseError errorFor(const QSqlError &error, const QString &action) const;

    // The SQLite handle under a connection, for the few places QtSql is too slow (streaming a million ids).
    static sqlite3 *nativeHandle(const QSqlDatabase &db);
    static QString defaultPath();
    static QString sqliteVersion();

private:
    DatabaseError checkFile() const;
    DatabaseError configure(QSqlDatabase &db) const;
    DatabaseError migrate(QSqlDatabase &db, int from, int to);
    DatabaseError errorForCode(int code, const QString &sqliteMessage, const QString &action) const;
    QString connectionName() const;

    QString m_path;
    const Clock *m_clock;
    bool m_created = false;
    bool m_open = false;
    bool m_durable = true;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};

} // namespace cm
