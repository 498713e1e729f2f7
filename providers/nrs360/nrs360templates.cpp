// 360NRS templates (§10): the v2 store ("v2:ID", where new ones go) and the legacy v1 ("v1:ID"), HTML only, with our
// {{field}} placeholders both ways.
#include "nrs360provider.h"

#include "nrs360parse.h"

namespace cm {

namespace {

QString versionOf(const QString &id)
{
    return id.startsWith(QLatin1String("v1:")) ? QStringLiteral("v1") : QStringLiteral("v2");
}

} // namespace

ProviderReply *Nrs360Provider::listTemplates()
{
    // Both stores: v2 first (its list has no html), then the legacy v1.
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/v2/templates"), {}, [this](ProviderReply *r, const QJsonArray &v2) {
        getAll(r, QStringLiteral("/templates"), {}, [v2](ProviderReply *r2, const QJsonArray &v1) {
            QList<RemoteTemplate> list;
            for (const QJsonValue &v : v2)
                list.append(nrs360::parseTemplate(v.toObject(), QStringLiteral("v2")));
            for (const QJsonValue &v : v1)
                list.append(nrs360::parseTemplate(v.toObject(), QStringLiteral("v1")));
            r2->finishWith(QVariant::fromValue(list));
        });
    });
    return reply;
}

ProviderReply *Nrs360Provider::getTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::getRequest(nrs360::templatePath(id)), [id](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(nrs360::parseTemplate(nrs360::parseData(response.body), versionOf(id))));
    });
    return reply;
}

ProviderReply *Nrs360Provider::saveTemplate(const RemoteTemplate &tmpl)
{
    // An update answers 201 as documented, or 200: any 2xx is success.
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::templateSave(tmpl),
         [version = versionOf(tmpl.id)](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(nrs360::parseTemplate(nrs360::parseData(response.body), version)));
         });
    return reply;
}

ProviderReply *Nrs360Provider::deleteTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::jsonRequest("DELETE", nrs360::templatePath(id), QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *Nrs360Provider::previewTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::getRequest(nrs360::templatePath(id) + QStringLiteral("/preview")),
         [](ProviderReply *r, const HttpResponse &response) { r->finishWith(QString::fromUtf8(response.body)); });
    return reply;
}

} // namespace cm
