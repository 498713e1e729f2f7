#include "imapserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

namespace cm::test {

namespace {

int run(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("bash"), QStringList {QStringLiteral(CM_FAKES_DIR "/imap/dovecot.sh")} + args);
    if (!process.waitForFinished(20000))
        return -1;
    return process.exitCode();
}

} // namespace

ImapServer::ImapServer() = default;

ImapServer::~ImapServer()
{
    if (m_running)
        run({QStringLiteral("stop"), m_dir.path()});
}

bool ImapServer::start(const QString &user, const QString &password)
{
    {
        QTcpServer probe; // a free port, given back at once for Dovecot to take
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
    }
    m_running = run({QStringLiteral("start"), m_dir.path(), QString::number(m_port), user, password}) == 0;
    return m_running;
}

QString ImapServer::url() const
{
    return QStringLiteral("imap://127.0.0.1:%1").arg(m_port);
}

bool ImapServer::deliver(const QString &folder, const QByteArray &message)
{
    const QString box = folder == QLatin1String("INBOX") ? m_dir.filePath(QStringLiteral("mail"))
                                                         : m_dir.filePath(QStringLiteral("mail/.") + folder);
    const QString name = QStringLiteral("%1.M%1.test").arg(1000 + ++m_delivered);
    QFile file(box + QStringLiteral("/tmp/") + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
        return false;
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    return QDir().rename(box + QStringLiteral("/tmp/") + name, box + QStringLiteral("/new/") + name);
}

} // namespace cm::test
