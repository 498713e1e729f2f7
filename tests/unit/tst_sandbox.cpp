// The sandbox provider: a deterministic simulation of delivery and engagement over time.
#include "providers/sandbox/sandboxprovider.h"
#include "support/testsupport.h"

#include <QTest>

using namespace cm;

namespace {
const QDateTime sentAt = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

int countOf(const QList<DeliveryEvent> &events, EventType type)
{
    return int(
            std::count_if(events.cbegin(), events.cend(), [type](const DeliveryEvent &e) { return e.type == type; }));
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedAndMessage_giveTheSameStory()
    {
        const SandboxSimulator a(7);
        const SandboxSimulator b(7);
        const QString id = a.accept(Channel::Email, QStringLiteral("ayse@example.com"), QStringLiteral("k1"), sentAt);
        QCOMPARE(b.accept(Channel::Email, QStringLiteral("ayse@example.com"), QStringLiteral("k1"), sentAt), id);
        const QDateTime later = sentAt.addDays(5);
        const auto first = a.events(id, later);
        const auto second = b.events(id, later);
        QCOMPARE(first.size(), second.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].type, second[i].type);
            QCOMPARE(first[i].at, second[i].at);
        }
    }

    void otherSeed_givesOtherIds()
    {
        const QString a = SandboxSimulator(1).accept(Channel::Sms, QStringLiteral("+905321234567"), QStringLiteral("k"),
                                                     sentAt);
        const QString b = SandboxSimulator(2).accept(Channel::Sms, QStringLiteral("+905321234567"), QStringLiteral("k"),
                                                     sentAt);
        QVERIFY(a != b);
    }

    void events_appearOverTimeAndNeverDisappear()
    {
        const SandboxSimulator sim(11);
        int checked = 0;
        for (int i = 0; i < 400; ++i) {
            const QString id = sim.accept(Channel::Email, QStringLiteral("p%1@example.com").arg(i),
                                          QStringLiteral("key-%1").arg(i), sentAt);
            QVERIFY(sim.events(id, sentAt).isEmpty()); // nothing has happened at the moment of sending
            QList<DeliveryEvent> previous;
            for (const qint64 step : {60, 3600, 86400, 7 * 86400}) {
                const auto now = sim.events(id, sentAt.addSecs(step));
                QVERIFY(now.size() >= previous.size());
                for (qsizetype k = 0; k < previous.size(); ++k)
                    QCOMPARE(now[k].type, previous[k].type);
                for (const DeliveryEvent &e : now)
                    QVERIFY(e.at <= sentAt.addSecs(step) && e.at > sentAt);
                previous = now;
            }
            // A week later every message has its outcome: delivered, failed or bounced, exactly one of them.
            QCOMPARE(countOf(previous, EventType::Delivered) + countOf(previous, EventType::Failed)
                             + countOf(previous, EventType::Bounced),
                     1);
            ++checked;
        }
        QCOMPARE(checked, 400);
    }

    void rates_areRealistic()
    {
        const SandboxSimulator sim(3);
        int delivered = 0, opened = 0, clicked = 0, bounced = 0, smsOpened = 0, smsDelivered = 0;
        const int n = 5000;
        for (int i = 0; i < n; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            const auto email
                    = sim.events(sim.accept(Channel::Email, QStringLiteral("u%1@example.com").arg(i), key, sentAt),
                                 sentAt.addDays(30));
            delivered += countOf(email, EventType::Delivered);
            opened += countOf(email, EventType::Opened) > 0 ? 1 : 0;
            clicked += countOf(email, EventType::Clicked) > 0 ? 1 : 0;
            bounced += countOf(email, EventType::Bounced);
            const auto sms
                    = sim.events(sim.accept(Channel::Sms, QStringLiteral("+4850%1").arg(1000000 + i), key, sentAt),
                                 sentAt.addDays(30));
            smsDelivered += countOf(sms, EventType::Delivered);
            smsOpened += countOf(sms, EventType::Opened);
        }
        QVERIFY2(delivered > n * 0.90 && delivered < n * 0.99, qPrintable(QString::number(delivered)));
        QVERIFY2(opened > n * 0.35 && opened < n * 0.48, qPrintable(QString::number(opened)));
        QVERIFY2(clicked > opened * 0.25 && clicked < opened * 0.42, qPrintable(QString::number(clicked)));
        QVERIFY2(bounced > n * 0.02 && bounced < n * 0.06, qPrintable(QString::number(bounced)));
        QVERIFY(smsDelivered > n * 0.93);
        QCOMPARE(smsOpened, 0); // SMS has no opens
    }

    void specialAddresses_failAndBounceEveryTime()
    {
        const SandboxSimulator sim(5);
        for (int i = 0; i < 50; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            const auto failed = sim.events(sim.accept(Channel::Sms, QStringLiteral("+1555fail%1").arg(i), key, sentAt),
                                           sentAt.addDays(1));
            QCOMPARE(countOf(failed, EventType::Failed), 1);
            const auto bounced
                    = sim.events(sim.accept(Channel::Email, QStringLiteral("bounce%1@example.com").arg(i), key, sentAt),
                                 sentAt.addDays(1));
            QCOMPARE(countOf(bounced, EventType::Bounced), 1);
            QCOMPARE(countOf(bounced, EventType::Opened), 0);
        }
    }

    void foreignIds_haveNoEvents()
    {
        const SandboxSimulator sim(5);
        QVERIFY(sim.events(QStringLiteral("52ad371d92ce420b8f7efc567748684c"), sentAt.addDays(1)).isEmpty());
        QVERIFY(sim.events(QStringLiteral("sbx1.en.notanumber.ff"), sentAt.addDays(1)).isEmpty());
    }

    void provider_verifyReportsBalance()
    {
        ManualClock clock(sentAt);
        Account account {1, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        SandboxProvider provider(account, QStringLiteral("any key"), &clock);
        const auto outcome = test::waitFor(provider.verify());
        QVERIFY(outcome.finished);
        QVERIFY(outcome.ok);
        const auto status = outcome.value.value<AccountStatus>();
        QVERIFY(status.ok);
        QCOMPARE(*status.balance, SandboxProvider::StartingBalance);
        QCOMPARE(status.currency, QStringLiteral("EUR"));
    }

    void provider_refusesTheInvalidKeyAsAnAuthError()
    {
        ManualClock clock(sentAt);
        Account account {1, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        SandboxProvider provider(account, QLatin1String(SandboxProvider::InvalidSecret), &clock);
        const auto outcome = test::waitFor(provider.verify());
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ProviderError::Kind::Auth);
        QVERIFY(outcome.error.describe(QStringLiteral("Sandbox")).contains(QStringLiteral("Sandbox")));
    }

    void provider_sendAcceptsValidAndRejectsInvalidRecipients()
    {
        ManualClock clock(sentAt);
        Account account {1, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        SandboxProvider provider(account, {}, &clock);
        SendRequest request;
        request.channel = Channel::Sms;
        request.messages = {{QStringLiteral("a"), QStringLiteral("+905321234567"), {}, QStringLiteral("Merhaba"), {}},
                            {QStringLiteral("b"), QStringLiteral("0532 123"), {}, QStringLiteral("Merhaba"), {}},
                            {QStringLiteral("c"), QStringLiteral("+1555reject01"), {}, QStringLiteral("Hi"), {}}};
        const auto outcome = test::waitFor(provider.send(request));
        QVERIFY(outcome.ok);
        const auto result = outcome.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 3);
        QVERIFY(result.outcomes[0].accepted);
        QVERIFY(!result.outcomes[0].providerId.isEmpty());
        QVERIFY(!result.outcomes[1].accepted);
        QVERIFY(!result.outcomes[1].error.isEmpty());
        QVERIFY(!result.outcomes[2].accepted);

        // The balance went down by one UCS-2-free part.
        const auto status = test::waitFor(provider.verify()).value.value<AccountStatus>();
        QCOMPARE(*status.balance, SandboxProvider::StartingBalance - SandboxSimulator::SmsPricePerPart);

        // Events come as the clock moves.
        const QStringList ids {result.outcomes[0].providerId};
        QVERIFY(test::waitFor(provider.fetchEvents(ids)).value.value<QList<DeliveryEvent>>().isEmpty());
        clock.advance(86400);
        const auto events = test::waitFor(provider.fetchEvents(ids)).value.value<QList<DeliveryEvent>>();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().providerId, ids.first());
    }

    void provider_emptySendIsAValidationError()
    {
        ManualClock clock(sentAt);
        SandboxProvider provider(Account {}, {}, &clock);
        const auto outcome = test::waitFor(provider.send(SendRequest {}));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ProviderError::Kind::Validation);
    }

    void provider_groupsAreCreatedListedAndFilled()
    {
        ManualClock clock(sentAt);
        SandboxProvider provider(Account {}, {}, &clock);
        const auto created = test::waitFor(provider.createGroup(QStringLiteral("VIP")));
        QVERIFY(created.ok);
        const auto group = created.value.value<RemoteGroup>();
        QCOMPARE(group.name, QStringLiteral("VIP"));
        const QList<Contact> contacts = {Contact {0, 0, QStringLiteral("a@example.com"), {}, {}, {}, {}, {}, {}, {}}};
        QCOMPARE(test::waitFor(provider.pushContacts(group.id, contacts)).value.toInt(), 1);
        const auto listed = test::waitFor(provider.listGroups()).value.value<QList<RemoteGroup>>();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().contactCount, 1);
        QCOMPARE(test::waitFor(provider.pullContacts(group.id)).value.value<QList<Contact>>().size(), 1);
        QCOMPARE(test::waitFor(provider.pullContacts(QStringLiteral("nope"))).error.kind,
                 ProviderError::Kind::Validation);
    }

    void provider_abortedReplyFinishesCancelled()
    {
        ManualClock clock(sentAt);
        Account account;
        account.settings.insert(QStringLiteral("latency_ms"), 2000);
        SandboxProvider provider(account, {}, &clock);
        ProviderReply *reply = provider.verify();
        QTimer::singleShot(10, reply, &ProviderReply::abort);
        const auto outcome = test::waitFor(reply, 1000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind, ProviderError::Kind::Cancelled);
    }

    void provider_scheduledSendCanBeCancelledUntilItsTime()
    {
        ManualClock clock(sentAt);
        SandboxProvider provider(Account {}, {}, &clock);
        SendRequest request;
        request.channel = Channel::Email;
        request.scheduledAt = sentAt.addSecs(3600);
        request.messages = {{QStringLiteral("a"),
                             QStringLiteral("ayse@example.com"),
                             QStringLiteral("Hi"),
                             QStringLiteral("Hello"),
                             {}}};
        const auto held = test::waitFor(provider.send(request)).value.value<SendResult>();
        QVERIFY(held.outcomes.first().accepted);
        QVERIFY(test::waitFor(provider.cancelScheduled(held.remoteCampaignId)).ok);
        clock.advance(3 * 86400);
        QVERIFY(test::waitFor(provider.fetchEvents({held.outcomes.first().providerId}))
                        .value.value<QList<DeliveryEvent>>()
                        .isEmpty()); // cancelled: it never happens
        QCOMPARE(test::waitFor(provider.cancelScheduled(held.remoteCampaignId)).error.kind,
                 ProviderError::Kind::Validation); // nothing left to cancel

        // Once its time has come, a send can no longer be cancelled.
        request.messages.first().clientKey = QStringLiteral("b");
        request.scheduledAt = clock.now().addSecs(60);
        const auto second = test::waitFor(provider.send(request)).value.value<SendResult>();
        clock.advance(120);
        const auto late = test::waitFor(provider.cancelScheduled(second.remoteCampaignId));
        QCOMPARE(late.error.kind, ProviderError::Kind::Permanent);
        QVERIFY(!test::waitFor(provider.fetchEvents({second.outcomes.first().providerId}))
                         .value.value<QList<DeliveryEvent>>()
                         .isEmpty());
    }

    void info_declaresCountersPerChannel()
    {
        const ProviderInfo info = SandboxProvider::providerInfo();
        QVERIFY(info.supports(Channel::Sms));
        QVERIFY(info.supports(Channel::Email));
        QVERIFY(!info.counters(Channel::Sms).contains(CampaignStats::Opened));
        QVERIFY(info.counters(Channel::Email).contains(CampaignStats::Opened));
        QVERIFY(info.supports(Channel::Voice) && info.supports(Channel::WhatsApp)); // as SMS, counted by recipient
        QVERIFY(!info.counters(Channel::Voice).contains(CampaignStats::Opened));
        QVERIFY(info.can.reporting.recipientStatus);
        QVERIFY(!info.can.reporting.campaignCounters);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
