// campaignctl: the command line of ../shared/CLI.md over the same services and workspace as the GUI.
//
// cli.cpp reads the global options and dispatches to a command group from one table (s_groups); each group lives in
// its own file, cli<group>.cpp, with its help text; what the groups share (output, exit codes, the workspace, look-ups
// by name) is in cliutil.cpp. The manual page packaging/campaignctl.1 follows the help texts (tests/cli checks it).
#pragma once

#include "models/experiment.h"
#include "models/types.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cm {

class Job;

class Workspace;
class SecretStore;
class JobTracker;
class AccountService;
class ReportService;
class GroupSyncService;
class Dispatcher;
class SeriesService;
class ExperimentService;
class Clock;

class Cli : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command in `arguments` (without the program name); quits the event loop with the exit code.
    void run(const QStringList &arguments);

private:
    // A command group: campaignctl NAME SUBCOMMAND … (cli.cpp).
    struct CommandGroup
    {
        const char *name;
        void (Cli::*run)(const QStringList &args); // the arguments after the group's name
        const char *summary;                       // its line in campaignctl --help (translated in cm::Cli)
        const char *help;                          // campaignctl NAME --help: its commands and options
    };
    static const CommandGroup s_groups[];
    void printHelp(const CommandGroup *group); // campaignctl --help when there is no group

    // Shared by the command groups (cliutil.cpp).
    void finish(int code);
    void usage(const QString &message);          // exit 2
    void fail(const QString &message);           // exit 1, the message on one line
    void print(const QString &text);             // stdout, a line
    void printJson(const QJsonObject &document); // stdout, the one JSON document
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    std::function<void(bool ok, const QString &message)> printMessage(); // a service's answer: printed, exit 0 or 1
    void endWithJob(Job *job);                                           // its message; exit 0, or 1 when it failed
    bool openWorkspace();                                                // fails (exit 1) saying why it cannot
    QString stdinSecret();
    // The item of that name; or nullopt, having failed (exit 1) with what to do.
    std::optional<Account> accountNamed(const QString &name);
    std::optional<Group> groupNamed(const QString &name);
    std::optional<Template> templateNamed(const QString &name);
    std::optional<Campaign> campaignNamed(const QString &name);

    // The command groups, each in its own file (cli<group>.cpp) with its help text.
    static const char accountsHelp[];
    void accounts(const QStringList &args);

    static const char groupsHelp[];
    void groups(const QStringList &args);
    void editGroups(const QStringList &args); // groups rename|delete|merge

    static const char contactsHelp[];
    void contacts(const QStringList &args);
    void editContacts(const QStringList &args); // contacts list|add|delete

    static const char suppressionsHelp[];
    void suppressions(const QStringList &args);

    static const char segmentsHelp[];
    void segments(const QStringList &args);

    static const char templatesHelp[];
    void templates(const QStringList &args);
    void editTemplates(const QStringList &args); // templates add|render|delete
    void addTemplateVersion(const QString &name, const QString &language, const QString &subject, const QString &body,
                            const QString &bodyFile, const QString &textFile);
    void exchangeTemplates(const QStringList &args); // templates push|pull

    static const char campaignsHelp[];
    void campaigns(const QStringList &args);
    void createCampaign(const QStringList &args);
    // What follows a campaign's creation, in clicampaignsend.cpp.
    void sendCampaigns(const QStringList &args); // campaigns send|status|retry
    void editCampaigns(const QStringList &args); // campaigns check|schedule|cancel|clone|resolve
    // A/B tests, in cliexperiments.cpp: campaigns create's test options (nullopt with `problem`), campaigns winner,
    // reports show --variants.
    std::optional<AbTest> abTestFrom(const Campaign &campaign, const QStringList &variants, const QString &share,
                                     const QString &measure, const QString &wait, QString *problem);
    void campaignWinner(const QStringList &args);
    void showVariants(const Campaign &campaign, bool refresh);

    static const char reportsHelp[];
    void reports(const QStringList &args);

    static const char seriesHelp[];
    void series(const QStringList &args);

    static const char runDueHelp[];
    void runDue(const QStringList &args);
    static const char workspaceHelp[];
    void workspace(const QStringList &args);

    static const char conversationsHelp[];
    void conversations(const QStringList &args);

    QString m_dbPath;
    bool m_json = false;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<JobTracker> m_jobs;
    std::unique_ptr<AccountService> m_accountService;
    std::unique_ptr<ReportService> m_reportService;
    std::unique_ptr<GroupSyncService> m_groupSync;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<SeriesService> m_series;
    std::unique_ptr<ExperimentService> m_experiments;
};

} // namespace cm
