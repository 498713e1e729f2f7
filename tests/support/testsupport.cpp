#include "testsupport.h"

#include "app/services/demoworkspace.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace cm::test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
}

TempWorkspace::TempWorkspace(bool demo)
    : m_clock(testNow())
    , m_workspace(std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("workspace.sqlite")), &m_clock))
{
    m_error = m_workspace->open();
    if (!m_error && demo)
        m_error = DemoWorkspace::populate(*m_workspace);
}

ReplyOutcome waitFor(ProviderReply *reply, int timeoutMs)
{
    ReplyOutcome outcome;
    QObject::connect(reply, &ProviderReply::finished, reply, [&outcome, reply] {
        outcome.finished = true;
        outcome.ok = !reply->hasError();
        outcome.value = reply->result();
        outcome.error = reply->error();
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs); // the caller checks .finished
    return outcome;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Campaignctl::Campaignctl(const QString &program, const QString &db)
    : m_program(program)
    , m_db(db)
{ }

int Campaignctl::operator()(const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_program, QStringList {QStringLiteral("--db"), m_db} + args);
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
    out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

void addCutOffRows()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("connection closed") << false;
    QTest::newRow("connection dropped mid-body") << true;
}

} // namespace cm::test
