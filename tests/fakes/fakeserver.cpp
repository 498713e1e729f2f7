#include "fakeserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace cm::test {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}
} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeReply FakeReply::json(const QJsonValue &value, int status)
{
    FakeReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

FakeReply FakeReply::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    FakeReply reply;
    reply.status = status;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

FakeReply FakeReply::lostAfterRoute(bool hang, int cutOffAt)
{
    FakeReply reply;
    reply.afterRoute = true;
    reply.hang = hang;
    reply.cutOffAt = cutOffAt;
    return reply;
}

FakeReply FakeReply::hanging()
{
    FakeReply reply;
    reply.hang = true;
    return reply;
}

FakeReply FakeReply::cutOff(FakeReply reply, int bytes, bool reset)
{
    reply.cutOffAt = qBound(0, bytes, int(reply.body.size()));
    reply.reset = reset;
    return reply;
}

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        RecordedRequest recorded {methodName(request.method()),
                                  request.url().path(),
                                  QUrlQuery(request.url()),
                                  request.body(),
                                  request.headers(),
                                  {},
                                  request.url().path(QUrl::FullyEncoded).toUtf8()};
        if (m_keepRequests)
            m_requests.append(recorded);
        emit requestReceived(recorded.path); // before the route: a test may kill its client here
        FakeReply reply;
        FakeReply fault; // scriptOn()'s, for the route's own answer (afterRoute)
        bool faulty = takeScriptOn(recorded.path, &fault);
        if (faulty && !fault.afterRoute) {
            reply = fault; // scriptOn()'s answer for this request, instead of the route's
            faulty = false;
        } else if (!faulty && !m_scripted.isEmpty()) {
            reply = m_scripted.takeFirst();
        } else if (const Handler handler
                   = m_routes.value(QString::fromLatin1(recorded.method) + QLatin1Char(' ') + recorded.path)) {
            reply = handler(recorded);
        } else {
            reply = FakeReply::text("no such route", 404);
            for (const auto &[method, pattern, handler] : m_patterns) {
                const QRegularExpressionMatch match = pattern.match(recorded.path);
                if (method == recorded.method && match.hasMatch()) {
                    recorded.captures = match.capturedTexts().mid(1);
                    reply = handler(recorded);
                    break;
                }
            }
        }
        if (faulty) { // the route acted (recorded, sent); its answer goes wrong on the way back
            reply.hang = fault.hang;
            reply.cutOffAt = fault.cutOffAt < 0 ? -1 : qBound(0, fault.cutOffAt, int(reply.body.size()));
            reply.reset = fault.reset;
            reply.delayMs = qMax(reply.delayMs, fault.delayMs);
        }
        reply.delayMs = qMax(reply.delayMs, m_answerDelayMs);
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        if (reply.hang) {
            m_held.push_back(shared);
        } else if (reply.delayMs > 0) {
            // A client that went meanwhile (killed, timed out) gets nothing: its socket may be gone.
            QTimer::singleShot(
                    reply.delayMs, this,
                    [this, shared, reply, path = recorded.path, socket = QPointer<QTcpSocket>(shared->socket())] {
                        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                            answer(shared, reply);
                            emit requestAnswered(path);
                        }
                    });
        } else {
            answer(shared, reply);
            emit requestAnswered(recorded.path);
        }
    });
}

FakeServer::~FakeServer() = default;

bool FakeServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

bool FakeServer::startUntrustedTls()
{
    QFile cert(QStringLiteral(CM_FAKES_DIR "/selfsigned.crt"));
    QFile key(QStringLiteral(CM_FAKES_DIR "/selfsigned.key"));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_server.sslSetup(QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Rsa));
    m_tls = true;
    return start();
}

QString FakeServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(m_port);
}

void FakeServer::on(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(QString::fromLatin1(method) + QLatin1Char(' ') + path, std::move(handler));
}

void FakeServer::onPattern(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_patterns.append({method, QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')), std::move(handler)});
}

void FakeServer::script(const FakeReply &reply, int times)
{
    for (int i = 0; i < times; ++i)
        m_scripted.append(reply);
}

void FakeServer::scriptOn(const QString &path, const FakeReply &reply, int skip)
{
    m_pathScripted.append({path, skip, reply});
}

bool FakeServer::takeScriptOn(const QString &path, FakeReply *reply)
{
    const auto it = std::find_if(m_pathScripted.begin(), m_pathScripted.end(),
                                 [&path](const PathScript &s) { return s.path == path; });
    if (it == m_pathScripted.end())
        return false;
    if (it->skip > 0) {
        --it->skip;
        return false;
    }
    *reply = it->reply;
    m_pathScripted.erase(it);
    return true;
}

void FakeServer::answer(const std::shared_ptr<QHttpServerResponder> &responder, const FakeReply &reply)
{
    responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder->writeHeader("Content-Type", reply.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[key, value] : reply.headers)
        responder->writeHeader(key, value);
    if (reply.cutOffAt < 0)
        return responder->writeBody(reply.body);
    // Less than Content-Length said, then the connection ends.
    responder->writeBody(reply.body.left(reply.cutOffAt));
    QTcpSocket *socket = responder->socket();
    socket->flush();
    if (!reply.reset)
        return socket->disconnectFromHost();
    // Reset a moment later, once the client has read what came: the connection dropped mid-body.
    QTimer::singleShot(50, socket, [socket] { socket->abort(); });
}

} // namespace cm::test
