// The Email Campaigns adapter: id and timestamp shapes, the four-zone start, then every operation against the loopback
// fake (token auth, trailing slashes, _id in the query, 201/204/200 as documented, multipart uploads it parses), and
// campaignctl end to end.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "fakes/emailcampaignsfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/emailcampaigns/emailcampaignsprovider.h"
#include "providers/providerregistry.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace cm;

namespace {
const QByteArray token = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b";

OutgoingMessage mail(const QString &key, const QString &to)
{
    return {key, to, QStringLiteral("Spring sale"), QStringLiteral("<p>20% off</p>")};
}
} // namespace

class TestEmailCampaigns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmailCampaignsFake> m_fake;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<Provider> provider(const QByteArray &secret = token, QJsonObject settings = {})
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        settings.insert(QStringLiteral("timeout_ms"), 3000);
        Account a {9, QStringLiteral("EC US"), QStringLiteral("emailcampaigns"), m_fake->baseUrl(), {}, settings, {}};
        return std::unique_ptr<Provider>(registry.create(a, QString::fromLatin1(secret), nullptr));
    }
    EmailCampaignsProvider *ec(const std::unique_ptr<Provider> &p)
    {
        return static_cast<EmailCampaignsProvider *>(p.get());
    }
    QString addSender(const QString &email)
    {
        const QString id = QStringLiteral("5f00000000000000000000%1").arg(m_fake->senders.size() + 10);
        m_fake->senders.insert(id,
                               QJsonObject {{QStringLiteral("$_id"), QJsonObject {{QStringLiteral("$oid"), id}}},
                                            {QStringLiteral("email"), email},
                                            {QStringLiteral("description"), email}});
        return id;
    }

    // One email from a registered From address: the campaign's POST is the one request that sends.
    SendRequest oneMail()
    {
        addSender(QStringLiteral("news@shop.example.com"));
        SendRequest request;
        request.channel = Channel::Email;
        request.sender = QStringLiteral("news@shop.example.com");
        request.campaignName = QStringLiteral("Faults");
        request.messages = {mail(QStringLiteral("k1"), QStringLiteral("a@example.com"))};
        return request;
    }

    int campaignPosts() const
    {
        int posts = 0;
        for (const auto &r : m_fake->requests())
            posts += r.method == "POST" && r.path == QLatin1String("/email/campaign/");
        return posts;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fake = std::make_unique<test::EmailCampaignsFake>(token);
        QVERIFY(m_fake->start());
        m_clock = std::make_unique<ManualClock>(test::testNow());
        m_fake->now = test::testNow();
    }

    void shapes_idsTimestampsDispositions()
    {
        using namespace emailcampaigns;
        QCOMPARE(idOf(QJsonDocument::fromJson(R"({"$_id":{"$oid":"57bb010e2cd5264797b017e5"}})").object()),
                 QStringLiteral("57bb010e2cd5264797b017e5"));
        QCOMPARE(idOf(QJsonDocument::fromJson(R"({"_id":"57bb010e2cd5264797b017e6"})").object()),
                 QStringLiteral("57bb010e2cd5264797b017e6"));
        QCOMPARE(idOf(QJsonDocument::fromJson(R"({"id":{"$oid":"x"}})").object()), QStringLiteral("x"));
        const QDateTime at(QDate(2016, 8, 22), QTime(12, 5, 39, 571), Qt::UTC);
        QCOMPARE(parseTimestamp(QStringLiteral("2016-08-22T12:05:39.571000")), at);
        QCOMPARE(parseTimestamp(QStringLiteral("2016-08-22T12:05:39.5719")), at);
        QCOMPARE(parseTimestamp(QStringLiteral("2016-08-22T12:05:39")), at.addMSecs(-571));
        QCOMPARE(parseTimestamp(QStringLiteral("2016-09-08 09:00")),
                 QDateTime(QDate(2016, 9, 8), QTime(9, 0), Qt::UTC));
        QVERIFY(!parseTimestamp(QStringLiteral("yesterday")).isValid());
        QCOMPARE(dispositionEvent(QStringLiteral("delivered")), EventType::Delivered);
        QCOMPARE(dispositionEvent(QStringLiteral("Hard_Bounce")), EventType::Bounced);
        QCOMPARE(dispositionEvent(QStringLiteral("rejected")), EventType::Failed);
        QVERIFY(!dispositionEvent(QStringLiteral("deferred"))); // kept raw, neither
        QCOMPARE(csv({QStringLiteral("name"), QStringLiteral("email")},
                     {{QStringLiteral("Doe, \"J\""), QStringLiteral("a@b.co")}}),
                 QByteArray("name,email\r\n\"Doe, \"\"J\"\"\",a@b.co\r\n"));
    }

    // §6: the campaign's zone when it is one of the four, else EST5EDT; minutes rounded up; the autumn hour said in a
    // zone where it is not repeated.
    void start_inOneOfTheFourZones()
    {
        QString problem;
        const QDateTime july(QDate(2026, 7, 1), QTime(13, 0, 20), Qt::UTC);
        auto s = emailcampaigns::startFor(july, "Europe/Warsaw", &problem);
        QVERIFY(s);
        QCOMPARE(s->timezone, QStringLiteral("EST5EDT"));
        QCOMPARE(s->startDate, QStringLiteral("2026-07-01 09:01")); // EDT is UTC-4; 20 s rounded up
        s = emailcampaigns::startFor(july, "PST8PDT", &problem);
        QCOMPARE(s->timezone, QStringLiteral("PST8PDT"));
        QCOMPARE(s->startDate, QStringLiteral("2026-07-01 06:01"));
        // 2026-11-01 05:30 UTC is 01:30 EDT, a wall time New York shows twice that night: said in Central instead.
        const QDateTime autumn(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC);
        s = emailcampaigns::startFor(autumn, "EST5EDT", &problem);
        QVERIFY(s);
        QCOMPARE(s->timezone, QStringLiteral("CST6CDT"));
        QCOMPARE(s->startDate, QStringLiteral("2026-11-01 00:30"));
        QCOMPARE(s->utc, autumn);
    }

    void verify_tokenAndSenders()
    {
        addSender(QStringLiteral("news@shop.example.com"));
        const auto ok = test::waitFor(provider()->verify());
        QVERIFY2(ok.ok, qPrintable(ok.error.message));
        QVERIFY(ok.value.value<AccountStatus>().detail.contains(QStringLiteral("news@shop.example.com")));
        const auto bad = test::waitFor(provider("0000000000000000000000000000000000000000")->verify());
        QCOMPARE(bad.error.kind, ProviderError::Kind::Auth);
        QVERIFY(bad.error.describe(QStringLiteral("EC")).contains(QStringLiteral("token")));
        for (const auto &r : m_fake->requests())
            QVERIFY(r.path.endsWith(QLatin1Char('/')));
    }

    void groups_crudBulkCsvAndPull()
    {
        auto p = provider();
        const auto created = test::waitFor(p->createGroup(QStringLiteral("Customers")));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const QString id = created.value.value<RemoteGroup>().id;
        QCOMPARE(id.size(), 24);
        const auto renamed = test::waitFor(p->renameGroup(id, QStringLiteral("Customers US")));
        QVERIFY2(renamed.ok, qPrintable(renamed.error.message)); // 200 with a body, unlike other PUTs
        QList<Contact> contacts;
        for (int i = 0; i < 3; ++i) {
            Contact c;
            c.email = QStringLiteral("C%1@Example.com").arg(i);
            c.firstName = QStringLiteral("Ann, \"Jr\"");
            c.lastName = QStringLiteral("Lee");
            contacts.append(c);
        }
        const auto pushed = test::waitFor(p->pushContacts(id, contacts));
        QVERIFY2(pushed.ok, qPrintable(pushed.error.message));
        QCOMPARE(pushed.value.toInt(), 3);
        QVERIFY(m_fake->uploads.last().startsWith("name,email\r\n"));
        const auto pulled = test::waitFor(p->pullContacts(id));
        QVERIFY(pulled.ok);
        const QList<Contact> back = pulled.value.value<QList<Contact>>();
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.first().email, QStringLiteral("c0@example.com"));
        QCOMPARE(back.first().firstName, QStringLiteral("Ann,"));
        QCOMPARE(test::waitFor(ec(p)->replaceContacts(id, {contacts.first()})).value.toInt(), 1);
        QCOMPARE(test::waitFor(p->pullContacts(id)).value.value<QList<Contact>>().size(), 1);
        const auto listed = test::waitFor(p->listGroups());
        QCOMPARE(listed.value.value<QList<RemoteGroup>>().first().name, QStringLiteral("Customers US"));
        QCOMPARE(listed.value.value<QList<RemoteGroup>>().first().contactCount, 1);
        QVERIFY(test::waitFor(p->deleteGroup(id)).ok);
        QVERIFY(m_fake->groups.isEmpty());
        QCOMPARE(test::waitFor(p->deleteGroup(id)).error.kind, ProviderError::Kind::Permanent);
        // An unknown group: 404, said as such.
        const auto gone = test::waitFor(p->pullContacts(QStringLiteral("5f00000000000000000000ff")));
        QCOMPARE(gone.error.kind, ProviderError::Kind::Permanent);
    }

    void optOuts_addListRemove_templates()
    {
        auto p = provider();
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("Gone@Example.com"), ContactChange::Block)).ok);
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("gone@example.com"), ContactChange::Block)).ok);
        QCOMPARE(m_fake->optOuts.size(), 1);
        const auto listed = test::waitFor(p->optOuts());
        QCOMPARE(listed.value.value<QList<OptOut>>().first().address, QStringLiteral("gone@example.com"));
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("gone@example.com"), ContactChange::Unblock)).ok);
        QVERIFY(m_fake->optOuts.isEmpty());
        // In bulk, from a one-column CSV.
        const QStringList many {QStringLiteral("a@example.com"), QStringLiteral("B@example.com"),
                                QStringLiteral("c@example.com")};
        QCOMPARE(test::waitFor(ec(p)->optOutsInBulk(many, true)).value.toInt(), 3);
        QCOMPARE(m_fake->uploads.last(), QByteArray("email\r\na@example.com\r\nb@example.com\r\nc@example.com\r\n"));
        QCOMPARE(test::waitFor(p->optOuts()).value.value<QList<OptOut>>().size(), 3);
        QVERIFY(test::waitFor(ec(p)->optOutsInBulk({QStringLiteral("b@example.com")}, false)).ok);
        QCOMPARE(m_fake->optOuts.size(), 2);
        // Messages as templates.
        const auto saved
                = test::waitFor(p->saveTemplate({{}, QStringLiteral("Newsletter"), QStringLiteral("<p>Hi</p>"), {}}));
        QVERIFY2(saved.ok, qPrintable(saved.error.message));
        RemoteTemplate t = saved.value.value<RemoteTemplate>();
        t.html = QStringLiteral("<p>Hello</p>");
        QVERIFY(test::waitFor(p->saveTemplate(t)).ok);
        QCOMPARE(test::waitFor(p->getTemplate(t.id)).value.value<RemoteTemplate>().html,
                 QStringLiteral("<p>Hello</p>"));
        QCOMPARE(test::waitFor(p->listTemplates()).value.value<QList<RemoteTemplate>>().size(), 1);
    }

    // A campaign created with its recipients uploaded and its start in a US zone; the sender registered the first
    // time; results queued, then completed; opted-out addresses skipped; cancelled while waiting.
    void send_uploadScheduleResults_cancel()
    {
        auto p = provider();
        m_fake->optOuts.insert(QStringLiteral("x"),
                               QJsonObject {{QStringLiteral("email"), QStringLiteral("optedout@example.com")}});
        SendRequest request;
        request.channel = Channel::Email;
        request.sender = QStringLiteral("News@Shop.example.com");
        request.campaignName = QStringLiteral("Spring");
        request.timeZone = "America/Chicago"; // not one of the four: EST5EDT
        request.scheduledAt = QDateTime(QDate(2026, 3, 20), QTime(14, 0), Qt::UTC);
        for (const QString &to : {QStringLiteral("a@example.com"), QStringLiteral("bounce@example.com"),
                                  QStringLiteral("odd@example.com"), QStringLiteral("optedout@example.com")})
            request.messages.append(mail(QStringLiteral("k-") + to, to));
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const SendResult result = sent.value.value<SendResult>();
        QCOMPARE(m_fake->senders.size(), 1); // registered on first use
        QVERIFY(m_fake->campaigns.contains(result.remoteCampaignId));
        const auto &c = m_fake->campaigns[result.remoteCampaignId];
        QCOMPARE(c.object.value(QStringLiteral("timezone")).toString(), QStringLiteral("EST5EDT"));
        QCOMPARE(c.startUtc, request.scheduledAt); // 10:00 EDT
        QCOMPARE(m_fake->uploads.last(),
                 QByteArray("name,email\r\n,a@example.com\r\n,bounce@example.com\r\n"
                            ",odd@example.com\r\n,optedout@example.com\r\n"));
        QCOMPARE(result.outcomes.size(), 4);
        QVERIFY(m_fake->results.isEmpty()); // not yet its time
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 20), QTime(14, 1), Qt::UTC));
        QCOMPARE(m_fake->results.size(), 3);
        m_clock->set(QDateTime(QDate(2026, 3, 20), QTime(14, 2), Qt::UTC));
        auto events = test::waitFor(p->sendingEvents(result.remoteCampaignId));
        QVERIFY2(events.ok, qPrintable(events.error.message));
        QCOMPARE(events.value.value<QList<DeliveryEvent>>().size(), 3); // sent only: still queued
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 20), QTime(14, 10), Qt::UTC));
        events = test::waitFor(p->sendingEvents(result.remoteCampaignId));
        QList<DeliveryEvent> list = events.value.value<QList<DeliveryEvent>>();
        QCOMPARE(list.size(), 5); // 3 sent, a delivery, a bounce; "deferred" kept out
        QCOMPARE(std::count_if(list.cbegin(), list.cend(), [](const auto &e) { return e.type == EventType::Bounced; }),
                 1);
        QVERIFY(std::all_of(list.cbegin(), list.cend(), [](const auto &e) { return !e.address.isEmpty(); }));
        // Another, cancelled before its start: no result ever.
        request.campaignName = QStringLiteral("Summer");
        request.scheduledAt = QDateTime(QDate(2026, 6, 1), QTime(14, 0), Qt::UTC);
        const QString summer = test::waitFor(p->send(request)).value.value<SendResult>().remoteCampaignId;
        QVERIFY(test::waitFor(p->cancelScheduled(summer)).ok);
        QCOMPARE(m_fake->campaigns[summer].object.value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!test::waitFor(ec(p)->setCampaignStatus(summer, QStringLiteral("active"))).ok); // cancelled is final
        m_fake->advanceTo(QDateTime(QDate(2026, 6, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(m_fake->results.size(), 3);
    }

    // Sent through the dispatcher: the campaign's CSV names each recipient in its name_index column as a group push
    // does (it went empty); before that, the pre-send check says that a field's default is what everyone reads.
    void dispatch_campaignCsvNamesTheRecipients_andTheCheckSaysTheDefaultIsForEveryone()
    {
        test::TempWorkspace ws;
        ws.clock().set(m_fake->now);
        Group g;
        g.name = QStringLiteral("Customers");
        ws->groups()->create(g);
        QList<Contact> people;
        for (const auto &[first, last, email] :
             {std::tuple {"Ann", "Lee", "ann@example.com"}, std::tuple {"Doe, \"J\"", "", "Doe@Example.com"},
              std::tuple {"", "", "x@example.com"}}) {
            Contact c;
            c.firstName = QString::fromUtf8(first);
            c.lastName = QString::fromUtf8(last);
            c.email = QString::fromUtf8(email);
            people.append(c);
        }
        ws->groups()->addContacts(g.id, people);
        Template t;
        t.name = QStringLiteral("Spring");
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Spring sale");
        t.body = QStringLiteral("<p>Hello {{first_name|default:\"friend\"}}</p>");
        t.marketing = false;
        ws->templates()->add(t);
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        bool added = false;
        accounts.add(Account {0,
                              QStringLiteral("EC US"),
                              QStringLiteral("emailcampaigns"),
                              m_fake->baseUrl(),
                              {},
                              QJsonObject {{QStringLiteral("timeout_ms"), 3000}},
                              {}},
                     QString::fromLatin1(token), this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        Campaign c;
        c.name = QStringLiteral("Spring 2026");
        c.channel = Channel::Email;
        c.accountId = ws->accounts()->byName(QStringLiteral("EC US"))->id;
        c.templateId = t.id;
        c.groupId = g.id;
        c.sender = QStringLiteral("news@shop.example.com");
        QVERIFY(ws->campaigns()->create(c));

        Job *checking = dispatcher.check(c.id);
        QSignalSpy checked(checking, &Job::finished);
        QVERIFY(checked.wait(10000));
        const PreSendCheck check = checking->property("check").value<PreSendCheck>();
        QVERIFY(check.blockers.isEmpty());
        const QString everyone = QStringLiteral("{{first_name|default:\"friend\"}} reads “friend” for everyone");
        QVERIFY2(check.summary().contains(everyone), qPrintable(check.summary())); // shown before the send
        QCOMPARE(check.warnings.filter(everyone).size(), 1);

        QSignalSpy sent(dispatcher.send(c.id), &Job::finished);
        QVERIFY(sent.wait(20000));
        QVERIFY2(sent.first().at(0).toBool(), qPrintable(sent.first().at(1).toString()));
        QCOMPARE(m_fake->uploads.size(), 1);
        QCOMPARE(m_fake->uploads.last(),
                 QByteArray("name,email\r\nAnn Lee,ann@example.com\r\n\"Doe, \"\"J\"\"\",doe@example.com\r\n"
                            ",x@example.com\r\n"));
        // What a group push of the same contacts uploads.
        QCOMPARE(m_fake->uploads.last(),
                 emailcampaigns::csv({QStringLiteral("name"), QStringLiteral("email")},
                                     emailcampaigns::contactRows(people)));
        QJsonArray listed;
        for (const QJsonObject &group : std::as_const(m_fake->groups))
            listed = group.value(QStringLiteral("contacts")).toArray();
        QCOMPARE(listed.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee"));
    }

    // A campaign of what is already there: a stored message and a contact group; paused and resumed; cancelled is
    // final.
    void campaignReusingGroupAndMessage_pauseResume()
    {
        auto p = provider();
        const QString sender = addSender(QStringLiteral("news@shop.example.com"));
        const QString group = test::waitFor(p->createGroup(QStringLiteral("VIP"))).value.value<RemoteGroup>().id;
        Contact vip;
        vip.email = QStringLiteral("vip@example.com");
        QVERIFY(test::waitFor(p->pushContacts(group, {vip})).ok);
        const QString message
                = test::waitFor(p->saveTemplate({{}, QStringLiteral("Offer"), QStringLiteral("<p>For you</p>"), {}}))
                          .value.value<RemoteTemplate>()
                          .id;
        const auto created = test::waitFor(ec(p)->scheduleReusing(QStringLiteral("VIP offer"), group, message, sender,
                                                                  m_fake->now.addSecs(3600), "PST8PDT"));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const QString id = created.value.toString();
        const auto &c = m_fake->campaigns[id];
        QCOMPARE(c.object.value(QStringLiteral("contact_group_id")).toObject().value(QStringLiteral("$oid")).toString(),
                 group);
        QCOMPARE(c.object.value(QStringLiteral("message_id")).toObject().value(QStringLiteral("$oid")).toString(),
                 message);
        QCOMPARE(c.object.value(QStringLiteral("timezone")).toString(), QStringLiteral("PST8PDT"));
        QCOMPARE(m_fake->messages.size(), 1); // nothing new made
        QVERIFY(test::waitFor(ec(p)->setCampaignStatus(id, QStringLiteral("paused"))).ok);
        m_fake->advanceTo(m_fake->now.addSecs(7200));
        QVERIFY(m_fake->results.isEmpty()); // paused: nothing produced
        QVERIFY(test::waitFor(ec(p)->setCampaignStatus(id, QStringLiteral("active"))).ok);
        QCOMPARE(m_fake->results.size(), 1);
        QCOMPARE(test::waitFor(ec(p)->setCampaignStatus(id, QStringLiteral("finished"))).error.kind,
                 ProviderError::Kind::Validation);
        // An unknown message: refused.
        QVERIFY(!test::waitFor(ec(p)->scheduleReusing(QStringLiteral("X"), group,
                                                      QStringLiteral("5f00000000000000000000ff"), sender, {},
                                                      "EST5EDT"))
                         .ok);
    }

    void send_lostAnswerIsUnknown_neverRetried()
    {
        addSender(QStringLiteral("news@shop.example.com"));
        auto p = provider();
        SendRequest request;
        request.channel = Channel::Email;
        request.sender = QStringLiteral("news@shop.example.com");
        request.campaignName = QStringLiteral("X");
        request.messages = {mail(QStringLiteral("k1"), QStringLiteral("a@example.com"))};
        // The sender lookup answers, then the campaign's POST gets a 502.
        connect(m_fake.get(), &test::FakeServer::requestReceived, this, [this](const QString &path) {
            if (path == QLatin1String("/email/campaign/"))
                m_fake->script(test::FakeReply::text("bad gateway", 502), 1);
        });
        const auto lost = test::waitFor(p->send(request));
        QVERIFY(!lost.ok);
        QCOMPARE(lost.error.kind, ProviderError::Kind::Transient);
        int posts = 0;
        for (const auto &r : m_fake->requests())
            posts += r.method == "POST" && r.path == QLatin1String("/email/campaign/");
        QCOMPARE(posts, 1);
        // Without a sender, refused before anything goes.
        request.sender.clear();
        QCOMPARE(test::waitFor(p->send(request)).error.kind, ProviderError::Kind::Validation);
        // {{unsubscribe_url}} needs the account's own page: the API has no link of its own.
        request.sender = QStringLiteral("news@shop.example.com");
        request.messages.first().body = QStringLiteral("<a href=\"{{unsubscribe_url}}\">Unsubscribe</a>");
        const auto noPage = test::waitFor(p->send(request));
        QCOMPARE(noPage.error.kind, ProviderError::Kind::Validation);
        QVERIFY(noPage.error.message.contains(QStringLiteral("unsubscribe_url")));
        disconnect(m_fake.get(), &test::FakeServer::requestReceived, this, nullptr);
        auto withPage = provider(token,
                                 QJsonObject {{QStringLiteral("unsubscribe_url"),
                                               QStringLiteral("https://shop.example.com/u?a=1&b=2")}});
        QVERIFY(test::waitFor(withPage->send(request)).ok);
        QCOMPARE(m_fake->messages.last().value(QStringLiteral("email_message")).toString(),
                 QStringLiteral("<a href=\"https://shop.example.com/u?a=1&amp;b=2\">Unsubscribe</a>"));
    }

    // --- the fault matrix (#18): creating the campaign is sending it, so where its POST may have been acted on the
    // recipients are unknown; the steps before it send nothing, so their failure leaves them failed

    void faults_5xxWithJson_isUnknown()
    {
        auto p = provider();
        m_fake->scriptOn(
                QStringLiteral("/email/campaign/"),
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
        const auto o = test::waitFor(p->send(oneMail()));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(campaignPosts(), 1);
    }

    void faults_cutOffSuccess_isUnknown_data() { test::addCutOffRows(); }

    void faults_cutOffSuccess_isUnknown()
    {
        QFETCH(bool, reset);
        auto p = provider();
        const QJsonObject created {{QStringLiteral("$_id"),
                                    QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5f0000000000000000000099")}}},
                                   {QStringLiteral("status"), QStringLiteral("scheduled")}};
        m_fake->scriptOn(QStringLiteral("/email/campaign/"),
                         test::FakeReply::cutOff(test::FakeReply::json(created, 201), 20, reset));
        const auto o = test::waitFor(p->send(oneMail()));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(campaignPosts(), 1);
    }

    void faults_5xxBeforeTheCampaign_isFailedNotUnknown()
    {
        auto p = provider();
        // The sender lookup (a read: asked three times) fails: nothing was sent.
        m_fake->script(
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504),
                3);
        const auto o = test::waitFor(p->send(oneMail()), 15000);
        QVERIFY(o.finished && !o.ok);
        QVERIFY(o.error.kind != ProviderError::Kind::Transient);
        QCOMPARE(campaignPosts(), 0);
    }

    // From the command line: the account, a group synced, a test copy (a one-row campaign), a campaign scheduled
    // (held there), cancelled; another sent now, its results read into the report.
    void cli_syncTestScheduleCancelSendReport()
    {
        test::TempWorkspace ws;
        {
            Group g;
            g.name = QStringLiteral("Customers");
            ws->groups()->create(g);
            QList<Contact> contacts;
            for (const QString &local : {QStringLiteral("ann"), QStringLiteral("bounce"), QStringLiteral("carl")}) {
                Contact c;
                c.email = local + QStringLiteral("@example.com");
                c.firstName = local;
                contacts.append(c);
            }
            ws->groups()->addContacts(g.id, contacts);
            Template mail;
            mail.name = QStringLiteral("Spring");
            mail.channel = Channel::Email;
            mail.subject = QStringLiteral("Spring sale");
            mail.body = QStringLiteral("<p>Hello {{first_name|default:\"friend\"}}</p>");
            mail.marketing = false;
            ws->templates()->add(mail);
        }
        const QString db = ws.path();
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), db);
        ctl.env.insert(QStringLiteral("CM_SECRET_EC_US"), QString::fromLatin1(token));
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:00:00Z"));
        const QString &out = ctl.out;
        QVERIFY2(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("EC US"),
                      QStringLiteral("--provider"), QStringLiteral("emailcampaigns"), QStringLiteral("--base-url"),
                      m_fake->baseUrl()})
                         == 0,
                 qPrintable(out));
        QVERIFY2(ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("EC US")}) == 0,
                 qPrintable(out));
        QVERIFY2(ctl({QStringLiteral("groups"), QStringLiteral("sync"), QStringLiteral("Customers"),
                      QStringLiteral("--account"), QStringLiteral("EC US"), QStringLiteral("--push")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->groups.size(), 1);
        QCOMPARE(m_fake->groups.first().value(QStringLiteral("contacts")).toArray().size(), 3);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Spring 2026"),
                      QStringLiteral("--account"), QStringLiteral("EC US"), QStringLiteral("--group"),
                      QStringLiteral("Customers"), QStringLiteral("--template"), QStringLiteral("Spring"),
                      QStringLiteral("--sender"), QStringLiteral("news@shop.example.com")}),
                 0);
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Spring 2026"),
                      QStringLiteral("--test-to"), QStringLiteral("me@example.com")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->campaigns.size(), 1); // the test: a real campaign to one row (§9)
        QVERIFY(m_fake->uploads.last().contains("me@example.com"));
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("schedule"), QStringLiteral("Spring 2026"),
                      QStringLiteral("--tz"), QStringLiteral("America/New_York"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-20 10:00")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->campaigns.size(), 2);
        const QString held = m_fake->campaigns.lastKey();
        QCOMPARE(m_fake->campaigns[held].startUtc, QDateTime(QDate(2026, 3, 20), QTime(14, 0), Qt::UTC));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Spring 2026"))->state, CampaignState::Scheduled);
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("cancel"), QStringLiteral("Spring 2026")}) == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->campaigns[held].object.value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Spring 2026"))->state, CampaignState::Cancelled);

        // A copy sent now: results come, the report counts them.
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("clone"), QStringLiteral("Spring 2026"),
                      QStringLiteral("Spring again")}),
                 0);
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Spring again")}) == 0,
                 qPrintable(out));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Spring again"))->state, CampaignState::Sent);
        // It starts at the next whole minute (start_date has no seconds), and its results complete later.
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 16), QTime(12, 2), Qt::UTC));
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 16), QTime(12, 30), Qt::UTC));
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:30:00Z"));
        QVERIFY2(ctl({QStringLiteral("reports"), QStringLiteral("show"), QStringLiteral("Spring again"),
                      QStringLiteral("--refresh"), QStringLiteral("--json")})
                         == 0,
                 qPrintable(out));
        const QJsonObject stats = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!stats.isEmpty(), qPrintable(out));
        QVERIFY2(stats.value(QStringLiteral("delivered")).toInteger() == 2, qPrintable(out));
        QCOMPARE(stats.value(QStringLiteral("bounced")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEmailCampaigns)
#include "tst_emailcampaigns.moc"
