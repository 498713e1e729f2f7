#include "database.h"

#include "clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>

#include <charconv>
#include <iterator>

#include <sqlite3.h>

namespace cm {

Q_LOGGING_CATEGORY(lcDatabase, "cm.models.database")

sqlite3 *Database::nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

namespace {

const SystemClock systemClock;

// Numbered migrations, applied in order; the schema version is their count.
const char *const migrationFiles[]
        = {":/sql/001_initial.sql",          ":/sql/002_contact_search.sql",     ":/sql/003_send_batches.sql",
           ":/sql/004_composer.sql",         ":/sql/005_report_indexes.sql",     ":/sql/006_batch_remote_ids.sql",
           ":/sql/007_campaign_options.sql", ":/sql/008_voice_suppressions.sql", ":/sql/009_workspace_and_channels.sql",
           ":/sql/010_send_leases.sql",      ":/sql/011_event_counts.sql",       ":/sql/012_segments.sql",
           ":/sql/013_series.sql",           ":/sql/014_experiments.sql"};
static_assert(std::size(migrationFiles) == Database::SchemaVersion, "one migration file per schema version");
// The first line of a migration that rebuilds tables other tables refer to (Database::migrate).
constexpr char RebuildMarker[] = "-- cm:rebuilds-tables";

QVariant pragma(const QSqlDatabase &db, const QString &name, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
        *error = q.lastError();
        return {};
    }
    return q.value(0);
}

// The machine's own zone, not TZ's: the first process to upgrade may be cron's campaignctl run with TZ=UTC, while
// the campaigns were made in the zone the machine is set to (/etc/localtime, or Debian's /etc/timezone).
QByteArray machineTimeZoneId()
{
    const QString target = QFileInfo(QStringLiteral("/etc/localtime")).symLinkTarget();
    if (const qsizetype at = target.indexOf(QLatin1String("zoneinfo/")); at >= 0) {
        const QByteArray id = target.mid(at + 9).toUtf8();
        if (QTimeZone(id).isValid())
            return id;
    }
    QFile file(QStringLiteral("/etc/timezone"));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray id = file.readAll().trimmed();
        if (QTimeZone(id).isValid())
            return id;
    }
    return QTimeZone::systemTimeZoneId();
}

// cm_number(value): the number a value holds ("12", " -3.5 ", "+7", "1e3"), or NULL when it holds none ("",
// "unknown", "2026-03-01", "12-14", "0x1A", "inf"), where CAST would read 0, 2026 or 12. Segments compare numbers
// with it (SegmentRule). Locale-independent: a decimal point, never a comma.
void numberFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const int type = sqlite3_value_type(argv[0]);
    if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
        sqlite3_result_double(context, sqlite3_value_double(argv[0]));
        return;
    }
    const char *begin = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (type != SQLITE_TEXT || !begin) {
        sqlite3_result_null(context);
        return;
    }
    const char *end = begin + sqlite3_value_bytes(argv[0]);
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    const char *digits = begin < end && *begin == '-' ? begin + 1 : begin;
    const bool startsLikeANumber = digits < end
            && ((*digits >= '0' && *digits <= '9')
                || (*digits == '.' && digits + 1 < end && digits[1] >= '0' && digits[1] <= '9'));
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (!startsLikeANumber || error != std::errc() || stop != end)
        sqlite3_result_null(context);
    else
        sqlite3_result_double(context, value);
}

// A migration's 'cm:system-time-zone' is this machine's zone id, as an SQL string.
QByteArray withSystemTimeZone(QByteArray sql)
{
    QByteArray zone = machineTimeZoneId();
    zone.replace('\'', "''");
    return sql.replace("'cm:system-time-zone'", QByteArray("'" + zone + "'"));
}

} // namespace

Database::Database(const QString &path, const Clock *clock)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_clock(clock ? clock : &systemClock)
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

DatabaseError Database::checkFile() const
{
    const QFileInfo info(m_path);
    if (info.exists()) {
        if (!info.isFile())
            return {DatabaseError::NotADatabase, m_path,
                    tr("“%1” is not a file. Choose a workspace file, or a new file name to start a workspace.")
                            .arg(m_path)};
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {DatabaseError::ReadOnly, m_path,
                    tr("“%1” cannot be read: %2. Check the file's permissions.").arg(m_path, file.errorString())};
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return {DatabaseError::NotADatabase, m_path,
                    tr("“%1” is not a Campaign Manager workspace (it is not an SQLite database). It was not changed. "
                       "Choose another file, or a new file name to start a workspace.")
                            .arg(m_path)};
        if (!info.isWritable())
            return {DatabaseError::ReadOnly, m_path,
                    tr("“%1” is read-only. Make it writable, or copy it to a folder you can write to and open the "
                       "copy.")
                            .arg(m_path)};
        return {};
    }
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable())
        return {DatabaseError::CannotCreate, m_path,
                tr("Cannot create the workspace “%1”: the folder “%2” is missing or read-only. Choose a folder you can "
                   "write to.")
                        .arg(m_path, dir)};
    return {};
}

DatabaseError Database::open()
{
    return openAt(SchemaVersion);
}

DatabaseError Database::openAt(int schemaVersion)
{
    if (DatabaseError error = checkFile())
        return error;

    m_created = !QFileInfo::exists(m_path);
    if (m_created) {
        // Create the file ourselves so it is private before SQLite writes a byte; -wal and -shm inherit the mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {DatabaseError::CannotCreate, m_path,
                    tr("Cannot create the workspace “%1”: %2.").arg(m_path, file.errorString())};
    }
    m_open = true;
    QSqlDatabase db = connection();
    // Refusing closes this thread's connection: drop our handle to it first.
    auto refuse = [this, &db](const DatabaseError &error) {
        db = QSqlDatabase();
        releaseThreadConnection();
        m_open = false;
        return error;
    };
    if (!db.isOpen())
        return refuse(errorFor(db.lastError(), tr("open the workspace")));

    QSqlError sqlError;
    const QVariant appId = pragma(db, QStringLiteral("application_id"), &sqlError);
    const QVariant version = pragma(db, QStringLiteral("user_version"), &sqlError);
    const QVariant tables = [&] {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            sqlError = q.lastError();
            return QVariant();
        }
        return q.value(0);
    }();
    if (sqlError.isValid())
        return refuse(errorFor(sqlError, tr("open the workspace")));
    const bool empty = appId.toInt() == 0 && version.toInt() == 0 && tables.toInt() == 0;
    if (!empty && appId.toInt() != ApplicationId) {
        return refuse(
                {DatabaseError::ForeignDatabase, m_path,
                 tr("“%1” is a database of another application, not a Campaign Manager workspace. It was not changed. "
                    "Choose a workspace file, or a new file name to start a workspace.")
                         .arg(m_path)});
    }
    if (version.toInt() > SchemaVersion) {
        return refuse(
                {DatabaseError::NewerSchema, m_path,
                 tr("“%1” was saved by a newer Campaign Manager (workspace version %2; this version reads up to %3). "
                    "It was not changed. Update Campaign Manager to open it.")
                         .arg(m_path)
                         .arg(version.toInt())
                         .arg(SchemaVersion)});
    }

    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (DatabaseError error = configure(db))
        return refuse(error);
    if (version.toInt() < schemaVersion) {
        if (DatabaseError error = migrate(db, version.toInt(), qBound(1, schemaVersion, int(SchemaVersion))))
            return refuse(error);
    }
    return {};
}

DatabaseError Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QLatin1String(statement)))
            return errorFor(q.lastError(), tr("open the workspace"));
    }
    return {};
}

DatabaseError Database::migrate(QSqlDatabase &db, int from, int to)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return {DatabaseError::Other, m_path, tr("The SQLite driver of this Qt build cannot be used.")};
    const auto exec = [handle](const char *sql, QString *text) {
        char *message = nullptr;
        const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
        if (rc != SQLITE_OK && text)
            *text = QString::fromUtf8(message);
        sqlite3_free(message);
        return rc;
    };
    for (int version = from + 1; version <= to; ++version) {
        QFile file(QLatin1String(migrationFiles[version - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return {DatabaseError::Other, m_path, tr("Migration %1 is missing from this build.").arg(version)};
        const QByteArray body = file.readAll();
        // A migration that rebuilds tables others refer to, the way SQLite documents it: foreign keys off outside
        // the transaction (a dropped table would otherwise take the rows that refer to it along), and every
        // reference checked before the commit.
        const bool rebuilds = body.startsWith(RebuildMarker);
        if (rebuilds)
            exec("PRAGMA foreign_keys = OFF", nullptr);
        // The version is read again under the write lock: another process may have upgraded the workspace since
        // open() read it, and a migration must not run twice.
        QString text;
        int rc = exec("BEGIN IMMEDIATE", &text);
        int current = -1;
        if (rc == SQLITE_OK) {
            sqlite3_stmt *read = nullptr;
            rc = sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &read, nullptr);
            if (rc == SQLITE_OK && sqlite3_step(read) == SQLITE_ROW)
                current = sqlite3_column_int(read, 0);
            else
                text = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(read);
        }
        if (rc == SQLITE_OK && current > SchemaVersion) {
            exec("ROLLBACK", nullptr);
            if (rebuilds)
                exec("PRAGMA foreign_keys = ON", nullptr);
            return {DatabaseError::NewerSchema, m_path,
                    tr("“%1” was upgraded by a newer Campaign Manager while this one opened it (workspace version %2; "
                       "this version reads up to %3). Update Campaign Manager to open it.")
                            .arg(m_path)
                            .arg(current)
                            .arg(SchemaVersion)};
        }
        if (rc == SQLITE_OK && current >= version) {
            exec("ROLLBACK", nullptr);
            if (rebuilds)
                exec("PRAGMA foreign_keys = ON", nullptr);
            qCInfo(lcDatabase) << "workspace already at version" << current << "(upgraded by another process)";
            continue;
        }
        const QByteArray script = withSystemTimeZone(body) + "\nPRAGMA user_version = " + QByteArray::number(version)
                + ";\nPRAGMA application_id = " + QByteArray::number(ApplicationId) + ";";
        if (rc == SQLITE_OK)
            rc = exec(script.constData(), &text);
        if (rc == SQLITE_OK && rebuilds) {
            sqlite3_stmt *check = nullptr;
            // Only references to the rebuilt tables count: an orphan row elsewhere, older than this build, is not
            // this migration's to judge, and must not keep the workspace from opening.
            rc = sqlite3_prepare_v2(handle,
                                    "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check "
                                    "WHERE parent IN ('campaigns', 'templates')",
                                    -1, &check, nullptr);
            if (rc == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW) {
                // The first row that refers to nothing: its table, its rowid and the table it should refer to.
                text = tr("a row of %1 (%2) refers to a missing row of %3")
                               .arg(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))),
                                    QString::number(sqlite3_column_int64(check, 1)),
                                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 2))));
                rc = SQLITE_CONSTRAINT;
            } else if (rc != SQLITE_OK) {
                text = QString::fromUtf8(sqlite3_errmsg(handle));
            }
            sqlite3_finalize(check);
        }
        if (rc == SQLITE_OK)
            rc = exec("COMMIT", &text);
        if (rc != SQLITE_OK)
            exec("ROLLBACK", nullptr);
        if (rebuilds)
            exec("PRAGMA foreign_keys = ON", nullptr);
        if (rc != SQLITE_OK) {
            qCWarning(lcDatabase) << "migration" << version << "failed:" << text;
            return errorForCode(rc, text, tr("upgrade the workspace to version %1").arg(version));
        }
        qCInfo(lcDatabase) << "workspace migrated to version" << version;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlError error;
    return pragma(connection(), QStringLiteral("user_version"), &error).toInt();
}

QString Database::connectionName() const
{
    return QStringLiteral("cm-%1-%2").arg(quintptr(this), 0, 16).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    if (!m_open || !db.open())
        return db;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (sqlite3 *handle = nativeHandle(db))
        sqlite3_create_function_v2(handle, "cm_number", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, numberFunction,
                                   nullptr, nullptr, nullptr);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(name))
            return;
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

DatabaseError Database::errorFor(const QSqlError &error, const QString &action) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return errorForCode(ok ? code : SQLITE_ERROR, error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                        action);
}

DatabaseError Database::errorForCode(int code, const QString &sqliteMessage, const QString &action) const
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {DatabaseError::DiskFull, m_path,
                tr("The disk is full: could not %1 in “%2”. Free some disk space and try again; nothing was changed.")
                        .arg(action, m_path)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {DatabaseError::ReadOnly, m_path,
                tr("Could not %1: “%2” is read-only. Make it writable, or copy it to a folder you can write to.")
                        .arg(action, m_path)};
    case SQLITE_CORRUPT:
        return {DatabaseError::Corrupt, m_path,
                tr("“%1” is damaged (%2). It was not changed. Restore the workspace from a backup.")
                        .arg(m_path, sqliteMessage)};
    case SQLITE_NOTADB:
        return {DatabaseError::NotADatabase, m_path,
                tr("“%1” is not a Campaign Manager workspace (%2). It was not changed. Choose another file, or a new "
                   "file name to start a workspace.")
                        .arg(m_path, sqliteMessage)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {DatabaseError::Busy, m_path,
                tr("Could not %1: “%2” is locked by another program. Close it and try again.").arg(action, m_path)};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {DatabaseError::CannotCreate, m_path,
                tr("Could not %1: “%2” cannot be read or written (%3). Check the disk and the file's permissions.")
                        .arg(action, m_path, sqliteMessage)};
    default:
        return {DatabaseError::Other, m_path, tr("Could not %1 in “%2”: %3.").arg(action, m_path, sqliteMessage)};
    }
}

} // namespace cm
