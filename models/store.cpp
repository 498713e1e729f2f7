#include "store.h"

#include "clock.h"

namespace cm {

Store::Store(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

bool Store::fail(const QSqlError &error, const QString &action)
{
    m_lastError = m_database->errorFor(error, action);
    return false;
}

bool Store::fail(const QString &message)
{
    m_lastError = {DatabaseError::Other, m_database->path(), message};
    return false;
}

bool Store::fail(const DatabaseError &error)
{
    m_lastError = error;
    return false;
}

bool Store::succeed()
{
    m_lastError = {};
    return true;
}

QDateTime Store::now() const
{
    return m_database->clock()->now();
}

} // namespace cm
