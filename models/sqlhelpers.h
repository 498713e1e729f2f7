// Small helpers for the stores: prepared statements with positional binds, transactions, UTC time as text.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

namespace cm::sql {

QVariant timeValue(const QDateTime &time); // UTC ISO 8601 text, or NULL
QDateTime timeFrom(const QVariant &value);
QVariant textOrNull(const QString &text);
QVariant idOrNull(qint64 id);

// A prepared statement: SqlQuery q(db, "… ? …"); q.bind(x); if (!q.exec()) …
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql);
    Query &bind(const QVariant &value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlError error() const { return m_error; }

private:
    QSqlQuery m_query;
    QSqlError m_error;
    bool m_prepared = false;
};

// A transaction that nests: a SAVEPOINT, released by commit(), rolled back unless commit() succeeded. The outermost
// one is the database transaction (BEGIN IMMEDIATE: it holds the write lock from its start), so a caller can make
// several stores' writes one all-or-nothing unit.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();
    QSqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;
    QSqlError m_error;
    bool m_active = false;
    bool m_outermost = false; // it began the database transaction
    bool m_released = false;  // its savepoint is released; the database transaction's COMMIT is what is left
};

// A statement on SQLite's own handle, for the loops that write or read a row at a time by the hundred thousand (an
// import, a send's snapshot and outcomes, a group's keys), where QtSql's QVariant binding costs more than the work
// itself. Bound text is not copied: it must live until step().
class RawStatement
{
public:
    RawStatement(const QSqlDatabase &db, const char *sql);
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    bool isValid() const { return m_statement; }
    RawStatement &bind(int index, qint64 value);
    RawStatement &bind(int index, const QString &text); // UTF-16
    RawStatement &bind(int index, const QByteArray &utf8);
    RawStatement &bindNull(int index);
    RawStatement &bindTextOrNull(int index, const QString &text); // NULL when empty
    bool step();                                                  // runs it, then resets it for the next row
    int changes() const;                                          // the rows the last step() changed
    QSqlError error() const;
    // For a query read row by row (sqlite3_step, sqlite3_column_*): the statement itself.
    sqlite3_stmt *handle() const { return m_statement; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = 0;
};

// While it lives, a query on the connection stops (SQLITE_INTERRUPT) once `cancel` becomes true: for reads that a
// newer question makes pointless (a search typed on, a rule edited). Nothing happens when `cancel` is null.
class CancelWhen
{
public:
    CancelWhen(sqlite3 *handle, const std::atomic<bool> *cancel);
    ~CancelWhen();
    CancelWhen(const CancelWhen &) = delete;
    CancelWhen &operator=(const CancelWhen &) = delete;

private:
    sqlite3 *m_handle;
};

} // namespace cm::sql
