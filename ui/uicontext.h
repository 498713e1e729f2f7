// What the panes are given by the composition root (app/gui/main.cpp): services, never singletons.
#pragma once

namespace cm {

class Workspace;
class AccountService;
class ReportService;
class JobTracker;
class GroupSyncService;
class ContactImportService;
class Dispatcher;
class ContactService;
class SeriesService;
class ExperimentService;

struct UiContext
{
    Workspace *workspace = nullptr;
    AccountService *accounts = nullptr;
    ReportService *reports = nullptr;
    JobTracker *jobs = nullptr;
    GroupSyncService *groupSync = nullptr;
    ContactImportService *contactImport = nullptr;
    Dispatcher *dispatcher = nullptr;
    ContactService *contacts = nullptr; // writes to groups, contacts and the suppression list
    SeriesService *series = nullptr;
    ExperimentService *experiments = nullptr; // A/B tests: a campaign is sent through it
};

} // namespace cm
