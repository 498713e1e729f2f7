#include "templatestore.h"

#include "sqlhelpers.h"

#include <QHash>

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
    // Every template's versions in one query.
    QHash<qint64, Template *> byId;
    for (Template &t : result)
        byId.insert(t.id, &t);
    sql::Query v(db(),
                 QStringLiteral("SELECT template_id, language, subject, body, text_body FROM template_versions "
                                "ORDER BY template_id, language"));
    if (v.exec()) {
        while (v.next()) {
            if (Template *t = byId.value(v.value(0).toLongLong()))
                t->versions.append(
                        {v.value(1).toString(), v.value(2).toString(), v.value(3).toString(), v.value(4).toString()});
        }
    }
    return result;
}

void TemplateStore::loadVersions(Template &t) const
{
    sql::Query v(
            db(),
            QStringLiteral("SELECT language, subject, body, text_body FROM template_versions WHERE template_id = ? "
                           "ORDER BY language"));
    if (!v.bind(t.id).exec())
        return;
    while (v.next())
        t.versions.append({v.value(0).toString(), v.value(1).toString(), v.value(2).toString(), v.value(3).toString()});
}

bool TemplateStore::saveVersions(const Template &t)
{
    sql::Query clear(db(), QStringLiteral("DELETE FROM template_versions WHERE template_id = ?"));
    if (!clear.bind(t.id).exec())
        return fail(clear.error(), tr("save the template “%1”").arg(t.name));
    sql::Query add(db(),
                   QStringLiteral("INSERT INTO template_versions (template_id, language, subject, body, text_body) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    for (const TemplateVersion &v : t.versions) {
        add.bind(t.id).bind(Template::languageKey(v.language)).bind(v.subject).bind(v.body).bind(v.textBody);
        if (!add.exec())
            return fail(add.error(), tr("save the template “%1”").arg(t.name));
    }
    return true;
}

std::optional<Template> TemplateStore::byId(qint64 id) const
{
    sql::Query q(db(), selectTemplate + QStringLiteral(" WHERE id = ?"));
    if (!q.bind(id).exec() || !q.next())
        return std::nullopt;
    Template t = templateFrom(q);
    loadVersions(t);
    return t;
}

std::optional<Template> TemplateStore::byName(const QString &name) const
{
    sql::Query q(db(), selectTemplate + QStringLiteral(" WHERE name = ?"));
    if (!q.bind(name).exec() || !q.next())
        return std::nullopt;
    Template t = templateFrom(q);
    loadVersions(t);
    return t;
}

bool TemplateStore::add(Template &t)
{
    t.updatedAt = now();
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO templates (name, channel, subject, body, text_body, created_at, "
                                "updated_at, marketing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(t.name).bind(channelKey(t.channel)).bind(t.subject).bind(t.body).bind(t.textBody);
    q.bind(sql::timeValue(t.updatedAt)).bind(sql::timeValue(t.updatedAt)).bind(t.marketing ? 1 : 0);
    sql::Transaction transaction(db());
    if (!q.exec())
        return fail(q.error(), tr("save the template “%1”").arg(t.name));
    t.id = q.lastInsertId();
    if (!saveVersions(t))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the template “%1”").arg(t.name));
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
    sql::Transaction transaction(db());
    if (!q.exec() || !saveVersions(t))
        return q.error().isValid() ? fail(q.error(), tr("save the template “%1”").arg(t.name)) : false;
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the template “%1”").arg(t.name));
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
