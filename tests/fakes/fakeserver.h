// A loopback HTTP server for the provider tests (Qt HttpServer). Routes answer like the provider; script() makes
// the next requests fail on demand: hang, delay, 429 with Retry-After, 5xx, or any documented error body.
#pragma once

#include <QHttpServer>
#include <QJsonValue>
#include <QObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

class QHttpServerResponder;

namespace cm::test {

struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList captures;                            // what a pattern route's groups matched
    QByteArray rawPath;                              // the path as it came on the wire (percent-encoding kept)
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

struct FakeReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool hang = false; // never answer

    static FakeReply json(const QJsonValue &value, int status = 200);
    static FakeReply text(const QByteArray &body, int status, const QByteArray &contentType = "text/plain");
    static FakeReply hanging();
};

class FakeServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeReply(const RecordedRequest &request)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool start(); // on 127.0.0.1, a free port
    // HTTPS with a self-signed certificate that nothing trusts: for testing that TLS errors are never ignored.
    bool startUntrustedTls();
    QString baseUrl() const;

    void on(const QByteArray &method, const QString &path, Handler handler);
    // A route for paths matching a regular expression (anchored); its groups arrive in request.captures.
    void onPattern(const QByteArray &method, const QString &pattern, Handler handler);
    // The next `times` requests, whatever their path, get `reply` instead of their route's answer.
    void script(const FakeReply &reply, int times = 1);
    const QList<RecordedRequest> &requests() const { return m_requests; }

signals:
    void requestReceived(const QString &path); // before its route runs
    void requestAnswered(const QString &path); // after its answer was written

private:
    void answer(const std::shared_ptr<QHttpServerResponder> &responder, const FakeReply &reply);

    QHttpServer m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QHash<QString, Handler> m_routes; // "POST /send/message"
    QList<std::tuple<QByteArray, QRegularExpression, Handler>> m_patterns;
    QList<FakeReply> m_scripted;
    QList<RecordedRequest> m_requests;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held; // hanging requests, released with the server
};

} // namespace cm::test
