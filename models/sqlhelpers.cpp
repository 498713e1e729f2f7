#include "sqlhelpers.h"

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
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        m_error = q.lastError();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_active = false;
        return true;
    }
    m_error = q.lastError(); // the destructor rolls back
    return false;
}

} // namespace cm::sql
