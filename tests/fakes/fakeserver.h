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
    // Cut off: the status line and headers go out with the whole body's Content-Length, then only the first
    // `cutOffAt` bytes of the body, and the connection ends: closed in order, or reset (`reset`) a moment later, as
    // a connection that drops mid-body. -1: the whole answer.
    int cutOffAt = -1;
    bool reset = false;
    // For scriptOn(): the route runs (the provider acts: records, sends), and then its own answer hangs or is cut
    // off as this reply says: an answer lost on the way back.
    bool afterRoute = false;

    static FakeReply json(const QJsonValue &value, int status = 200);
    static FakeReply text(const QByteArray &body, int status, const QByteArray &contentType = "text/plain");
    static FakeReply hanging();
    // The route's answer lost after it acted: never sent (`hang`), or cut off after `cutOffAt` bytes.
    static FakeReply lostAfterRoute(bool hang, int cutOffAt = -1);
    // `reply` cut off after `bytes` bytes of its body (see cutOffAt), the connection closed or reset.
    static FakeReply cutOff(FakeReply reply, int bytes, bool reset = false);
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
    // The request to `path` that comes after the next `skip` ones to it gets `reply` instead of its route's answer
    // (request k of a batch fails, those before it are answered by the route). Taken before script()'s replies.
    void scriptOn(const QString &path, const FakeReply &reply, int skip = 0);
    const QList<RecordedRequest> &requests() const { return m_requests; }
    // Whether requests() keeps every request (on by default); a benchmark sending a million messages turns it off.
    void setKeepRequests(bool keep) { m_keepRequests = keep; }
    // Every answer from now on waits this long (a slow provider), after its route has run.
    void setAnswerDelay(int ms) { m_answerDelayMs = ms; }

signals:
    void requestReceived(const QString &path); // before its route runs
    void requestAnswered(const QString &path); // after its answer was written

private:
    void answer(const std::shared_ptr<QHttpServerResponder> &responder, const FakeReply &reply);
    bool takeScriptOn(const QString &path, FakeReply *reply);

    QHttpServer m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_answerDelayMs = 0;
    bool m_keepRequests = true;
    QHash<QString, Handler> m_routes; // "POST /send/message"
    QList<std::tuple<QByteArray, QRegularExpression, Handler>> m_patterns;
    QList<FakeReply> m_scripted;
    struct PathScript
    {
        QString path;
        int skip = 0;
        FakeReply reply;
    };
    QList<PathScript> m_pathScripted;
    QList<RecordedRequest> m_requests;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held; // hanging requests, released with the server
};

} // namespace cm::test

Q_DECLARE_METATYPE(cm::test::FakeReply) // a column of data-driven tests
