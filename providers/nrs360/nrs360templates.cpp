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

Reply<QList<RemoteTemplate>> Nrs360Provider::listTemplates()
{
    // Both stores: v2 first (its list has no html), then the legacy v1.
    auto reply = Reply<QList<RemoteTemplate>>::make(this);
    readAll(reply, QStringLiteral("/v2/templates"), {}, [this, reply](const QJsonArray &v2) {
        readAll(reply, QStringLiteral("/templates"), {}, [reply, v2](const QJsonArray &v1) {
            QList<RemoteTemplate> list;
            for (const QJsonValue &v : v2)
                list.append(nrs360::parseTemplate(v.toObject(), QStringLiteral("v2")));
            for (const QJsonValue &v : v1)
                list.append(nrs360::parseTemplate(v.toObject(), QStringLiteral("v1")));
            reply.finish(list);
        });
    });
    return reply;
}

Reply<RemoteTemplate> Nrs360Provider::getTemplate(const QString &id)
{
    return single<RemoteTemplate>(nrs360::getRequest(nrs360::templatePath(id)),
                                  [version = versionOf(id)](const HttpResponse &response) {
                                      return nrs360::parseTemplate(nrs360::parseData(response.body), version);
                                  });
}

Reply<RemoteTemplate> Nrs360Provider::saveTemplate(const RemoteTemplate &tmpl)
{
    // An update answers 201 as documented, or 200: any 2xx is success.
    return single<RemoteTemplate>(nrs360::templateSave(tmpl),
                                  [version = versionOf(tmpl.id)](const HttpResponse &response) {
                                      return nrs360::parseTemplate(nrs360::parseData(response.body), version);
                                  });
}

Reply<QString> Nrs360Provider::previewTemplate(const QString &id)
{
    return single<QString>(nrs360::getRequest(nrs360::templatePath(id) + QStringLiteral("/preview")),
                           [](const HttpResponse &response) { return QString::fromUtf8(response.body); });
}

} // namespace cm
