// The base of the stores: one store per aggregate, the only code that writes its tables.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QObject>

namespace cm {

class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(Database *database, QObject *parent = nullptr);
    DatabaseError lastError() const { return m_lastError; }
    Database *database() const { return m_database; }

protected:
    QSqlDatabase db() const { return m_database->connection(); }
    QDateTime now() const;                                    // UTC, from the workspace clock
    bool fail(const QSqlError &error, const QString &action); // records the error, returns false
    bool fail(const QString &message);     // a refusal the store decides itself (a duplicate, …): records it, false
    bool fail(const DatabaseError &error); // another store's error, kept as it is (its kind too): false
    bool succeed();                        // clears it, returns true

private:
    Database *m_database;
    DatabaseError m_lastError;
};

} // namespace cm
