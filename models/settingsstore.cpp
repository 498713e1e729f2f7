#include "settingsstore.h"

#include "sqlhelpers.h"

#include <QRegularExpression>

namespace cm {

SettingsStore::SettingsStore(Database *database, QObject *parent)
    : Store(database, parent)
{ }

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    sql::Query q(db(), QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    if (q.bind(key).exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q.bind(key).bind(value).exec())
        return fail(q.error(), tr("save the workspace setting “%1”").arg(key));
    emit changed(key);
    return succeed();
}

bool SettingsStore::remove(const QString &key)
{
    sql::Query q(db(), QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"));
    if (!q.bind(key).exec())
        return fail(q.error(), tr("save the workspace setting “%1”").arg(key));
    if (q.rowsAffected() > 0)
        emit changed(key);
    return succeed();
}

QHash<QString, QString> SettingsStore::valuesStartingWith(const QString &prefix) const
{
    QHash<QString, QString> values;
    // substr rather than LIKE: a prefix's own "_" and "%" are no wildcards.
    sql::Query q(db(), QStringLiteral("SELECT key, value FROM workspace_settings WHERE substr(key, 1, ?) = ?"));
    if (q.bind(prefix.size()).bind(prefix).exec()) {
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toString());
    }
    return values;
}

QString SettingsStore::workspaceId() const
{
    return value(QStringLiteral("workspace_id"));
}

QString SettingsStore::phoneRegion() const
{
    return value(QStringLiteral("phone_region"), QStringLiteral("TR"));
}

bool SettingsStore::setPhoneRegion(const QString &region)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    const QString upper = region.trimmed().toUpper();
    if (!code.match(upper).hasMatch())
        return fail(tr("“%1” is not a region code: use two letters, such as TR, ES, PL or US.").arg(region));
    return setValue(QStringLiteral("phone_region"), upper);
}

} // namespace cm
