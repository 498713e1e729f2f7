// Small helpers for the stores: prepared statements with positional binds, transactions, UTC time as text.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
// one is the database transaction, so a caller can make several stores' writes one all-or-nothing unit.
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
};

} // namespace cm::sql
