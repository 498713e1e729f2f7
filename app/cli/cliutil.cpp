// What the campaignctl command groups share: output, exit codes, the workspace and its services, look-ups by name.
#include "cliutil.h"
#include "cli.h"

#include "app/services/accountservice.h"
#include "app/services/appsetup.h"
#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "app/services/seriesservice.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/templatestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace cm {

QString jsonTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue jsonTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(jsonTime(time)) : QJsonValue();
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, int positional, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("campaignctl")} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (positional >= 0 && parser.positionalArguments().size() != positional) {
        *error = positional == 1  ? Cli::tr("Give exactly one name.")
                : positional == 2 ? Cli::tr("Give the name and the new name.")
                                  : Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0));
        return false;
    }
    return true;
}

bool readDelimiter(const QString &text, QChar *delimiter)
{
    const QString value = text == QLatin1String("\\t") || text == QLatin1String("tab") ? QStringLiteral("\t") : text;
    if (value.size() > 1)
        return false;
    if (!value.isEmpty())
        *delimiter = value.front();
    return true;
}

QDateTime scheduleTime(const QString &at, const QString &zone, const QDateTime &now, QString *problem)
{
    const QDateTime when = Composer::parseLocal(at, zone, problem);
    if (problem->isEmpty())
        *problem = Composer::scheduleProblem(when, now);
    return when;
}

Cli::Cli(QObject *parent)
    : QObject(parent)
{ }

Cli::~Cli()
{
    // The services use the workspace: they go first.
    m_series.reset();
    m_dispatcher.reset();
    m_groupSync.reset();
    m_reportService.reset();
    m_accountService.reset();
    m_jobs.reset();
    m_secrets.reset();
    m_workspace.reset();
}

void Cli::finish(int code)
{
    std::fflush(stdout);
    QCoreApplication::exit(code);
}

void Cli::usage(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    finish(Usage);
}

void Cli::fail(const QString &message)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "%s\n", qPrintable(oneLine));
    finish(Failure);
}

void Cli::print(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

void Cli::printJson(const QJsonObject &document)
{
    std::fprintf(stdout, "%s", QJsonDocument(document).toJson(QJsonDocument::Indented).constData());
}

void Cli::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        print(text.trimmed());
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

std::function<void(bool ok, const QString &message)> Cli::printMessage()
{
    return [this](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        print(message);
        finish(Success);
    };
}

void Cli::endWithJob(Job *job)
{
    connect(job, &Job::finished, this, printMessage());
}

bool Cli::openWorkspace()
{
    m_clock = Clock::fromEnvironment();
    // The same workspace the window opens: the user's own once they left the demo for it.
    m_workspace = std::make_unique<Workspace>(m_dbPath.isEmpty() ? defaultWorkspacePath() : m_dbPath, m_clock.get());
    if (const DatabaseError error = m_workspace->open()) {
        fail(error.message);
        return false;
    }
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("org.campaignmanager.CampaignManager"));
    m_jobs = std::make_unique<JobTracker>();
    m_accountService = std::make_unique<AccountService>(m_workspace.get(), m_secrets.get(), m_jobs.get(), true);
    m_reportService = std::make_unique<ReportService>(m_workspace.get(), m_accountService.get(), m_jobs.get());
    m_groupSync = std::make_unique<GroupSyncService>(m_workspace.get(), m_accountService.get(), m_jobs.get());
    m_dispatcher = std::make_unique<Dispatcher>(m_workspace.get(), m_accountService.get(), m_jobs.get());
    m_series = std::make_unique<SeriesService>(m_workspace.get(), m_dispatcher.get(), m_reportService.get(),
                                               m_jobs.get());
    m_experiments = std::make_unique<ExperimentService>(m_workspace.get(), m_dispatcher.get(), m_reportService.get(),
                                                        m_jobs.get());
    return true;
}

QString Cli::stdinSecret()
{
    QTextStream in(stdin);
    QString secret = in.readLine();
    return secret.trimmed();
}

std::optional<Account> Cli::accountNamed(const QString &name)
{
    auto account = m_workspace->accounts()->byName(name);
    if (!account)
        fail(tr("There is no account named “%1”. See campaignctl accounts list.").arg(name));
    return account;
}

std::optional<Group> Cli::groupNamed(const QString &name)
{
    auto group = m_workspace->groups()->byName(name);
    if (!group)
        fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(name));
    return group;
}

std::optional<Template> Cli::templateNamed(const QString &name)
{
    auto tmpl = m_workspace->templates()->byName(name);
    if (!tmpl)
        fail(tr("There is no template named “%1”. See campaignctl templates list.").arg(name));
    return tmpl;
}

std::optional<Campaign> Cli::campaignNamed(const QString &name)
{
    auto campaign = m_workspace->campaigns()->byName(name);
    if (!campaign)
        fail(tr("There is no campaign named “%1”. See campaignctl campaigns list.").arg(name));
    return campaign;
}

} // namespace cm
