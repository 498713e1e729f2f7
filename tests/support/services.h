// A test workspace with the services the composition roots make over it: what the GUI suites (and any test that
// drives the services together) start from.
#pragma once

#include "app/services/accountservice.h"
#include "app/services/contactimport.h"
#include "app/services/contactservice.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "app/services/seriesservice.h"
#include "support/testsupport.h"

namespace cm::test {

struct Services
{
    explicit Services(bool demo)
        : ws(demo)
        , accounts(&ws.workspace(), &secrets, &jobs, false)
        , reports(&ws.workspace(), &accounts, &jobs)
        , groupSync(&ws.workspace(), &accounts, &jobs)
        , contactImport(&ws.workspace(), &jobs)
        , contacts(&ws.workspace())
        , dispatcher(&ws.workspace(), &accounts, &jobs)
        , series(&ws.workspace(), &dispatcher, &reports, &jobs)
        , experiments(&ws.workspace(), &dispatcher, &reports, &jobs)
    { }

    TempWorkspace ws;
    MemorySecretStore secrets;
    JobTracker jobs;
    AccountService accounts;
    ReportService reports;
    GroupSyncService groupSync;
    ContactImportService contactImport;
    ContactService contacts;
    Dispatcher dispatcher;
    SeriesService series;
    ExperimentService experiments;
};

} // namespace cm::test
