#include "smtpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTest>

namespace cm::test {

SmtpServer::SmtpServer() = default;

SmtpServer::~SmtpServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SmtpServer::start(const QString &user, const QString &password, bool implicitTls)
{
    QStringList args {QStringLiteral(CM_FAKES_DIR "/smtp/smtpfake.py"), QStringLiteral("--dir"), m_dir.path(),
                      QStringLiteral("--port"), QStringLiteral("0")};
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user << QStringLiteral("--password") << password;
    if (implicitTls)
        args << QStringLiteral("--tls-cert") << QStringLiteral(CM_FAKES_DIR "/selfsigned.crt")
             << QStringLiteral("--tls-key") << QStringLiteral(CM_FAKES_DIR "/selfsigned.key")
             << QStringLiteral("--implicit-tls");
    m_tls = implicitTls;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), args); // Debian's, which has aiosmtpd
    if (!m_process.waitForStarted(5000))
        return false;
    // "PORT <n>" once it listens.
    QByteArray line;
    if (!QTest::qWaitFor(
                [&] {
                    if (m_process.canReadLine())
                        line = m_process.readLine().trimmed();
                    return line.startsWith("PORT ") || m_process.state() == QProcess::NotRunning;
                },
                10000))
        return false;
    m_port = line.mid(5).toInt();
    return m_port > 0;
}

QString SmtpServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_tls ? QStringLiteral("smtps") : QStringLiteral("smtp"))
            .arg(m_port);
}

void SmtpServer::setScript(const QJsonObject &script)
{
    // Written aside and renamed into place: the server never reads half a script.
    QSaveFile file(m_dir.filePath(QStringLiteral("script.json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(script).toJson());
        file.commit();
    }
}

QList<QJsonObject> SmtpServer::messages() const
{
    QList<QJsonObject> entries;
    QFile file(m_dir.filePath(QStringLiteral("log.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        if (entry.contains(QStringLiteral("n")))
            entries.append(entry);
    }
    return entries;
}

int SmtpServer::connections() const
{
    int count = 0;
    QFile file(m_dir.filePath(QStringLiteral("log.jsonl")));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            if (QJsonDocument::fromJson(file.readLine()).object().value(QStringLiteral("event")).toString()
                == QLatin1String("connection"))
                ++count;
        }
    }
    return count;
}

QByteArray SmtpServer::message(int n) const
{
    QFile file(m_dir.filePath(QStringLiteral("messages/%1.eml").arg(n, 4, 10, QLatin1Char('0'))));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cm::test
