// Email Campaigns messages as our remote templates (§3.4): description (name and subject) and email_message (the
// body).
#include "emailcampaignsprovider.h"

#include <QJsonDocument>

namespace cm {

Reply<QList<RemoteTemplate>> EmailCampaignsProvider::listTemplates()
{
    return single<QList<RemoteTemplate>>(
            emailcampaigns::jsonRequest("GET", QStringLiteral("/email/message/"), {}),
            [](const HttpResponse &response) { return emailcampaigns::parseTemplates(response.body); });
}

Reply<RemoteTemplate> EmailCampaignsProvider::getTemplate(const QString &id)
{
    return single<RemoteTemplate>(emailcampaigns::jsonRequest("GET", QStringLiteral("/email/message/"), {}, id),
                                  [](const HttpResponse &response) {
                                      return emailcampaigns::parseTemplate(
                                              QJsonDocument::fromJson(response.body).object());
                                  });
}

Reply<RemoteTemplate> EmailCampaignsProvider::saveTemplate(const RemoteTemplate &tmpl)
{
    const QJsonObject body {{QStringLiteral("description"), tmpl.name}, {QStringLiteral("email_message"), tmpl.html}};
    if (!tmpl.id.isEmpty())
        return single<RemoteTemplate>(
                emailcampaigns::jsonRequest("PUT", QStringLiteral("/email/message/"), body, tmpl.id),
                [tmpl](const HttpResponse &) { return tmpl; });
    return single<RemoteTemplate>(emailcampaigns::jsonRequest("POST", QStringLiteral("/email/message/"), body),
                                  [tmpl](const HttpResponse &response) {
                                      RemoteTemplate saved = tmpl;
                                      saved.id = emailcampaigns::idOf(response.body);
                                      return saved;
                                  });
}

} // namespace cm
