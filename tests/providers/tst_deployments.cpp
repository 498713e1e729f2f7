// The Deployments adapter: parse functions on the spec's bodies, then every operation against the loopback fake.
#include "fakes/deploymentsfake.h"
#include "providers/deployments/deploymentsparse.h"
#include "providers/deployments/deploymentsprovider.h"
#include "providers/providerregistry.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cm;

namespace {
const QByteArray token = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b";
const QTimeZone johannesburg("Africa/Johannesburg");
} // namespace

class TestDeployments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DeploymentsFake> m_fake;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<Provider> provider(const QJsonObject &settings = {},
                                       const QString &secret = QString::fromUtf8(token))
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        Account a {3, QStringLiteral("SA SMS"), QStringLiteral("deployments"), m_fake->baseUrl(), {}, settings, {}};
        return std::unique_ptr<Provider>(registry.create(a, secret));
    }

    // Messages m0, m1, … to +27815854560, +27815854561, …
    static SendRequest smsTo(int count)
    {
        SendRequest request;
        for (int i = 0; i < count; ++i)
            request.messages.append({QStringLiteral("m%1").arg(i),
                                     QStringLiteral("+2781585456%1").arg(i),
                                     {},
                                     QStringLiteral("Morning Colony %1").arg(i),
                                     {}});
        return request;
    }

    // The outcome of m0, m1, … : Accepted, Unknown, Failed, or - where the result does not mention it.
    static QString states(const SendResult &result, int count)
    {
        QString states(count, QLatin1Char('-'));
        for (const MessageOutcome &o : result.outcomes)
            states[o.clientKey.mid(1).toInt()] = o.accepted ? QLatin1Char('A')
                    : o.unknown                             ? QLatin1Char('U')
                                                            : QLatin1Char('F');
        return states;
    }

    int sends(const QString &path) const
    {
        const auto &requests = m_fake->requests();
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [&path](const test::RecordedRequest &r) { return r.path == path; }));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fake = std::make_unique<test::DeploymentsFake>(token);
        QVERIFY(m_fake->start());
        m_clock = std::make_unique<ManualClock>(test::testNow());
    }

    // --- parse functions

    void parse_pagesBareArraysAndEnvelopes()
    {
        QUrl next;
        QCOMPARE(deployments::pageResults(R"([{"id": 1}, {"id": 2}])", &next).size(), 2);
        QVERIFY(next.isEmpty());
        const QJsonArray page = deployments::pageResults(
                R"({"count": 231, "next": "https://h/api/contact-lists/?page=3", "previous": null, "results": [{"id": 12}]})",
                &next);
        QCOMPARE(page.size(), 1);
        QCOMPARE(next, QUrl(QStringLiteral("https://h/api/contact-lists/?page=3")));
    }

    void parse_drfErrorsBecomeOneSentence()
    {
        QCOMPARE(deployments::errorText(R"({"detail": "Invalid token."})"), QStringLiteral("Invalid token."));
        QCOMPARE(deployments::errorText(R"({"title": ["This field is required."]})"),
                 QStringLiteral("title: This field is required."));
        QCOMPARE(deployments::errorText(R"([{}, {"destination": ["Enter a valid number."]}])"),
                 QStringLiteral("#2 destination: Enter a valid number."));
        QVERIFY(deployments::errorText("<html><h1>Server Error (500)</h1></html>")
                        .startsWith(QStringLiteral("unexpected")));
    }

    void parse_datesAndNumbers()
    {
        QCOMPARE(deployments::parseDateTime(QStringLiteral("2024-05-10T08:00:00.123456Z"), johannesburg),
                 QDateTime(QDate(2024, 5, 10), QTime(8, 0, 0, 123), Qt::UTC));
        QCOMPARE(deployments::parseDateTime(QStringLiteral("2024-05-10T10:00:00+02:00"), johannesburg),
                 QDateTime(QDate(2024, 5, 10), QTime(8, 0), Qt::UTC));
        QCOMPARE(deployments::parseDateTime(QStringLiteral("2024-05-10T10:00:00"), johannesburg),
                 QDateTime(QDate(2024, 5, 10), QTime(8, 0), Qt::UTC)); // naive: the provider's zone
        QVERIFY(!deployments::parseDateTime(QJsonValue(), johannesburg).isValid());
        QCOMPARE(deployments::destination(QStringLiteral("+27815854565")), QStringLiteral("27815854565"));
        QVERIFY(deployments::destination(QStringLiteral("0815854565")).isEmpty());
        QCOMPARE(deployments::documentedCredits(QString(161, QLatin1Char('a'))), 2);
    }

    void parse_documentedSchemas()
    {
        const QJsonObject d = QJsonDocument::fromJson(R"({"id": 501, "title": "May promo", "status": 2,
            "total_credits": 2400, "total_contacts": 1200, "send_date": "2024-05-10T08:00:00Z"})")
                                      .object();
        const RemoteCampaign campaign = deployments::deployment(d, johannesburg);
        QCOMPARE(campaign.id, QStringLiteral("501"));
        QCOMPARE(campaign.recipients, 1200);
        QCOMPARE(campaign.cost, 2400.0);
        QCOMPARE(campaign.state, QStringLiteral("2")); // undocumented codes are shown raw
        const QJsonObject o = QJsonDocument::fromJson(R"({"id": 77, "originator": "27815854565", "reason": "STOP",
            "date_opted_out": "2024-05-10T08:15:00Z", "date_overwritten": null})")
                                      .object();
        const OptOut optOut = deployments::optOut(o, johannesburg);
        QCOMPARE(optOut.address, QStringLiteral("+27815854565"));
        QVERIFY(optOut.active);
    }

    // --- the wire

    void verify_tokenAuth_andItsFailures()
    {
        const auto ok = test::waitFor(provider()->verify());
        QVERIFY2(ok.ok, qPrintable(ok.error.message));
        QCOMPARE(m_fake->requests().first().header("Authorization"), "Token " + token);
        QCOMPARE(m_fake->requests().first().path, QStringLiteral("/api/contact-lists/"));

        const auto wrong = test::waitFor(provider({}, QStringLiteral("wrong"))->verify());
        QCOMPARE(wrong.error.kind, ProviderError::Kind::Auth);
        QCOMPARE(wrong.error.message, QStringLiteral("Invalid token."));

        // A wrong path prefix: the 404 names the path tried.
        const auto lost = test::waitFor(provider({{QStringLiteral("path_prefix"), QStringLiteral("/v2")}})->verify());
        QCOMPARE(lost.error.code, QStringLiteral("404"));
        QVERIFY(lost.error.message.contains(QStringLiteral("/v2/contact-lists/")));
    }

    void otherAuthSchemes_andPaths_areSettings()
    {
        // Basic and query auth reach the server in their own form (the fake only accepts the token, so: 401).
        test::waitFor(provider({{QStringLiteral("auth_scheme"), QStringLiteral("basic")}})->verify());
        QVERIFY(m_fake->requests().last().header("Authorization").startsWith("Basic "));
        test::waitFor(provider({{QStringLiteral("auth_scheme"), QStringLiteral("query")}})->verify());
        QCOMPARE(m_fake->requests().last().query.queryItemValue(QStringLiteral("token")), QString::fromUtf8(token));
        // A renamed path.
        const auto renamed = test::waitFor(
                provider({{QStringLiteral("paths"),
                           QJsonObject {{QStringLiteral("contact_lists.list"), QStringLiteral("/lists/")}}}})
                        ->verify());
        QVERIFY(!renamed.ok);
        QCOMPARE(m_fake->requests().last().path, QStringLiteral("/api/lists/"));
    }

    void lists_createAndListAcrossPages()
    {
        auto p = provider({{QStringLiteral("page_size"), 2}});
        for (const char *name : {"VIP", "Cape Town", "Durban", "Soweto", "Pretoria"})
            QVERIFY(test::waitFor(p->createGroup(QLatin1String(name))).ok);
        const int before = int(m_fake->requests().size());
        const auto listed = test::waitFor(p->listGroups());
        QVERIFY2(listed.ok, qPrintable(listed.error.message));
        QCOMPARE(listed.value.value<QList<RemoteGroup>>().size(), 5);
        QCOMPARE(int(m_fake->requests().size()) - before, 3); // followed "next" twice
        const auto blank = test::waitFor(p->createGroup(QStringLiteral(" ")));
        QCOMPARE(blank.error.kind, ProviderError::Kind::Validation);
        QCOMPARE(blank.error.message, QStringLiteral("title: This field is required."));
    }

    void contacts_pushInBatchesAndPullBack()
    {
        auto p = provider({{QStringLiteral("bulk_size"), 40}, {QStringLiteral("page_size"), 30}});
        const QString listId = test::waitFor(p->createGroup(QStringLiteral("Jo'burg"))).value.value<RemoteGroup>().id;
        QList<Contact> contacts;
        for (int i = 0; i < 100; ++i)
            contacts.append(Contact {0,
                                     0,
                                     QStringLiteral("t%1@example.com").arg(i),
                                     QStringLiteral("+2772%1").arg(1000000 + i),
                                     QStringLiteral("Thabo"),
                                     QStringLiteral("Nkosi"),
                                     {},
                                     QStringLiteral("ZA"),
                                     {},
                                     {}});
        contacts.append(Contact {0, 0, QStringLiteral("nophone@example.com"), {}, {}, {}, {}, {}, {}, {}});
        const int before = int(m_fake->requests().size());
        const auto pushed = test::waitFor(p->pushContacts(listId, contacts));
        QVERIFY2(pushed.ok, qPrintable(pushed.error.message));
        QCOMPARE(pushed.value.toInt(), 100);                  // no number, no SMS contact
        QCOMPARE(int(m_fake->requests().size()) - before, 3); // 40 + 40 + 20
        QCOMPARE(QJsonDocument::fromJson(m_fake->requests().at(before).body).array().first()[QStringLiteral("msisdn")],
                 QJsonValue(QStringLiteral("27721000000")));
        const auto pulled = test::waitFor(p->pullContacts(listId));
        QVERIFY(pulled.ok);
        const QList<Contact> back = pulled.value.value<QList<Contact>>();
        QCOMPARE(back.size(), 100);
        QCOMPARE(back.first().phone, QStringLiteral("+27721000000"));
        QCOMPARE(back.first().fields.value(QStringLiteral("loyalty")).toString(), QStringLiteral("gold"));
        QCOMPARE(test::waitFor(p->pullContacts(QStringLiteral("999"))).error.code, QStringLiteral("404"));
    }

    void send_singleAndBulk_neverRetried()
    {
        auto p = provider({{QStringLiteral("campaign_pk"), 44}, {QStringLiteral("bulk_size"), 2}});
        SendRequest one;
        one.messages = {{QStringLiteral("k1"), QStringLiteral("+27815854565"), {}, QStringLiteral("Hi Colony"), {}}};
        const auto single = test::waitFor(p->send(one));
        QVERIFY2(single.ok, qPrintable(single.error.message));
        // The send, then the deployment linked to campaign 44 is looked up (none is): its stats report the send.
        const auto requests = m_fake->requests();
        QCOMPARE(requests.at(requests.size() - 2).path, QStringLiteral("/api/sms/send/"));
        QCOMPARE(requests.last().path, QStringLiteral("/api/deployments/"));
        QVERIFY(single.value.value<SendResult>().remoteCampaignId.isEmpty());
        QCOMPARE(m_fake->sent.last().value(QStringLiteral("campaign_pk")).toInt(), 44);
        QCOMPARE(single.value.value<SendResult>().outcomes.first().providerId, QStringLiteral("dep:k1"));

        SendRequest bulk;
        for (int i = 0; i < 5; ++i)
            bulk.messages.append({QStringLiteral("b%1").arg(i),
                                  QStringLiteral("+2781585456%1").arg(i),
                                  {},
                                  QStringLiteral("Morning Colony %1").arg(i),
                                  {}});
        bulk.messages.append({QStringLiteral("bad"), QStringLiteral("0815"), {}, QStringLiteral("x"), {}});
        const auto sent = test::waitFor(p->send(bulk));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const SendResult result = sent.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 6);
        QCOMPARE(std::count_if(result.outcomes.cbegin(), result.outcomes.cend(),
                               [](const MessageOutcome &o) { return o.accepted; }),
                 5);
        QCOMPARE(m_fake->sent.size(), 6);
        QCOMPARE(m_fake->requests().at(m_fake->requests().size() - 2).path, QStringLiteral("/api/sms/send/bulk/"));

        m_fake->scriptOn(QStringLiteral("/api/sms/send/"), test::FakeReply::text("<html>502</html>", 502, "text/html"));
        const int before = sends(QStringLiteral("/api/sms/send/"));
        const auto failed = test::waitFor(p->send(one));
        QCOMPARE(failed.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(sends(QStringLiteral("/api/sms/send/")) - before, 1); // a send is never repeated

        SendRequest email;
        email.channel = Channel::Email;
        email.messages = one.messages;
        QCOMPARE(test::waitFor(p->send(email)).error.kind, ProviderError::Kind::Validation);
    }

    void deploymentsAndStatsByPeriod()
    {
        m_fake->deployments
                = {QJsonDocument::fromJson(R"({"id": 501, "title": "May promo", "status": 2, "total_contacts": 1200,
            "total_credits": 2400, "send_date": "2024-05-10T08:00:00Z"})")
                           .object()};
        for (int h = 0; h < 3; ++h)
            m_fake->stats[501].append(
                    QJsonObject {{QStringLiteral("id"), 9000 + h},
                                 {QStringLiteral("deployment"), 501},
                                 {QStringLiteral("period_type"), 1},
                                 {QStringLiteral("period_start"),
                                  QStringLiteral("2024-05-10T%1:00:00Z").arg(10 - h, 2, 10, QLatin1Char('0'))},
                                 {QStringLiteral("period_end"),
                                  QStringLiteral("2024-05-10T%1:00:00Z").arg(11 - h, 2, 10, QLatin1Char('0'))},
                                 {QStringLiteral("total"), 400},
                                 {QStringLiteral("sms_sent_count"), 380},
                                 {QStringLiteral("sms_unsent_count"), 10},
                                 {QStringLiteral("sms_optout_count"), 10}});
        m_fake->stats[501].append(QJsonObject {{QStringLiteral("period_type"), 2},
                                               {QStringLiteral("period_start"), QStringLiteral("2024-05-10T00:00:00Z")},
                                               {QStringLiteral("total"), 1200}});
        auto p = provider();
        auto *d = static_cast<DeploymentsProvider *>(p.get()); // its own: what campaignStats() adds up
        const auto hours = test::waitFor(d->campaignSeries(QStringLiteral("501"), Period::Hour));
        QVERIFY2(hours.ok, qPrintable(hours.error.message));
        const QList<StatBucket> buckets = hours.value.value<QList<StatBucket>>();
        QCOMPARE(buckets.size(), 3);
        QVERIFY(buckets[0].start < buckets[1].start); // in time order
        QCOMPARE(buckets[0].sent, 380);
        QCOMPARE(test::waitFor(d->campaignSeries(QStringLiteral("501"), Period::Day))
                         .value.value<QList<StatBucket>>()
                         .size(),
                 1);
        QVERIFY(test::waitFor(d->campaignSeries(QStringLiteral("501"), Period::Year))
                        .value.value<QList<StatBucket>>()
                        .isEmpty());
    }

    void optOuts_listFilterAndOverride()
    {
        m_fake->optouts = {QJsonObject {{QStringLiteral("id"), 77},
                                        {QStringLiteral("originator"), QStringLiteral("27815854565")},
                                        {QStringLiteral("reason"), QStringLiteral("STOP")},
                                        {QStringLiteral("date_opted_out"), QStringLiteral("2024-05-10T08:15:00Z")},
                                        {QStringLiteral("date_overwritten"), QJsonValue()}},
                           QJsonObject {{QStringLiteral("id"), 78},
                                        {QStringLiteral("originator"), QStringLiteral("27831234567")},
                                        {QStringLiteral("reason"), QStringLiteral("STOP")},
                                        {QStringLiteral("date_overwritten"), QJsonValue()}}};
        auto p = provider();
        QCOMPARE(test::waitFor(p->optOuts()).value.value<QList<OptOut>>().size(), 2);
        const auto one = test::waitFor(p->optOuts(QStringLiteral("+27815854565"))).value.value<QList<OptOut>>();
        QCOMPARE(one.size(), 1);
        QCOMPARE(m_fake->requests().last().query.queryItemValue(QStringLiteral("originator")),
                 QStringLiteral("27815854565"));
    }

    void campaignStats_addUpTheDays()
    {
        for (int d = 0; d < 3; ++d)
            m_fake->stats[501].append(
                    QJsonObject {{QStringLiteral("period_type"), 2},
                                 {QStringLiteral("period_start"), QStringLiteral("2024-05-1%1T00:00:00Z").arg(d)},
                                 {QStringLiteral("sms_sent_count"), 100},
                                 {QStringLiteral("sms_unsent_count"), 3},
                                 {QStringLiteral("sms_optout_count"), 1}});
        const auto o = test::waitFor(provider()->campaignStats(QStringLiteral("501")));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        const CampaignStats stats = o.value.value<CampaignStats>();
        QCOMPARE(stats.value(CampaignStats::Sent), 300);
        QCOMPARE(stats.value(CampaignStats::Failed), 9);
        QCOMPARE(stats.value(CampaignStats::Unsubscribed), 3);
        QVERIFY(!stats.isReported(CampaignStats::Delivered)); // sent is not delivered
    }

    // --- the fault matrix (#18): a send is judged by its worst case

    void faults_5xxWithJson_isUnknown()
    {
        auto p = provider();
        m_fake->scriptOn(
                QStringLiteral("/api/sms/send/"),
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
        const auto o = test::waitFor(p->send(smsTo(1)));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(sends(QStringLiteral("/api/sms/send/")), 1);
    }

    void faults_cutOffSuccess_isUnknown_data() { test::addCutOffRows(); }

    void faults_cutOffSuccess_isUnknown()
    {
        QFETCH(bool, reset);
        auto p = provider();
        const test::FakeReply accepted = test::FakeReply::json(QJsonObject {{QStringLiteral("queued"), true}});
        m_fake->scriptOn(QStringLiteral("/api/sms/send/bulk/"), test::FakeReply::cutOff(accepted, 4, reset));
        const auto o = test::waitFor(p->send(smsTo(3)));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(sends(QStringLiteral("/api/sms/send/bulk/")), 1);
    }

    // Five messages in slices of two: the second slice's request fails. The first keeps its accepted outcomes; the
    // second is unknown where the platform may have acted, failed where it refused; the third goes after a refusal
    // of the second's content only, and is not sent (failed, never unknown) after no clear answer or a refusal of
    // the credentials or the rate.
    void faults_laterSliceFails_earlierOnesKeepTheirOutcomes_data()
    {
        QTest::addColumn<test::FakeReply>("fault");
        QTest::addColumn<QString>("outcomes"); // per message: Accepted, Unknown, Failed
        QTest::addColumn<int>("sent");         // messages the platform took
        QTest::newRow("5xx with JSON") << test::FakeReply::json(
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint timed out")}}, 504)
                                       << "AAUUF" << 2;
        QTest::newRow("cut off") << test::FakeReply::cutOff(test::FakeReply::json(QJsonObject {}), 1) << "AAUUF" << 2;
        QTest::newRow("content refused") << test::FakeReply::json(
                QJsonArray {QJsonObject {{QStringLiteral("message"), QJsonArray {QStringLiteral("Not allowed.")}}},
                            QJsonObject {}},
                400) << "AAFFA" << 3;
        QTest::newRow("credentials refused") << test::FakeReply::json(
                QJsonObject {{QStringLiteral("detail"), QStringLiteral("Invalid token.")}}, 401)
                                             << "AAFFF" << 2;
        test::FakeReply limited
                = test::FakeReply::json(QJsonObject {{QStringLiteral("detail"), QStringLiteral("Slow down.")}}, 429);
        limited.headers = {{"Retry-After", "3600"}};
        QTest::newRow("rate limited") << limited << "AAFFF" << 2;
    }

    void faults_laterSliceFails_earlierOnesKeepTheirOutcomes()
    {
        QFETCH(test::FakeReply, fault);
        QFETCH(QString, outcomes);
        QFETCH(int, sent);
        auto p = provider({{QStringLiteral("bulk_size"), 2}});
        m_fake->scriptOn(QStringLiteral("/api/sms/send/bulk/"), fault, 1);
        const auto o = test::waitFor(p->send(smsTo(5)));
        QVERIFY2(o.ok, qPrintable(o.error.message)); // never a wholesale failure once a slice went out
        QCOMPARE(states(o.value.value<SendResult>(), 5), outcomes);
        QCOMPARE(m_fake->sent.size(), sent);
    }

    void faults_firstSliceRefusedOnCredentials_failsTheBatch()
    {
        // Nothing went out: the reply fails as the platform said, so the dispatcher stops there.
        auto p = provider({{QStringLiteral("bulk_size"), 2}});
        m_fake->scriptOn(
                QStringLiteral("/api/sms/send/bulk/"),
                test::FakeReply::json(QJsonObject {{QStringLiteral("detail"), QStringLiteral("Invalid token.")}}, 401));
        const auto o = test::waitFor(p->send(smsTo(5)));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Auth);
        QCOMPARE(sends(QStringLiteral("/api/sms/send/bulk/")), 1);
    }

    void optOuts_areReadBeforeASend_andLeftOut()
    {
        m_fake->optouts = {QJsonObject {{QStringLiteral("id"), 77},
                                        {QStringLiteral("originator"), QStringLiteral("27815854561")},
                                        {QStringLiteral("reason"), QStringLiteral("STOP")},
                                        {QStringLiteral("date_overwritten"), QJsonValue()}},
                           QJsonObject {{QStringLiteral("id"), 78}, // overridden: may be sent to again
                                        {QStringLiteral("originator"), QStringLiteral("27815854562")},
                                        {QStringLiteral("reason"), QStringLiteral("STOP")},
                                        {QStringLiteral("date_overwritten"), QStringLiteral("2024-06-01T08:00:00Z")}}};
        auto p = provider();
        const auto o = test::waitFor(p->send(smsTo(3)));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        const SendResult result = o.value.value<SendResult>();
        QCOMPARE(states(result, 3), QStringLiteral("AFA"));
        const auto optedOut = std::find_if(result.outcomes.cbegin(), result.outcomes.cend(),
                                           [](const MessageOutcome &m) { return m.clientKey == QLatin1String("m1"); });
        QVERIFY(optedOut->error.contains(QStringLiteral("Opted out at the provider")));
        QCOMPARE(m_fake->sent.size(), 2);
        for (const QJsonObject &m : std::as_const(m_fake->sent))
            QVERIFY(m.value(QStringLiteral("destination")).toString() != QLatin1String("27815854561"));
        QCOMPARE(m_fake->requests().first().path, QStringLiteral("/api/optouts/"));
    }

    void optOuts_unreadable_failTheBatchBeforeAnythingIsSent()
    {
        auto p = provider();
        m_fake->script(test::FakeReply::text("<html>503</html>", 503, "text/html"), 3); // the read, and its retries
        const auto o = test::waitFor(p->send(smsTo(2)), 15000);
        QVERIFY(o.finished && !o.ok);
        QVERIFY(o.error.kind != ProviderError::Kind::Transient); // nothing was sent: failed, not unknown
        QCOMPARE(sends(QStringLiteral("/api/sms/send/bulk/")), 0);
    }

    void campaignPk_aCampaignsOwnGoesBeforeTheAccounts()
    {
        const ProviderInfo info = DeploymentsProvider::providerInfo();
        QCOMPARE(info.optionsFor(Channel::Sms).size(), 1);
        QVERIFY(info.optionProblem(Channel::Sms, {{QStringLiteral("campaign_pk"), QStringLiteral("12")}}).isEmpty());
        QVERIFY(!info.optionProblem(Channel::Sms, {{QStringLiteral("campaign_pk"), QStringLiteral("twelve")}})
                         .isEmpty());
        m_fake->deployments = {QJsonObject {{QStringLiteral("id"), 501}, {QStringLiteral("linked_campaign"), 12}}};
        auto p = provider({{QStringLiteral("campaign_pk"), 44}});
        SendRequest own = smsTo(1);
        own.options.insert(QStringLiteral("campaign_pk"), QStringLiteral("12"));
        const auto o = test::waitFor(p->send(own));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(m_fake->sent.last().value(QStringLiteral("campaign_pk")), QJsonValue(12));
        QCOMPARE(o.value.value<SendResult>().remoteCampaignId, QStringLiteral("501"));
        QVERIFY(test::waitFor(p->send(smsTo(1))).ok); // none of its own: the account's
        QCOMPARE(m_fake->sent.last().value(QStringLiteral("campaign_pk")), QJsonValue(44));
    }

    void nextOnAnotherHost_isNotFollowed()
    {
        m_fake->script(test::FakeReply::json(
                QJsonObject {{QStringLiteral("next"), QStringLiteral("https://evil.example.com/api/x/?page=2")},
                             {QStringLiteral("results"), QJsonArray {QJsonObject {{QStringLiteral("id"), 1}}}}}));
        const auto o = test::waitFor(provider()->listGroups());
        QVERIFY(!o.ok);
        QVERIFY(o.error.message.contains(QStringLiteral("evil.example.com")));
    }
};

QTEST_GUILESS_MAIN(TestDeployments)
#include "tst_deployments.moc"
