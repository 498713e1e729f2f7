// The HTTP client every adapter uses, against a loopback fake server that fails on demand.
#include "app/services/logging.h"
#include "fakes/fakeserver.h"
#include "providers/http/httpclient.h"
#include "providers/providersession.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cm;
using test::FakeReply;

namespace {

struct Outcome
{
    bool finished = false;
    HttpResponse response;
    std::optional<ProviderError> error;
    int attempts = 0;
};

Outcome run(HttpClient &client, const HttpRequest &request, int timeoutMs = 10000, HttpJob **started = nullptr)
{
    Outcome outcome;
    HttpJob *job = client.send(request);
    if (started)
        *started = job;
    QObject::connect(job, &HttpJob::finished, job, [&outcome, job] {
        outcome.finished = true;
        outcome.response = job->response();
        if (job->hasError())
            outcome.error = job->error();
        outcome.attempts = job->attempts();
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs); // the caller checks .finished
    return outcome;
}

// Turns the HTTP client's debug log on whatever QT_LOGGING_RULES says (ctest sets it).
QLoggingCategory::CategoryFilter previousFilter = nullptr;
void httpDebugOn(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "cm.providers.http") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

HttpClient::Options fastOptions(const QString &baseUrl)
{
    HttpClient::Options o;
    o.baseUrl = baseUrl;
    o.timeoutMs = 2000;
    o.backoffMs = 20;
    o.maxRetries = 2;
    return o;
}

HttpRequest get(const QString &path, bool retrySafe = true)
{
    HttpRequest r;
    r.path = path;
    r.retrySafe = retrySafe;
    return r;
}

HttpRequest post(const QString &path, const QByteArray &body)
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.contentType = "application/json";
    return r; // a send: not retry-safe
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<test::FakeServer> m_server;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<test::FakeServer>();
        QVERIFY(m_server->start());
        m_server->on("GET", QStringLiteral("/ping"), [](const test::RecordedRequest &) {
            return FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}});
        });
        m_server->on("POST", QStringLiteral("/send"), [](const test::RecordedRequest &r) {
            return FakeReply::json(QJsonObject {{QStringLiteral("echo"), QString::fromUtf8(r.body)}});
        });
    }

    void get_returnsTheBodyAndIdentifiesTheApp()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        HttpRequest request = get(QStringLiteral("/ping"));
        request.query.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
        const Outcome o = run(client, request);
        QVERIFY(o.finished);
        QVERIFY(!o.error);
        QCOMPARE(o.response.status, 200);
        QVERIFY(o.response.body.contains("OK"));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_server->requests().first().header("User-Agent").startsWith("CampaignManager/"));
        QCOMPARE(m_server->requests().first().query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    }

    void authHook_addsCredentialsInOnePlace_andTheLogNeverShowsThem()
    {
        QTemporaryDir dir;
        const QString logFile = dir.filePath(QStringLiteral("http.log"));
        installLogging(logFile);
        previousFilter = QLoggingCategory::installFilter(httpDebugOn);
        const QByteArray key = "AK-7f3e9c21d4b8";
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()),
                          [key](QNetworkRequest &request, QByteArray &body) {
                              request.setRawHeader("AuthKey", key);
                              body.replace("{", QByteArray("{\"AuthKey\":\"" + key + "\","));
                          });
        const Outcome o = run(client, post(QStringLiteral("/send"), R"({"Recipient":"+905321234567"})"));
        QVERIFY(!o.error);
        const test::RecordedRequest &seen = m_server->requests().first();
        QCOMPARE(seen.header("AuthKey"), key);
        QVERIFY(seen.body.contains(QByteArray("\"AuthKey\":\"" + key + "\"")));
        QLoggingCategory::installFilter(previousFilter);
        qInstallMessageHandler(nullptr);
        const QByteArray log = test::fileBytes(logFile);
        QVERIFY(log.contains("/send"));    // the request was logged…
        QVERIFY(!log.contains(key));       // …without the key…
        QVERIFY(!log.contains("5321234")); // …or the phone number
    }

    void serverError_isRetriedWhenTheRequestIsSafeToRepeat()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(FakeReply::text("<html><body>Bad gateway</body></html>", 502, "text/html"), 2);
        const Outcome o = run(client, get(QStringLiteral("/ping")));
        QVERIFY(!o.error);
        QCOMPARE(o.attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void serverError_isNeverRetriedForASend()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(FakeReply::text("<html>Internal Server Error</html>", 500, "text/html"));
        const Outcome o = run(client, post(QStringLiteral("/send"), "{}"));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Transient);
        QVERIFY(!o.error->retrySafe);
        QCOMPARE(o.error->code, QStringLiteral("500"));
        QCOMPARE(o.attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void tooManyRequests_waitsForRetryAfter_evenForASend()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        FakeReply busy = FakeReply::json(QJsonObject {{QStringLiteral("error"), QStringLiteral("rate limit")}}, 429);
        busy.headers = {{"Retry-After", "1"}};
        m_server->script(busy);
        QElapsedTimer timer;
        timer.start();
        const Outcome o = run(client, post(QStringLiteral("/send"), "{}"));
        QVERIFY(!o.error);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(o.attempts, 2);
    }

    void tooLongRetryAfter_isReportedNotWaitedFor()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        FakeReply busy = FakeReply::text("slow down", 429);
        busy.headers = {{"Retry-After", "3600"}};
        m_server->script(busy);
        const Outcome o = run(client, get(QStringLiteral("/ping")));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::RateLimited);
        QCOMPARE(o.error->retryAfterSeconds, 3600);
        QVERIFY(o.error->describe(QStringLiteral("Outbox TR")).contains(QStringLiteral("3600")));
        QCOMPARE(o.attempts, 1);
    }

    void timeout_ofASend_saysItMayHaveArrived()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(FakeReply::hanging());
        HttpRequest request = post(QStringLiteral("/send"), "{}");
        request.timeoutMs = 300;
        const Outcome o = run(client, request);
        QVERIFY(o.finished);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Transient);
        QCOMPARE(o.error->code, QStringLiteral("timeout"));
        QVERIFY(!o.error->retrySafe);
        QVERIFY(o.error->message.contains(QStringLiteral("may have received")));
        QCOMPARE(o.attempts, 1);
    }

    void timeout_ofARead_isRetried()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(FakeReply::hanging());
        HttpRequest request = get(QStringLiteral("/ping"));
        request.timeoutMs = 300;
        const Outcome o = run(client, request);
        QVERIFY(!o.error);
        QCOMPARE(o.attempts, 2);
    }

    void delayedAnswer_withinTheTimeout_isFine()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        FakeReply slow = FakeReply::json(QJsonObject {{QStringLiteral("ok"), true}});
        slow.delayMs = 200;
        m_server->script(slow);
        const Outcome o = run(client, post(QStringLiteral("/send"), "{}"));
        QVERIFY(!o.error);
        QCOMPARE(o.attempts, 1);
    }

    void unauthorized_isAnAuthErrorAndNotRetried()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(
                FakeReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Auth Key")}}, 403));
        const Outcome o = run(client, get(QStringLiteral("/ping")));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Auth);
        QVERIFY(o.error->message.contains(QStringLiteral("Invalid Auth Key")));
        QCOMPARE(o.attempts, 1);
    }

    void clientError_isAValidationError()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        const Outcome o = run(client, get(QStringLiteral("/nowhere")));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Validation);
        QCOMPARE(o.error->code, QStringLiteral("404"));
    }

    void baseUrlThatIsNotAServer_isATransientErrorNotRetriedForASend()
    {
        QTcpServer closed; // take a free port, then close it: nobody listens there
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpClient client(&m_network, fastOptions(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const Outcome o = run(client, post(QStringLiteral("/send"), "{}"));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Transient);
        QCOMPARE(o.error->code, QStringLiteral("network"));
        QCOMPARE(o.attempts, 1);
    }

    void plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent()
    {
        HttpClient client(&m_network, fastOptions(QStringLiteral("http://api.example.com")));
        const Outcome o = run(client, get(QStringLiteral("/ping")));
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Validation);
        QVERIFY(o.error->message.contains(QStringLiteral("https")));
        QCOMPARE(o.attempts, 0);
    }

    void tlsFailure_isPermanentAndNamesTheCertificate()
    {
        // An https server whose certificate nobody trusts: the handshake fails, nothing ignores that, and the
        // request never reaches the server.
        test::FakeServer tls;
        QVERIFY(tls.startUntrustedTls());
        HttpClient client(&m_network, fastOptions(tls.baseUrl()));
        const Outcome o = run(client, get(QStringLiteral("/ping")));
        QVERIFY(o.error);
        QCOMPARE(o.error->code, QStringLiteral("tls"));
        QCOMPARE(o.error->kind, ProviderError::Kind::Permanent);
        QVERIFY(!o.error->retrySafe);
        QCOMPARE(o.attempts, 1);
        QVERIFY(tls.requests().isEmpty());
    }

    void rateLimit_spacesRequestsOut()
    {
        HttpClient::Options options = fastOptions(m_server->baseUrl());
        options.requestsPerSecond = 20; // one every 50 ms
        HttpClient client(&m_network, options);
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        for (int i = 0; i < 6; ++i) {
            HttpJob *job = client.send(get(QStringLiteral("/ping")));
            connect(job, &HttpJob::finished, this, [&done] { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 5000);
        QVERIFY2(timer.elapsed() >= 240, qPrintable(QString::number(timer.elapsed())));
    }

    // The rate is the account's, not one operation's: two clients of one session (two operations of one account at
    // once) share the pace; clients of two sessions (two accounts) do not wait for each other.
    void rateLimit_isPerAccountSession_acrossOperations()
    {
        HttpClient::Options options = fastOptions(m_server->baseUrl());
        options.requestsPerSecond = 10; // one every 100 ms
        ProviderSessions sessions;
        auto runPair = [&](ProviderSession *first, ProviderSession *second) {
            HttpClient::Options a = options, b = options;
            a.pace = first->pace();
            b.pace = second->pace();
            HttpClient one(first->network(), a), two(second->network(), b);
            QElapsedTimer timer;
            timer.start();
            int done = 0;
            for (int i = 0; i < 3; ++i) {
                for (HttpClient *client : {&one, &two})
                    connect(client->send(get(QStringLiteral("/ping"))), &HttpJob::finished, this, [&done] { ++done; });
            }
            if (!QTest::qWaitFor([&done] { return done == 6; }, 5000))
                return qint64(-1);
            return timer.elapsed();
        };
        ProviderSession *account1 = sessions.forAccount(1);
        QCOMPARE(sessions.forAccount(1), account1); // one session an account, for the whole process
        const qint64 shared = runPair(account1, account1);
        QVERIFY2(shared >= 480, qPrintable(QString::number(shared))); // six requests at one pace: 5 × 100 ms
        const qint64 apart = runPair(sessions.forAccount(2), sessions.forAccount(3));
        QVERIFY2(apart >= 0 && apart < 450, qPrintable(QString::number(apart))); // two paces: 2 × 100 ms each
    }

    // A redirect to another server (another port is another origin) is never followed: that server receives
    // nothing, and the credentials the auth hook adds never reach it.
    void redirectToAnotherOrigin_isNotFollowed_andTheOtherServerHearsNothing()
    {
        test::FakeServer elsewhere;
        QVERIFY(elsewhere.start());
        elsewhere.on("GET", QStringLiteral("/steal"), [](const test::RecordedRequest &) {
            return FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}});
        });
        const QByteArray target = (elsewhere.baseUrl() + QStringLiteral("/steal")).toUtf8();
        m_server->on("GET", QStringLiteral("/moved"), [target](const test::RecordedRequest &) {
            FakeReply r = FakeReply::text({}, 302);
            r.headers.append({QByteArray("Location"), target});
            return r;
        });
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()),
                          [](QNetworkRequest &request, QByteArray &) { request.setRawHeader("X-Key", "secret"); });
        HttpJob *job = client.send(get(QStringLiteral("/moved")));
        QSignalSpy done(job, &HttpJob::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().code, QStringLiteral("redirect"));
        QVERIFY2(job->error().message.contains(elsewhere.baseUrl()), qPrintable(job->error().message));
        QVERIFY(elsewhere.requests().isEmpty());
    }

    // On the same server a read may follow a redirect (with its credentials); a write never does, and a send
    // that was redirected is reported as possibly received, not as refused.
    void redirectOnTheSameServer_isFollowedForReads_neverForWrites()
    {
        m_server->on("GET", QStringLiteral("/old"), [](const test::RecordedRequest &) {
            FakeReply r = FakeReply::text({}, 301);
            r.headers.append({QByteArray("Location"), QByteArray("/ping")});
            return r;
        });
        m_server->on("POST", QStringLiteral("/old-send"), [](const test::RecordedRequest &) {
            FakeReply r = FakeReply::text({}, 303);
            r.headers.append({QByteArray("Location"), QByteArray("/ping")});
            return r;
        });
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()),
                          [](QNetworkRequest &request, QByteArray &) { request.setRawHeader("X-Key", "secret"); });
        HttpJob *read = client.send(get(QStringLiteral("/old")));
        QSignalSpy readDone(read, &HttpJob::finished);
        QVERIFY(readDone.wait(5000));
        QVERIFY2(!read->hasError(), qPrintable(read->error().message));
        QCOMPARE(m_server->requests().constLast().path, QStringLiteral("/ping"));
        QCOMPARE(m_server->requests().constLast().header("X-Key"), QByteArray("secret"));

        const qsizetype before = m_server->requests().size();
        HttpJob *send = client.send(post(QStringLiteral("/old-send"), "{}"));
        QSignalSpy sendDone(send, &HttpJob::finished);
        QVERIFY(sendDone.wait(5000));
        QVERIFY(send->hasError());
        QCOMPARE(send->error().code, QStringLiteral("redirect"));
        QCOMPARE(send->error().kind, ProviderError::Kind::Transient); // it may have been received
        QVERIFY(!send->error().retrySafe);
        QCOMPARE(m_server->requests().size(), before + 1); // the POST only: the redirect was not followed
    }

    // An answer larger than the request allows is cut off and reported; for a send that means it may have been
    // received (the provider did answer), never refused.
    void oversizedAnswer_isCutOff_andASendStaysAmbiguous()
    {
        m_server->on("GET", QStringLiteral("/big"),
                     [](const test::RecordedRequest &) { return FakeReply::text(QByteArray(300 * 1024, 'x'), 200); });
        m_server->on("POST", QStringLiteral("/big-send"),
                     [](const test::RecordedRequest &) { return FakeReply::text(QByteArray(300 * 1024, 'x'), 200); });
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        HttpRequest read = get(QStringLiteral("/big"));
        read.maxResponseBytes = 64 * 1024;
        HttpJob *job = client.send(read);
        QSignalSpy done(job, &HttpJob::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().code, QStringLiteral("too-large"));
        QCOMPARE(job->error().kind, ProviderError::Kind::Permanent);

        HttpRequest send = post(QStringLiteral("/big-send"), "{}");
        send.maxResponseBytes = 64 * 1024;
        HttpJob *sent = client.send(send);
        QSignalSpy sentDone(sent, &HttpJob::finished);
        QVERIFY(sentDone.wait(5000));
        QVERIFY(sent->hasError());
        QCOMPARE(sent->error().code, QStringLiteral("too-large"));
        QCOMPARE(sent->error().kind, ProviderError::Kind::Transient);
        QVERIFY(!sent->error().retrySafe);

        HttpJob *fine = client.send(get(QStringLiteral("/big"))); // within the default cap
        QSignalSpy fineDone(fine, &HttpJob::finished);
        QVERIFY(fineDone.wait(5000));
        QVERIFY(!fine->hasError());
        QCOMPARE(fine->response().body.size(), 300 * 1024);
    }

    // A 2xx whose body stops short of its Content-Length (the connection closed, or dropped mid-body): the provider
    // had the request, so a send stays ambiguous and its partial body is no answer; a read is asked again.
    void cutOffAnswer_ofASendIsAmbiguous_andAReadIsAskedAgain_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("closed") << false;
        QTest::newRow("dropped") << true;
    }

    void cutOffAnswer_ofASendIsAmbiguous_andAReadIsAskedAgain()
    {
        QFETCH(bool, reset);
        const FakeReply whole = FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                                                             {QStringLiteral("id"), QStringLiteral("abcdef")}});
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(FakeReply::cutOff(whole, 10, reset));
        const Outcome sent = run(client, post(QStringLiteral("/send"), "{}"));
        QVERIFY(sent.error);
        QCOMPARE(sent.error->kind, ProviderError::Kind::Transient);
        QVERIFY(!sent.error->retrySafe);
        QCOMPARE(sent.attempts, 1);
        QVERIFY(sent.response.body.isEmpty()); // nothing for an adapter to read as a verdict

        m_server->script(FakeReply::cutOff(whole, 10, reset));
        const Outcome read = run(client, get(QStringLiteral("/ping")));
        QVERIFY(!read.error);
        QCOMPARE(read.attempts, 2);
        QCOMPARE(read.response.body, QByteArray(R"({"status":"OK"})"));
    }

    void abort_finishesAtOnceAsCancelled()
    {
        HttpClient client(&m_network, fastOptions(m_server->baseUrl()));
        m_server->script(FakeReply::hanging());
        HttpJob *job = nullptr;
        QTimer::singleShot(100, this, [&job] {
            if (job)
                job->abort();
        });
        const Outcome o = run(client, get(QStringLiteral("/ping")), 1500, &job);
        QVERIFY(o.finished);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ProviderError::Kind::Cancelled);
    }

    void retryAfter_readsSecondsAndDates()
    {
        const QDateTime now(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        QCOMPARE(HttpClient::retryAfterSeconds("120", now), 120);
        QCOMPARE(HttpClient::retryAfterSeconds(" 0 ", now), 0);
        QCOMPARE(HttpClient::retryAfterSeconds("Mon, 16 Mar 2026 12:01:30 GMT", now), 90);
        QCOMPARE(HttpClient::retryAfterSeconds("soon", now), -1);
        QCOMPARE(HttpClient::retryAfterSeconds("", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
