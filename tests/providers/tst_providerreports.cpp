// A finished campaign's report shows the provider's numbers exactly as its fake served them, for every adapter: the
// campaign is sent through the dispatcher, the report refreshed through the report service, and the stored snapshot
// compared with what the fake (or the sandbox's simulation) says happened. Counters a provider does not report are
// "not reported", never 0.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "fakes/deploymentsfake.h"
#include "fakes/nrs360fake.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/sandbox/sandboxsimulator.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cm;

namespace {

const QByteArray secret = "report-secret-31";

struct Setup
{
    Setup()
        : accounts(&ws.workspace(), &secrets, &jobs, false)
        , dispatcher(&ws.workspace(), &accounts, &jobs)
        , reports(&ws.workspace(), &accounts, &jobs)
    { }

    Account addAccount(const QString &provider, const QString &baseUrl, const QJsonObject &settings = {},
                       const QString &user = {})
    {
        Account a {0, provider, provider, baseUrl, user, settings, {}};
        bool added = false;
        accounts.add(a, QString::fromUtf8(secret), &ws.workspace(), [&added](bool ok, const QString &) { added = ok; });
        (void)QTest::qWaitFor([&added] { return added; }, 5000);
        return ws->accounts()->byName(provider).value_or(Account {});
    }

    // A campaign of `size` recipients to the account, from a new group and template.
    Campaign makeCampaign(const Account &account, Channel channel, int size)
    {
        const QString name = QStringLiteral("%1 %2").arg(account.name).arg(++made);
        Group g;
        g.name = name;
        ws->groups()->create(g);
        QList<Contact> contacts;
        for (int i = 0; i < size; ++i) {
            Contact c;
            c.email = QStringLiteral("p%1@example.com").arg(i);
            c.phone = QStringLiteral("+2782%1").arg(5000000 + i);
            c.firstName = QStringLiteral("Thandi");
            contacts.append(c);
        }
        ws->groups()->addContacts(g.id, contacts);
        Template t;
        t.name = name;
        t.channel = channel;
        t.subject = QStringLiteral("News for {{first_name}}");
        t.body = channel == Channel::Sms
                ? QStringLiteral("Hi {{first_name}}, 20% off today. Reply STOP to opt out")
                : QStringLiteral("<p>Hi {{first_name}}</p><a href=\"https://example.com/sale\">"
                                 "Sale</a> <a href=\"{{unsubscribe_url}}\">Unsubscribe</a>");
        ws->templates()->add(t);
        Campaign c;
        c.name = name;
        c.channel = channel;
        c.accountId = account.id;
        c.groupId = g.id;
        c.templateId = t.id;
        c.sender = channel == Channel::Email ? QStringLiteral("news@example.com") : QString();
        ws->campaigns()->create(c);
        return c;
    }

    // Runs a job to its end; returns its closing message, prefixed "failed: " when it failed.
    QString run(Job *job)
    {
        QString said;
        QObject::connect(job, &Job::finished, job, [&said](bool ok, const QString &message) {
            said = ok ? message : QStringLiteral("failed: ") + message;
        });
        (void)QTest::qWaitFor([&said] { return !said.isEmpty(); }, 30000);
        return said;
    }

    CampaignStats report(qint64 campaignId)
    {
        const QString said = run(reports.refresh(campaignId));
        if (said.startsWith(QLatin1String("failed")))
            qWarning() << said;
        const auto snapshot = ws->campaigns()->latestSnapshot(campaignId);
        return snapshot ? snapshot->stats : CampaignStats {};
    }

    test::TempWorkspace ws;
    int made = 0;
    MemorySecretStore secrets;
    JobTracker jobs;
    AccountService accounts;
    Dispatcher dispatcher;
    ReportService reports;
};

} // namespace

class TestProviderReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sandbox_emailReportEqualsTheSimulation()
    {
        Setup s;
        const Account account = s.addAccount(QStringLiteral("sandbox"), {}, {{QStringLiteral("seed"), 7}});
        const Campaign c = s.makeCampaign(account, Channel::Email, 300);
        QVERIFY2(!s.run(s.dispatcher.send(c.id)).startsWith(QLatin1String("failed")), "send");
        s.ws.clock().advance(2 * 86400); // opens and clicks have happened by now
        const CampaignStats stats = s.report(c.id);

        const SandboxSimulator sim(7);
        QHash<EventType, qint64> total;
        QHash<EventType, QSet<QString>> people;
        const auto ids = s.ws->campaigns()->providerIds(c.id);
        QCOMPARE(ids.size(), 300);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            for (const DeliveryEvent &e : sim.events(it.key(), s.ws.clock().now())) {
                ++total[e.type];
                people[e.type].insert(it.key());
            }
        }
        QVERIFY(total.value(EventType::Opened) > 0 && total.value(EventType::Clicked) > 0);
        QCOMPARE(stats.value(CampaignStats::Sent), 300);
        QCOMPARE(stats.value(CampaignStats::Delivered), people.value(EventType::Delivered).size());
        QCOMPARE(stats.value(CampaignStats::Bounced), people.value(EventType::Bounced).size());
        QCOMPARE(stats.value(CampaignStats::UniqueOpened), people.value(EventType::Opened).size());
        QCOMPARE(stats.value(CampaignStats::Opened), total.value(EventType::Opened));
        QCOMPARE(stats.value(CampaignStats::UniqueClicked), people.value(EventType::Clicked).size());
        QCOMPARE(stats.value(CampaignStats::Clicked), total.value(EventType::Clicked));
        QCOMPARE(stats.value(CampaignStats::Unsubscribed), people.value(EventType::Unsubscribed).size());
    }

    void outbox_reportEqualsTheStatusesTheFakeServed()
    {
        Setup s;
        test::OutboxFake fake(secret);
        QVERIFY(fake.start());
        const Account account = s.addAccount(QStringLiteral("outbox"), fake.baseUrl());
        const Campaign c = s.makeCampaign(account, Channel::Sms, 40);
        QVERIFY2(!s.run(s.dispatcher.send(c.id)).startsWith(QLatin1String("failed")), "send");
        QCOMPARE(fake.messages.size(), 40);
        // Outbox documents only code 0 (Success): a message with any other code stays accepted, not delivered.
        int other = 0;
        for (auto it = fake.messages.cbegin(); it != fake.messages.cend(); ++it) {
            if (other < 9 && it.value().recipient.endsWith(QLatin1Char('3'))) {
                fake.statuses.insert(it.key(), {4, QStringLiteral("Waiting for operator")});
                ++other;
            }
        }
        QCOMPARE(other, 4);
        const CampaignStats stats = s.report(c.id);
        QCOMPARE(stats.value(CampaignStats::Sent), fake.messages.size());
        QCOMPARE(stats.value(CampaignStats::Delivered), fake.messages.size() - other);
        QCOMPARE(stats.value(CampaignStats::Pending), other);
        QVERIFY(!stats.isReported(CampaignStats::Opened));
        QVERIFY(!stats.isReported(CampaignStats::Failed));
        // One status request per message: Outbox has no bulk status.
        int statusCalls = 0;
        for (const auto &r : fake.requests())
            statusCalls += r.path == QLatin1String("/get/status");
        QCOMPARE(statusCalls, 40);
    }

    void deployments_reportEqualsTheLinkedDeploymentsStats()
    {
        Setup s;
        test::DeploymentsFake fake(secret);
        QVERIFY(fake.start());
        fake.deployments
                = {QJsonDocument::fromJson(R"({"id": 501, "title": "Other", "linked_campaign": 3})").object(),
                   QJsonDocument::fromJson(R"({"id": 502, "title": "March", "linked_campaign": 12})").object()};
        // Sent earlier in the same deployment, on another day: the provider counts it too, and so do we.
        fake.stats[502].append(QJsonObject {{QStringLiteral("id"), 1},
                                            {QStringLiteral("period_type"), 2},
                                            {QStringLiteral("period_start"), QStringLiteral("2026-03-15T00:00:00Z")},
                                            {QStringLiteral("period_end"), QStringLiteral("2026-03-16T00:00:00Z")},
                                            {QStringLiteral("total"), 7},
                                            {QStringLiteral("sms_sent_count"), 5},
                                            {QStringLiteral("sms_unsent_count"), 2},
                                            {QStringLiteral("sms_optout_count"), 0}});
        fake.optouts.append(QJsonObject {{QStringLiteral("id"), 9},
                                         {QStringLiteral("originator"), QStringLiteral("27825000004")},
                                         {QStringLiteral("date_overwritten"), QJsonValue::Null}});
        const QJsonObject settings {{QStringLiteral("campaign_pk"), 12}, {QStringLiteral("bulk_size"), 10}};

        // Without campaign_pk nothing ties the sends to a deployment: the refresh says what to set.
        const Account unlinked = s.addAccount(QStringLiteral("deployments"), fake.baseUrl());
        const Campaign first = s.makeCampaign(unlinked, Channel::Sms, 3);
        QVERIFY2(!s.run(s.dispatcher.send(first.id)).startsWith(QLatin1String("failed")), "send");
        const QString refusal = s.run(s.reports.refresh(first.id));
        QVERIFY2(refusal.startsWith(QLatin1String("failed")) && refusal.contains(QLatin1String("campaign_pk")),
                 qPrintable(refusal));
        fake.sent.clear();

        Account linked = unlinked;
        for (auto it = settings.begin(); it != settings.end(); ++it)
            linked.settings.insert(it.key(), it.value());
        QVERIFY(s.ws->accounts()->update(linked));
        const Campaign c = s.makeCampaign(linked, Channel::Sms, 25);
        QVERIFY2(!s.run(s.dispatcher.send(c.id)).startsWith(QLatin1String("failed")), "send");
        // +27825000004 has opted out at the platform: left out of the send (its opt-outs are read first), failed.
        QCOMPARE(fake.sent.size(), 24);
        QCOMPARE(s.ws->campaigns()->recipientCounts(c.id).value(RecipientState::Failed), 1);
        QCOMPARE(DispatchStore(s.ws->database()).remoteIds(c.id), QStringList {QStringLiteral("502")});
        const CampaignStats stats = s.report(c.id);

        qint64 sent = 0, unsent = 0, optedOut = 0;
        for (const QJsonObject &b : fake.stats.value(502)) {
            if (b.value(QStringLiteral("period_type")).toInt() != 2)
                continue;
            sent += b.value(QStringLiteral("sms_sent_count")).toInteger();
            unsent += b.value(QStringLiteral("sms_unsent_count")).toInteger();
            optedOut += b.value(QStringLiteral("sms_optout_count")).toInteger();
        }
        QCOMPARE(optedOut, 0); // nothing went to the opted-out number
        QCOMPARE(sent, 5 + 24);
        QCOMPARE(stats.value(CampaignStats::Sent), sent);
        QCOMPARE(stats.value(CampaignStats::Failed), unsent);
        QCOMPARE(stats.value(CampaignStats::Unsubscribed), optedOut);
        // Deployments reports no delivery and no engagement: "not reported", never 0.
        for (auto counter : {CampaignStats::Delivered, CampaignStats::Opened, CampaignStats::Clicked})
            QVERIFY(!stats.isReported(counter));
    }

    void nrs360_reportEqualsTheCountersAndEventsTheFakeServed()
    {
        Setup s;
        test::Nrs360Fake fake(QStringLiteral("shop"), QString::fromUtf8(secret));
        QVERIFY(fake.start());
        const Account account = s.addAccount(QStringLiteral("nrs360"), fake.apiBase(),
                                             {{QStringLiteral("requests_per_second"), 50}}, QStringLiteral("shop"));
        const Campaign c = s.makeCampaign(account, Channel::Email, 12);
        QVERIFY2(!s.run(s.dispatcher.send(c.id)).startsWith(QLatin1String("failed")), "send");
        QCOMPARE(fake.messages.size(), 12);
        // People open and click (one twice), one unsubscribes: as 360NRS would record them.
        int n = 0;
        for (const auto &m : std::as_const(fake.messages)) {
            if (n % 2 == 0)
                fake.addEvent(m.id, QStringLiteral("opened"), {}, QStringLiteral("Chrome"), QStringLiteral("Android"));
            if (n % 3 == 0)
                fake.addEvent(m.id, QStringLiteral("clicked"), QStringLiteral("https://example.com/sale"));
            if (n == 0) {
                fake.now = fake.now.addSecs(90); // a second click, later
                fake.addEvent(m.id, QStringLiteral("clicked"), QStringLiteral("https://example.com/sale"));
                fake.now = fake.now.addSecs(-90);
            }
            if (n == 5)
                fake.addEvent(m.id, QStringLiteral("unsubscribed"));
            ++n;
        }
        const CampaignStats stats = s.report(c.id);
        const qint64 sendingId = fake.sendings.firstKey();
        QCOMPARE(DispatchStore(s.ws->database()).remoteIds(c.id), QStringList {QString::number(sendingId)});
        const QJsonObject served = fake.sendingCounters(sendingId);
        auto counter = [&served](const char *key) { return served.value(QLatin1String(key)).toInteger(); };
        QCOMPARE(stats.value(CampaignStats::Sent), counter("sent"));
        QCOMPARE(stats.value(CampaignStats::Delivered), counter("delivered"));
        QCOMPARE(stats.value(CampaignStats::Opened), counter("opened"));
        QCOMPARE(stats.value(CampaignStats::UniqueOpened), counter("opened_unique"));
        QCOMPARE(stats.value(CampaignStats::Clicked), counter("clicked"));
        QCOMPARE(stats.value(CampaignStats::UniqueClicked), counter("clicked_unique"));
        QCOMPARE(stats.value(CampaignStats::Unsubscribed), counter("unsubscribed"));
        QCOMPARE(stats.value(CampaignStats::Bounced), counter("hard_bounced") + counter("soft_bounced"));
        QCOMPARE(stats.value(CampaignStats::Complained), counter("complaint"));
        QCOMPARE(stats.value(CampaignStats::Clicked), 5);
        QVERIFY(stats.cost && *stats.cost > 0);
        // Per recipient, from the events export: who clicked (with the link), and the unsubscribe on the list.
        const auto clicked = s.ws->campaigns()->linkClicks(c.id);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(std::get<1>(clicked.first()), 5);
        QCOMPARE(std::get<2>(clicked.first()), 4);
        QVERIFY(s.ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("p5@example.com")));
    }
};

QTEST_GUILESS_MAIN(TestProviderReports)
#include "tst_providerreports.moc"
