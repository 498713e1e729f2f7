// Outbox: the parse functions on the documented bodies, then every operation against the loopback fake.
#include "fakes/outboxfake.h"
#include "models/templaterenderer.h"
#include "providers/outbox/outboxparse.h"
#include "providers/outbox/outboxprovider.h"
#include "providers/providerregistry.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cm;

namespace {
const QByteArray key = "xxxxx-xxxxx-xxxxx-84267bv5876f8";
const QTimeZone istanbul("Europe/Istanbul");

Account outboxAccount(const QString &baseUrl, const QJsonObject &settings = {})
{
    Account a;
    a.id = 7;
    a.name = QStringLiteral("Outbox TR");
    a.provider = QStringLiteral("outbox");
    a.baseUrl = baseUrl;
    a.settings = settings;
    return a;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::OutboxFake> m_fake;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Provider> m_provider;

    static SendRequest smsTo(const QStringList &numbers)
    {
        SendRequest request;
        for (const QString &n : numbers)
            request.messages.append({QStringLiteral("k") + n, n, {}, QStringLiteral("Merhaba"), {}});
        return request;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fake = std::make_unique<test::OutboxFake>(key);
        QVERIFY(m_fake->start());
        m_clock = std::make_unique<ManualClock>(test::testNow());
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        m_provider.reset(registry.create(outboxAccount(m_fake->baseUrl()), QString::fromUtf8(key)));
        QVERIFY(m_provider);
    }

    // --- parse functions, on the spec's own bodies

    void classify_documentedErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("kind");
        QTest::newRow("send auth") << QByteArray(R"({"message": "Invalid Auth Key"})") << 403
                                   << int(ProviderError::Kind::Auth);
        QTest::newRow("send content") << QByteArray(R"({"message": "Invalid Message Content"})") << 500
                                      << int(ProviderError::Kind::Validation);
        QTest::newRow("create name") << QByteArray(R"({"status": 400, "message": "GroupName not found or invalid"})")
                                     << 200 << int(ProviderError::Kind::Validation);
        QTest::newRow("create auth") << QByteArray(R"({"status": 403, "message": "Invalid Auth Key"})") << 200
                                     << int(ProviderError::Kind::Auth);
        QTest::newRow("create body") << QByteArray(R"({"result": 500, "message": "Invalid Request Body"})") << 200
                                     << int(ProviderError::Kind::Validation);
        QTest::newRow("info group") << QByteArray(
                R"({"status": 404, "message": "GroupID must be contain in post data"})")
                                    << 200 << int(ProviderError::Kind::Validation);
        QTest::newRow("add group") << QByteArray(
                R"({"status": "Error", "message": "Invalid Token / Group ID not exist"})")
                                   << 200 << int(ProviderError::Kind::Validation);
        QTest::newRow("groups token") << QByteArray(R"({"status": "Error", "message": "Token does not exist"})") << 200
                                      << int(ProviderError::Kind::Auth);
        QTest::newRow("order varies") << QByteArray(R"({"message": "Invalid Token", "status": "Error"})") << 200
                                      << int(ProviderError::Kind::Auth);
        QTest::newRow("placeholder") << QByteArray(R"({"status": "Error", "message": "Error Message"})") << 200
                                     << int(ProviderError::Kind::Permanent);
        QTest::newRow("html 500") << QByteArray("<html><body><h1>500 Internal Server Error</h1></body></html>") << 500
                                  << int(ProviderError::Kind::Transient);
        QTest::newRow("truncated") << QByteArray("{\"result\": [{\"Recipient\": \"+9055") /* cut short */ << 200
                                   << int(ProviderError::Kind::Permanent);
        QTest::newRow("empty") << QByteArray() << 200 << int(ProviderError::Kind::Permanent);
        // Not documented: the rate limit, whatever the body.
        QTest::newRow("429 json") << QByteArray(R"({"error": "slow down"})") << 429
                                  << int(ProviderError::Kind::RateLimited);
        QTest::newRow("429 message") << QByteArray(R"({"message": "Too many requests"})") << 429
                                     << int(ProviderError::Kind::RateLimited);
        QTest::newRow("429 text") << QByteArray("Too Many Requests") << 429 << int(ProviderError::Kind::RateLimited);
    }

    void classify_documentedErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, http);
        QFETCH(int, kind);
        const auto error = outbox::classify(http, body);
        QVERIFY(error);
        QCOMPARE(int(error->kind), kind);
        QVERIFY(!error->retrySafe);
    }

    void classify_successBodiesAreNotErrors()
    {
        for (const QByteArray &body :
             {QByteArray(
                      R"({"result": [{"Recipient": "+90555", "TrackingID": "52ad"}], "status": {"Accepted": 1, "Length": 1}})"),
              QByteArray(R"({"result": {"OK": "5"}})"),
              QByteArray(R"({"Code": 0, "Recipient": "90555", "Status": "Success"})"),
              QByteArray(R"({"GroupID": 12345, "status": 200})"), QByteArray(R"({"message": [], "status": "OK"})")})
            QVERIFY2(!outbox::classify(200, body), body.constData());
    }

    void parseDate_handlesTheQuirks()
    {
        QCOMPARE(outbox::parseDate(QStringLiteral("2019-01-08T08:00:00200:00"), istanbul),
                 QDateTime(QDate(2019, 1, 8), QTime(5, 0), Qt::UTC));
        QCOMPARE(outbox::parseDate(QStringLiteral("2019-02-21 09:00:00"), istanbul),
                 QDateTime(QDate(2019, 2, 21), QTime(6, 0), Qt::UTC));
        QCOMPARE(outbox::parseDate(QStringLiteral("2019-02-21T09:00:00Z"), istanbul),
                 QDateTime(QDate(2019, 2, 21), QTime(9, 0), Qt::UTC));
        QCOMPARE(outbox::parseDate(QStringLiteral("2019-02-21T09:00:00+03:00"), istanbul),
                 QDateTime(QDate(2019, 2, 21), QTime(6, 0), Qt::UTC));
        QVERIFY(!outbox::parseDate(QStringLiteral("2000-01-01T00:00:00200:00"), istanbul).isValid()); // "never"
        QVERIFY(!outbox::parseDate(QStringLiteral("1900-01-01"), istanbul).isValid());
        QVERIFY(!outbox::parseDate(QString(), istanbul).isValid());
    }

    void parse_documentedBodies()
    {
        const QByteArray groups = R"({"message": [{"ActiveContacts": 12345, "GroupID": 10, "GroupName": "Test Group",
            "TotalContacts": 12345, "integerpercentageofcontactsclickingcinksforgroup": "10"},
            {"GroupID": "11", "GroupName": "Strings", "TotalContacts": "7"}], "status": "OK"})";
        const QList<RemoteGroup> list = outbox::parseGroups(groups);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, QStringLiteral("10"));
        QCOMPARE(list[0].contactCount, 12345);
        QCOMPARE(list[1].id, QStringLiteral("11")); // numbers as strings
        QCOMPARE(list[1].contactCount, 7);

        QCOMPARE(*outbox::parseCreatedGroupId(R"({"GroupID": 12345, "status": 200})"), QStringLiteral("12345"));

        const auto ids = outbox::parseTrackingIds(R"({"result": [{"Recipient": "+905326124837", "TrackingID":
            "52ad371d92ce420b8f7efc567748684c"}], "status": {"Accepted": 1, "Length": 2}})");
        QCOMPARE(ids.value(outbox::normaliseRecipient(QStringLiteral("+90 532 612 48 37"))),
                 QStringLiteral("52ad371d92ce420b8f7efc567748684c"));

        const auto status = outbox::parseStatus(R"({"Code": 0, "Recipient": "90555xxxx", "Status": "Success"})");
        QVERIFY(status);
        QCOMPARE(status->code, 0);

        const QList<Contact> contacts = outbox::parseGroupRecipients(
                R"({"message": [{"recipient": "test_1@test.com", "GSMTel": "5555555255", "GroupID": "11",
                   "ContactNo": 64, "Blocked": 0, "Unsubscribed": 1, "Gender": "-1"}], "status": "OK"})",
                QStringLiteral("+90"));
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts[0].email, QStringLiteral("test_1@test.com"));
        QCOMPARE(contacts[0].phone, QStringLiteral("+905555555255"));
        QCOMPARE(contacts[0].remoteId, QStringLiteral("64"));
        QVERIFY(contacts[0].fields.value(QStringLiteral("outbox_unsubscribed")).toBool());
    }

    void recipients_normaliseAndGsmTel()
    {
        QCOMPARE(outbox::normaliseRecipient(QStringLiteral("+90 (532) 612-48-37")), QStringLiteral("905326124837"));
        QCOMPARE(outbox::normaliseRecipient(QStringLiteral("0905326124837")), QStringLiteral("905326124837"));
        QCOMPARE(outbox::normaliseRecipient(QStringLiteral(" Ayse@Example.COM ")), QStringLiteral("ayse@example.com"));
        QCOMPARE(outbox::gsmTel(QStringLiteral("+905011231231"), QStringLiteral("+90")), QStringLiteral("5011231231"));
        QCOMPARE(outbox::gsmTel(QStringLiteral("+48501234567"), QStringLiteral("+90")), QStringLiteral("+48501234567"));
    }

    // --- the wire, against the fake

    void verify_acceptsTheKeyAndSendsItAsAHeader()
    {
        m_fake->groups.insert(10, {10, QStringLiteral("VIP"), {}});
        const auto o = test::waitFor(m_provider->verify());
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QVERIFY(o.value.value<AccountStatus>().ok);
        QVERIFY(!o.value.value<AccountStatus>().balance); // Outbox has none
        QCOMPARE(m_fake->requests().first().header("AuthKey"), key);
    }

    void verify_wrongKey_isAnAuthErrorNamingTheAccount()
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        std::unique_ptr<Provider> wrong(registry.create(outboxAccount(m_fake->baseUrl()), QStringLiteral("nope")));
        const auto o = test::waitFor(wrong->verify());
        QVERIFY(!o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Auth);
        const QString text = o.error.describe(QStringLiteral("Outbox TR"));
        QVERIFY(text.contains(QStringLiteral("Outbox TR")) && text.contains(QStringLiteral("Invalid Token")));
    }

    void groups_createAndList()
    {
        const auto created = test::waitFor(m_provider->createGroup(QStringLiteral("Yeni müşteriler")));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const auto group = created.value.value<RemoteGroup>();
        QVERIFY(m_fake->groups.contains(group.id.toLongLong()));
        QCOMPARE(m_fake->requests().last().body.contains(key), true); // key in the body for POSTs
        const auto listed = test::waitFor(m_provider->listGroups()).value.value<QList<RemoteGroup>>();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().name, QStringLiteral("Yeni müşteriler"));
        const auto empty = test::waitFor(m_provider->createGroup(QStringLiteral("  ")));
        QCOMPARE(empty.error.kind, ProviderError::Kind::Validation);
        QCOMPARE(empty.error.message, QStringLiteral("GroupName not found or invalid"));
    }

    void contacts_pushInBatchesAndPullByPages()
    {
        const QString groupId
                = test::waitFor(m_provider->createGroup(QStringLiteral("Big"))).value.value<RemoteGroup>().id;
        QList<Contact> contacts;
        for (int i = 0; i < 250; ++i)
            contacts.append(Contact {0,
                                     0,
                                     QStringLiteral("p%1@example.com").arg(i),
                                     QStringLiteral("+90532%1").arg(1000000 + i),
                                     QStringLiteral("Ayşe"),
                                     QStringLiteral("Yılmaz"),
                                     QStringLiteral("İzmir"),
                                     QStringLiteral("TR"),
                                     {},
                                     {}});
        contacts.append(Contact {0, 0, {}, QStringLiteral("+905320000000"), {}, {}, {}, {}, {}, {}}); // no email
        const int before = int(m_fake->requests().size());
        const auto pushed = test::waitFor(m_provider->pushContacts(groupId, contacts));
        QVERIFY2(pushed.ok, qPrintable(pushed.error.message));
        QCOMPARE(pushed.value.toInt(), 250);                  // the one without an email cannot go to Outbox
        QCOMPARE(int(m_fake->requests().size()) - before, 3); // 100 + 100 + 50
        const QJsonObject first = QJsonDocument::fromJson(m_fake->requests().at(before).body).object();
        const QJsonObject one = first.value(QStringLiteral("Recipients")).toArray().first().toObject();
        QCOMPARE(one.value(QStringLiteral("GSMTel1")).toString(), QStringLiteral("5321000000")); // national
        QVERIFY(!one.contains(QStringLiteral("Permit"))); // no consent known, none claimed

        // Pushing again updates by email: still 250 at Outbox.
        QVERIFY(test::waitFor(m_provider->pushContacts(groupId, contacts)).ok);
        QCOMPARE(m_fake->groups.value(groupId.toLongLong()).contacts.size(), 250);

        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        std::unique_ptr<Provider> paged(registry.create(
                outboxAccount(m_fake->baseUrl(), {{QStringLiteral("page_size"), 100}}), QString::fromUtf8(key)));
        const int beforePull = int(m_fake->requests().size());
        const auto pulled = test::waitFor(paged->pullContacts(groupId));
        QVERIFY2(pulled.ok, qPrintable(pulled.error.message));
        const QList<Contact> back = pulled.value.value<QList<Contact>>();
        QCOMPARE(back.size(), 250);
        QCOMPARE(int(m_fake->requests().size()) - beforePull, 3); // pages of 100, 100, 50
        QVERIFY(back.first().phone.startsWith(QStringLiteral("+90532")));
    }

    void send_personalisedSmsWithReferencesAndSchedule()
    {
        SendRequest request;
        request.channel = Channel::Sms;
        request.scheduledAt = QDateTime(QDate(2026, 3, 20), QTime(7, 0), Qt::UTC); // 10:00 in İstanbul
        request.messages
                = {{QStringLiteral("cm-1"), QStringLiteral("+905326124837"), {}, QString::fromUtf8("Merhaba Ayşe"), {}},
                   {QStringLiteral("cm-2"), QStringLiteral("+905398836180"), {}, QStringLiteral("Merhaba Emre"), {}},
                   {QStringLiteral("cm-3"), QStringLiteral("0532 000"), {}, QStringLiteral("Merhaba"), {}}};
        const auto o = test::waitFor(m_provider->send(request));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        const SendResult result = o.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 3);
        QVERIFY(result.outcomes[0].accepted && result.outcomes[1].accepted);
        QVERIFY(!result.outcomes[2].accepted); // Accepted < Length: the bad number
        const auto message = m_fake->messages.value(result.outcomes[0].providerId);
        QCOMPARE(message.reference, QStringLiteral("cm-1"));
        QCOMPARE(message.content, QString::fromUtf8("Merhaba Ayşe"));
        QCOMPARE(message.when, QStringLiteral("2026-03-20 10:00:00"));
        QCOMPARE(message.priority, QStringLiteral("NORMAL"));
        QCOMPARE(message.type, QStringLiteral("SMS"));
    }

    void send_testUsesSimulationAndEmailCarriesASubject()
    {
        SendRequest request;
        request.channel = Channel::Email;
        request.test = true;
        request.messages = {{QStringLiteral("t-1"),
                             QStringLiteral("ayse@example.com"),
                             QStringLiteral("Merhaba"),
                             QStringLiteral("<p>Hi</p>"),
                             {}}};
        const auto o = test::waitFor(m_provider->send(request));
        QVERIFY(o.ok);
        const auto message = m_fake->messages.value(o.value.value<SendResult>().outcomes.first().providerId);
        QCOMPARE(message.priority, QStringLiteral("SIMULATION"));
        QCOMPARE(message.subject, QStringLiteral("Merhaba"));
        QVERIFY(message.when.isEmpty()); // now
    }

    void send_wrongKeyIsAuth_andALostAnswerIsNeverRepeated()
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        std::unique_ptr<Provider> wrong(registry.create(outboxAccount(m_fake->baseUrl()), QStringLiteral("nope")));
        SendRequest request;
        request.messages = {{QStringLiteral("k"), QStringLiteral("+905326124837"), {}, QStringLiteral("Hi"), {}}};
        QCOMPARE(test::waitFor(wrong->send(request)).error.kind, ProviderError::Kind::Auth);

        std::unique_ptr<Provider> impatient(registry.create(
                outboxAccount(m_fake->baseUrl(), {{QStringLiteral("timeout_ms"), 1000}}), QString::fromUtf8(key)));
        m_fake->script(test::FakeReply::hanging());
        const int before = int(m_fake->requests().size());
        const auto lost = test::waitFor(impatient->send(request), 10000);
        QVERIFY(lost.finished);
        QCOMPARE(lost.error.kind, ProviderError::Kind::Transient);
        QVERIFY(!lost.error.retrySafe);
        QCOMPARE(int(m_fake->requests().size()) - before, 1);
    }

    void status_deliveredByTrackingId()
    {
        SendRequest request;
        request.messages = {{QStringLiteral("a"), QStringLiteral("+905326124837"), {}, QStringLiteral("Hi"), {}},
                            {QStringLiteral("b"), QStringLiteral("+905398836180"), {}, QStringLiteral("Hi"), {}}};
        const SendResult sent = test::waitFor(m_provider->send(request)).value.value<SendResult>();
        const QStringList ids {sent.outcomes[0].providerId, sent.outcomes[1].providerId};
        const auto o = test::waitFor(m_provider->fetchEvents(ids));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        const auto events = o.value.value<QList<DeliveryEvent>>();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].type, EventType::Delivered);
        QCOMPARE(events[0].providerId, ids[0]);
        QCOMPARE(events[0].at, m_clock->now());
    }

    void htmlErrorPage_andTruncatedBody_giveClearErrors()
    {
        // A proxy's HTML page instead of JSON: a read is retried, then reported with what came back.
        m_fake->script(test::FakeReply::text("<html><body>502 Bad Gateway</body></html>", 502, "text/html"), 3);
        const auto html = test::waitFor(m_provider->listGroups(), 20000);
        QVERIFY(!html.ok);
        QCOMPARE(html.error.kind, ProviderError::Kind::Transient);
        QVERIFY(html.error.message.contains(QStringLiteral("Bad Gateway")));

        m_fake->script(test::FakeReply::text("{\"message\": [{\"GroupID\": 1", 200, "application/json"));
        const auto truncated = test::waitFor(m_provider->listGroups());
        QVERIFY(!truncated.ok);
        QVERIFY(truncated.error.message.contains(QStringLiteral("unexpected response")));
        QVERIFY(!truncated.error.describe(QStringLiteral("Outbox TR")).isEmpty());
    }

    void messageInfo_documentedBody()
    {
        const CampaignStats stats
                = outbox::parseMessageInfo(R"({"message": [{"id": 179, "lastupdate": "2019-01-08T08:00:00200:00",
            "messageid": 160, "noofcontacts": 968, "noofcontactsclicked": 53, "noofcontactsdelivered": 8217,
            "noofcontactsmarkedspam": 1, "noofcontactsread": 700, "noofcontactsunsubscribed": "4",
            "noofmessagessent": 8300, "noofmessagesdelivered": 8217, "noofmessagesnotdelivered": 83,
            "noofmessagesbounced": 12}], "status": "OK"})",
                                           QStringLiteral("160"));
        QCOMPARE(stats.value(CampaignStats::Sent), 8300);
        QCOMPARE(stats.value(CampaignStats::Delivered), 8217);
        QCOMPARE(stats.value(CampaignStats::Failed), 83);
        QCOMPARE(stats.value(CampaignStats::UniqueOpened), 700);
        QCOMPARE(stats.value(CampaignStats::Unsubscribed), 4); // a number as a string
        QVERIFY(!stats.isReported(CampaignStats::Opened));     // only contacts are counted, not every open
    }

    void campaignStats_overTheWire()
    {
        m_fake->messageInfo.insert(160,
                                   QJsonObject {{QStringLiteral("messageid"), 160},
                                                {QStringLiteral("noofmessagessent"), 10},
                                                {QStringLiteral("noofmessagesdelivered"), 9},
                                                {QStringLiteral("noofcontactsclicked"), 2}});
        const auto o = test::waitFor(m_provider->campaignStats(QStringLiteral("160")));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(o.value.value<CampaignStats>().value(CampaignStats::Delivered), 9);
        const auto missing = test::waitFor(m_provider->campaignStats(QStringLiteral("999")));
        QVERIFY(missing.ok); // an unknown message: no rows, no counters
        QVERIFY(!missing.value.value<CampaignStats>().isReported(CampaignStats::Sent));
    }

    void personalisation_bothPathsGiveTheSameTextForEveryRecipient()
    {
        // Rendered by us, or translated to /*vN*/ + Variables and put together by Outbox: the same text.
        const QStringList templates
                = {QString::fromUtf8(
                           "Merhaba {{first_name|capitalize}}! {{city|default:\"online\"}} mağazamızda %30 indirim."),
                   QStringLiteral(
                           "Hi {{ first_name }}, {{first_name|upper}} — {{missing|default:\"a|b\"}} /* not ours */"),
                   QStringLiteral("No placeholders at all."),
                   QStringLiteral("{{loyalty_tier|lower}}{{loyalty_tier|lower}}{{city}}")};
        const QStringList first
                = {QString::fromUtf8("ayşe"), QStringLiteral("EMRE"), QString(), QString::fromUtf8("İbrahim")};
        const QStringList cities
                = {QString::fromUtf8("İzmir"), QString(), QStringLiteral("Łódź"), QStringLiteral("Cape Town")};
        int checked = 0;
        for (const QString &text : templates) {
            for (qsizetype i = 0; i < first.size(); ++i) {
                const QVariantMap values {{QStringLiteral("first_name"), first[i]},
                                          {QStringLiteral("city"), cities[i]},
                                          {QStringLiteral("loyalty_tier"), i % 2 ? QStringLiteral("Gold") : QString()}};
                const auto translated = outbox::translatePlaceholders(text, values);
                QCOMPARE(outbox::substitute(translated.content, translated.variables),
                         TemplateRenderer::render(text, values));
                ++checked;
            }
        }
        QCOMPARE(checked, 16);

        // And over the wire: what the fake (doing Outbox's part) delivers is what we render.
        const QString text = templates.first();
        const QVariantMap values {{QStringLiteral("first_name"), QStringLiteral("zeynep")},
                                  {QStringLiteral("city"), QString::fromUtf8("Muğla")}};
        const auto translated = outbox::translatePlaceholders(text, values);
        SendRequest request;
        request.messages = {
                {QStringLiteral("p1"), QStringLiteral("+905326124837"), {}, translated.content, translated.variables}};
        const SendResult result = test::waitFor(m_provider->send(request)).value.value<SendResult>();
        QCOMPARE(m_fake->messages.value(result.outcomes.first().providerId).delivered,
                 TemplateRenderer::render(text, values));
    }

    void mms_senderName_andAttachments()
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        std::unique_ptr<Provider> named(registry.create(
                outboxAccount(m_fake->baseUrl(), {{QStringLiteral("sender"), QStringLiteral("MODASHOP")}}),
                QString::fromUtf8(key)));
        SendRequest request;
        request.messages = {{QStringLiteral("m1"),
                             QStringLiteral("+905326124837"),
                             {},
                             QStringLiteral("Katalog ekte"),
                             {},
                             QStringLiteral("https://example.com/katalog.pdf")}};
        const SendResult result = test::waitFor(named->send(request)).value.value<SendResult>();
        const auto message = m_fake->messages.value(result.outcomes.first().providerId);
        QCOMPARE(message.type, QStringLiteral("MMS"));
        QCOMPARE(message.attachment, QStringLiteral("https://example.com/katalog.pdf"));
        QCOMPARE(message.sender, QStringLiteral("MODASHOP"));
    }

    void contacts_pushPullAndStatusChanges()
    {
        const QString groupId
                = test::waitFor(m_provider->createGroup(QStringLiteral("Info"))).value.value<RemoteGroup>().id;
        const QList<Contact> one = {Contact {0,
                                             0,
                                             QStringLiteral("deniz@example.com"),
                                             QStringLiteral("+905441112233"),
                                             QStringLiteral("Deniz"),
                                             {},
                                             {},
                                             {},
                                             {},
                                             {}}};
        QVERIFY(test::waitFor(m_provider->pushContacts(groupId, one)).ok);
        QCOMPARE(test::waitFor(m_provider->pullContacts(groupId)).value.value<QList<Contact>>().first().phone,
                 QStringLiteral("+905441112233"));

        QVERIFY(test::waitFor(
                        m_provider->changeContact(QStringLiteral("deniz@example.com"), ContactChange::Unsubscribe))
                        .ok);
        QCOMPARE(m_fake->statusChanges.last(),
                 qMakePair(QStringLiteral("deniz@example.com"), QStringLiteral("UNSUBSCRIBE")));
        const auto unknown
                = test::waitFor(m_provider->changeContact(QStringLiteral("nobody@example.com"), ContactChange::Block));
        QCOMPARE(unknown.error.kind, ProviderError::Kind::Validation);
        QVERIFY(unknown.error.message.contains(QStringLiteral("Not found EMail data")));
        QCOMPARE(test::waitFor(m_provider->changeContact(QStringLiteral("+905441112233"), ContactChange::Block))
                         .error.kind,
                 ProviderError::Kind::Validation);
    }

    // --- the fault matrix (#18): a send is judged by its worst case; where Outbox may have acted, the recipients
    // are unknown (a Transient error, or an outcome marked unknown), never failed

    void faults_5xxWithJson_isUnknown()
    {
        // An API gateway's timeout, in JSON: not a refusal, Outbox may have taken the send.
        m_fake->scriptOn(
                QStringLiteral("/send/message"),
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
        const int before = int(m_fake->requests().size());
        const auto o = test::waitFor(m_provider->send(smsTo({QStringLiteral("+905326124837")})));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QVERIFY(!o.error.retrySafe);
        QCOMPARE(int(m_fake->requests().size()) - before, 1); // never repeated
        // A refusal Outbox documents keeps its kind whatever the status (§6.1: "Invalid Message Content" with 500).
        QCOMPARE(outbox::classify(500, R"({"message": "Invalid Message Content"})")->kind,
                 ProviderError::Kind::Validation);
        QCOMPARE(outbox::classify(503, R"({"status": 503})")->kind, ProviderError::Kind::Transient);
    }

    void faults_cutOffSuccess_isUnknown_data() { test::addCutOffRows(); }

    void faults_cutOffSuccess_isUnknown()
    {
        QFETCH(bool, reset);
        const QByteArray success = R"({"result": [{"Recipient": "+905326124837", "TrackingID": )"
                                   R"("52ad371d92ce420b8f7efc567748684c"}], "status": {"Accepted": 1, "Length": 1}})";
        m_fake->scriptOn(QStringLiteral("/send/message"),
                         test::FakeReply::cutOff(test::FakeReply::text(success, 200, "application/json"), 40, reset));
        const int before = int(m_fake->requests().size());
        const auto o = test::waitFor(m_provider->send(smsTo({QStringLiteral("+905326124837")})));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(int(m_fake->requests().size()) - before, 1);
    }

    void faults_unreadableSuccess_isUnknown()
    {
        // A 200 whose whole body is a JSON document cut short: the send was taken, its answer cannot be read.
        m_fake->scriptOn(QStringLiteral("/send/message"),
                         test::FakeReply::text("{\"result\": [{\"Recipient\": \"+9055", 200, "application/json"));
        const auto o = test::waitFor(m_provider->send(smsTo({QStringLiteral("+905326124837")})));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
    }

    void faults_recipientMissingFromResult_isUnknown()
    {
        // Outbox leaves the second out of "result" without saying why: it may or may not have sent it.
        const auto o = test::waitFor(
                m_provider->send(smsTo({QStringLiteral("+905326124837"), QStringLiteral("905398836180")})));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        const SendResult result = o.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 2);
        QVERIFY(result.outcomes[0].accepted && !result.outcomes[0].providerId.isEmpty());
        QVERIFY(!result.outcomes[1].accepted);
        QVERIFY(result.outcomes[1].unknown);
        QVERIFY(!result.outcomes[1].error.isEmpty());
    }

    void info_declaresWhatOutboxCanDo()
    {
        const ProviderInfo info = OutboxProvider::providerInfo();
        QVERIFY(info.supports(Channel::Sms) && info.supports(Channel::Email));
        QVERIFY(!info.supports(Channel::Voice) && !info.supports(Channel::WhatsApp));
        QVERIFY(!info.can.extras.balance);
        QVERIFY(!info.can.scheduling.cancels && info.can.scheduling.holds.isEmpty());
        QVERIFY(info.can.reporting.recipientStatus);
        QVERIFY(info.credentials.size() == 2);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
