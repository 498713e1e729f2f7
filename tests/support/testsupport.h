// What the suites share: a workspace in a temporary folder with a manual clock, and waiting for replies.
#pragma once

#include "app/services/workspace.h"
#include "models/clock.h"
#include "providers/provider.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace cm::test {

// A fixed "now" for tests: Monday 2026-03-16 12:00 UTC.
QDateTime testNow();

class TempWorkspace
{
public:
    explicit TempWorkspace(bool demo = false);
    Workspace &workspace() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    ManualClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("workspace.sqlite")); }
    QString dir() const { return m_dir.path(); }
    bool isOpen() const { return !m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    DatabaseError m_error;
};

struct ReplyOutcome
{
    bool finished = false;
    bool ok = false;
    QVariant value;
    ProviderError error;
};

// Waits (for at most `timeoutMs`) until the reply finishes, and returns what it said.
ReplyOutcome waitFor(ProviderReply *reply, int timeoutMs = 5000);

QByteArray fileBytes(const QString &path);

// The rows of a fault test whose answer is cut off: a bool column "reset", the connection closed in order (false)
// or dropped mid-body (true).
void addCutOffRows();

// campaignctl as a process on one workspace file: each call runs it with `env` and keeps what it printed.
class Campaignctl
{
public:
    Campaignctl(const QString &program, const QString &db);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString out; // stdout and stderr of the last run
    int operator()(const QStringList &args);

private:
    QString m_program;
    QString m_db;
};

} // namespace cm::test
