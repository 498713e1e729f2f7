#include "templatestore.h"

#include "sqlhelpers.h"

namespace cm {

namespace {
const QString selectTemplate
        = QStringLiteral("SELECT id, name, channel, subject, body, text_body, updated_at, marketing FROM templates");

Template templateFrom(const sql::Query &q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.channel = channelFromKey(q.value(2).toString()).value_or(Channel::Sms);
    t.subject = q.value(3).toString();
    t.body = q.value(4).toString();
    t.textBody = q.value(5).toString();
    t.updatedAt = sql::timeFrom(q.value(6));
    t.marketing = q.value(7).toBool();
    return t;
}
} // namespace

QList<Template> TemplateStore::templates() const
{
    QList<Template> result;
    sql::Query q(db(), selectTemplate + QStringLiteral(" ORDER BY name"));
    if (q.exec()) {
        while (q.next())
            result.append(templateFrom(q));
    }
    return result;
}

std::optional<Template> TemplateStore::byId(qint64 id) const
{
    sql::Query q(db(), selectTemplate + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec() && q.next())
        return templateFrom(q);
    return std::nullopt;
}

std::optional<Template> TemplateStore::byName(const QString &name) const
{
    sql::Query q(db(), selectTemplate + QStringLiteral(" WHERE name = ?"));
    if (q.bind(name).exec() && q.next())
        return templateFrom(q);
    return std::nullopt;
}

bool TemplateStore::add(Template &t)
{
    t.updatedAt = now();
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO templates (name, channel, subject, body, text_body, created_at, "
                                "updated_at, marketing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(t.name).bind(channelKey(t.channel)).bind(t.subject).bind(t.body).bind(t.textBody);
    q.bind(sql::timeValue(t.updatedAt)).bind(sql::timeValue(t.updatedAt)).bind(t.marketing ? 1 : 0);
    if (!q.exec())
        return fail(q.error(), tr("save the template “%1”").arg(t.name));
    t.id = q.lastInsertId();
    emit changed();
    return succeed();
}

bool TemplateStore::update(const Template &t)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE templates SET name = ?, channel = ?, subject = ?, body = ?, "
                                "text_body = ?, updated_at = ?, marketing = ? WHERE id = ?"));
    q.bind(t.name).bind(channelKey(t.channel)).bind(t.subject).bind(t.body).bind(t.textBody);
    q.bind(sql::timeValue(now())).bind(t.marketing ? 1 : 0).bind(t.id);
    if (!q.exec())
        return fail(q.error(), tr("save the template “%1”").arg(t.name));
    emit changed();
    return succeed();
}

bool TemplateStore::remove(qint64 id)
{
    sql::Query q(db(), QStringLiteral("DELETE FROM templates WHERE id = ?"));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("delete the template"));
    emit changed();
    return succeed();
}

} // namespace cm
