// The loopback SMTP server of the tests (fakes/smtp/smtpfake.py, on aiosmtpd), started and read from C++: every
// message it took, on which connection, and a fault script it reads before each RCPT and DATA.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace cm::test {

class SmtpServer
{
public:
    SmtpServer();
    ~SmtpServer();

    // `user` and `password`: a login required; `tls`: TLS from the first byte with a certificate nobody trusts.
    bool start(const QString &user = {}, const QString &password = {}, bool implicitTls = false);
    int port() const { return m_port; }
    QString url() const; // smtp://127.0.0.1:port (smtps:// with implicit TLS)

    void setScript(const QJsonObject &script); // see smtpfake.py: rcpt, data, drop_after_data, drop_before_data
    QList<QJsonObject> messages() const;       // the log's message entries, in order
    int connections() const;
    QByteArray message(int n) const; // the n-th message (1-based) as the server received it

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    bool m_tls = false;
};

} // namespace cm::test
