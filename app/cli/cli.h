// campaignctl: the command line of ../shared/CLI.md over the same services and workspace as the GUI.
#pragma once

#include "models/types.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace cm {

class Job;

class Workspace;
class SecretStore;
class JobTracker;
class AccountService;
class ReportService;
class GroupSyncService;
class Dispatcher;
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
    void finish(int code);
    void usage(const QString &message);          // exit 2
    void fail(const QString &message);           // exit 1
    void print(const QString &text);             // stdout, a line
    void endWithJob(Job *job);                   // its message; exit 0, or 1 when it failed
    void printJson(const QJsonObject &document); // stdout, the one JSON document
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    bool openWorkspace();
    std::optional<Account> accountNamed(const QString &name); // fails (exit 1) saying so when there is none
    QString stdinSecret();
    // The campaign of that name; or nullopt, having failed with what to do.
    std::optional<Campaign> findCampaign(const QString &name);

    void accounts(const QStringList &args);
    void groups(const QStringList &args);
    void templates(const QStringList &args);
    void exchangeTemplates(const QStringList &args);
    void campaigns(const QStringList &args);
    void contacts(const QStringList &args);
    void editGroups(const QStringList &args);   // groups rename|delete|merge
    void editContacts(const QStringList &args); // contacts list|add|delete
    void suppressions(const QStringList &args);
    void sendCampaigns(const QStringList &args); // campaigns create|send|status|retry
    void reports(const QStringList &args);
    void editTemplates(const QStringList &args); // templates add|render|delete
    void editCampaigns(const QStringList &args); // campaigns schedule|cancel|clone|resolve
    void runDue(const QStringList &args);
    void conversations(const QStringList &args); // WhatsApp conversations list|show|reply

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
};

} // namespace cm
