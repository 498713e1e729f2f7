#include "sqlhelpers.h"

#include "database.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QLoggingCategory>

namespace cm::sql {

Q_LOGGING_CATEGORY(lcSql, "cm.models.sql")

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_error = m_query.lastError();
        qCWarning(lcSql) << "prepare failed:" << m_error.text();
    }
}

Query &Query::bind(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; only textOrNull() and friends mean NULL, an empty text means ''.
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

bool Query::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec())
        return true;
    m_error = m_query.lastError();
    qCWarning(lcSql) << "statement failed:" << m_error.text();
    return false;
}

namespace {
QAtomicInteger<quint64> savepointCounter;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("cm_%1").arg(++savepointCounter))
{
    QSqlQuery q(m_db);
    // The outermost takes the write lock at once (waiting for it as long as the busy timeout allows). A transaction
    // that began by reading would keep that read's snapshot, and its first write would fail at once, without
    // waiting, whenever another connection (another thread of this process, or another process) had written
    // since: SQLite cannot let it write on a view that is out of date.
    // When the lock cannot be had (a statement of this connection still reads an older snapshot, or the busy
    // timeout ran out) it falls back to a deferred savepoint, as before: still all or nothing, failing at its first
    // write if that cannot be made.
    if (sqlite3 *handle = Database::nativeHandle(m_db); handle && sqlite3_get_autocommit(handle))
        m_outermost = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active) {
        m_error = q.lastError();
        if (m_outermost)
            q.exec(QStringLiteral("ROLLBACK"));
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
        if (m_outermost)
            q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!m_released && !q.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_error = q.lastError(); // the destructor rolls back
        return false;
    }
    m_released = true;
    if (m_outermost && !q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError(); // the destructor rolls back
        return false;
    }
    m_active = false;
    return true;
}

RawStatement::RawStatement(const QSqlDatabase &db, const char *sql)
    : RawStatement(Database::nativeHandle(db), sql)
{ }

RawStatement::RawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!m_db)
        return;
    m_rc = sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr);
    if (m_rc != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

namespace {
int interruptWhenCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}
} // namespace

CancelWhen::CancelWhen(sqlite3 *handle, const std::atomic<bool> *cancel)
    : m_handle(cancel ? handle : nullptr)
{
    if (m_handle) // every 20,000 steps of the virtual machine: a few hundred microseconds
        sqlite3_progress_handler(m_handle, 20000, interruptWhenCancelled, const_cast<std::atomic<bool> *>(cancel));
}

CancelWhen::~CancelWhen()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement &RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

RawStatement &RawStatement::bind(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
    return *this;
}

RawStatement &RawStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

RawStatement &RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

RawStatement &RawStatement::bindTextOrNull(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

bool RawStatement::step()
{
    if (!m_statement)
        return false;
    m_rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
}

int RawStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QSqlError RawStatement::error() const
{
    const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database handle");
    return QSqlError(QString(), message, QSqlError::StatementError, QString::number(m_rc));
}

} // namespace cm::sql
