#include "libraryservice.h"

#include "composer.h"
#include "models/campaignstore.h"
#include "models/experiment.h"
#include "models/templatestore.h"
#include "workspace.h"

#include <QCoreApplication>

namespace cm {

QString CampaignService::create(Workspace *workspace, Campaign &campaign)
{
    CampaignStore *store = workspace->campaigns();
    campaign.timeZone = Composer::zoneToSave(campaign.timeZone); // "my time zone" saved as its id
    return store->create(campaign) ? QString() : store->lastError().message;
}

QString CampaignService::testRuns(Workspace *workspace, qint64 id)
{
    const auto test = workspace->experiments()->byCampaign(id);
    return test && test->state == AbState::Testing
            ? QCoreApplication::translate("cm::ExperimentService",
                                          "Its A/B test runs: it cannot change until the winner is chosen (pick it "
                                          "to send it now), or cancel the campaign.")
            : QString();
}

QString CampaignService::update(Workspace *workspace, Campaign &campaign)
{
    if (const QString running = testRuns(workspace, campaign.id); !running.isEmpty())
        return running;
    CampaignStore *store = workspace->campaigns();
    campaign.timeZone = Composer::zoneToSave(campaign.timeZone);
    if (!store->update(campaign))
        return store->lastError().message;
    if (campaign.state == CampaignState::Scheduled && !store->schedule(campaign.id, campaign.scheduledAt))
        return store->lastError().message;
    return {};
}

std::optional<Campaign> CampaignService::clone(Workspace *workspace, qint64 id, const QString &name, QString *error)
{
    CampaignStore *store = workspace->campaigns();
    auto copy = store->clone(id, name);
    if (!copy && error)
        *error = store->lastError().message;
    return copy;
}

QString CampaignService::schedule(Workspace *workspace, qint64 id, const QDateTime &utc)
{
    if (const QString running = testRuns(workspace, id); !running.isEmpty())
        return running;
    CampaignStore *store = workspace->campaigns();
    return store->schedule(id, utc) ? QString() : store->lastError().message;
}

QString CampaignService::cancel(Workspace *workspace, qint64 id)
{
    CampaignStore *store = workspace->campaigns();
    return store->cancel(id) ? QString() : store->lastError().message;
}

QString TemplateService::save(Workspace *workspace, Template &tmpl)
{
    TemplateStore *store = workspace->templates();
    return (tmpl.id ? store->update(tmpl) : store->add(tmpl)) ? QString() : store->lastError().message;
}

QString TemplateService::remove(Workspace *workspace, qint64 id)
{
    TemplateStore *store = workspace->templates();
    return store->remove(id) ? QString() : store->lastError().message;
}

} // namespace cm
