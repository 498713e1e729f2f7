#include "accountstore.h"

#include "sqlhelpers.h"

#include <QJsonDocument>

namespace cm {

namespace {
const QString selectAccount
        = QStringLiteral("SELECT id, name, provider, base_url, user_name, settings, created_at FROM accounts");

Account accountFrom(const sql::Query &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.provider = q.value(2).toString();
    a.baseUrl = q.value(3).toString();
    a.user = q.value(4).toString();
    a.settings = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    a.createdAt = sql::timeFrom(q.value(6));
    return a;
}
} // namespace

QList<Account> AccountStore::accounts() const
{
    QList<Account> result;
    sql::Query q(db(), selectAccount + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (q.exec()) {
        while (q.next())
            result.append(accountFrom(q));
    }
    return result;
}

std::optional<Account> AccountStore::byId(qint64 id) const
{
    sql::Query q(db(), selectAccount + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

std::optional<Account> AccountStore::byName(const QString &name) const
{
    sql::Query q(db(), selectAccount + QStringLiteral(" WHERE name = ?"));
    if (q.bind(name).exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

bool AccountStore::add(Account &account)
{
    if (!account.createdAt.isValid())
        account.createdAt = now();
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO accounts (name, provider, base_url, user_name, settings, created_at)"
                                " VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(account.name).bind(account.provider).bind(account.baseUrl).bind(account.user);
    q.bind(QJsonDocument(account.settings).toJson(QJsonDocument::Compact)).bind(sql::timeValue(account.createdAt));
    if (!q.exec())
        return fail(q.error(), tr("save the account"));
    account.id = q.lastInsertId();
    emit changed();
    return succeed();
}

bool AccountStore::update(const Account &account)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE accounts SET name = ?, provider = ?, base_url = ?, user_name = ?, "
                                "settings = ? WHERE id = ?"));
    q.bind(account.name).bind(account.provider).bind(account.baseUrl).bind(account.user);
    q.bind(QJsonDocument(account.settings).toJson(QJsonDocument::Compact)).bind(account.id);
    if (!q.exec())
        return fail(q.error(), tr("save the account"));
    emit changed();
    return succeed();
}

bool AccountStore::remove(qint64 id)
{
    sql::Query q(db(), QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("remove the account"));
    emit changed();
    return succeed();
}

} // namespace cm
