// The writes the panes make to campaigns and templates (create, save, clone, schedule, cancel, delete), so that
// panes talk to a service and only the stores write. Each returns the store's translated reason when it refuses,
// empty when it worked. Checks a person reads (a name in use, a confirmation) stay with the pane that asks.
#pragma once

#include "models/types.h"

#include <optional>

namespace cm {

class Workspace;

class CampaignService
{
public:
    // Both save a campaign without a zone ("my time zone") with this computer's (Composer::zoneToSave).
    static QString create(Workspace *workspace, Campaign &campaign);
    // Saves the fields; a scheduled campaign follows its new time.
    static QString update(Workspace *workspace, Campaign &campaign);
    static std::optional<Campaign> clone(Workspace *workspace, qint64 id, const QString &name, QString *error);
    static QString schedule(Workspace *workspace, qint64 id, const QDateTime &utc);
    static QString cancel(Workspace *workspace, qint64 id);
    // Why the campaign cannot be changed or rescheduled now: its A/B test runs (translated); empty otherwise.
    static QString testRuns(Workspace *workspace, qint64 id);
};

class TemplateService
{
public:
    static QString save(Workspace *workspace, Template &tmpl); // adds a new one (id 0), else updates it
    static QString remove(Workspace *workspace, qint64 id);
};

} // namespace cm
