// Email Campaigns messages as our remote templates (§3.4): description (name and subject) and email_message (the
// body).
#include "emailcampaignsprovider.h"

#include <QJsonDocument>

namespace cm {

ProviderReply *EmailCampaignsProvider::listTemplates()
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/message/"), {}),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(emailcampaigns::parseTemplates(response.body)));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::getTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/message/"), {}, id),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(
                     emailcampaigns::parseTemplate(QJsonDocument::fromJson(response.body).object())));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::saveTemplate(const RemoteTemplate &tmpl)
{
    auto *reply = new ProviderReply(this);
    const QJsonObject body {{QStringLiteral("description"), tmpl.name}, {QStringLiteral("email_message"), tmpl.html}};
    if (tmpl.id.isEmpty()) {
        call(reply, emailcampaigns::jsonRequest("POST", QStringLiteral("/email/message/"), body),
             [tmpl](ProviderReply *r, const HttpResponse &response) {
                 RemoteTemplate saved = tmpl;
                 saved.id = emailcampaigns::idOf(response.body);
                 r->finishWith(QVariant::fromValue(saved));
             });
    } else {
        call(reply, emailcampaigns::jsonRequest("PUT", QStringLiteral("/email/message/"), body, tmpl.id),
             [tmpl](ProviderReply *r, const HttpResponse &) { r->finishWith(QVariant::fromValue(tmpl)); });
    }
    return reply;
}

ProviderReply *EmailCampaignsProvider::deleteTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("DELETE", QStringLiteral("/email/message/"), {}, id),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

} // namespace cm
