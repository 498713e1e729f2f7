// The FreshMail adapter: the spec's signature vectors, then every operation against the loopback fake, which
// checks each request's signature over the bytes it received and answers errors in both HTTP modes (mapped and
// always 200) and lists in both shapes (documented and observed). Ends with campaignctl, end to end.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "app/services/workspace.h"
#include "fakes/freshmailfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/freshmail/freshmailprovider.h"
#include "providers/providerregistry.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace cm;

namespace {
const QByteArray key = "0123456789abcdef0123456789abcdef";
const QByteArray secret = "fedcba9876543210fedcba9876543210fedcba98";

OutgoingMessage mail(const QString &key, const QString &to, const QString &subject, const QString &html)
{
    return {key, to, subject, html};
}
} // namespace

class TestFreshMail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FreshMailFake> m_fake;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<Provider> provider(const QJsonObject &settings = {}, const QByteArray &apiSecret = secret)
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        Account a {7,
                   QStringLiteral("FreshMail PL"),
                   QStringLiteral("freshmail"),
                   m_fake->baseUrl(),
                   QString::fromLatin1(key),
                   settings,
                   {}};
        return std::unique_ptr<Provider>(registry.create(a, QString::fromLatin1(apiSecret)));
    }
    FreshMailProvider *fm(const std::unique_ptr<Provider> &p) { return static_cast<FreshMailProvider *>(p.get()); }

    // SMS s0, s1, … to +48555666700, +48555666701, …
    static SendRequest smsTo(int count)
    {
        SendRequest request;
        request.channel = Channel::Sms;
        for (int i = 0; i < count; ++i)
            request.messages.append({QStringLiteral("s%1").arg(i),
                                     QStringLiteral("+4855566670%1").arg(i),
                                     {},
                                     QStringLiteral("Promocja %1").arg(i)});
        return request;
    }

    int count(const QString &path) const
    {
        int n = 0;
        for (const auto &r : m_fake->requests())
            n += r.path == path;
        return n;
    }

    // What the dispatcher would record for s0, s1, …: Accepted, Unknown (the provider may have sent it: a Transient
    // failure of the whole reply, an outcome marked unknown, or none at all) or Failed.
    static QString judged(const test::ReplyOutcome &o, int count)
    {
        if (!o.ok)
            return QString(count, o.error.kind == ProviderError::Kind::Transient ? QLatin1Char('U') : QLatin1Char('F'));
        QString states(count, QLatin1Char('U'));
        for (const MessageOutcome &m : o.value.value<SendResult>().outcomes)
            states[m.clientKey.mid(1).toInt()] = m.accepted ? QLatin1Char('A')
                    : m.unknown                             ? QLatin1Char('U')
                                                            : QLatin1Char('F');
        return states;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fake = std::make_unique<test::FreshMailFake>(key, secret);
        QVERIFY(m_fake->start());
        m_clock = std::make_unique<ManualClock>(test::testNow());
        m_fake->now = test::testNow();
    }

    // §2.3: the spec's vectors, and the two that must not match.
    void signature_testVectors()
    {
        const auto sign = [](const QByteArray &path, const QByteArray &body, const QByteArray &s = secret) {
            return freshmail::sign(key, path, body, s);
        };
        QCOMPARE(sign("/rest/ping", {}), QByteArray("10504e01fae95c148c71b3780ad75d35b4b44240"));
        const QByteArray b = R"({"email":"jan.kowalski@example.com","list":"4zcnmd2ski","state":1,"confirm":0})";
        QCOMPARE(sign("/rest/subscriber/add", b), QByteArray("01f75ca492e14a71fe3c067f3e01fe4d21266a75"));
        QCOMPARE(sign("/rest/subscriber/get/4zcnmd2ski/jan.kowalski@example.com", {}),
                 QByteArray("0db1707259d13f06eea2277cbd3091de43edb235"));
        QCOMPARE(sign("/rest/mail", "subscriber=jan.kowalski%40example.com&subject=Test+email&text=Hello"),
                 QByteArray("d0962f0096cf1df43412b9c660c73e1cfe3d8c5f"));
        QCOMPARE(sign("/rest/sms",
                      QStringLiteral(R"({"gsm":"+48555666777","text":"Zażółć gęślą jaźń","messageId":"camp42-r7"})")
                              .toUtf8()),
                 QByteArray("9e16cb714db213265cf680b614a0af67e94120c1"));
        QCOMPARE(sign("/rest/subscriber/add", b, "fedcba9876543210fedcba9876543210fedcba99"),
                 QByteArray("7cfe9a979783bfd675031db6687b86fba5b9ffdb"));
        QCOMPARE(sign("/rest/subscriber/add",
                      R"({"email": "jan.kowalski@example.com","list":"4zcnmd2ski","state":1,"confirm":0})"),
                 QByteArray("70a02ba26dd3561c6dd2fd8e9f8f70d4db2c7b47"));
    }

    void envelope_decidesWhateverTheStatus()
    {
        const auto e = freshmail::envelopeError(
                R"({"status":"ERROR","errors":[{"message":"Address in wrong format","code":1201},{"message":"No email subject","code":1202}]})");
        QVERIFY(e);
        QCOMPARE(e->code, QStringLiteral("1201"));
        QVERIFY(e->message.contains(QStringLiteral("No email subject")));
        QCOMPARE(e->kind, ProviderError::Kind::Validation);
        QCOMPARE(freshmail::envelopeError(R"({"status":"ERROR","errors":[{"message":"x","code":"1000"}]})")->kind,
                 ProviderError::Kind::Auth);
        QCOMPARE(freshmail::kindOf(1207), ProviderError::Kind::RateLimited);
        QCOMPARE(freshmail::kindOf(1250), ProviderError::Kind::Transient);
        QCOMPARE(freshmail::kindOf(1736), ProviderError::Kind::Permanent);
        QVERIFY(!freshmail::envelopeError(R"({"status":"OK","data":{"Errors":[{"email":"a","code":1301}]}})"));
        QCOMPARE(freshmail::number(QJsonValue(QStringLiteral("4"))), 4);
        QCOMPARE(freshmail::stateName(4), QStringLiteral("unsubscribed"));
        QCOMPARE(freshmail::stateName(7), QStringLiteral("7"));
        QCOMPARE(freshmail::gsm(QStringLiteral("555666777")), QStringLiteral("+48555666777"));
        QCOMPARE(freshmail::gsm(QStringLiteral("+48 555 666 777")), QString()); // spaces: not digits
        QCOMPARE(freshmail::gsm(QStringLiteral("+34666555444")).size(), 12);    // 11 digits
        QVERIFY(freshmail::gsm(QStringLiteral("+346665554441")).isEmpty());     // 12 digits
        QVERIFY(freshmail::smsProblem(QString(459, QLatin1Char('a'))).isEmpty());
        QVERIFY(!freshmail::smsProblem(QString(460, QLatin1Char('a'))).isEmpty());
        QVERIFY(!freshmail::smsProblem(QStringLiteral("ż") + QString(200, QLatin1Char('a'))).isEmpty());
        QCOMPARE(freshmail::smsEvent(QStringLiteral("RENEWAL")), EventType::Sent);
        QCOMPARE(freshmail::smsEvent(QStringLiteral("EXPIRED")), EventType::Failed);
        QVERIFY(!freshmail::smsEvent(QStringLiteral("QUEUE")));
        // §6: the provider's zone, seconds resolution, never earlier than asked.
        QCOMPARE(FreshMailProvider::providerTime(QDateTime(QDate(2026, 7, 1), QTime(8, 0, 0, 500), Qt::UTC),
                                                 QTimeZone("Europe/Warsaw")),
                 QStringLiteral("2026-07-01 10:00:01"));
    }

    void verify_signedPing_wrongSecretIs1000_inBothHttpModes()
    {
        for (const bool mapped : {true, false}) {
            m_fake->mappedStatus = mapped;
            const auto ok = test::waitFor(provider()->verify());
            QVERIFY2(ok.ok, qPrintable(ok.error.message));
            const auto bad = test::waitFor(provider({}, "fedcba9876543210fedcba9876543210fedcba99")->verify());
            QVERIFY(!bad.ok);
            QCOMPARE(bad.error.code, QStringLiteral("1000"));
            QCOMPARE(bad.error.kind, ProviderError::Kind::Auth);
            QVERIFY(bad.error.describe(QStringLiteral("PL")).contains(QStringLiteral("secret")));
        }
        // An OK body with an HTTP 500 is a success (§1.1).
        m_fake->script(test::FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                                                          {QStringLiteral("data"), QStringLiteral("pong")}},
                                             500));
        QVERIFY(test::waitFor(provider({{QStringLiteral("timeout_ms"), 2000}})->verify()).ok);
    }

    void lists_createRenameList_inBothShapes()
    {
        for (const bool observed : {false, true}) {
            m_fake->observedShapes = observed;
            auto p = provider();
            const auto created = test::waitFor(p->createGroup(QStringLiteral("Klienci %1").arg(observed)));
            QVERIFY2(created.ok, qPrintable(created.error.message));
            const QString hash = created.value.value<RemoteGroup>().id;
            QVERIFY(m_fake->lists.contains(hash));
            QVERIFY(test::waitFor(p->renameGroup(hash, QStringLiteral("Klienci VIP"))).ok);
            const auto listed = test::waitFor(p->listGroups());
            QVERIFY(listed.ok);
            bool found = false;
            for (const RemoteGroup &g : listed.value.value<QList<RemoteGroup>>())
                found = found || (g.id == hash && g.name == QStringLiteral("Klienci VIP") && g.contactCount == 0);
            QVERIFY(found);
            m_fake->lists.remove(hash);
        }
        const auto empty = test::waitFor(provider()->createGroup(QString()));
        QCOMPARE(empty.error.code, QStringLiteral("1601"));
    }

    // getMultiple first: new addresses added in chunks of 100, known ones edited without a state, so a subscriber
    // who resigned stays resigned.
    void pushContacts_chunksOf100_keepsStates_fieldsByTag()
    {
        for (const bool observed : {false, true}) {
            m_fake->observedShapes = observed;
            const QString list = m_fake->addList(QStringLiteral("Sklep"),
                                                 {{{}, QStringLiteral("Imię"), QStringLiteral("first_name"), 0}});
            m_fake->lists[list].subscribers.insert(QStringLiteral("left@example.com"),
                                                   {QStringLiteral("left@example.com"), 4, {}, false});
            QList<Contact> contacts;
            for (int i = 0; i < 230; ++i) {
                Contact c;
                c.email = QStringLiteral("k%1@example.com").arg(i);
                c.firstName = QStringLiteral("Jan");
                c.city = QStringLiteral("Kraków"); // no such tag on the list: not sent
                contacts.append(c);
            }
            Contact left;
            left.email = QStringLiteral("Left@example.com");
            left.firstName = QStringLiteral("Ola");
            contacts.append(left);
            contacts.append(Contact {}); // no email: left out
            const auto before = m_fake->requests().size();
            const auto pushed = test::waitFor(provider()->pushContacts(list, contacts), 10000);
            QVERIFY2(pushed.ok, qPrintable(pushed.error.message));
            QCOMPARE(pushed.value.toInt(), 231);
            const auto &subs = m_fake->lists[list].subscribers;
            QCOMPARE(subs.size(), 231);
            QCOMPARE(subs.value(QStringLiteral("k7@example.com")).state, 1);
            QVERIFY(!subs.value(QStringLiteral("k7@example.com")).confirmationSent);
            QCOMPARE(subs.value(QStringLiteral("k7@example.com")).fields.value(QStringLiteral("first_name")).toString(),
                     QStringLiteral("Jan"));
            QCOMPARE(subs.value(QStringLiteral("left@example.com")).state, 4); // still resigned
            QCOMPARE(subs.value(QStringLiteral("left@example.com"))
                             .fields.value(QStringLiteral("first_name"))
                             .toString(),
                     QStringLiteral("Ola"));
            for (qsizetype i = before; i < m_fake->requests().size(); ++i) {
                const QJsonObject body = QJsonDocument::fromJson(m_fake->requests().at(i).body).object();
                QVERIFY(body.value(QStringLiteral("subscribers")).toArray().size() <= 100);
            }
        }
        QCOMPARE(test::waitFor(provider()->pushContacts(QStringLiteral("nosuchlist"), {})).error.code,
                 QStringLiteral("1632"));
    }

    void contact_blocks_addedAndRemoved()
    {
        m_fake->mappedStatus = false; // every error with HTTP 200: the body alone says it failed
        const QString list = m_fake->addList(QStringLiteral("L"));
        m_fake->lists[list].subscribers.insert(QStringLiteral("jan.kowalski@example.com"),
                                               {QStringLiteral("jan.kowalski@example.com"),
                                                1,
                                                {{QStringLiteral("name"), QStringLiteral("Jan")}},
                                                false});
        auto p = provider();
        // Blocks: added, then removed; a system block cannot be removed.
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("Spam@Example.com"), ContactChange::Block)).ok);
        QVERIFY(m_fake->blocks.value(QStringLiteral("spam@example.com")));
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("spam@example.com"), ContactChange::Unblock)).ok);
        QVERIFY(!m_fake->blocks.contains(QStringLiteral("spam@example.com")));
        m_fake->blocks.insert(QStringLiteral("system@example.com"), false);
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("system@example.com"), ContactChange::Unblock)).ok);
        QVERIFY(m_fake->blocks.contains(QStringLiteral("system@example.com")));
        QVERIFY(test::waitFor(p->optOuts()).value.value<QList<OptOut>>().isEmpty()); // cannot be read
    }

    // A whole campaign: its own list, filled 100 at a time, the campaign created and sent at a time in Warsaw;
    // delivered when the fake's clock gets there; its report; and cancelled (deleted) while scheduled.
    void sendEmail_listCampaignTimeReport()
    {
        auto p = provider({{QStringLiteral("unsubscribe_url"), QStringLiteral("https://shop.example.com/unsub")},
                           {QStringLiteral("from_name"), QStringLiteral("Sklep")}});
        SendRequest request;
        request.channel = Channel::Email;
        request.sender = QStringLiteral("news@shop.example.com");
        request.campaignName = QStringLiteral("Lato");
        request.scheduledAt = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
        const QStringList who {QStringLiteral("open1@example.com"),       QStringLiteral("click2@example.com"),
                               QStringLiteral("hardbounce3@example.com"), QStringLiteral("unsub4@example.com"),
                               QStringLiteral("quiet5@example.com"),      QStringLiteral("not an address")};
        for (int i = 0; i < 150; ++i)
            request.messages.append(mail(QStringLiteral("cm-1-%1").arg(i),
                                         i < who.size() ? who.at(i) : QStringLiteral("r%1@example.com").arg(i),
                                         QStringLiteral("Lato!"),
                                         QStringLiteral("<p>Hi</p><a href=\"{{unsubscribe_url}}\">x</a>")));
        const auto sent = test::waitFor(p->send(request), 10000);
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const SendResult result = sent.value.value<SendResult>();
        QVERIFY(m_fake->campaigns.contains(result.remoteCampaignId));
        int accepted = 0;
        for (const MessageOutcome &o : result.outcomes) {
            accepted += o.accepted;
            if (o.clientKey == QLatin1String("cm-1-5"))
                QVERIFY2(!o.accepted && o.error.contains(QStringLiteral("1301")), qPrintable(o.error));
        }
        QCOMPARE(accepted, 149);
        QCOMPARE(count(QStringLiteral("/rest/subscriber/addMultiple")), 2);
        const auto &c = m_fake->campaigns[result.remoteCampaignId];
        QCOMPARE(c.status, QStringLiteral("scheduled"));
        QCOMPARE(c.fields.value(QStringLiteral("html")).toString(),
                 QStringLiteral("<p>Hi</p><a href=\"https://shop.example.com/unsub\">x</a>"));
        QCOMPARE(c.fields.value(QStringLiteral("from_name")).toString(), QStringLiteral("Sklep"));
        QCOMPARE(m_fake->bodies(QStringLiteral("/rest/campaigns/send")).last().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-03-20 10:00:00")); // Warsaw is UTC+1 in March
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 20), QTime(9, 5), Qt::UTC));
        const auto stats = test::waitFor(p->campaignStats(result.remoteCampaignId));
        QVERIFY2(stats.ok, qPrintable(stats.error.message));
        const CampaignStats s = stats.value.value<CampaignStats>();
        const QJsonObject r = m_fake->report(result.remoteCampaignId);
        QCOMPARE(s.value(CampaignStats::Sent), r.value(QStringLiteral("subscribers")).toString().toLongLong());
        QCOMPARE(s.value(CampaignStats::Sent), 149);
        QCOMPARE(s.value(CampaignStats::Bounced), 1);
        QCOMPARE(s.value(CampaignStats::Delivered), 148);
        QCOMPARE(s.value(CampaignStats::UniqueOpened), 3);
        QCOMPARE(s.value(CampaignStats::Opened), 4);
        QCOMPARE(s.value(CampaignStats::UniqueClicked), 1);
        QCOMPARE(s.value(CampaignStats::Unsubscribed), 1);
        const auto history = test::waitFor(static_cast<FreshMailProvider *>(p.get())->history(
                c.fields.value(QStringLiteral("list")).toArray().first().toString(),
                QStringLiteral("click2@example.com")));
        QVERIFY2(history.ok, qPrintable(history.error.message));
        QCOMPARE(history.value.value<QList<DeliveryEvent>>().size(), 4); // delivered, two opens, a click

        // Scheduled, then cancelled: deleted there (a second cancel is fine: 1798).
        request.campaignName = QStringLiteral("Jesień");
        request.scheduledAt = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
        const auto held = test::waitFor(p->send(request), 10000);
        QVERIFY(held.ok);
        const QString hash = held.value.value<SendResult>().remoteCampaignId;
        QVERIFY(test::waitFor(p->cancelScheduled(hash)).ok);
        QCOMPARE(m_fake->campaigns[hash].status, QStringLiteral("deleted"));
        QVERIFY(test::waitFor(p->cancelScheduled(hash)).ok);
    }

    void sendEmail_failuresBeforeTheSendAreNotUnknown_andTheUnsubscribeLinkIsNeeded()
    {
        SendRequest request;
        request.channel = Channel::Email;
        request.campaignName = QStringLiteral("X");
        request.messages = {mail(QStringLiteral("k1"), QStringLiteral("a@example.com"), QStringLiteral("S"),
                                 QStringLiteral("<a href=\"{{unsubscribe_url}}\">u</a>"))};
        const auto noLink = test::waitFor(provider()->send(request));
        QVERIFY(!noLink.ok);
        QVERIFY(noLink.error.message.contains(QStringLiteral("unsubscribe_url")));
        request.messages.first().body = QStringLiteral("<p>No link: a transactional note</p>");
        // The list cannot be made (500 with an error envelope): nothing was sent, so not "transient".
        m_fake->script(test::FakeReply::json(
                QJsonObject {{QStringLiteral("status"), QStringLiteral("ERROR")},
                             {QStringLiteral("errors"),
                              QJsonArray {QJsonObject {{QStringLiteral("code"), 500},
                                                       {QStringLiteral("message"), QStringLiteral("x")}}}}},
                500));
        const auto broke = test::waitFor(provider()->send(request));
        QVERIFY(!broke.ok);
        QVERIFY(broke.error.kind != ProviderError::Kind::Transient);
        QVERIFY(broke.error.message.contains(QStringLiteral("Nothing was sent")));
        QVERIFY(m_fake->campaigns.isEmpty());
        // A time already past at FreshMail: 1733, refused (not unknown).
        request.scheduledAt = m_fake->now.addSecs(600);
        m_fake->now = m_fake->now.addSecs(3600);
        const auto late = test::waitFor(provider()->send(request));
        QCOMPARE(late.error.code, QStringLiteral("1733"));
    }

    // Test copies as transactional mail, one per address; SMS one per message, never retried, with its report.
    void testMail_sms_andTheSmsReport()
    {
        auto p = provider({{QStringLiteral("from_name"), QStringLiteral("Sklep")}});
        SendRequest test;
        test.channel = Channel::Email;
        test.test = true;
        test.sender = QStringLiteral("news@shop.example.com");
        test.messages = {mail(QStringLiteral("t0"), QStringLiteral("me@example.com"), QStringLiteral("Hi Jan"),
                              QStringLiteral("<p>Hi Jan</p>")),
                         mail(QStringLiteral("t1"), QStringLiteral("you@example.com"), QStringLiteral("Hi Jan"),
                              QStringLiteral("<p>Hi Jan</p>"))};
        const auto tested = test::waitFor(p->send(test));
        QVERIFY2(tested.ok, qPrintable(tested.error.message));
        QCOMPARE(m_fake->mails.size(), 2);
        QCOMPARE(m_fake->mails.first().value(QStringLiteral("from_name")).toString(), QStringLiteral("Sklep"));
        QVERIFY(m_fake->campaigns.isEmpty());

        SendRequest sms;
        sms.channel = Channel::Sms;
        sms.messages = {{QStringLiteral("cm-9-1"), QStringLiteral("+48555666777"), {}, QStringLiteral("Promocja dziś")},
                        {QStringLiteral("cm-9-2"), QStringLiteral("+48555666000"), {}, QStringLiteral("Promocja dziś")},
                        {QStringLiteral("cm-9-3"), QStringLiteral("+4855566600012"), {}, QStringLiteral("Promocja")},
                        {QStringLiteral("cm-9-4"), QStringLiteral("+48555666111"), {}, QString(201, QChar(0x17C))}};
        const auto sent = test::waitFor(p->send(sms));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const SendResult result = sent.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 4);
        QVERIFY(result.outcomes.at(0).accepted && result.outcomes.at(1).accepted);
        QVERIFY(!result.outcomes.at(2).accepted && !result.outcomes.at(3).accepted); // refused before a request
        QCOMPARE(m_fake->sms.size(), 2);
        QCOMPARE(m_fake->sms.first().messageId, QStringLiteral("cm-9-1"));
        QCOMPARE(m_fake->sms.first().type, QStringLiteral("eco"));
        // A registered sender name makes it PRO; one awaiting approval is 1106 for that message.
        sms.sender = QStringLiteral("Pending");
        sms.messages = {sms.messages.first()};
        QCOMPARE(test::waitFor(p->send(sms)).error.code, QStringLiteral("1106")); // the batch's one request
        // No answer: that message unknown, the rest untried; never sent again.
        sms.sender.clear();
        sms.messages = {{QStringLiteral("cm-9-5"), QStringLiteral("+48555666777"), {}, QStringLiteral("A")},
                        {QStringLiteral("cm-9-6"), QStringLiteral("+48555666778"), {}, QStringLiteral("B")}};
        m_fake->script(test::FakeReply::text("gateway down", 502));
        const auto lost = test::waitFor(provider({{QStringLiteral("timeout_ms"), 2000}})->send(sms));
        QVERIFY(lost.ok);
        const auto outcomes = lost.value.value<SendResult>().outcomes;
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).clientKey == QLatin1String("cm-9-5") && outcomes.at(0).unknown);  // may have gone
        QVERIFY(outcomes.at(1).clientKey == QLatin1String("cm-9-6") && !outcomes.at(1).unknown); // not tried
        QCOMPARE(count(QStringLiteral("/rest/sms")), 4); // 2 + Pending + the lost one, never retried
        // No contract: the whole batch is refused.
        m_fake->smsContract = false;
        QCOMPARE(test::waitFor(p->send(sms)).error.code, QStringLiteral("1150"));
        // The delivery report moves with the clock.
        m_fake->now = m_fake->now.addSecs(600);
        const auto events = test::waitFor(p->fetchEvents({QStringLiteral("cm-9-1"), QStringLiteral("cm-9-2")}));
        QVERIFY2(events.ok, qPrintable(events.error.message));
        QList<DeliveryEvent> list = events.value.value<QList<DeliveryEvent>>();
        QCOMPARE(list.size(), 2);
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.providerId < b.providerId; });
        QCOMPARE(list.at(0).type, EventType::Delivered);
        QCOMPARE(list.at(1).type, EventType::Failed);
        QVERIFY(list.at(1).detail.contains(QStringLiteral("UNDELIVERED")));
    }

    // The rest of §4.4–§4.6: fields, a list deleted, one subscriber edited, a field set for a whole list, a draft
    // edited and test-sent, and the 10-minute details of opens and clicks.
    void fields_editing_draftTest_timeDetails()
    {
        auto p = provider();
        auto *f = fm(p);
        for (const bool observed : {false, true}) {
            m_fake->observedShapes = observed;
            const QString list = m_fake->addList(QStringLiteral("Fields %1").arg(observed));
            QCOMPARE(test::waitFor(f->addField(list, QStringLiteral("Kod rabatowy"), {}, 0)).value.toString(),
                     QStringLiteral("kod_rabatowy"));
            QVERIFY(test::waitFor(f->addField(list, QStringLiteral("Wiek"), QStringLiteral("age"), 1)).ok);
            QCOMPARE(test::waitFor(f->addField(list, QStringLiteral("Again"), QStringLiteral("age"), 0)).error.code,
                     QStringLiteral("1626"));
            QCOMPARE(test::waitFor(f->addField(list, QStringLiteral("Bad"), QStringLiteral("no spaces"), 0)).error.code,
                     QStringLiteral("1624"));
            const QVariantList fields = test::waitFor(f->listFields(list)).value.toList();
            QCOMPARE(fields.size(), 2);
            if (observed) // the documented shape has no type; the observed one says "number"
                QCOMPARE(fields.at(1).toMap().value(QStringLiteral("type")).toInt(), 1);
            QVERIFY(test::waitFor(f->deleteList(list)).ok);
            QVERIFY(!m_fake->lists.contains(list));
            QCOMPARE(test::waitFor(f->deleteList(list)).error.code, QStringLiteral("1604"));
        }
        const QString list = m_fake->addList(QStringLiteral("Sklep"),
                                             {{{}, QStringLiteral("Imię"), QStringLiteral("first_name"), 0}});
        m_fake->lists[list].subscribers.insert(QStringLiteral("jan@example.com"),
                                               {QStringLiteral("jan@example.com"), 1, {}, false});
        QVERIFY(test::waitFor(f->editSubscriber(list, QStringLiteral("jan@example.com"), {}, 4)).ok);
        QCOMPARE(m_fake->lists[list].subscribers.value(QStringLiteral("jan@example.com")).state, 4);
        QCOMPARE(test::waitFor(f->editSubscriber(list, QStringLiteral("nobody@example.com"), {}, 1)).error.code,
                 QStringLiteral("1331"));
        QCOMPARE(test::waitFor(f->editSubscriber(list, QStringLiteral("jan@example.com"), {}, 7)).error.code,
                 QStringLiteral("1305"));
        const auto job = test::waitFor(f->updateFieldValue(list, QStringLiteral("first_name"), QStringLiteral("Klient"),
                                                           QStringLiteral("https://hooks.example.com/fm")));
        QVERIFY2(job.ok, qPrintable(job.error.message));
        QCOMPARE(job.value.toLongLong(), 1);
        const auto busy = test::waitFor(f->updateFieldValue(list, QStringLiteral("first_name"), QStringLiteral("X"),
                                                            QStringLiteral("https://hooks.example.com/fm")));
        QCOMPARE(busy.error.kind, ProviderError::Kind::RateLimited); // 1386: retry later
        QCOMPARE(test::waitFor(f->updateFieldValue(list, QStringLiteral("nope"), QStringLiteral("X"),
                                                   QStringLiteral("https://hooks.example.com/fm")))
                         .error.code,
                 QStringLiteral("1381"));

        // A draft, edited and test-sent; once sent it cannot change (1751).
        m_fake->lists[list].subscribers.insert(QStringLiteral("click9@example.com"),
                                               {QStringLiteral("click9@example.com"), 1, {}, false});
        m_fake->campaigns.insert(QStringLiteral("abcdefghij"), {});
        auto &draft = m_fake->campaigns[QStringLiteral("abcdefghij")];
        draft.hash = QStringLiteral("abcdefghij");
        draft.fields = {{QStringLiteral("name"), QStringLiteral("Draft")},
                        {QStringLiteral("html"), QStringLiteral("<p>x</p>")},
                        {QStringLiteral("list"), QJsonArray {list}}};
        QVERIFY(test::waitFor(f->editCampaign(QStringLiteral("abcdefghij"),
                                              {{QStringLiteral("subject"), QStringLiteral("Nowy temat")}}))
                        .ok);
        QCOMPARE(m_fake->campaigns[QStringLiteral("abcdefghij")].fields.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Nowy temat"));
        QCOMPARE(test::waitFor(f->editCampaign(QStringLiteral("abcdefghij"),
                                               {{QStringLiteral("reply_to"), QStringLiteral("nope")}}))
                         .error.code,
                 QStringLiteral("1707"));
        QVERIFY(test::waitFor(f->sendCampaignTest(QStringLiteral("abcdefghij"), {QStringLiteral("me@example.com")},
                                                  {{QStringLiteral("first_name"), QStringLiteral("Jan")}}))
                        .ok);
        QCOMPARE(m_fake->campaigns[QStringLiteral("abcdefghij")].testEmails,
                 QStringList {QStringLiteral("me@example.com")});
        QCOMPARE(test::waitFor(f->sendCampaignTest(QStringLiteral("abcdefghij"), {QStringLiteral("not an address")}))
                         .error.code,
                 QStringLiteral("1723"));
        m_fake->campaigns[QStringLiteral("abcdefghij")].sendAt = m_fake->now;
        m_fake->campaigns[QStringLiteral("abcdefghij")].status = QStringLiteral("scheduled");
        m_fake->advanceTo(m_fake->now);
        QCOMPARE(test::waitFor(f->editCampaign(QStringLiteral("abcdefghij"),
                                               {{QStringLiteral("subject"), QStringLiteral("x")}}))
                         .error.code,
                 QStringLiteral("1751"));
        const auto details = test::waitFor(f->timeDetails(QStringLiteral("abcdefghij")));
        QVERIFY2(details.ok, qPrintable(details.error.message));
        const QVariantList buckets = details.value.toList();
        QCOMPARE(buckets.size(), 1);
        QCOMPARE(buckets.first().toMap().value(QStringLiteral("opened")).toLongLong(), 2);
        QCOMPARE(buckets.first().toMap().value(QStringLiteral("unique_clicked")).toLongLong(), 1);
        QCOMPARE(buckets.first().toMap().value(QStringLiteral("time")).toDateTime().time().minute() % 10, 0);
        QCOMPARE(test::waitFor(f->timeDetails(QStringLiteral("zzzzzzzzzz"))).error.code, QStringLiteral("1402"));
    }

    // sms/reports pages by 1000 until allData is 1; the message ids are ours, matched among everyone's.
    void smsReport_pagesUntilAllData()
    {
        for (int i = 0; i < 2300; ++i)
            m_fake->sms.append({QStringLiteral("+48555%1").arg(i, 6, 10, QLatin1Char('0')),
                                QStringLiteral("x"),
                                {},
                                QStringLiteral("other-%1").arg(i),
                                QStringLiteral("eco"),
                                m_fake->now});
        m_fake->sms.append({QStringLiteral("+48555999000"),
                            QStringLiteral("x"),
                            {},
                            QStringLiteral("cm-1-7"),
                            QStringLiteral("eco"),
                            m_fake->now});
        m_fake->now = m_fake->now.addSecs(600);
        const auto events = test::waitFor(provider()->fetchEvents({QStringLiteral("cm-1-7")}), 15000);
        QVERIFY2(events.ok, qPrintable(events.error.message));
        const auto list = events.value.value<QList<DeliveryEvent>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().type, EventType::Failed); // ends in 000: UNDELIVERED
        QCOMPARE(m_fake->bodies(QStringLiteral("/rest/sms/reports")).size(), 3);
        QCOMPARE(m_fake->bodies(QStringLiteral("/rest/sms/reports")).last().value(QStringLiteral("page")).toInt(), 3);
    }

    // A whole campaign's snapshot: one batch, one content rendered with defaults only, held once in memory.
    void wholeCampaign_oneBatchOneSharedContent()
    {
        test::TempWorkspace ws;
        Group g;
        g.name = QStringLiteral("Lista");
        ws->groups()->create(g);
        QList<Contact> people;
        for (int i = 0; i < 1500; ++i) {
            Contact c;
            c.email = QStringLiteral("k%1@example.com").arg(i);
            c.firstName = QStringLiteral("Jan %1").arg(i);
            people.append(c);
        }
        ws->groups()->addContacts(g.id, people);
        Template t;
        t.name = QStringLiteral("T");
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Hej {{first_name|default:\"wszyscy\"}}");
        t.body = QStringLiteral("<p>{{first_name|default:\"Cześć\"}}</p>");
        t.marketing = false;
        ws->templates()->add(t);
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        bool added = false;
        accounts.add(Account {0,
                              QStringLiteral("FM"),
                              QStringLiteral("freshmail"),
                              m_fake->baseUrl(),
                              QString::fromLatin1(key),
                              {},
                              {}},
                     QString::fromLatin1(secret), this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        Campaign c;
        c.accountId = ws->accounts()->byName(QStringLiteral("FM"))->id;
        c.sender = QStringLiteral("news@shop.example.com");
        c.name = QStringLiteral("Whole");
        c.channel = Channel::Email;
        c.groupId = g.id;
        c.templateId = t.id;
        const QList<Recipient> recipients = Dispatcher::prepare(&ws.workspace(), c, t, nullptr, true);
        QCOMPARE(recipients.size(), 1500);
        QVERIFY(recipients.last().content.contains(QStringLiteral("Hej wszyscy"))); // defaults, not Jan 1499
        QVERIFY(ws->campaigns()->create(c));
        DispatchStore store(ws->database());
        QVERIFY(store.snapshot(c.id, recipients, INT_MAX));
        const auto batch = store.nextPending(c.id);
        QVERIFY(batch);
        const QList<Recipient> loaded = store.batchRecipients(batch->id);
        QCOMPARE(loaded.size(), 1500); // one batch for everyone
        QVERIFY(loaded.last().content.isSharedWith(loaded.first().content));

        // Sent to FreshMail, refused before anything went (the list could not be made): all failed, not unknown;
        // retried as one whole campaign again, which then goes.
        m_fake->script(test::FakeReply::json(QJsonObject {
                {QStringLiteral("status"), QStringLiteral("ERROR")},
                {QStringLiteral("errors"),
                 QJsonArray {QJsonObject {{QStringLiteral("code"), 1602},
                                          {QStringLiteral("message"), QStringLiteral("List not created")}}}}}));
        QSignalSpy first(dispatcher.send(c.id), &Job::finished);
        QVERIFY(first.wait(20000));
        QCOMPARE(ws->campaigns()->recipientCounts(c.id).value(RecipientState::Failed), 1500);
        QCOMPARE(dispatcher.retryFailed(c.id), 1500);
        const auto again = store.nextPending(c.id);
        QVERIFY(again);
        QCOMPARE(store.batchRecipients(again->id).size(), 1500); // one batch again, not fifteen
        QSignalSpy second(dispatcher.send(c.id), &Job::finished);
        QVERIFY(second.wait(30000));
        QVERIFY2(second.first().at(0).toBool(), qPrintable(second.first().at(1).toString()));
        QCOMPARE(ws->campaigns()->recipientCounts(c.id).value(RecipientState::Accepted), 1500);
        QCOMPARE(m_fake->campaigns.size(), 1);
        QCOMPARE(m_fake->lists.first().subscribers.size(), 1500);
    }

    void spamCheck_scoreAndLimit()
    {
        auto p = provider();
        auto *f = fm(p);
        const auto caps = test::waitFor(f->spamCheck(QStringLiteral("BUY NOW"), QStringLiteral("<p>x</p>"), {}, {}));
        QVERIFY2(caps.ok, qPrintable(caps.error.message));
        QCOMPARE(caps.value.value<SpamVerdict>().score, 3.5);
        QCOMPARE(caps.value.value<SpamVerdict>().tests.size(), 2);
        QCOMPARE(test::waitFor(f->spamCheck({}, QStringLiteral("x"), {}, {})).error.code, QStringLiteral("1901"));
        m_fake->spamTestLimit = 1;
        const auto limited
                = test::waitFor(f->spamCheck(QStringLiteral("Hi"), QStringLiteral("x"), QStringLiteral("x"), {}));
        QCOMPARE(limited.error.kind, ProviderError::Kind::RateLimited);
    }

    // From the command line, end to end: the account, a group pushed to a FreshMail list, a test copy, a campaign
    // scheduled (FreshMail holds it), sent by FreshMail at its time, marked sent by run-due, and its report.
    void cli_syncTestScheduleSendReport()
    {
        test::TempWorkspace ws;
        {
            Group g;
            g.name = QStringLiteral("Klienci");
            ws->groups()->create(g);
            QList<Contact> contacts;
            for (const QString &local :
                 {QStringLiteral("open1"), QStringLiteral("click2"), QStringLiteral("hardbounce3"),
                  QStringLiteral("unsub4"), QStringLiteral("quiet5")}) {
                Contact c;
                c.email = local + QStringLiteral("@example.com");
                c.firstName = QStringLiteral("Jan");
                contacts.append(c);
            }
            ws->groups()->addContacts(g.id, contacts);
            Template mail;
            mail.name = QStringLiteral("Lato");
            mail.channel = Channel::Email;
            mail.subject = QStringLiteral("Lato");
            mail.body = QStringLiteral(
                    "<p>Cześć {{first_name|default:\"\"}}</p><a href=\"{{unsubscribe_url}}\">Wypisz</a>");
            ws->templates()->add(mail);
            Template personal = mail;
            personal.name = QStringLiteral("Personal");
            personal.body = QStringLiteral("<p>Cześć {{first_name}}</p><a href=\"{{unsubscribe_url}}\">Wypisz</a>");
            ws->templates()->add(personal);
        }
        const QString db = ws.path();
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), db);
        ctl.env.insert(QStringLiteral("CM_SECRET_FRESHMAIL_PL"), QString::fromLatin1(secret));
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:00:00Z"));
        const QString &out = ctl.out;
        m_fake->now = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        QVERIFY2(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("FreshMail PL"),
                      QStringLiteral("--provider"), QStringLiteral("freshmail"), QStringLiteral("--base-url"),
                      m_fake->baseUrl(), QStringLiteral("--user"), QString::fromLatin1(key),
                      QStringLiteral("--setting"), QStringLiteral("unsubscribe_url=https://shop.example.com/unsub")})
                         == 0,
                 qPrintable(out));
        QVERIFY2(ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("FreshMail PL")}) == 0,
                 qPrintable(out));
        // The group to a FreshMail list of its own.
        QVERIFY2(ctl({QStringLiteral("groups"), QStringLiteral("sync"), QStringLiteral("Klienci"),
                      QStringLiteral("--account"), QStringLiteral("FreshMail PL"), QStringLiteral("--push")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->lists.size(), 1);
        QCOMPARE(m_fake->lists.first().subscribers.size(), 5);
        // A template with a field and no default cannot go to the whole list.
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Osobista"),
                      QStringLiteral("--account"), QStringLiteral("FreshMail PL"), QStringLiteral("--group"),
                      QStringLiteral("Klienci"), QStringLiteral("--template"), QStringLiteral("Personal"),
                      QStringLiteral("--sender"), QStringLiteral("news@shop.example.com")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Osobista")}), 1);
        QVERIFY2(out.contains(QStringLiteral("{{first_name}}")), qPrintable(out));
        QVERIFY(m_fake->campaigns.isEmpty());

        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Lato 2026"),
                      QStringLiteral("--account"), QStringLiteral("FreshMail PL"), QStringLiteral("--group"),
                      QStringLiteral("Klienci"), QStringLiteral("--template"), QStringLiteral("Lato"),
                      QStringLiteral("--sender"), QStringLiteral("news@shop.example.com")}),
                 0);
        // The pre-send check has FreshMail's spam test score the content as it will go.
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("check"), QStringLiteral("Lato 2026"),
                      QStringLiteral("--json")})
                         == 0,
                 qPrintable(out));
        const QJsonObject check = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(check.value(QStringLiteral("spam_score")).toDouble(), 1.0); // no text part
        QCOMPARE(check.value(QStringLiteral("spam_tests")).toArray(), QJsonArray {QStringLiteral("MIME_HTML_ONLY")});
        QCOMPARE(check.value(QStringLiteral("requests")).toInt(), 1); // the whole list at once
        // One content for the whole list: the check says the default is what everyone reads (here, nothing).
        const QStringList warnings = check.value(QStringLiteral("warnings")).toVariant().toStringList();
        QVERIFY2(warnings.filter(QStringLiteral("{{first_name|default:\"\"}} is empty for everyone")).size() == 1,
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(
                m_fake->bodies(QStringLiteral("/rest/spam_test/check")).last().value(QStringLiteral("html")).toString(),
                QStringLiteral("<p>Cześć </p><a href=\"https://shop.example.com/unsub\">Wypisz</a>"));
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Lato 2026"),
                      QStringLiteral("--test-to"), QStringLiteral("me@example.com")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->mails.size(), 1);
        QVERIFY(m_fake->mails.first().value(QStringLiteral("html")).toString().contains(QStringLiteral("Cześć Jan")));
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("schedule"), QStringLiteral("Lato 2026"),
                      QStringLiteral("--tz"), QStringLiteral("Europe/Warsaw"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-20 10:00")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->campaigns.size(), 1);
        const QString hash = m_fake->campaigns.firstKey();
        QCOMPARE(m_fake->campaigns.first().status, QStringLiteral("scheduled"));
        QCOMPARE(m_fake->bodies(QStringLiteral("/rest/campaigns/send")).last().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-03-20 10:00:00"));
        QVERIFY(m_fake->campaigns.first()
                        .fields.value(QStringLiteral("html"))
                        .toString()
                        .contains(QStringLiteral("Cześć </p>")));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Lato 2026"))->state, CampaignState::Scheduled);
        // FreshMail cannot move it: said so, nothing changed.
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("schedule"), QStringLiteral("Lato 2026"),
                      QStringLiteral("--tz"), QStringLiteral("Europe/Warsaw"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-21 10:00")}),
                 1);
        QVERIFY2(out.contains(QStringLiteral("cannot move")), qPrintable(out));
        // Its time comes: FreshMail sends it, run-due marks it sent, the report is FreshMail's.
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC));
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-20T09:30:00Z"));
        QVERIFY2(ctl({QStringLiteral("run-due")}) == 0, qPrintable(out));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Lato 2026"))->state, CampaignState::Sent);
        QVERIFY2(ctl({QStringLiteral("reports"), QStringLiteral("show"), QStringLiteral("Lato 2026"),
                      QStringLiteral("--refresh"), QStringLiteral("--json")})
                         == 0,
                 qPrintable(out));
        const QJsonObject stats = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject fake = m_fake->report(hash);
        QVERIFY2(!stats.isEmpty(), qPrintable(out));
        QCOMPARE(stats.value(QStringLiteral("sent")).toInteger(),
                 fake.value(QStringLiteral("subscribers")).toString().toLongLong());
        QCOMPARE(stats.value(QStringLiteral("bounced")).toInteger(), 1);
        QCOMPARE(stats.value(QStringLiteral("unique_opened")).toInteger(), 3);
        QCOMPARE(stats.value(QStringLiteral("unique_clicked")).toInteger(), 1);
        QCOMPARE(stats.value(QStringLiteral("unsubscribed")).toInteger(), 1);

        // The group deleted here and at FreshMail (its list), there first.
        QVERIFY2(ctl({QStringLiteral("groups"), QStringLiteral("delete"), QStringLiteral("Klienci"),
                      QStringLiteral("--yes"), QStringLiteral("--remote")})
                         == 0,
                 qPrintable(out));
        QVERIFY(!ws->groups()->byName(QStringLiteral("Klienci")));
        QCOMPARE(m_fake->lists.size(), 1); // the list made for the send stays; the synced one is gone
        QCOMPARE(ctl({QStringLiteral("groups"), QStringLiteral("delete"), QStringLiteral("Nope"),
                      QStringLiteral("--remote")}),
                 1);
    }

    // --- the fault matrix (#18): a send is judged by its worst case

    void faults_5xxWithJson_isUnknown()
    {
        auto p = provider();
        m_fake->scriptOn(
                QStringLiteral("/rest/sms"),
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
        const auto o = test::waitFor(p->send(smsTo(1)));
        QVERIFY(o.finished);
        QCOMPARE(judged(o, 1), QStringLiteral("U"));
        QCOMPARE(count(QStringLiteral("/rest/sms")), 1);
        // The email campaign's send call alike; the steps before it send nothing (failed, not unknown).
        m_fake->scriptOn(
                QStringLiteral("/rest/campaigns/send"),
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
        SendRequest email;
        email.channel = Channel::Email;
        email.sender = QStringLiteral("news@shop.example.com");
        email.campaignName = QStringLiteral("Lato");
        email.messages = {mail(QStringLiteral("e0"), QStringLiteral("anna@example.com"), QStringLiteral("Lato"),
                               QStringLiteral("<p>Lato</p>"))};
        QCOMPARE(test::waitFor(p->send(email)).error.kind, ProviderError::Kind::Transient);
    }

    void faults_cutOffSuccess_isUnknown_data() { test::addCutOffRows(); }

    void faults_cutOffSuccess_isUnknown()
    {
        QFETCH(bool, reset);
        auto p = provider();
        m_fake->scriptOn(QStringLiteral("/rest/sms"),
                         test::FakeReply::cutOff(
                                 test::FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}}),
                                 6, reset));
        const auto o = test::waitFor(p->send(smsTo(1)));
        QVERIFY(o.finished);
        QCOMPARE(judged(o, 1), QStringLiteral("U"));
        QCOMPARE(count(QStringLiteral("/rest/sms")), 1);
    }

    // Three SMS, one request each; the second fails. The first stays accepted; the second is unknown where FreshMail
    // may have sent it, failed where it refused it; the third goes after a refusal of the second alone, and is not
    // tried (failed, never unknown) after no clear answer or a refusal of the account.
    void faults_laterMessageFails_earlierOnesKeepTheirOutcomes_data()
    {
        const auto envelope = [](int code, const char *message, int status = 200) {
            return test::FakeReply::json(
                    QJsonObject {{QStringLiteral("status"), QStringLiteral("ERROR")},
                                 {QStringLiteral("errors"),
                                  QJsonArray {QJsonObject {{QStringLiteral("message"), QLatin1String(message)},
                                                           {QStringLiteral("code"), code}}}}},
                    status);
        };
        QTest::addColumn<test::FakeReply>("fault");
        QTest::addColumn<QString>("outcomes"); // per message: Accepted, Unknown, Failed
        QTest::addColumn<int>("sent");
        QTest::newRow("5xx with JSON") << test::FakeReply::json(
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint timed out")}}, 504)
                                       << "AUF" << 1;
        QTest::newRow("cut off") << test::FakeReply::cutOff(
                test::FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}}), 3)
                                 << "AUF" << 1;
        QTest::newRow("5xx with an envelope of no kind") << envelope(1999, "Backend unavailable", 503) << "AUF" << 1;
        QTest::newRow("number refused") << envelope(1101, "Invalid phone number", 400) << "AFA" << 2;
        QTest::newRow("key refused") << envelope(1000, "Authorization failed", 401) << "AFF" << 1;
        QTest::newRow("daily limit") << envelope(1207, "Daily limit exceeded") << "AFF" << 1;
        QTest::newRow("no SMS contract") << envelope(1150, "Contract not finalised") << "AFF" << 1;
    }

    void faults_laterMessageFails_earlierOnesKeepTheirOutcomes()
    {
        QFETCH(test::FakeReply, fault);
        QFETCH(QString, outcomes);
        QFETCH(int, sent);
        auto p = provider();
        m_fake->scriptOn(QStringLiteral("/rest/sms"), fault, 1);
        const auto o = test::waitFor(p->send(smsTo(3)));
        QVERIFY2(o.ok, qPrintable(o.error.message)); // never a wholesale failure once a message went out
        QCOMPARE(judged(o, 3), outcomes);
        QCOMPARE(m_fake->sms.size(), sent);
        QCOMPARE(count(QStringLiteral("/rest/sms")), outcomes.endsWith(QLatin1Char('A')) ? 3 : 2);
    }
};

QTEST_GUILESS_MAIN(TestFreshMail)
#include "tst_freshmail.moc"
