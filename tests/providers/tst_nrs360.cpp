// The 360NRS adapter: parse functions on the spec's bodies (nrs360.md), then every operation against the loopback
// fake, documented errors included. The fake moves or deletes every scheduled message when no guid is given, as the
// spec says the platform does; the tests check that the adapter never lets that happen.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "app/services/workspace.h"
#include "fakes/nrs360fake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/nrs360/nrs360parse.h"
#include "providers/nrs360/nrs360provider.h"
#include "providers/providerregistry.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace cm;

namespace {
const QString user = QStringLiteral("username");
const QString password = QStringLiteral("apiPassword");

QJsonObject bodyOf(const test::RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

OutgoingMessage sms(const QString &key, const QString &to, const QString &text)
{
    return {key, to, {}, text};
}
} // namespace

class TestNrs360 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::Nrs360Fake> m_fake;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<Provider> provider(const QJsonObject &settings = {}, const QString &secret = password)
    {
        const ProviderRegistry registry = ProviderRegistry::withBuiltins(m_clock.get());
        Account a {5, QStringLiteral("360 ES"), QStringLiteral("nrs360"), m_fake->apiBase(), user, settings, {}};
        return std::unique_ptr<Provider>(registry.create(a, secret));
    }

    QList<test::RecordedRequest> requestsTo(const QByteArray &method, const QString &pathStart) const
    {
        QList<test::RecordedRequest> found;
        for (const auto &r : m_fake->requests()) {
            if (r.method == method && r.path.startsWith(QStringLiteral("/api/rest") + pathStart))
                found.append(r);
        }
        return found;
    }

    // What the dispatcher would record for k0, k1, …: Accepted, Unknown (the provider may have sent it: a Transient
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

    // k0, k1, … each with a text of its own: one request each.
    static SendRequest textsTo(int count)
    {
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.campaignName = QStringLiteral("Faults");
        for (int i = 0; i < count; ++i)
            request.messages.append(sms(QStringLiteral("k%1").arg(i), QStringLiteral("+3466655544%1").arg(i),
                                        QStringLiteral("Hola %1").arg(i)));
        return request;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fake = std::make_unique<test::Nrs360Fake>(user, password);
        QVERIFY(m_fake->start());
        m_clock = std::make_unique<ManualClock>(test::testNow());
    }

    // --- parse functions

    void parse_datesInEveryDocumentedForm()
    {
        const QDateTime at(QDate(2013, 2, 15), QTime(14, 20), Qt::UTC);
        QCOMPARE(nrs360::parseDate(QStringLiteral("20130215142000")), at);
        QCOMPARE(nrs360::scheduleDate(at), QStringLiteral("20130215142000"));
        QCOMPARE(nrs360::parseDate(QStringLiteral("2013-02-15 14:20:00")), at); // /scheduled, no zone: UTC
        QCOMPARE(nrs360::parseDate(QStringLiteral("2013-02-15 14:20")), at);    // DLR %t
        QCOMPARE(nrs360::parseDate(QStringLiteral("2013-02-15T16:20:00+02:00")), at);
        QVERIFY(!nrs360::parseDate(QStringLiteral("2020-01-00T00:00:00+00:00")).isValid()); // the spec's day 00
        QVERIFY(!nrs360::parseDate(QString()).isValid());
        QCOMPARE(nrs360::msisdn(QStringLiteral("+34 666-555 444")), QStringLiteral("34666555444"));
        QCOMPARE(nrs360::msisdn(QStringLiteral("0034666555444")), QStringLiteral("34666555444"));
    }

    void parse_errorsTellCredentialsFromTheAllowList()
    {
        const auto bad
                = nrs360::classify(401, R"({"error":{"code":103,"description":"Username or password unknown"}})");
        QVERIFY(bad);
        QCOMPARE(bad->kind, ProviderError::Kind::Auth);
        QCOMPARE(bad->code, QStringLiteral("103"));
        const auto ip = nrs360::classify(401, R"({"error":{"code":112,"description":"IP address not allowed"}})");
        QVERIFY(ip && ip->kind != ProviderError::Kind::Auth);
        QVERIFY2(ip->describe(QStringLiteral("A")).contains(QStringLiteral("allow list")), qPrintable(ip->message));
        QCOMPARE(nrs360::classify(402, R"({"error":{"code":111,"description":"Not enough credits"}})")->kind,
                 ProviderError::Kind::Permanent);
        QCOMPARE(nrs360::classify(422, R"({"error":{"code":422,"description":"The email field is required."}})")->kind,
                 ProviderError::Kind::Validation);
        QCOMPARE(nrs360::classify(500, R"({"error":{"code":101,"description":"Internal Database error"}})")->kind,
                 ProviderError::Kind::Transient);
        QVERIFY(!nrs360::classify(207, "{}"));
    }

    void parse_scheduledArrayOrObject_balance_blacklist()
    {
        // §4.1: an array when listing (the first item without created_at), an object for one guid.
        const auto list = nrs360::parseScheduled(R"({"result": [
            {"guid": "100", "type": "SMS", "sending_id": 123, "updated_at": "2017-09-18 10:49:12",
             "scheduled_at": "2017-11-11 10:10:10"},
            {"guid": "101", "type": "SMS", "sending_id": 123, "created_at": "2017-09-18 10:49:12",
             "scheduled_at": "2017-11-11 10:10:10"}], "total": 2})");
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().guid, QStringLiteral("100"));
        QCOMPARE(list.first().sendingId, QStringLiteral("123"));
        QCOMPARE(list.first().scheduledAt, QDateTime(QDate(2017, 11, 11), QTime(10, 10, 10), Qt::UTC));
        const auto one = nrs360::parseScheduled(R"({"result": {"guid": "100", "type": "SMS",
            "content": {"to": "34666555444", "from": "SAMPLE", "campaignId": 456, "sendingId": 123},
            "scheduled_at": "2017-11-11 10:10:10"}, "total": 1})");
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().to, QStringLiteral("34666555444"));
        QCOMPARE(one.first().sendingId, QStringLiteral("123"));
        QString currency;
        QCOMPARE(nrs360::parseBalance(R"({"data": {"Balance": "12.5", "currency": "EUR"}})", &currency), 12.5);
        QCOMPARE(currency, QStringLiteral("EUR"));
        QCOMPARE(nrs360::parseBalance(R"({"credits": 3})", nullptr), 3.0);
        QVERIFY(!nrs360::parseBalance(R"({"data": {}})", nullptr));
        const auto entries = nrs360::parseBlacklist(R"({"data": [{"type": "sms", "recipient": "99000000000",
            "isDefinitive": true, "sendingId": 123, "campaignName": "TEST_CAMPAIGN",
            "createdAt": "2020-01-01T00:00:00+00:00"}], "meta": {"pagination": {"links": []}}})",
                                                    QStringLiteral("sms"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().address, QStringLiteral("+99000000000"));
        QVERIFY(entries.first().reason.contains(QStringLiteral("TEST_CAMPAIGN")));
    }

    void parse_campaignCountersAndTheEventsCsv()
    {
        const QByteArray campaigns = R"({"data": [{"id": 1, "name": "My campaign", "type": "basic",
            "sendings": {"data": [{"id": 7, "status": "OPENED", "channel": "mailing", "total": 10, "processed": 10,
              "cost": 0.02, "currency": "EUR",
              "events": {"delivered": 8, "opened": 5, "opened_unique": 3, "clicked": 4, "clicked_unique": 2,
                         "unsubscribed": 1, "hard_bounced": 1, "complaint": 1, "sent": 10, "soft_bounced": 1,
                         "undelivered": 0, "rejected": 0, "expired": 0, "unsubscribed_landing": 0}}]}}]})";
        const auto stats = nrs360::parseSendingStats(campaigns, QStringLiteral("7"));
        QVERIFY(stats);
        QCOMPARE(stats->value(CampaignStats::Bounced), 2); // hard + soft
        QCOMPARE(stats->value(CampaignStats::UniqueOpened), 3);
        QCOMPARE(stats->value(CampaignStats::Clicked), 4);
        QCOMPARE(stats->value(CampaignStats::Pending), 0);
        QCOMPARE(*stats->cost, 0.02);
        QVERIFY(!nrs360::parseSendingStats(campaigns, QStringLiteral("8")));

        // A BOM, CRLF, quotes with a comma, an extra column, an event we do not track.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "campaignName,campaignId,sendingId,contactId,event,phone,email,landline,countryIso,"
                               "browser,os,url,createdAt,extra\r\n"
                               "A,1,7,3,clicked,,Ana@Example.com,,ES,Firefox,Linux,\"https://x.test/a,b\","
                               "2021-07-19T15:00:33+00:00,z\r\n"
                               "A,1,7,3,form_opened,,ana@example.com,,ES,,,,2021-07-19T15:01:00+00:00,z\r\n"
                               "A,1,7,4,soft_bounced,,bo@example.com,,ES,,,,2021-07-19T15:02:00+00:00,z\r\n"
                               "A,1,7,5,delivered,34666555444,,,ES,,,,2021-07-19T15:03:00+00:00,z\r\n";
        const auto events = nrs360::parseEventsCsv(csv);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).type, EventType::Clicked);
        QCOMPARE(events.at(0).address, QStringLiteral("ana@example.com"));
        QCOMPARE(events.at(0).detail, QStringLiteral("https://x.test/a,b (Firefox Linux)"));
        QCOMPARE(events.at(1).type, EventType::Bounced);
        QVERIFY(events.at(1).detail.startsWith(QStringLiteral("soft"))); // not suppressed
        QCOMPARE(events.at(2).address, QStringLiteral("+34666555444"));
    }

    void quietHours_becomeAvailableTimesInUtc()
    {
        Campaign c;
        c.timeZone = QStringLiteral("Europe/Madrid");
        c.windowStart = 9 * 60;
        c.windowEnd = 21 * 60;
        const QDateTime winter(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        const QDateTime summer(QDate(2026, 7, 16), QTime(12, 0), Qt::UTC);
        using Windows = QList<QPair<QTime, QTime>>;
        QCOMPARE(Dispatcher::windowsUtc(c, winter), (Windows {{QTime(8, 0), QTime(20, 0)}}));
        QCOMPARE(Dispatcher::windowsUtc(c, summer), (Windows {{QTime(7, 0), QTime(19, 0)}}));
        c.windowStart = 22 * 60; // across midnight: two
        c.windowEnd = 6 * 60;
        QCOMPARE(Dispatcher::windowsUtc(c, winter),
                 (Windows {{QTime(21, 0), QTime(23, 59)}, {QTime(0, 0), QTime(5, 0)}}));
        c.windowStart = -1;
        QVERIFY(Dispatcher::windowsUtc(c, winter).isEmpty());

        // On the wire, and what the fake refuses.
        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.windowsUtc = {{QTime(8, 0), QTime(20, 0)}};
        request.messages = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Hi"))};
        QVERIFY(test::waitFor(p->send(request)).ok);
        QCOMPARE(bodyOf(requestsTo("POST", QStringLiteral("/sms")).last())
                         .value(QStringLiteral("availableTimes"))
                         .toArray(),
                 QJsonDocument::fromJson(R"([{"from": "08:00", "to": "20:00"}])").array());
        request.windowsUtc = {{QTime(8, 0), QTime(8, 30)}};
        QCOMPARE(test::waitFor(p->send(request)).error.code, QStringLiteral("196"));
    }

    void campaignOptions_checkedAndOnTheWire()
    {
        const ProviderInfo info = Nrs360Provider::providerInfo();
        QVERIFY(info.optionProblem(Channel::Sms,
                                   {{QStringLiteral("flash"), true}, {QStringLiteral("tags"), QStringLiteral("a")}})
                        .isEmpty());
        QVERIFY(info.optionProblem(Channel::Email, {{QStringLiteral("flash"), true}})
                        .contains(QStringLiteral("flash")));
        QVERIFY(!info.optionProblem(Channel::Sms, {{QStringLiteral("expiration_hours"), 99}}).isEmpty());
        QVERIFY(!info.optionProblem(Channel::Sms, {{QStringLiteral("encoding"), QStringLiteral("latin1")}}).isEmpty());
        QVERIFY(info.optionProblem(Channel::Sms, {{QStringLiteral("encoding"), QStringLiteral("gsm-pt")}}).isEmpty());

        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.campaignName = QStringLiteral("Opciones");
        request.options = {{QStringLiteral("tags"), QStringLiteral("spring, vip")},
                           {QStringLiteral("flash"), true},
                           {QStringLiteral("certified"), true},
                           {QStringLiteral("encoding"), QStringLiteral("gsm-pt")},
                           {QStringLiteral("expiration_hours"), 6}};
        request.messages = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Olá"))};
        QVERIFY(test::waitFor(p->send(request)).ok);
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/sms")).last());
        QCOMPARE(body.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray {QStringLiteral("spring"), QStringLiteral("vip")}));
        QVERIFY(body.value(QStringLiteral("flash")).toBool());
        QVERIFY(body.value(QStringLiteral("certified")).toBool());
        QCOMPARE(body.value(QStringLiteral("encoding")).toString(), QStringLiteral("gsm-pt"));
        QCOMPARE(body.value(QStringLiteral("expirationDate")).toString(),
                 nrs360::scheduleDate(m_clock->now().addSecs(6 * 3600)));

        request.channel = Channel::Email;
        request.sender = QStringLiteral("news@example.com");
        request.options = {{QStringLiteral("track_opens"), false}};
        request.messages = {{QStringLiteral("e1"), QStringLiteral("ana@example.com"), QStringLiteral("Hola"),
                             QStringLiteral("<p>Hola</p>")}};
        QVERIFY(test::waitFor(p->send(request)).ok);
        const QJsonObject mail = bodyOf(requestsTo("POST", QStringLiteral("/mailing")).last());
        QCOMPARE(mail.value(QStringLiteral("trackOpens")), QJsonValue(false));
        QVERIFY(!mail.contains(QStringLiteral("trackClicks"))); // on, the default
    }

    // --- calls, landing SMS and WhatsApp: each channel's own fields

    void channels_fieldsApplyOnlyWithTheirChannel()
    {
        const ProviderInfo info = Nrs360Provider::providerInfo();
        const auto call = [&info](const QVariantMap &options) { return info.optionProblem(Channel::Voice, options); };
        const auto text = [&info](const QVariantMap &options) { return info.optionProblem(Channel::Sms, options); };
        const auto whatsapp
                = [&info](const QVariantMap &options) { return info.optionProblem(Channel::WhatsApp, options); };
        QVERIFY(info.supports(Channel::Voice) && info.supports(Channel::WhatsApp));
        QVERIFY(call({{QStringLiteral("voice_language"), QStringLiteral("es_ES")},
                      {QStringLiteral("voice_gender"), QStringLiteral("M")},
                      {QStringLiteral("call_retries"), 2},
                      {QStringLiteral("callers"), QStringLiteral("ES=612345678, PT=+698765432")}})
                        .isEmpty());
        // A text message's field on a call, a call's field on a text message: refused, naming the field.
        QVERIFY(call({{QStringLiteral("flash"), true}}).contains(QStringLiteral("flash")));
        QVERIFY(text({{QStringLiteral("voice_gender"), QStringLiteral("M")}}).contains(QStringLiteral("voice")));
        QVERIFY(call({{QStringLiteral("voice_language"), QStringLiteral("xx")}})
                        .contains(QStringLiteral("voice_language")));
        QVERIFY(call({{QStringLiteral("call_retries"), 6}}).contains(QStringLiteral("call_retries")));
        QVERIFY(call({{QStringLiteral("callers"), QStringLiteral("Spain")}}).contains(QStringLiteral("callers")));
        QVERIFY(call({{QStringLiteral("delivery"), QStringLiteral("voice")}}).contains(QStringLiteral("delivery")));
        // A call plays an audio file instead of reading the text: then no voice to read it with.
        QVERIFY(call({{QStringLiteral("audio_url"), QStringLiteral("https://example.com/a.mp3")}}).isEmpty());
        QVERIFY(call({{QStringLiteral("audio_url"), QStringLiteral("example.com/a.mp3")}})
                        .contains(QStringLiteral("audio_url")));
        QVERIFY(call({{QStringLiteral("audio_url"), QStringLiteral("https://example.com/a.mp3")},
                      {QStringLiteral("voice_gender"), QStringLiteral("M")}})
                        .contains(QStringLiteral("voice_gender")));
        // A landing page makes a landing SMS; its form is checked.
        QVERIFY(text({{QStringLiteral("landing_page"), QStringLiteral("page 3")}})
                        .contains(QStringLiteral("landing_page")));
        QVERIFY(text({{QStringLiteral("landing_page"), QStringLiteral("v1:3")}, {QStringLiteral("flash"), true}})
                        .isEmpty());
        QVERIFY(whatsapp({}).contains(QStringLiteral("whatsapp_template")));
        QVERIFY(whatsapp({{QStringLiteral("whatsapp_template"), QStringLiteral("abc")}})
                        .contains(QStringLiteral("whatsapp_template")));
        QVERIFY(whatsapp({{QStringLiteral("whatsapp_template"), QStringLiteral("12")}}).isEmpty());
        QVERIFY(info.optionProblem(Channel::Email, {{QStringLiteral("certified"), true}}).isEmpty());
        // Only text messages without a landing page (and email) can be held by 360NRS (§4), with quiet hours for SMS.
        QVERIFY(info.holdsSend(Channel::Sms, {}));
        QVERIFY(info.holdsSend(Channel::Email, {}));
        QVERIFY(!info.holdsSend(Channel::Voice, {}));
        QVERIFY(!info.holdsSend(Channel::WhatsApp, {}));
        QVERIFY(!info.holdsSend(Channel::Sms, {{QStringLiteral("landing_page"), QStringLiteral("v2:7")}}));
        QVERIFY(info.can.scheduling.keepsWindows.contains(Channel::Sms));
        QVERIFY(info.can.scheduling.moves && info.can.scheduling.cancels);
        // A call reads at most 500 characters; one playing a file reads none; SMS have no such limit.
        QVERIFY(info.contentProblem(Channel::Voice, {}, QString(501, QLatin1Char('a')))
                        .contains(QStringLiteral("500")));
        QVERIFY(info.contentProblem(Channel::Voice, {}, QString(500, QLatin1Char('a'))).isEmpty());
        QVERIFY(info.contentProblem(Channel::Voice, {{QStringLiteral("audio_url"), QStringLiteral("https://a.b/c")}},
                                    QString(501, QLatin1Char('a')))
                        .isEmpty());
        QVERIFY(info.contentProblem(Channel::Sms, {}, QString(501, QLatin1Char('a'))).isEmpty());
        QVERIFY(!info.contentProblem(Channel::WhatsApp, {}, QStringLiteral("  ")).isEmpty());
    }

    void voiceCalls_readAloudAndAudio_onTheWireAndInTheReport()
    {
        auto p = provider();
        SendRequest request;
        request.campaignName = QStringLiteral("Llamada");
        request.channel = Channel::Voice;
        request.options = {{QStringLiteral("voice_language"), QStringLiteral("es_ES")},
                           {QStringLiteral("voice_gender"), QStringLiteral("M")},
                           {QStringLiteral("callers"), QStringLiteral("es=612345678")},
                           {QStringLiteral("call_retries"), 2},
                           {QStringLiteral("answering_machine"), true},
                           {QStringLiteral("expiration_hours"), 3},
                           {QStringLiteral("tags"), QStringLiteral("citas")}};
        // No sender: calls come from the callers. Personalised: the values in sub, one request.
        request.messages = {{QStringLiteral("k1"),
                             QStringLiteral("+34666555441"),
                             {},
                             QStringLiteral("Hola /*v1*/, su cita es mañana."),
                             QVariantMap {{QStringLiteral("v1"), QStringLiteral("Ana")}}},
                            {QStringLiteral("k2"),
                             QStringLiteral("+34666555447"),
                             {},
                             QStringLiteral("Hola /*v1*/, su cita es mañana."),
                             QVariantMap {{QStringLiteral("v1"), QStringLiteral("Luis")}}}};
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const SendResult result = sent.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 2);
        QVERIFY(result.outcomes.at(0).accepted && result.outcomes.at(1).accepted);
        QCOMPARE(requestsTo("POST", QStringLiteral("/voice")).size(), 1);
        QVERIFY(requestsTo("POST", QStringLiteral("/sms")).isEmpty());
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/voice")).last());
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Hola {v1}, su cita es mañana."));
        QCOMPARE(body.value(QStringLiteral("sub")).toArray().size(), 2);
        QCOMPARE(body.value(QStringLiteral("language")).toString(), QStringLiteral("es_ES"));
        QCOMPARE(body.value(QStringLiteral("gender")).toString(), QStringLiteral("M"));
        QCOMPARE(body.value(QStringLiteral("callers")).toObject(),
                 (QJsonObject {{QStringLiteral("ES"), QStringLiteral("612345678")}}));
        QCOMPARE(body.value(QStringLiteral("retries")).toInt(), 2);
        QVERIFY(body.value(QStringLiteral("amd")).toBool());
        QCOMPARE(body.value(QStringLiteral("expirationDate")).toString(),
                 nrs360::scheduleDate(m_clock->now().addSecs(3 * 3600)));
        QCOMPARE(body.value(QStringLiteral("campaignName")).toString(), QStringLiteral("Llamada #voice"));
        for (const char *smsOnly : {"from", "encoding", "parts", "flash", "availableTimes"})
            QVERIFY2(!body.contains(QLatin1String(smsOnly)), smsOnly);
        QCOMPARE(m_fake->messages.value(result.outcomes.at(0).providerId).text,
                 QStringLiteral("Hola Ana, su cita es mañana."));

        // The events report in its voice layout: the answered call's duration, the unanswered one failed.
        const auto exported = test::waitFor(p->sendingEvents(result.remoteCampaignId));
        QVERIFY2(exported.ok, qPrintable(exported.error.message));
        bool answered = false, unanswered = false;
        for (const DeliveryEvent &e : exported.value.value<QList<DeliveryEvent>>()) {
            if (e.type == EventType::Delivered && e.address == QStringLiteral("+34666555441"))
                answered = e.detail.contains(QStringLiteral(" s"));
            unanswered = unanswered || (e.type == EventType::Failed && e.address == QStringLiteral("+34666555447"));
        }
        QVERIFY(answered);
        QVERIFY(unanswered);
        const auto stats = test::waitFor(p->campaignStats(result.remoteCampaignId));
        QVERIFY2(stats.ok, qPrintable(stats.error.message));
        QCOMPARE(stats.value.value<CampaignStats>().value(CampaignStats::Delivered), 1);

        // The fake's documented refusals reach the user with their code.
        request.options.insert(QStringLiteral("voice_language"), QStringLiteral("arb")); // female voice only
        QCOMPARE(test::waitFor(p->send(request)).error.code, QStringLiteral("131"));

        // A call playing a file: one request for everyone, whatever their texts, with no text at all.
        request.options = {{QStringLiteral("audio_url"), QStringLiteral("https://cdn.example.com/aviso.mp3")}};
        request.messages = {sms(QStringLiteral("a1"), QStringLiteral("+34666555441"), QStringLiteral("uno")),
                            sms(QStringLiteral("a2"), QStringLiteral("+34666555442"), QStringLiteral("dos"))};
        QVERIFY(test::waitFor(p->send(request)).ok);
        QCOMPARE(requestsTo("POST", QStringLiteral("/voiceAudio")).size(), 1);
        const QJsonObject audio = bodyOf(requestsTo("POST", QStringLiteral("/voiceAudio")).last());
        QCOMPARE(audio.value(QStringLiteral("audioUrl")).toString(),
                 QStringLiteral("https://cdn.example.com/aviso.mp3"));
        QCOMPARE(audio.value(QStringLiteral("to")).toArray().size(), 2);
        QVERIFY(!audio.contains(QStringLiteral("message")));
        request.options.insert(QStringLiteral("audio_url"), QStringLiteral("https://cdn.example.com/aviso.ogg"));
        QCOMPARE(test::waitFor(p->send(request)).error.code, QStringLiteral("134"));
        // A file's address that is no web address: the adapter refuses before asking.
        request.options.insert(QStringLiteral("audio_url"), QStringLiteral("cdn.example.com/aviso.mp3"));
        const int before = int(m_fake->requests().size());
        QCOMPARE(test::waitFor(p->send(request)).error.kind, ProviderError::Kind::Validation);
        QCOMPARE(m_fake->requests().size(), before);
    }

    void landingSms_linkAlwaysThere_pageByTemplate()
    {
        m_fake->templatesV2.insert(7,
                                   QJsonObject {{QStringLiteral("id"), 7},
                                                {QStringLiteral("name"), QStringLiteral("Promo")},
                                                {QStringLiteral("html"), QStringLiteral("<h1>Promo</h1>")}});
        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("TIENDA");
        request.campaignName = QStringLiteral("Landing");
        request.options = {{QStringLiteral("landing_page"), QStringLiteral("v2:7")}}; // an SMS with a landing page
        request.messages
                = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Mira: {LAND_URL}")),
                   sms(QStringLiteral("k2"), QStringLiteral("+34666555442"), QStringLiteral("Sin enlace"))};
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const auto bodies = requestsTo("POST", QStringLiteral("/landingsms"));
        QCOMPARE(bodies.size(), 2); // two texts
        for (const auto &r : bodies) {
            const QJsonObject body = bodyOf(r);
            QVERIFY(body.value(QStringLiteral("message")).toString().contains(QStringLiteral("{LAND_URL}")));
            QCOMPARE(body.value(QStringLiteral("templateV2Id")).toInt(), 7);
            QVERIFY(body.value(QStringLiteral("parts")).toInt() <= 8);
            QVERIFY(!body.contains(QStringLiteral("availableTimes")));
        }
        QCOMPARE(bodyOf(bodies.last()).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Sin enlace {LAND_URL}"));
        for (const MessageOutcome &o : sent.value.value<SendResult>().outcomes)
            QVERIFY(m_fake->messages.value(o.providerId).text.contains(QStringLiteral("https://lnd.st/")));
        // A page that is not there: 140, in the provider's words.
        request.options.insert(QStringLiteral("landing_page"), QStringLiteral("v1:99"));
        request.messages.removeLast(); // one request: its refusal is the send's
        const auto missing = test::waitFor(p->send(request));
        QCOMPARE(missing.error.code, QStringLiteral("140"));
        QVERIFY(bodyOf(requestsTo("POST", QStringLiteral("/landingsms")).last())
                        .contains(QStringLiteral("templateId")));
    }

    void whatsapp_templateLinesAsBodyFields_partlyRejected_noStatusLookup()
    {
        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("+34 666 777 555");
        request.campaignName = QStringLiteral("WA");
        request.channel = Channel::WhatsApp;
        request.options = {{QStringLiteral("whatsapp_template"), QStringLiteral("123")},
                           {QStringLiteral("whatsapp_answer"), QStringLiteral("Gracias, le llamamos.")}};
        // Each line fills one of the template's two body variables; the second recipient's text has one line.
        request.messages = {{QStringLiteral("w1"),
                             QStringLiteral("+34666555441"),
                             {},
                             QStringLiteral("/*v1*/\nA-123"),
                             QVariantMap {{QStringLiteral("v1"), QStringLiteral("Ana")}}},
                            sms(QStringLiteral("w2"), QStringLiteral("+34666555442"), QStringLiteral("Luis"))};
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/whatsapp")).last());
        QCOMPARE(body.value(QStringLiteral("templateId")).toInt(), 123);
        QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("34666777555"));
        QVERIFY(!body.contains(QStringLiteral("to")) && !body.contains(QStringLiteral("scheduleDate")));
        const QJsonArray entries = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("bodyFields")).toArray(),
                 (QJsonArray {QStringLiteral("Ana"), QStringLiteral("A-123")}));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("defaultAnswer")).toString(),
                 QStringLiteral("Gracias, le llamamos."));
        const SendResult result = sent.value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 2);
        QVERIFY(result.outcomes.at(0).accepted);
        QVERIFY(result.outcomes.at(0).providerId.contains(QLatin1Char('-'))); // a UUID
        QVERIFY(!result.outcomes.at(1).accepted);
        QVERIFY2(result.outcomes.at(1).error.contains(QStringLiteral("bodyFields")),
                 qPrintable(result.outcomes.at(1).error));
        // No status look-up for WhatsApp messages: nothing is asked of /sms.
        QVERIFY(test::waitFor(p->fetchEvents({result.outcomes.at(0).providerId})).ok);
        QVERIFY(requestsTo("GET", QStringLiteral("/sms/")).isEmpty());
        // Header, button and location lines fill those fields; a template that needs them refuses an entry
        // without them.
        request.options.insert(QStringLiteral("whatsapp_template"), QStringLiteral("124"));
        request.messages = {sms(QStringLiteral("w3"), QStringLiteral("+34666555443"),
                                QStringLiteral("header: Pedido A-1\nSu pedido está listo: recójalo hoy.\nbutton: "
                                               "A-1\nreply: Vale\nlocation: 39.92, -0.10, NRS-Group, Carrer, 19, "
                                               "Vila-real")),
                            sms(QStringLiteral("w4"), QStringLiteral("+34666555444"), QStringLiteral("Sin cabecera"))};
        const auto fields = test::waitFor(p->send(request));
        QVERIFY2(fields.ok, qPrintable(fields.error.message));
        const QJsonObject full = bodyOf(requestsTo("POST", QStringLiteral("/whatsapp")).last())
                                         .value(QStringLiteral("messages"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        QCOMPARE(full.value(QStringLiteral("headerFields")).toArray(), QJsonArray {QStringLiteral("Pedido A-1")});
        QCOMPARE(full.value(QStringLiteral("bodyFields")).toArray(),
                 QJsonArray {QStringLiteral("Su pedido está listo: recójalo hoy.")});
        QCOMPARE(full.value(QStringLiteral("callToActionFields")).toArray(), QJsonArray {QStringLiteral("A-1")});
        QCOMPARE(full.value(QStringLiteral("buttonAnswers")).toArray(), QJsonArray {QStringLiteral("Vale")});
        QCOMPARE(full.value(QStringLiteral("location")).toObject(),
                 (QJsonObject {{QStringLiteral("lat"), QStringLiteral("39.92")},
                               {QStringLiteral("long"), QStringLiteral("-0.10")},
                               {QStringLiteral("name"), QStringLiteral("NRS-Group")},
                               {QStringLiteral("address"), QStringLiteral("Carrer, 19, Vila-real")}}));
        const SendResult withFields = fields.value.value<SendResult>();
        QVERIFY(withFields.outcomes.at(0).accepted);
        QVERIFY(!withFields.outcomes.at(1).accepted);
        QVERIFY2(withFields.outcomes.at(1).error.contains(QStringLiteral("headerFields")),
                 qPrintable(withFields.outcomes.at(1).error));
        // A template that is not approved: the example's 400 with code 140.
        request.options.insert(QStringLiteral("whatsapp_template"), QStringLiteral("999"));
        QCOMPARE(test::waitFor(p->send(request)).error.code, QStringLiteral("140"));
    }

    void whatsappConversations_pagesBuiltByUs_replyOnlyInSession()
    {
        const QString business = QStringLiteral("34666777555");
        for (int i = 1; i <= 3; ++i)
            m_fake->userReplies(business, QStringLiteral("3466655544%1").arg(i), QStringLiteral("Hola %1").arg(i));
        m_fake->conversations[business + QStringLiteral("/34666555441")].firstName = QStringLiteral("Ana");
        m_fake->now = m_fake->now.addSecs(25 * 3600); // the first two sessions ended…
        m_fake->userReplies(business, QStringLiteral("34666555443"), QStringLiteral("¿Sigue en pie?")); // …not this
        auto p = provider({{QStringLiteral("page_size"), 2}});
        const auto listed = test::waitFor(p->listConversations());
        QVERIFY2(listed.ok, qPrintable(listed.error.message));
        const auto conversations = listed.value.value<QList<Conversation>>();
        QCOMPARE(conversations.size(), 3); // two pages, the malformed "next" link not followed
        for (const auto &r : requestsTo("GET", QStringLiteral("/whatsapp/conversations")))
            QVERIFY2(!r.rawPath.contains('&') || r.rawPath.contains('?'), qPrintable(r.rawPath));
        QCOMPARE(conversations.at(0).contactName, QStringLiteral("Ana"));
        QVERIFY(!conversations.at(0).sessionActive);
        QVERIFY(conversations.at(2).sessionActive);

        const auto closed
                = test::waitFor(p->conversation(QStringLiteral("+34666777555"), QStringLiteral("+34666555441")));
        QVERIFY2(closed.ok, qPrintable(closed.error.message));
        const auto thread = closed.value.value<ConversationThread>();
        QCOMPARE(thread.messages.size(), 1);
        QVERIFY(thread.messages.first().inbound);
        QCOMPARE(thread.messages.first().content, QStringLiteral("Hola 1"));
        // Outside the session the provider refuses a free reply; inside it, it goes.
        const auto refused = test::waitFor(
                p->replyInConversation(business, QStringLiteral("34666555441"), QStringLiteral("Buenos días")));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.describe(QStringLiteral("360 ES")).contains(QStringLiteral("session")),
                 qPrintable(refused.error.describe(QStringLiteral("360 ES"))));
        const auto answered = test::waitFor(
                p->replyInConversation(business, QStringLiteral("34666555443"), QStringLiteral("Sí, a las 10")));
        QVERIFY2(answered.ok, qPrintable(answered.error.message));
        QVERIFY(!answered.value.value<ConversationMessage>().inbound);
        const auto open = test::waitFor(p->conversation(business, QStringLiteral("34666555443")));
        const auto messages = open.value.value<ConversationThread>().messages;
        QCOMPARE(messages.size(), 3); // two from the user, our answer last
        QVERIFY(messages.first().inbound);
        QVERIFY(!messages.last().inbound);
        QCOMPARE(messages.last().content, QStringLiteral("Sí, a las 10"));
        QCOMPARE(test::waitFor(p->conversation(business, QStringLiteral("34000000000"))).error.code,
                 QStringLiteral("404"));
    }

    void scheduledRequests_neverWithoutGuids()
    {
        QVERIFY(!Nrs360Provider::scheduledRequest("DELETE", {}));
        QVERIFY(!Nrs360Provider::scheduledRequest("PUT", {QStringLiteral("not a number")}, test::testNow()));
        const auto put = Nrs360Provider::scheduledRequest("PUT", {QStringLiteral("100"), QStringLiteral("101")},
                                                          QDateTime(QDate(2017, 10, 11), QTime(9, 30), Qt::UTC));
        QVERIFY(put);
        QCOMPARE(QJsonDocument::fromJson(put->body).object(),
                 QJsonDocument::fromJson(R"({"guid":[100,101],"scheduleDate":"20171011093000"})").object());
    }

    // --- against the fake

    void verify_balance_badCredentials_andTheAllowList()
    {
        auto p = provider();
        const auto ok = test::waitFor(p->verify());
        QVERIFY2(ok.ok, qPrintable(ok.error.message));
        const AccountStatus status = ok.value.value<AccountStatus>();
        QCOMPARE(status.balance, 100.0);
        QCOMPARE(status.currency, QStringLiteral("EUR"));
        QCOMPARE(m_fake->requests().last().header("Authorization"), QByteArray("Basic dXNlcm5hbWU6YXBpUGFzc3dvcmQ="));

        const auto wrong = test::waitFor(provider({}, QStringLiteral("nope"))->verify());
        QCOMPARE(wrong.error.kind, ProviderError::Kind::Auth);
        QCOMPARE(wrong.error.code, QStringLiteral("103"));
        m_fake->ipAllowed = false;
        const auto ip = test::waitFor(p->verify());
        QCOMPARE(ip.error.code, QStringLiteral("112"));
        QVERIFY(ip.error.kind != ProviderError::Kind::Auth);
        QVERIFY(ip.error.describe(QStringLiteral("360 ES")).contains(QStringLiteral("allow list")));
    }

    void sendSms_groupsByText_mixedResults_campaignName_unsubscribe()
    {
        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.campaignName = QStringLiteral("Rebajas");
        request.messages = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"),
                                QStringLiteral("Hola Ana {{unsubscribe_url}}")),
                            sms(QStringLiteral("k2"), QStringLiteral("+34666555442"), QStringLiteral("Hola Luis")),
                            sms(QStringLiteral("k3"), QStringLiteral("+34 666 555 443"), QStringLiteral("Hola Luis")),
                            sms(QStringLiteral("k4"), QStringLiteral("+34"), QStringLiteral("Hola Luis"))};
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const SendResult result = sent.value.value<SendResult>();
        const auto posts = requestsTo("POST", QStringLiteral("/sms"));
        QCOMPARE(posts.size(), 2); // one text each
        const QJsonObject first = bodyOf(posts.at(0));
        QCOMPARE(first.value(QStringLiteral("message")).toString(), QStringLiteral("Hola Ana {UNSUB_URL}"));
        QCOMPARE(first.value(QStringLiteral("to")).toArray(), QJsonArray {QStringLiteral("34666555441")});
        QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("SHOP"));
        QCOMPARE(first.value(QStringLiteral("encoding")).toString(), QStringLiteral("gsm"));
        QCOMPARE(first.value(QStringLiteral("campaignName")).toString(), QStringLiteral("Rebajas #sms"));
        QVERIFY(first.value(QStringLiteral("parts")).toInt() >= 1);
        QVERIFY(!first.contains(QStringLiteral("scheduleDate")));
        QCOMPARE(bodyOf(posts.at(1)).value(QStringLiteral("to")).toArray().size(), 3);
        // 207 for the second: two accepted, "34" refused with code 102.
        QCOMPARE(result.outcomes.size(), 4);
        int accepted = 0;
        for (const MessageOutcome &o : result.outcomes) {
            accepted += o.accepted;
            if (o.clientKey == QLatin1String("k4"))
                QVERIFY2(!o.accepted && o.error.contains(QStringLiteral("102")), qPrintable(o.error));
            else
                QCOMPARE(o.providerId.size(), 13);
        }
        QCOMPARE(accepted, 3);
        // Both requests fed the one sending of "Rebajas #sms".
        QCOMPARE(m_fake->sendings.size(), 1);
        QCOMPARE(result.remoteCampaignId, QString::number(m_fake->sendings.firstKey()));

        // A Turkish text goes as UTF-16.
        request.messages = {sms(QStringLiteral("k5"), QStringLiteral("+34666555445"), QStringLiteral("Merhaba Ayşe"))};
        QVERIFY(test::waitFor(p->send(request)).ok);
        QCOMPARE(bodyOf(requestsTo("POST", QStringLiteral("/sms")).last()).value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("utf-16"));
    }

    void sendSms_documentedErrors_andNeverRetried()
    {
        auto p = provider();
        SendRequest request;
        request.campaignName = QStringLiteral("E");
        request.messages = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Hi"))};
        // No sender: refused before any request (106).
        QCOMPARE(test::waitFor(p->send(request)).error.kind, ProviderError::Kind::Validation);
        QVERIFY(requestsTo("POST", QStringLiteral("/sms")).isEmpty());
        request.sender = QStringLiteral("A_SENDER_TOO_LONG");
        auto tooLong = test::waitFor(p->send(request));
        QCOMPARE(tooLong.error.code, QStringLiteral("107"));
        QCOMPARE(tooLong.error.kind, ProviderError::Kind::Validation);
        request.sender = QStringLiteral("SHOP");
        // Every recipient refused: 400 with the first error.
        SendRequest nobody = request;
        nobody.messages = {sms(QStringLiteral("k9"), QStringLiteral("+1"), QStringLiteral("Hi"))};
        QCOMPARE(test::waitFor(p->send(nobody)).error.code, QStringLiteral("102"));
        // Not enough credit: 402/111, with what to do.
        m_fake->balance = 0;
        const auto broke = test::waitFor(p->send(request));
        QCOMPARE(broke.error.code, QStringLiteral("111"));
        QVERIFY(broke.error.message.contains(QStringLiteral("credit")));
        m_fake->balance = 100;
        // A 500 is not retried: the send has no idempotency key, so it may have happened.
        const qsizetype before = requestsTo("POST", QStringLiteral("/sms")).size();
        m_fake->script(test::FakeReply::json(QJsonObject {{QStringLiteral("error"),
                                                           QJsonObject {{QStringLiteral("code"), 101},
                                                                        {QStringLiteral("description"),
                                                                         QStringLiteral("Internal Database error")}}}},
                                             500));
        const auto lost = test::waitFor(p->send(request));
        QCOMPARE(lost.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(requestsTo("POST", QStringLiteral("/sms")).size(), before + 1); // one attempt only
    }

    void sendEmail_fieldsUnsubscribeLinkAndVerifiedSenders()
    {
        auto p = provider({{QStringLiteral("from_name"), QStringLiteral("Tienda")}});
        SendRequest request;
        request.channel = Channel::Email;
        request.sender = QStringLiteral("news@example.com");
        request.campaignName = QStringLiteral("Boletín");
        request.messages = {{QStringLiteral("e1"), QStringLiteral("Ana@Example.com"), QStringLiteral("Hola Ana"),
                             QStringLiteral("<a href=\"{{ unsubscribe_url }}\">Baja</a>")}};
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/mailing")).last());
        QCOMPARE(body.value(QStringLiteral("body")).toString(),
                 QStringLiteral("<a href=\"[unsubscribe_link]\">Baja</a>"));
        QCOMPARE(body.value(QStringLiteral("fromEmail")).toString(), QStringLiteral("news@example.com"));
        QCOMPARE(body.value(QStringLiteral("replyTo")).toString(), QStringLiteral("news@example.com"));
        QCOMPARE(body.value(QStringLiteral("fromName")).toString(), QStringLiteral("Tienda"));
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Hola Ana"));
        QCOMPARE(body.value(QStringLiteral("to")).toArray(), QJsonArray {QStringLiteral("ana@example.com")});
        QCOMPARE(body.value(QStringLiteral("campaignName")).toString(), QStringLiteral("Boletín #mailing"));
        QVERIFY(sent.value.value<SendResult>().outcomes.first().accepted);

        request.sender = QStringLiteral("other@example.com");
        QCOMPARE(test::waitFor(p->send(request)).error.code, QStringLiteral("115"));
        request.sender = QStringLiteral("news@example.com");
        const auto replyTo = test::waitFor(
                provider({{QStringLiteral("reply_to"), QStringLiteral("x@example.com")}})->send(request));
        QCOMPARE(replyTo.error.code, QStringLiteral("117"));
    }

    void statusCountersAndTheEventsReport()
    {
        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.campaignName = QStringLiteral("Informe");
        request.messages
                = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Oferta https://x.test")),
                   sms(QStringLiteral("k2"), QStringLiteral("+34666555447"), QStringLiteral("Oferta https://x.test"))};
        const SendResult result = test::waitFor(p->send(request)).value.value<SendResult>();
        QStringList ids;
        for (const MessageOutcome &o : result.outcomes)
            ids.append(o.providerId);
        m_fake->addEvent(ids.first(), QStringLiteral("clicked"), QStringLiteral("https://x.test"),
                         QStringLiteral("Safari"), QStringLiteral("iOS"));

        // GET /sms/{id,id}: sent and delivered for one, undelivered for the number ending in 7, the click.
        const auto status = test::waitFor(p->fetchEvents(ids));
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(requestsTo("GET", QStringLiteral("/sms/")).last().path,
                 QStringLiteral("/api/rest/sms/") + ids.join(QLatin1Char(',')));
        QHash<EventType, int> byType;
        for (const DeliveryEvent &e : status.value.value<QList<DeliveryEvent>>())
            ++byType[e.type];
        QCOMPARE(byType.value(EventType::Sent), 2);
        QCOMPARE(byType.value(EventType::Delivered), 1);
        QCOMPARE(byType.value(EventType::Failed), 1);
        QCOMPARE(byType.value(EventType::Clicked), 1);
        // Unknown ids: 404, which is "nothing yet", not a failure.
        QVERIFY(test::waitFor(p->fetchEvents({QStringLiteral("XXXXXXXXXXXXX")})).ok);

        const auto stats = test::waitFor(p->campaignStats(result.remoteCampaignId));
        QVERIFY2(stats.ok, qPrintable(stats.error.message));
        const CampaignStats counters = stats.value.value<CampaignStats>();
        QCOMPARE(counters.value(CampaignStats::Sent), 2);
        QCOMPARE(counters.value(CampaignStats::Delivered), 1);
        QCOMPARE(counters.value(CampaignStats::Failed), 1);
        QCOMPARE(counters.value(CampaignStats::UniqueClicked), 1);
        QVERIFY(counters.cost && *counters.cost > 0);
        QCOMPARE(test::waitFor(p->campaignStats(QStringLiteral("999"))).error.code, QStringLiteral("404"));

        const auto exported = test::waitFor(p->sendingEvents(result.remoteCampaignId));
        QVERIFY2(exported.ok, qPrintable(exported.error.message));
        const auto events = exported.value.value<QList<DeliveryEvent>>();
        QCOMPARE(events.size(), 5);
        bool click = false;
        for (const DeliveryEvent &e : events) {
            QVERIFY(e.providerId.isEmpty());
            if (e.type == EventType::Clicked) {
                click = true;
                QCOMPARE(e.address, QStringLiteral("+34666555441"));
                QCOMPARE(e.detail, QStringLiteral("https://x.test (Safari iOS)"));
            }
        }
        QVERIFY(click);
        QCOMPARE(test::waitFor(p->sendingEvents(QStringLiteral("999"))).error.code, QStringLiteral("404"));
    }

    void scheduled_listRescheduleCancel_neverTheWholeAccount()
    {
        m_fake->now = m_clock->now();
        auto p = provider();
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.campaignName = QStringLiteral("Mañana");
        request.scheduledAt = m_clock->now().addDays(1);
        request.messages = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Hi")),
                            sms(QStringLiteral("k2"), QStringLiteral("+34666555442"), QStringLiteral("Hi"))};
        const auto sent = test::waitFor(p->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        QCOMPARE(bodyOf(requestsTo("POST", QStringLiteral("/sms")).last())
                         .value(QStringLiteral("scheduleDate"))
                         .toString(),
                 nrs360::scheduleDate(request.scheduledAt));
        const QString sendingId = sent.value.value<SendResult>().remoteCampaignId;
        // Another campaign's scheduled message, which nothing here may touch.
        request.campaignName = QStringLiteral("Otra");
        request.messages = {sms(QStringLiteral("k3"), QStringLiteral("+34666555443"), QStringLiteral("Hi"))};
        QVERIFY(test::waitFor(p->send(request)).ok);
        QCOMPARE(m_fake->scheduled.size(), 3);

        const QDateTime later = m_clock->now().addDays(2);
        const auto moved = test::waitFor(p->reschedule(sendingId, later));
        QVERIFY2(moved.ok, qPrintable(moved.error.message));
        QCOMPARE(moved.value.toInt(), 2);
        const QJsonObject put = bodyOf(requestsTo("PUT", QStringLiteral("/scheduled")).last());
        QCOMPARE(put.value(QStringLiteral("guid")).toArray().size(), 2);
        QVERIFY(put.value(QStringLiteral("guid")).toArray().first().isDouble()); // integers in requests
        QCOMPARE(put.value(QStringLiteral("scheduleDate")).toString(), nrs360::scheduleDate(later));

        QVERIFY(test::waitFor(p->cancelScheduled(sendingId)).ok);
        QCOMPARE(m_fake->scheduled.size(), 1); // the other campaign's message is still there
        // Nothing left to cancel: no DELETE without guids goes out.
        const qsizetype deletes = requestsTo("DELETE", QStringLiteral("/scheduled")).size();
        QVERIFY(!test::waitFor(p->cancelScheduled(sendingId)).ok);
        QVERIFY(!test::waitFor(p->reschedule(sendingId, later)).ok);
        QCOMPARE(requestsTo("DELETE", QStringLiteral("/scheduled")).size(), deletes);
        QCOMPARE(m_fake->wholeAccountScheduledChanges, 0);

        // When its time comes, the held message is sent.
        m_fake->advanceTo(m_clock->now().addDays(3));
        QVERIFY(m_fake->scheduled.isEmpty());
    }

    void groupsPagesAndContactsOneByOne()
    {
        auto p = provider({{QStringLiteral("page_size"), 2}});
        for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
            QVERIFY(test::waitFor(p->createGroup(name)).ok);
        QCOMPARE(test::waitFor(p->createGroup({})).error.code, QStringLiteral("422"));
        const auto groups = test::waitFor(p->listGroups());
        QVERIFY2(groups.ok, qPrintable(groups.error.message));
        QCOMPARE(groups.value.value<QList<RemoteGroup>>().size(), 4); // two pages of two
        QCOMPARE(requestsTo("GET", QStringLiteral("/groups")).last().query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("2"));
        const QString a = groups.value.value<QList<RemoteGroup>>().at(0).id;
        const QString b = groups.value.value<QList<RemoteGroup>>().at(1).id;
        // Renamed with the id in the path (the samples' bare PUT /groups answers 405).
        const auto renamed = test::waitFor(p->renameGroup(a, QStringLiteral("A2")));
        QVERIFY2(renamed.ok, qPrintable(renamed.error.message));
        QCOMPARE(m_fake->groups.value(a.toLongLong()), QStringLiteral("A2"));
        QCOMPARE(requestsTo("PUT", QStringLiteral("/groups/")).last().path, QStringLiteral("/api/rest/groups/") + a);
        QCOMPARE(test::waitFor(p->renameGroup(QStringLiteral("999"), QStringLiteral("X"))).error.code,
                 QStringLiteral("404"));
        // Deleted: DELETE /groups/{id} answers 204; again, 404.
        const QString doomed = test::waitFor(p->createGroup(QStringLiteral("Doomed"))).value.value<RemoteGroup>().id;
        QVERIFY(test::waitFor(p->deleteGroup(doomed)).ok);
        QVERIFY(!m_fake->groups.contains(doomed.toLongLong()));
        QCOMPARE(test::waitFor(p->deleteGroup(doomed)).error.code, QStringLiteral("404"));

        Contact ana;
        ana.email = QStringLiteral("ana@example.com");
        ana.phone = QStringLiteral("+34666555441");
        ana.firstName = QStringLiteral("Ana");
        ana.fields.insert(QStringLiteral("color"), QStringLiteral("green"));
        Contact luis;
        luis.phone = QStringLiteral("+34666555442");
        QList<qint64> progress;
        ProviderReply *push = p->pushContacts(a, {ana, luis});
        connect(push, &ProviderReply::progress, this, [&progress](qint64 done, qint64) { progress.append(done); });
        const auto pushed = test::waitFor(push);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.message));
        QCOMPARE(pushed.value.toInt(), 2);
        QCOMPARE(progress, (QList<qint64> {1, 2}));
        const QJsonObject created = bodyOf(requestsTo("POST", QStringLiteral("/contacts")).first());
        QCOMPARE(created.value(QStringLiteral("countryIso")).toString(), QStringLiteral("ES")); // from the number
        QCOMPARE(created.value(QStringLiteral("phone")).toString(), QStringLiteral("34666555441"));

        // Ana again, into B: found by email and updated with both groups (PUT replaces memberships).
        QVERIFY(test::waitFor(p->pushContacts(b, {ana})).ok);
        QCOMPARE(m_fake->contacts.size(), 2);
        QCOMPARE(requestsTo("PUT", QStringLiteral("/contacts/")).size(), 1);
        const auto inA = test::waitFor(p->pullContacts(a));
        const auto inB = test::waitFor(p->pullContacts(b));
        QCOMPARE(inA.value.value<QList<Contact>>().size(), 2);
        QCOMPARE(inB.value.value<QList<Contact>>().size(), 1);
        const Contact back = inB.value.value<QList<Contact>>().first();
        QCOMPARE(back.email, QStringLiteral("ana@example.com"));
        QCOMPARE(back.fields.value(QStringLiteral("color")).toString(), QStringLiteral("green"));

        // A contact with neither address: 422, in 360NRS's words.
        const auto invalid = test::waitFor(p->pushContacts(a, {Contact {}}));
        QCOMPARE(invalid.error.code, QStringLiteral("422"));
        QVERIFY(invalid.error.message.contains(QStringLiteral("required")));
    }

    void templates_v1AndV2_crudPreviewAndPlaceholders()
    {
        auto p = provider();
        // A legacy template made in the old web app.
        m_fake->templatesV1.insert(
                3,
                QJsonObject {{QStringLiteral("id"), 3},
                             {QStringLiteral("name"), QStringLiteral("Old")},
                             {QStringLiteral("html"), QStringLiteral("<h1>Hi {name}</h1>")},
                             {QStringLiteral("createdAt"), QStringLiteral("2020-01-01T00:00:00+00:00")},
                             {QStringLiteral("updatedAt"), QJsonValue::Null}});
        const auto created = test::waitFor(
                p->saveTemplate({{},
                                 QStringLiteral("News"),
                                 QStringLiteral("<p>Hola {{first_name}}</p><a href=\"{{unsubscribe_url}}\">x</a>"),
                                 {}}));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const RemoteTemplate news = created.value.value<RemoteTemplate>();
        QCOMPARE(news.id, QStringLiteral("v2:1")); // new ones go to v2
        QCOMPARE(m_fake->templatesV2.value(1).value(QStringLiteral("html")).toString(),
                 QStringLiteral("<p>Hola {first_name}</p><a href=\"[unsubscribe_link]\">x</a>"));
        QCOMPARE(news.html, QStringLiteral("<p>Hola {{first_name}}</p><a href=\"{{unsubscribe_url}}\">x</a>"));

        const auto listed = test::waitFor(p->listTemplates());
        QVERIFY2(listed.ok, qPrintable(listed.error.message));
        const auto all = listed.value.value<QList<RemoteTemplate>>();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, QStringLiteral("v2:1"));
        QVERIFY(all.at(0).html.isEmpty()); // the v2 list leaves html out
        QCOMPARE(all.at(1).id, QStringLiteral("v1:3"));
        QCOMPARE(all.at(1).html, QStringLiteral("<h1>Hi {{name}}</h1>"));

        // Update answers 201 (as documented): success all the same; v1 stays in v1.
        RemoteTemplate old = all.at(1);
        old.html = QStringLiteral("<h1>Hello {{name}}</h1>");
        QVERIFY(test::waitFor(p->saveTemplate(old)).ok);
        QCOMPARE(requestsTo("PUT", QStringLiteral("/templates/3")).size(), 1);
        QCOMPARE(m_fake->templatesV1.value(3).value(QStringLiteral("html")).toString(),
                 QStringLiteral("<h1>Hello {name}</h1>"));
        QCOMPARE(test::waitFor(p->getTemplate(QStringLiteral("v2:1"))).value.value<RemoteTemplate>().name,
                 QStringLiteral("News"));
        const auto preview = test::waitFor(p->previewTemplate(QStringLiteral("v2:1")));
        QVERIFY(preview.value.toString().contains(QStringLiteral("Hola [first_name]")));
        QCOMPARE(test::waitFor(p->saveTemplate({{}, QString(), QStringLiteral("<p/>"), {}})).error.code,
                 QStringLiteral("422"));
        QCOMPARE(test::waitFor(p->getTemplate(QStringLiteral("v1:9"))).error.code, QStringLiteral("404"));
    }

    void emailValidation_jobPollResults_undeliverableSuppressed()
    {
        auto p = provider();
        const auto started = test::waitFor(
                p->startEmailValidation({QStringLiteral("ana@example.com"), QStringLiteral("bad.one@example.com"),
                                         QStringLiteral("maybe@example.com")}));
        QVERIFY2(started.ok, qPrintable(started.error.message));
        const EmailValidation job = started.value.value<EmailValidation>();
        QCOMPARE(job.status, QStringLiteral("pending"));
        QCOMPARE(job.total, 3);
        QVERIFY(!bodyOf(requestsTo("POST", QStringLiteral("/validation/emails")).last())
                         .value(QStringLiteral("force"))
                         .toBool());
        const EmailValidation running = test::waitFor(p->emailValidation(job.id)).value.value<EmailValidation>();
        QCOMPARE(running.status, QStringLiteral("started"));
        QVERIFY(running.results.isEmpty());
        const EmailValidation done = test::waitFor(p->emailValidation(job.id)).value.value<EmailValidation>();
        QCOMPARE(done.status, QStringLiteral("finished"));
        QCOMPARE(done.results.value(QStringLiteral("bad.one@example.com")), QStringLiteral("undeliverable"));
        QCOMPARE(done.results.value(QStringLiteral("maybe@example.com")), QStringLiteral("risky"));
        QCOMPARE(done.results.value(QStringLiteral("ana@example.com")), QStringLiteral("deliverable"));
        QCOMPARE(test::waitFor(p->emailValidation(QStringLiteral("1"))).error.code, QStringLiteral("404"));

        // Through the service, for a group: polled to the end, the undeliverable suppressed.
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        GroupSyncService sync(&ws.workspace(), &accounts, &jobs);
        bool added = false;
        accounts.add(Account {0, QStringLiteral("360"), QStringLiteral("nrs360"), m_fake->apiBase(), user, {}, {}},
                     password, this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        Group g;
        g.name = QStringLiteral("Lista");
        ws->groups()->create(g);
        QList<Contact> contacts;
        for (const QString &email : {QStringLiteral("a@example.com"), QStringLiteral("bad@example.com"),
                                     QStringLiteral("maybe.not@example.com")}) {
            Contact c;
            c.email = email;
            contacts.append(c);
        }
        ws->groups()->addContacts(g.id, contacts);
        Job *check = sync.validateEmails(g.id, ws->accounts()->byName(QStringLiteral("360"))->id, 10);
        QList<qint64> progress;
        connect(check, &Job::progressChanged, this, [&progress](qint64 done, qint64) { progress.append(done); });
        QSignalSpy finished(check, &Job::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty()); // "started" was seen on the way
        QCOMPARE(check->property("undeliverable").toLongLong(), 1);
        QCOMPARE(check->property("risky").toLongLong(), 1);
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("bad@example.com")));
        QVERIFY(!ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("a@example.com")));
    }

    // Personalised SMS go as one request per batch: the template's placeholders as 360NRS variables and each
    // recipient's values in sub (§20.1). A contact edited after the snapshot goes as snapshotted, on its own.
    void sendSms_subArrays_oneRequestPerBatch()
    {
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        bool added = false;
        accounts.add(Account {0, QStringLiteral("360"), QStringLiteral("nrs360"), m_fake->apiBase(), user, {}, {}},
                     password, this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        Group g;
        g.name = QStringLiteral("Clientes");
        ws->groups()->create(g);
        QList<Contact> contacts;
        const QStringList names {QStringLiteral("Ana"), QStringLiteral("Luis"), QStringLiteral("Ana"),
                                 QStringLiteral("Eva"), QStringLiteral("Íñigo")};
        for (int i = 0; i < names.size(); ++i) {
            Contact c;
            c.phone = QStringLiteral("+3466655510%1").arg(i);
            c.firstName = names.at(i);
            if (i == 1)
                c.city = QStringLiteral("Bilbao");
            contacts.append(c);
        }
        ws->groups()->addContacts(g.id, contacts);
        Template t;
        t.name = QStringLiteral("Hola");
        t.body = QStringLiteral("Hola {{first_name}}, {{city|default:\"Madrid\"}}. Baja: {{unsubscribe_url}}");
        ws->templates()->add(t);
        Campaign c;
        c.name = QStringLiteral("Sub");
        c.accountId = ws->accounts()->byName(QStringLiteral("360"))->id;
        c.groupId = g.id;
        c.templateId = t.id;
        c.sender = QStringLiteral("TIENDA");
        QVERIFY(ws->campaigns()->create(c));
        // Snapshotted, then Eva renamed before the send.
        QVERIFY(DispatchStore(ws->database()).snapshot(c.id, Dispatcher::prepare(&ws.workspace(), c, t), 500));
        Contact eva = *ws->groups()->contact(contacts.at(3).id);
        eva.firstName = QStringLiteral("Evita");
        QVERIFY(ws->groups()->saveContact(eva));
        QSignalSpy finished(dispatcher.send(c.id), &Job::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto posts = requestsTo("POST", QStringLiteral("/sms"));
        QCOMPARE(posts.size(), 2); // four with sub, Eva as snapshotted
        const QJsonObject bulk = bodyOf(posts.first());
        QCOMPARE(bulk.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Hola {v0}, {v1}. Baja: {UNSUB_URL}"));
        QCOMPARE(bulk.value(QStringLiteral("to")).toArray().size(), 4);
        QCOMPARE(bulk.value(QStringLiteral("sub")).toArray().at(1).toObject(),
                 QJsonObject({{QStringLiteral("v0"), QStringLiteral("Luis")},
                              {QStringLiteral("v1"), QStringLiteral("Bilbao")}}));
        QCOMPARE(bulk.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-16")); // Íñigo's text needs it
        QVERIFY(!bodyOf(posts.last()).contains(QStringLiteral("sub")));
        QCOMPARE(bodyOf(posts.last()).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Hola Eva, Madrid. Baja: {UNSUB_URL}"));
        // What each phone got is what was snapshotted for it.
        QStringList got;
        for (const auto &m : std::as_const(m_fake->messages))
            got.append(m.text.section(QStringLiteral(" Baja:"), 0, 0));
        got.sort();
        QCOMPARE(got,
                 QStringList({QStringLiteral("Hola Ana, Madrid."), QStringLiteral("Hola Ana, Madrid."),
                              QStringLiteral("Hola Eva, Madrid."), QStringLiteral("Hola Luis, Bilbao."),
                              QStringLiteral("Hola Íñigo, Madrid.")}));
        QCOMPARE(ws->campaigns()->recipientCounts(c.id).value(RecipientState::Accepted), 5);

        // Email too: the body's variables in sub, HTML-escaped as the body renders them; one request.
        Group mails;
        mails.name = QStringLiteral("Correo");
        ws->groups()->create(mails);
        QList<Contact> people;
        for (const QString &name : {QStringLiteral("Ana & Co"), QStringLiteral("Luis")}) {
            Contact p;
            p.email = name.left(3).toLower() + QStringLiteral("@example.com");
            p.firstName = name;
            people.append(p);
        }
        ws->groups()->addContacts(mails.id, people);
        Template mail;
        mail.name = QStringLiteral("Novedades");
        mail.channel = Channel::Email;
        mail.subject = QStringLiteral("Novedades");
        mail.body = QStringLiteral("<p>Hola {{first_name}}</p><a href=\"{{unsubscribe_url}}\">Baja</a>");
        ws->templates()->add(mail);
        Campaign e = c;
        e.id = 0;
        e.name = QStringLiteral("Sub email");
        e.channel = Channel::Email;
        e.groupId = mails.id;
        e.templateId = mail.id;
        e.sender = QStringLiteral("news@example.com");
        QVERIFY(ws->campaigns()->create(e));
        QSignalSpy sent(dispatcher.send(e.id), &Job::finished);
        QVERIFY(sent.wait(10000));
        QVERIFY2(sent.first().at(0).toBool(), qPrintable(sent.first().at(1).toString()));
        const auto mailings = requestsTo("POST", QStringLiteral("/mailing"));
        QCOMPARE(mailings.size(), 1);
        QCOMPARE(bodyOf(mailings.first()).value(QStringLiteral("body")).toString(),
                 QStringLiteral("<p>Hola {v0}</p><a href=\"[unsubscribe_link]\">Baja</a>"));
        QStringList bodies;
        for (const auto &m : std::as_const(m_fake->messages)) {
            if (m.channel == QLatin1String("mailing"))
                bodies.append(m.text.section(QStringLiteral("</p>"), 0, 0));
        }
        bodies.sort();
        QCOMPARE(bodies, QStringList({QStringLiteral("<p>Hola Ana &amp; Co"), QStringLiteral("<p>Hola Luis")}));
    }

    // --- the fault matrix (#18): a send is judged by its worst case

    void faults_5xxWithJson_isUnknown()
    {
        auto p = provider();
        m_fake->scriptOn(
                QStringLiteral("/api/rest/sms"),
                test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
        const auto o = test::waitFor(p->send(textsTo(1)));
        QVERIFY(o.finished && !o.ok);
        QCOMPARE(o.error.kind, ProviderError::Kind::Transient);
        QCOMPARE(requestsTo("POST", QStringLiteral("/sms")).size(), 1);
    }

    void faults_cutOffSuccess_isUnknown_data() { test::addCutOffRows(); }

    void faults_cutOffSuccess_isUnknown()
    {
        QFETCH(bool, reset);
        auto p = provider();
        const QJsonObject accepted {
                {QStringLiteral("sendingId"), 12},
                {QStringLiteral("result"),
                 QJsonArray {QJsonObject {{QStringLiteral("accepted"), true},
                                          {QStringLiteral("to"), QStringLiteral("34666555440")},
                                          {QStringLiteral("id"), QStringLiteral("0000000000001")}}}}};
        m_fake->scriptOn(QStringLiteral("/api/rest/sms"),
                         test::FakeReply::cutOff(test::FakeReply::json(accepted, 202), 30, reset));
        const auto o = test::waitFor(p->send(textsTo(1)));
        QVERIFY(o.finished);
        QCOMPARE(judged(o, 1), QStringLiteral("U"));
        QCOMPARE(requestsTo("POST", QStringLiteral("/sms")).size(), 1);
    }

    // Three texts, one request each; the second fails. The first stays accepted; the second is unknown where 360NRS
    // may have sent it, failed where it refused it; the third goes after a refusal of the second's content, and is
    // not sent (failed, never unknown) after no clear answer or a refusal of the credentials or the rate.
    void faults_laterTextFails_earlierOnesKeepTheirOutcomes_data()
    {
        const auto error = [](int code, const char *description, int status) {
            return test::FakeReply::json(
                    QJsonObject {{QStringLiteral("error"),
                                  QJsonObject {{QStringLiteral("code"), code},
                                               {QStringLiteral("description"), QLatin1String(description)}}}},
                    status);
        };
        QTest::addColumn<test::FakeReply>("fault");
        QTest::addColumn<QString>("outcomes"); // per message: Accepted, Unknown, Failed
        QTest::newRow("5xx with JSON") << test::FakeReply::json(
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint timed out")}}, 504)
                                       << "AUF";
        QTest::newRow("5xx with its own error") << error(101, "Internal Database error", 500) << "AUF";
        QTest::newRow("cut off") << test::FakeReply::cutOff(
                test::FakeReply::json(QJsonObject {{QStringLiteral("sendingId"), 1}}, 202), 5)
                                 << "AUF";
        QTest::newRow("content refused") << error(102, "No valid recipients", 400) << "AFA";
        QTest::newRow("credentials refused") << error(103, "Username or password unknown", 401) << "AFF";
        test::FakeReply limited = error(429, "Too many requests", 429);
        limited.headers = {{"Retry-After", "3600"}};
        QTest::newRow("rate limited") << limited << "AFF";
    }

    void faults_laterTextFails_earlierOnesKeepTheirOutcomes()
    {
        QFETCH(test::FakeReply, fault);
        QFETCH(QString, outcomes);
        auto p = provider();
        m_fake->scriptOn(QStringLiteral("/api/rest/sms"), fault, 1);
        const auto o = test::waitFor(p->send(textsTo(3)));
        QVERIFY2(o.ok, qPrintable(o.error.message)); // never a wholesale failure once a text went out
        QCOMPARE(judged(o, 3), outcomes);
        QCOMPARE(requestsTo("POST", QStringLiteral("/sms")).size(), outcomes.endsWith(QLatin1Char('A')) ? 3 : 2);
    }

    void blacklist_addListRemove_permanentStays()
    {
        auto p = provider();
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("+34 666 555 441"), ContactChange::Block)).ok);
        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("Ana@example.com"), ContactChange::Unsubscribe)).ok);
        QCOMPARE(requestsTo("PUT", QStringLiteral("/v2/blacklist/sms")).size(), 1);
        QCOMPARE(bodyOf(requestsTo("PUT", QStringLiteral("/v2/blacklist/mailing")).first())
                         .value(QStringLiteral("recipient")),
                 QJsonValue(QStringLiteral("ana@example.com")));
        const auto all = test::waitFor(p->optOuts());
        QVERIFY2(all.ok, qPrintable(all.error.message));
        QCOMPARE(all.value.value<QList<OptOut>>().size(), 2);
        QCOMPARE(test::waitFor(p->optOuts(QStringLiteral("+34666555441"))).value.value<QList<OptOut>>().size(), 1);

        // A send to a blacklisted number is refused for that recipient (102).
        SendRequest request;
        request.sender = QStringLiteral("SHOP");
        request.messages = {sms(QStringLiteral("k1"), QStringLiteral("+34666555441"), QStringLiteral("Hi")),
                            sms(QStringLiteral("k2"), QStringLiteral("+34666555442"), QStringLiteral("Hi"))};
        const SendResult result = test::waitFor(p->send(request)).value.value<SendResult>();
        QCOMPARE(result.outcomes.size(), 2);
        QVERIFY(!result.outcomes.at(0).accepted);

        QVERIFY(test::waitFor(p->changeContact(QStringLiteral("+34666555441"), ContactChange::Unblock)).ok);
        const auto removal = requestsTo("DELETE", QStringLiteral("/v2/blacklist/sms")).last();
        QCOMPARE(bodyOf(removal).value(QStringLiteral("recipient")).toString(), QStringLiteral("34666555441"));
        m_fake->blacklist[QStringLiteral("mailing")].first().insert(QStringLiteral("isDefinitive"), true);
        QCOMPARE(
                test::waitFor(p->changeContact(QStringLiteral("ana@example.com"), ContactChange::Subscribe)).error.code,
                QStringLiteral("422"));
    }

    void suppressionSync_bothWays_once()
    {
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        GroupSyncService sync(&ws.workspace(), &accounts, &jobs);
        bool added = false;
        accounts.add(Account {0, QStringLiteral("360"), QStringLiteral("nrs360"), m_fake->apiBase(), user, {}, {}},
                     password, this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        m_fake->blacklist[QStringLiteral("sms")].append(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("sms")},
                             {QStringLiteral("recipient"), QStringLiteral("34666555005")},
                             {QStringLiteral("isDefinitive"), false}});
        Suppression gone;
        gone.address = QStringLiteral("gone@example.com");
        gone.channel = QStringLiteral("email");
        QCOMPARE(ws->suppressions()->add({gone}), 1);
        const qint64 accountId = ws->accounts()->byName(QStringLiteral("360"))->id;
        for (int round = 0; round < 2; ++round) {
            QSignalSpy finished(sync.syncSuppressions(accountId), &Job::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        }
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("sms"), QStringLiteral("+34666555005")));
        QCOMPARE(m_fake->blacklist.value(QStringLiteral("mailing")).size(), 1);
        QCOMPARE(requestsTo("PUT", QStringLiteral("/v2/blacklist")).size(), 1); // the second round had nothing new

        // The voice blacklist is the list for calls: theirs become "voice" entries here (not SMS ones); ours for
        // calls, and for all channels, go there; an SMS one does not.
        m_fake->blacklist[QStringLiteral("voice")].append(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("voice")},
                             {QStringLiteral("recipient"), QStringLiteral("34666555006")},
                             {QStringLiteral("isDefinitive"), false}});
        Suppression noCalls;
        noCalls.address = QStringLiteral("+34666555007");
        noCalls.channel = QStringLiteral("voice");
        Suppression nothing;
        nothing.address = QStringLiteral("+34666555008");
        nothing.channel = QStringLiteral("all");
        QCOMPARE(ws->suppressions()->add({noCalls, nothing}), 2);
        for (int round = 0; round < 2; ++round) {
            QSignalSpy finished(sync.syncSuppressions(accountId), &Job::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        }
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("voice"), QStringLiteral("+34666555006")));
        QVERIFY(!ws->suppressions()->isSuppressed(QStringLiteral("sms"), QStringLiteral("+34666555006")));
        QStringList calls;
        for (const QJsonObject &e : m_fake->blacklist.value(QStringLiteral("voice")))
            calls.append(e.value(QStringLiteral("recipient")).toString());
        calls.sort();
        QCOMPARE(calls,
                 QStringList({QStringLiteral("34666555006"), QStringLiteral("34666555007"),
                              QStringLiteral("34666555008")}));
        QStringList texts;
        for (const QJsonObject &e : m_fake->blacklist.value(QStringLiteral("sms")))
            texts.append(e.value(QStringLiteral("recipient")).toString());
        texts.sort();
        QCOMPARE(texts, QStringList({QStringLiteral("34666555005"), QStringLiteral("34666555008")}));
        QCOMPARE(requestsTo("PUT", QStringLiteral("/v2/blacklist")).size(), 4); // once each, the second round none
    }

    // From the command line, end to end: an SMS campaign scheduled (360NRS holds it), moved, cancelled; an email
    // campaign scheduled, sent by 360NRS at its time, marked sent by run-due, and its report with opens and clicks.
    void cli_scheduleRescheduleCancelSendAndReport()
    {
        test::TempWorkspace ws;
        {
            Group g;
            g.name = QStringLiteral("Clientes");
            ws->groups()->create(g);
            QList<Contact> contacts;
            for (int i = 0; i < 6; ++i) {
                Contact c;
                c.email = QStringLiteral("c%1@example.com").arg(i);
                c.phone = QStringLiteral("+3466655500%1").arg(i);
                c.firstName = QStringLiteral("Ana");
                contacts.append(c);
            }
            ws->groups()->addContacts(g.id, contacts);
            Template sms;
            sms.name = QStringLiteral("Oferta");
            sms.body = QStringLiteral("Hola {{first_name}}: 2x1 hoy. Baja: {{unsubscribe_url}}");
            ws->templates()->add(sms);
            Template mail;
            mail.name = QStringLiteral("Boletín");
            mail.channel = Channel::Email;
            mail.subject = QStringLiteral("Novedades");
            mail.body = QStringLiteral("<p>Hola {{first_name}}</p><a href=\"https://example.com/a\">Ver</a> "
                                       "<a href=\"{{unsubscribe_url}}\">Baja</a>");
            ws->templates()->add(mail);
        }
        const QString db = ws.path();
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), db);
        ctl.env.insert(QStringLiteral("CM_SECRET_360_ES"), password);
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:00:00Z"));
        const QString &out = ctl.out;
        m_fake->now = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("360 ES"),
                      QStringLiteral("--provider"), QStringLiteral("nrs360"), QStringLiteral("--base-url"),
                      m_fake->apiBase(), QStringLiteral("--user"), user}),
                 0);
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("360 ES")}), 0);
        QVERIFY2(out.contains(QStringLiteral("100")), qPrintable(out)); // the balance
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Bad option"),
                      QStringLiteral("--account"), QStringLiteral("360 ES"), QStringLiteral("--group"),
                      QStringLiteral("Clientes"), QStringLiteral("--template"), QStringLiteral("Oferta"),
                      QStringLiteral("--option"), QStringLiteral("track_opens=false")}),
                 1); // an email option on an SMS campaign
        QVERIFY2(out.contains(QStringLiteral("track_opens")), qPrintable(out));

        // The blacklist and the suppression list made one: theirs here, ours there.
        m_fake->blacklist[QStringLiteral("sms")].append(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("sms")},
                             {QStringLiteral("recipient"), QStringLiteral("34666555005")},
                             {QStringLiteral("isDefinitive"), false}});
        QCOMPARE(ctl({QStringLiteral("suppressions"), QStringLiteral("add"), QStringLiteral("gone@example.com")}), 0);
        QVERIFY2(ctl({QStringLiteral("suppressions"), QStringLiteral("sync"), QStringLiteral("--account"),
                      QStringLiteral("360 ES")})
                         == 0,
                 qPrintable(out));
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("sms"), QStringLiteral("+34666555005")));
        QCOMPARE(m_fake->blacklist.value(QStringLiteral("mailing")).size(), 1);
        QCOMPARE(m_fake->blacklist.value(QStringLiteral("mailing"))
                         .first()
                         .value(QStringLiteral("recipient"))
                         .toString(),
                 QStringLiteral("gone@example.com"));
        // Again: nothing new either way.
        QVERIFY2(ctl({QStringLiteral("suppressions"), QStringLiteral("sync"), QStringLiteral("--account"),
                      QStringLiteral("360 ES")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(requestsTo("PUT", QStringLiteral("/v2/blacklist")).size(), 1);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Marzo SMS"),
                      QStringLiteral("--account"), QStringLiteral("360 ES"), QStringLiteral("--group"),
                      QStringLiteral("Clientes"), QStringLiteral("--template"), QStringLiteral("Oferta"),
                      QStringLiteral("--sender"), QStringLiteral("TIENDA"), QStringLiteral("--window"),
                      QStringLiteral("09:00-21:00"), QStringLiteral("--option"), QStringLiteral("tags=marzo"),
                      QStringLiteral("--option"), QStringLiteral("flash=true")}),
                 0);
        const QStringList schedule {QStringLiteral("campaigns"),     QStringLiteral("schedule"),
                                    QStringLiteral("Marzo SMS"),     QStringLiteral("--tz"),
                                    QStringLiteral("Europe/Madrid"), QStringLiteral("--at")};
        QVERIFY2(ctl(schedule + QStringList {QStringLiteral("2026-03-20 10:00")}) == 0, qPrintable(out));
        QCOMPARE(m_fake->scheduled.size(), 5); // +34666555005 came in from the blacklist
        const QJsonObject held = bodyOf(requestsTo("POST", QStringLiteral("/sms")).last());
        QCOMPARE(held.value(QStringLiteral("scheduleDate")).toString(), QStringLiteral("20260320090000")); // UTC
        QVERIFY(held.value(QStringLiteral("message")).toString().endsWith(QStringLiteral("Baja: {UNSUB_URL}")));
        QCOMPARE(held.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("marzo")});
        QVERIFY(held.value(QStringLiteral("flash")).toBool());
        // Its quiet hours go along, in UTC (Madrid is UTC+1 in March): 360NRS keeps them.
        QCOMPARE(held.value(QStringLiteral("availableTimes")).toArray(),
                 QJsonDocument::fromJson(R"([{"from": "08:00", "to": "20:00"}])").array());
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Marzo SMS"))->state, CampaignState::Scheduled);
        // Moved: at 360NRS first.
        QVERIFY2(ctl(schedule + QStringList {QStringLiteral("2026-03-21 18:30")}) == 0, qPrintable(out));
        for (const auto &m : std::as_const(m_fake->messages))
            QCOMPARE(m.scheduledAt, QDateTime(QDate(2026, 3, 21), QTime(17, 30), Qt::UTC));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Marzo SMS"))->scheduledAt,
                 QDateTime(QDate(2026, 3, 21), QTime(17, 30), Qt::UTC));
        // Sending a held campaign early is refused; cancelling drops it at 360NRS, then here.
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Marzo SMS")}), 1);
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("cancel"), QStringLiteral("Marzo SMS")}) == 0,
                 qPrintable(out));
        QVERIFY(m_fake->scheduled.isEmpty());
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Marzo SMS"))->state, CampaignState::Cancelled);
        QCOMPARE(m_fake->wholeAccountScheduledChanges, 0);

        // The group's addresses checked by 360NRS (none is bad here).
        ctl.env.insert(QStringLiteral("CM_POLL_MS"), QStringLiteral("10"));
        QVERIFY2(ctl({QStringLiteral("groups"), QStringLiteral("validate"), QStringLiteral("Clientes"),
                      QStringLiteral("--account"), QStringLiteral("360 ES")})
                         == 0,
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("6 deliverable")), qPrintable(out));

        // A group made at 360NRS too and linked, then renamed here: renamed there as well.
        QVERIFY2(ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("Linked"),
                      QStringLiteral("--account"), QStringLiteral("360 ES")})
                         == 0,
                 qPrintable(out));
        QVERIFY2(ctl({QStringLiteral("groups"), QStringLiteral("rename"), QStringLiteral("Linked"),
                      QStringLiteral("Linked 2")})
                         == 0,
                 qPrintable(out));
        QVERIFY(m_fake->groups.values().contains(QStringLiteral("Linked 2")));

        // The email template to 360NRS's templates, changed there, and brought back.
        QVERIFY2(ctl({QStringLiteral("templates"), QStringLiteral("push"), QStringLiteral("Boletín"),
                      QStringLiteral("--account"), QStringLiteral("360 ES")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->templatesV2.size(), 1);
        QVERIFY(m_fake->templatesV2.first()
                        .value(QStringLiteral("html"))
                        .toString()
                        .contains(QStringLiteral("{first_name}")));
        m_fake->templatesV2.first().insert(QStringLiteral("html"), QStringLiteral("<p>Buenas {first_name}</p>"));
        QVERIFY2(ctl({QStringLiteral("templates"), QStringLiteral("pull"), QStringLiteral("--account"),
                      QStringLiteral("360 ES")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(ws->templates()->byName(QStringLiteral("Boletín"))->body,
                 QStringLiteral("<p>Buenas {{first_name}}</p>"));
        // Pushed again: it replaces the same template, no second one.
        QCOMPARE(ctl({QStringLiteral("templates"), QStringLiteral("push"), QStringLiteral("Boletín"),
                      QStringLiteral("--account"), QStringLiteral("360 ES")}),
                 0);
        QCOMPARE(m_fake->templatesV2.size(), 1);
        QVERIFY(out.contains(QStringLiteral("replaced")));
        {
            Template mail = *ws->templates()->byName(QStringLiteral("Boletín"));
            mail.body = QStringLiteral("<p>Hola {{first_name}}</p><a href=\"https://example.com/a\">Ver</a> "
                                       "<a href=\"{{unsubscribe_url}}\">Baja</a>");
            QVERIFY(ws->templates()->update(mail));
        }

        // Email: held, sent by 360NRS at its time, then the report.
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Boletín marzo"),
                      QStringLiteral("--account"), QStringLiteral("360 ES"), QStringLiteral("--group"),
                      QStringLiteral("Clientes"), QStringLiteral("--template"), QStringLiteral("Boletín"),
                      QStringLiteral("--sender"), QStringLiteral("news@example.com")}),
                 0);
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("schedule"), QStringLiteral("Boletín marzo"),
                      QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--at"),
                      QStringLiteral("2026-03-16 18:00")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->scheduled.size(), 6);
        m_fake->advanceTo(QDateTime(QDate(2026, 3, 16), QTime(18, 0), Qt::UTC));
        QVERIFY(m_fake->scheduled.isEmpty());
        int n = 0;
        for (const auto &m : std::as_const(m_fake->messages)) {
            if (m.channel != QLatin1String("mailing"))
                continue;
            if (n++ < 4)
                m_fake->addEvent(m.id, QStringLiteral("opened"));
            if (n <= 2)
                m_fake->addEvent(m.id, QStringLiteral("clicked"), QStringLiteral("https://example.com/a"));
        }
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T19:00:00Z"));
        QVERIFY2(ctl({QStringLiteral("run-due")}) == 0, qPrintable(out));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Boletín marzo"))->state, CampaignState::Sent);
        QVERIFY2(ctl({QStringLiteral("--json"), QStringLiteral("reports"), QStringLiteral("show"),
                      QStringLiteral("Boletín marzo"), QStringLiteral("--refresh")})
                         == 0,
                 qPrintable(out));
        const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 6);
        QCOMPARE(report.value(QStringLiteral("delivered")).toInt(), 6);
        QCOMPARE(report.value(QStringLiteral("opened")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("clicked")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("bounced")).toInt(), 0);
    }

    void cli_voiceCampaign_scheduledInApp_sent_reported_andWhatsAppConversations()
    {
        test::TempWorkspace ws;
        {
            Group g;
            g.name = QStringLiteral("Pacientes");
            ws->groups()->create(g);
            QList<Contact> contacts;
            const QList<QPair<QString, QString>> people {{QStringLiteral("Ana"), QStringLiteral("+34666555441")},
                                                         {QStringLiteral("Luis"), QStringLiteral("+34666555447")},
                                                         {QStringLiteral("Eva"), QStringLiteral("+34666555440")}};
            for (const auto &[name, phone] : people) {
                Contact c;
                c.phone = phone;
                c.firstName = name;
                contacts.append(c);
            }
            ws->groups()->addContacts(g.id, contacts);
            Template call; // a call's text: its campaigns are calls
            call.name = QStringLiteral("Aviso de cita");
            call.channel = Channel::Voice;
            call.body = QStringLiteral("Hola {{first_name}}, le recordamos su cita de mañana a las diez.");
            ws->templates()->add(call);
            Template text = call;
            text.name = QStringLiteral("Aviso SMS");
            text.channel = Channel::Sms;
            ws->templates()->add(text);
            Template longCall;
            longCall.name = QStringLiteral("Larga");
            longCall.channel = Channel::Voice;
            longCall.body = QString(520, QLatin1Char('a'));
            ws->templates()->add(longCall);
        }
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        ctl.env.insert(QStringLiteral("CM_SECRET_360_ES"), password);
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T12:00:00Z"));
        const QString &out = ctl.out;
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("360 ES"),
                      QStringLiteral("--provider"), QStringLiteral("nrs360"), QStringLiteral("--base-url"),
                      m_fake->apiBase(), QStringLiteral("--user"), user}),
                 0);
        const QStringList create {
                QStringLiteral("campaigns"), QStringLiteral("create"),     QStringLiteral("Citas"),
                QStringLiteral("--account"), QStringLiteral("360 ES"),     QStringLiteral("--group"),
                QStringLiteral("Pacientes"), QStringLiteral("--template"), QStringLiteral("Aviso de cita")};
        // A field of another channel is refused, naming it.
        QCOMPARE(ctl(create + QStringList {QStringLiteral("--option"), QStringLiteral("flash=true")}), 1);
        QVERIFY2(out.contains(QStringLiteral("flash")), qPrintable(out));
        QVERIFY2(ctl(create
                     + QStringList {QStringLiteral("--option"), QStringLiteral("voice_language=es_ES"),
                                    QStringLiteral("--option"), QStringLiteral("call_retries=1")})
                         == 0,
                 qPrintable(out));
        // A number kept from calls is left out of calls only.
        QCOMPARE(ctl({QStringLiteral("suppressions"), QStringLiteral("add"), QStringLiteral("+34 666 555 440"),
                      QStringLiteral("--channel"), QStringLiteral("voice")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("suppressions"), QStringLiteral("add"), QStringLiteral("nobody@example.com"),
                      QStringLiteral("--channel"), QStringLiteral("voice")}),
                 1); // calls go to phone numbers
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Citas SMS"),
                      QStringLiteral("--account"), QStringLiteral("360 ES"), QStringLiteral("--group"),
                      QStringLiteral("Pacientes"), QStringLiteral("--template"), QStringLiteral("Aviso SMS"),
                      QStringLiteral("--sender"), QStringLiteral("CLINICA")})
                         == 0,
                 qPrintable(out));
        QVERIFY2(ctl({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("check"),
                      QStringLiteral("Citas SMS")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("recipients")).toInt(), 3);
        // The check counts calls, not SMS parts, and does not guess their price.
        QVERIFY2(ctl({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("check"),
                      QStringLiteral("Citas")})
                         == 0,
                 qPrintable(out));
        const QJsonObject check = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(check.value(QStringLiteral("recipients")).toInt(), 2);
        QVERIFY(check.value(QStringLiteral("parts")).isNull());
        QVERIFY(check.value(QStringLiteral("cost")).isNull());
        QVERIFY(!check.value(QStringLiteral("warnings")).toArray().isEmpty());
        // Scheduled: 360NRS cannot hold a call, so this app keeps it and nothing goes yet.
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("schedule"), QStringLiteral("Citas"),
                      QStringLiteral("--at"), QStringLiteral("2026-03-16 18:00"), QStringLiteral("--tz"),
                      QStringLiteral("UTC")})
                         == 0,
                 qPrintable(out));
        QVERIFY(requestsTo("POST", QStringLiteral("/voice")).isEmpty());
        QVERIFY(!ws->campaigns()->byName(QStringLiteral("Citas"))->isHeldAtProvider());
        ctl.env.insert(QStringLiteral("CM_NOW"), QStringLiteral("2026-03-16T18:01:00Z"));
        m_fake->now = QDateTime(QDate(2026, 3, 16), QTime(18, 1), Qt::UTC);
        QVERIFY2(ctl({QStringLiteral("run-due")}) == 0, qPrintable(out));
        const auto calls = requestsTo("POST", QStringLiteral("/voice"));
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = bodyOf(calls.first());
        QCOMPARE(call.value(QStringLiteral("language")).toString(), QStringLiteral("es_ES"));
        QCOMPARE(call.value(QStringLiteral("gender")).toString(), QStringLiteral("F")); // the default
        QCOMPARE(call.value(QStringLiteral("retries")).toInt(), 1);
        QVERIFY(!call.contains(QStringLiteral("scheduleDate")));
        QStringList spoken;
        for (const auto &m : std::as_const(m_fake->messages))
            spoken.append(m.text);
        spoken.sort();
        QCOMPARE(spoken.first(), QStringLiteral("Hola Ana, le recordamos su cita de mañana a las diez."));
        QCOMPARE(ws->campaigns()->byName(QStringLiteral("Citas"))->state, CampaignState::Sent);
        // The report: one answered, one not, with the events report's call time per recipient.
        QVERIFY2(ctl({QStringLiteral("--json"), QStringLiteral("reports"), QStringLiteral("show"),
                      QStringLiteral("Citas"), QStringLiteral("--refresh")})
                         == 0,
                 qPrintable(out));
        const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("delivered")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);

        // Too long to be read aloud: the check says so and the send is refused before anything goes.
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Larga"),
                      QStringLiteral("--account"), QStringLiteral("360 ES"), QStringLiteral("--group"),
                      QStringLiteral("Pacientes"), QStringLiteral("--template"), QStringLiteral("Larga")})
                         == 0,
                 qPrintable(out));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Larga")}), 1);
        QVERIFY2(out.contains(QStringLiteral("500")), qPrintable(out));
        QCOMPARE(requestsTo("POST", QStringLiteral("/voice")).size(), 1);

        // WhatsApp conversations: listed, read, answered within the session and refused outside it.
        const QString business = QStringLiteral("34666777555");
        m_fake->userReplies(business, QStringLiteral("34666555441"), QStringLiteral("¿Puedo cambiar la hora?"));
        m_fake->now = m_fake->now.addSecs(30 * 3600);
        m_fake->userReplies(business, QStringLiteral("34666555442"), QStringLiteral("Confirmo"));
        const QStringList account {QStringLiteral("--account"), QStringLiteral("360 ES")};
        QVERIFY2(ctl(QStringList {QStringLiteral("--json"), QStringLiteral("conversations"), QStringLiteral("list")}
                     + account)
                         == 0,
                 qPrintable(out));
        const QJsonArray listed
                = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("conversations")).toArray();
        QCOMPARE(listed.size(), 2);
        QVERIFY(!listed.at(0).toObject().value(QStringLiteral("session_active")).toBool());
        QVERIFY(listed.at(1).toObject().value(QStringLiteral("session_active")).toBool());
        const QStringList from {QStringLiteral("--from"), business};
        QVERIFY2(
                ctl(QStringList {QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("34666555441")}
                    + account + from)
                        == 0,
                qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("¿Puedo cambiar la hora?")), qPrintable(out));
        QCOMPARE(ctl(QStringList {QStringLiteral("conversations"), QStringLiteral("reply"),
                                  QStringLiteral("34666555441"), QStringLiteral("Sí")}
                     + account + from),
                 1);
        QVERIFY2(out.contains(QStringLiteral("session")), qPrintable(out));
        QVERIFY2(ctl(QStringList {QStringLiteral("conversations"), QStringLiteral("reply"),
                                  QStringLiteral("34666555442"), QStringLiteral("Gracias, hasta mañana")}
                     + account + from)
                         == 0,
                 qPrintable(out));
        QCOMPARE(m_fake->conversations.value(business + QStringLiteral("/34666555442")).messages.last().content,
                 QStringLiteral("Gracias, hasta mañana"));
        QCOMPARE(
                ctl(QStringList {QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("34666555442")}
                    + account),
                2); // which business number: --from
    }
};

QTEST_GUILESS_MAIN(TestNrs360)
#include "tst_nrs360.moc"
