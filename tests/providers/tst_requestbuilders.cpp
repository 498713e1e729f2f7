// The adapters' pure request builders, without a server: the paths, bodies and signatures 360NRS, FreshMail and
// Email Campaigns get for given messages, options and settings (the specs under ../shared/providers/).
#include "providers/emailcampaigns/emailcampaignsparse.h"
#include "providers/emailcampaigns/emailcampaignsrequests.h"
#include "providers/freshmail/freshmailrequests.h"
#include "providers/nrs360/nrs360parse.h"
#include "providers/nrs360/nrs360requests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

using namespace cm;

namespace {

const QDateTime now(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

SendRequest smsRequest(const QList<OutgoingMessage> &messages, const QVariantMap &options = {})
{
    SendRequest request;
    request.channel = Channel::Sms;
    request.sender = QStringLiteral("MyShop");
    request.campaignName = QStringLiteral("Spring");
    request.messages = messages;
    request.options = options;
    return request;
}

// The parts of a multipart/form-data body by name, from the boundary its content type gives.
QHash<QByteArray, QByteArray> formParts(const HttpRequest &request)
{
    const QByteArray boundary = "--" + request.contentType.mid(request.contentType.indexOf("boundary=") + 9);
    QHash<QByteArray, QByteArray> parts;
    qsizetype at = request.body.indexOf(boundary);
    while (at >= 0) {
        const qsizetype start = at + boundary.size() + 2; // after the boundary's CRLF
        const qsizetype next = request.body.indexOf(boundary, start);
        if (next < 0)
            break;
        const QByteArray part = request.body.mid(start, next - start - 2); // without the CRLF before the boundary
        const qsizetype nameAt = part.indexOf("name=\"") + 6;
        const QByteArray name = part.mid(nameAt, part.indexOf('"', nameAt) - nameAt);
        parts.insert(name, part.mid(part.indexOf("\r\n\r\n") + 4));
        at = next;
    }
    return parts;
}

} // namespace

class TestRequestBuilders : public QObject
{
    Q_OBJECT

private slots:
    // --- 360NRS (nrs360.md §3, §4, §6, §9, §10)

    void nrs360_smsSend_oneRequestPerText_withTheServersLinkCounted()
    {
        const SendRequest request = smsRequest(
                {{QStringLiteral("k1"),
                  QStringLiteral("+34 666 555 444"),
                  {},
                  QStringLiteral("Hello {{unsubscribe_url}}")},
                 {QStringLiteral("k2"),
                  QStringLiteral("0034666555445"),
                  {},
                  QStringLiteral("Hello {{unsubscribe_url}}")},
                 {QStringLiteral("k3"), QStringLiteral("+34666555446"), {}, QStringLiteral("Another text")}},
                {{QStringLiteral("tags"), QStringLiteral("spring, sale")}});
        const auto groups = nrs360::sendGroups(request);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).size(), 2);
        const nrs360::SendCall call = nrs360::sendCall(request, groups.at(0), {}, false, now);
        QCOMPARE(call.request.method, QByteArray("POST"));
        QCOMPARE(call.request.path, QStringLiteral("/sms"));
        QVERIFY(!call.request.retrySafe); // no idempotency key: never sent twice
        const QJsonObject body = bodyOf(call.request);
        QCOMPARE(body.value(QStringLiteral("to")).toArray(),
                 QJsonArray({QStringLiteral("34666555444"), QStringLiteral("34666555445")}));
        QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("MyShop"));
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Hello {UNSUB_URL}"));
        QCOMPARE(body.value(QStringLiteral("encoding")).toString(), QStringLiteral("gsm"));
        QCOMPARE(body.value(QStringLiteral("parts")).toInt(), 2); // the text's one, and the link 360NRS puts in
        QCOMPARE(body.value(QStringLiteral("campaignName")).toString(), QStringLiteral("Spring #sms"));
        QCOMPARE(body.value(QStringLiteral("tags")).toArray(),
                 QJsonArray({QStringLiteral("spring"), QStringLiteral("sale")}));
        QVERIFY(!body.contains(QStringLiteral("scheduleDate")));
        QCOMPARE(call.keyByAddress.value(QStringLiteral("34666555445")), QStringLiteral("k2"));
    }

    void nrs360_scheduledSms_expiresAfterItsTime()
    {
        SendRequest request
                = smsRequest({{QStringLiteral("k1"), QStringLiteral("+34666555444"), {}, QStringLiteral("Zażółć")}},
                             {{QStringLiteral("expiration_hours"), 6}});
        request.scheduledAt = now.addDays(1);
        QVERIFY(nrs360::holdsUntilScheduled(request, now));
        QVERIFY(!nrs360::holdsUntilScheduled(request, now.addDays(2)));
        const QJsonObject body
                = bodyOf(nrs360::sendCall(request, nrs360::sendGroups(request).first(), {}, true, now).request);
        QCOMPARE(body.value(QStringLiteral("scheduleDate")).toString(), QStringLiteral("20260317120000"));
        QCOMPARE(body.value(QStringLiteral("expirationDate")).toString(), QStringLiteral("20260317180000"));
        QCOMPARE(body.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-16")); // ż is not GSM
    }

    void nrs360_personalisedSms_variablesInSub()
    {
        const SendRequest request = smsRequest({{QStringLiteral("k1"),
                                                 QStringLiteral("+34666555444"),
                                                 {},
                                                 QStringLiteral("Hi /*v1*/"),
                                                 {{QStringLiteral("v1"), QStringLiteral("Ana")}}},
                                                {QStringLiteral("k2"),
                                                 QStringLiteral("+34666555445"),
                                                 {},
                                                 QStringLiteral("Hi /*v1*/"),
                                                 {{QStringLiteral("v1"), QStringLiteral("Łukasz")}}}});
        const nrs360::SendSettings settings {{}, {}, {}, 3};
        const QJsonObject body
                = bodyOf(nrs360::sendCall(request, nrs360::sendGroups(request).first(), settings, false, now).request);
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Hi {v1}"));
        const QJsonArray sub = body.value(QStringLiteral("sub")).toArray();
        QCOMPARE(sub.size(), 2);
        QCOMPARE(sub.at(1).toObject().value(QStringLiteral("v1")).toString(), QStringLiteral("Łukasz"));
        // The encoding of the longest text anyone gets: Ł needs Unicode.
        QCOMPARE(body.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-16"));
    }

    void nrs360_landingSms_linkAtTheEnd_atMostEightParts()
    {
        const SendRequest request = smsRequest(
                {{QStringLiteral("k1"), QStringLiteral("+34666555444"), {}, QString(2000, QLatin1Char('a'))}},
                {{QStringLiteral("landing_page"), QStringLiteral("v1:42")}}); // an SMS with a landing page
        const nrs360::SendCall call = nrs360::sendCall(request, nrs360::sendGroups(request).first(), {}, false, now);
        QCOMPARE(call.request.path, QStringLiteral("/landingsms"));
        const QJsonObject body = bodyOf(call.request);
        QVERIFY(body.value(QStringLiteral("message")).toString().endsWith(QLatin1String(" {LAND_URL}")));
        QCOMPARE(body.value(QStringLiteral("templateId")).toInteger(), 42);
        QVERIFY(!body.contains(QStringLiteral("templateV2Id")));
        QCOMPARE(body.value(QStringLiteral("parts")).toInt(), 8);
        QCOMPARE(body.value(QStringLiteral("campaignName")).toString(), QStringLiteral("Spring #landing"));
    }

    void nrs360_voiceCall_callersByCountry_retriesCapped()
    {
        SendRequest request = smsRequest(
                {{QStringLiteral("k1"), QStringLiteral("+34666555444"), {}, QStringLiteral("Your order is ready")}},
                {{QStringLiteral("callers"), QStringLiteral("es=612345678, PT=+698765432")},
                 {QStringLiteral("call_retries"), 9},
                 {QStringLiteral("certified"), true}});
        request.channel = Channel::Voice;
        const nrs360::SendCall call = nrs360::sendCall(request, nrs360::sendGroups(request).first(), {}, false, now);
        QCOMPARE(call.request.path, QStringLiteral("/voice"));
        const QJsonObject body = bodyOf(call.request);
        QCOMPARE(body.value(QStringLiteral("callers")).toObject(),
                 QJsonObject({{QStringLiteral("ES"), QStringLiteral("612345678")},
                              {QStringLiteral("PT"), QStringLiteral("698765432")}}));
        QCOMPARE(body.value(QStringLiteral("retries")).toInt(), 5);
        QCOMPARE(body.value(QStringLiteral("language")).toString(), QStringLiteral("en_GB"));
        QVERIFY(!body.contains(QStringLiteral("certified"))); // text messages only
    }

    void nrs360_email_replyToAndTracking()
    {
        SendRequest request;
        request.channel = Channel::Email;
        request.sender = QStringLiteral(" news@shop.example ");
        request.messages = {{QStringLiteral("k1"), QStringLiteral("Ana@Example.org"), QStringLiteral("Offers"),
                             QStringLiteral("<p>Hi</p><a href=\"{{unsubscribe_url}}\">out</a>")}};
        request.options = {{QStringLiteral("track_opens"), false},
                           {QStringLiteral("audio_url"), QStringLiteral("https://a.example/x.mp3")}};
        const nrs360::SendSettings settings {QStringLiteral("replies@shop.example"), QStringLiteral("Shop"), {}, 15};
        const nrs360::SendCall call
                = nrs360::sendCall(request, nrs360::sendGroups(request).first(), settings, false, now);
        QCOMPARE(call.request.path, QStringLiteral("/mailing")); // the channel says where, not a call's option
        const QJsonObject body = bodyOf(call.request);
        QCOMPARE(body.value(QStringLiteral("to")).toArray(), QJsonArray({QStringLiteral("ana@example.org")}));
        QCOMPARE(body.value(QStringLiteral("fromEmail")).toString(), QStringLiteral("news@shop.example"));
        QCOMPARE(body.value(QStringLiteral("replyTo")).toString(), QStringLiteral("replies@shop.example"));
        QCOMPARE(body.value(QStringLiteral("fromName")).toString(), QStringLiteral("Shop"));
        QCOMPARE(body.value(QStringLiteral("body")).toString(),
                 QStringLiteral("<p>Hi</p><a href=\"[unsubscribe_link]\">out</a>"));
        QCOMPARE(body.value(QStringLiteral("trackOpens")), QJsonValue(false));
        QVERIFY(!body.contains(QStringLiteral("trackClicks")));
        QVERIFY(!body.contains(QStringLiteral("campaignName"))); // none without a campaign name
    }

    void nrs360_scheduled_neverWithoutGuids()
    {
        QVERIFY(!nrs360::scheduledRequest("DELETE", {}));
        QVERIFY(!nrs360::scheduledRequest("PUT", {QStringLiteral("abc")}, now));
        const auto put = nrs360::scheduledRequest("PUT", {QStringLiteral("100"), QStringLiteral("x")}, now);
        QVERIFY(put);
        QCOMPARE(put->path, QStringLiteral("/scheduled"));
        QCOMPARE(bodyOf(*put),
                 QJsonObject({{QStringLiteral("guid"), QJsonArray({100})},
                              {QStringLiteral("scheduleDate"), QStringLiteral("20260316120000")}}));
        QCOMPARE(nrs360::scheduledLookup(QStringLiteral("7")).query.queryItemValue(QStringLiteral("sendingId")),
                 QStringLiteral("7"));
    }

    void nrs360_contactUpsert_keepsTheGroupsItHas()
    {
        Contact c;
        c.email = QStringLiteral("ana@example.org");
        c.phone = QStringLiteral("+34666555444");
        c.firstName = QStringLiteral("Ana");
        const HttpRequest create = nrs360::contactUpsert(c, QStringLiteral("9"), QStringLiteral("PT"), {});
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, QStringLiteral("/contacts"));
        QCOMPARE(bodyOf(create).value(QStringLiteral("countryIso")).toString(), QStringLiteral("ES")); // from +34
        QCOMPARE(bodyOf(create).value(QStringLiteral("groupsIds")).toArray(), QJsonArray({9}));
        const QJsonArray found {QJsonObject {
                {QStringLiteral("id"), 55},
                {QStringLiteral("groups"),
                 QJsonObject {{QStringLiteral("data"), QJsonArray {QJsonObject {{QStringLiteral("id"), 3}}}}}}}};
        const HttpRequest update = nrs360::contactUpsert(c, QStringLiteral("9"), QStringLiteral("PT"), found);
        QCOMPARE(update.method, QByteArray("PUT"));
        QCOMPARE(update.path, QStringLiteral("/contacts/55"));
        QCOMPARE(bodyOf(update).value(QStringLiteral("groupsIds")).toArray(), QJsonArray({3, 9}));
        const HttpRequest lookup = nrs360::contactLookup(c);
        QCOMPARE(lookup.query.queryItemValue(QStringLiteral("email")), c.email);
        QVERIFY(!lookup.query.hasQueryItem(QStringLiteral("phone")));
    }

    void nrs360_pagesTemplatesAndBlacklists()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("7"));
        const HttpRequest page = nrs360::pageRequest(QStringLiteral("/contacts"), query, 3, 1000);
        QCOMPARE(page.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
        QCOMPARE(page.query.allQueryItemValues(QStringLiteral("page")), QStringList {QStringLiteral("3")});
        QVERIFY(page.retrySafe);
        QCOMPARE(nrs360::pageRequest(QStringLiteral("/groups"), {}, 1, 200)
                         .query.queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("200"));

        QCOMPARE(nrs360::templatePath(QStringLiteral("v1:3")), QStringLiteral("/templates/3"));
        QCOMPARE(nrs360::templatePath(QStringLiteral("v2:12")), QStringLiteral("/v2/templates/12"));
        RemoteTemplate promo;
        promo.name = QStringLiteral("Promo");
        promo.html = QStringLiteral("Hi {{name}}");
        const HttpRequest created = nrs360::templateSave(promo);
        QCOMPARE(created.path, QStringLiteral("/v2/templates"));
        QVERIFY(!created.retrySafe);
        QCOMPARE(bodyOf(created).value(QStringLiteral("html")).toString(), QStringLiteral("Hi {name}"));
        QCOMPARE(nrs360::fromProviderSyntax(QStringLiteral("Hi {name} [unsubscribe_link]")),
                 QStringLiteral("Hi {{name}} {{unsubscribe_url}}"));

        const HttpRequest block = nrs360::blacklistChange(QStringLiteral("+34 666 555 444"), ContactChange::BlockCalls);
        QCOMPARE(block.method, QByteArray("PUT"));
        QCOMPARE(block.path, QStringLiteral("/v2/blacklist/voice"));
        QCOMPARE(bodyOf(block).value(QStringLiteral("recipient")).toString(), QStringLiteral("34666555444"));
        const HttpRequest unblock = nrs360::blacklistChange(QStringLiteral(" Ana@Example.org"), ContactChange::Unblock);
        QCOMPARE(unblock.method, QByteArray("DELETE"));
        QCOMPARE(unblock.path, QStringLiteral("/v2/blacklist/mailing"));
        QCOMPARE(bodyOf(unblock).value(QStringLiteral("recipient")).toString(), QStringLiteral("ana@example.org"));
        QCOMPARE(nrs360::blacklistTypes({}).size(), 3);
        QCOMPARE(nrs360::smsIds({QStringLiteral("123"), QStringLiteral("0b8e-11")}),
                 QStringList {QStringLiteral("123")});
    }

    // --- FreshMail (freshmail.md §2, §4, §5, §6)

    void freshmail_signedRequests_matchTheSpecsVectors()
    {
        const QByteArray key = "0123456789abcdef0123456789abcdef";
        const QByteArray secret = "fedcba9876543210fedcba9876543210fedcba98";
        const auto signedAs = [&](const QString &url, const QByteArray &body) {
            QNetworkRequest request {QUrl(url)};
            freshmail::signRequest(request, body, key, secret);
            return request;
        };
        // A: a GET carries no body, and the signature is over the path with /rest.
        const HttpRequest ping = freshmail::jsonRequest("GET", QStringLiteral("/ping"), {}, true);
        QVERIFY(ping.body.isEmpty());
        const QNetworkRequest signedPing = signedAs(QStringLiteral("https://api.freshmail.com/rest/ping"), ping.body);
        QCOMPARE(signedPing.rawHeader("X-Rest-ApiKey"), key);
        QCOMPARE(signedPing.rawHeader("X-Rest-ApiSign"), QByteArray("10504e01fae95c148c71b3780ad75d35b4b44240"));
        QCOMPARE(signedPing.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        // C: the address stays literal in the path.
        QCOMPARE(signedAs(QStringLiteral("https://api.freshmail.com/rest/subscriber/get/4zcnmd2ski/"
                                         "jan.kowalski@example.com"),
                          {})
                         .rawHeader("X-Rest-ApiSign"),
                 QByteArray("0db1707259d13f06eea2277cbd3091de43edb235"));
        // E: the UTF-8 bytes as sent.
        QCOMPARE(signedAs(QStringLiteral("http://127.0.0.1:8080/rest/sms"),
                          QStringLiteral(R"({"gsm":"+48555666777","text":"Zażółć gęślą jaźń","messageId":"camp42-r7"})")
                                  .toUtf8())
                         .rawHeader("X-Rest-ApiSign"),
                 QByteArray("9e16cb714db213265cf680b614a0af67e94120c1"));
        // A POST's body is serialised once, compactly: those very bytes are signed and sent.
        const HttpRequest add = freshmail::jsonRequest("POST", QStringLiteral("/subscriber/add"),
                                                       {{QStringLiteral("email"), QStringLiteral("a@b.pl")}}, false);
        QCOMPARE(add.body, QByteArray(R"({"email":"a@b.pl"})"));
    }

    void freshmail_oneMessage_smsAndTestCopies()
    {
        freshmail::Settings settings;
        settings.smsFrom = QStringLiteral("SHOP");
        settings.unsubscribeUrl = QStringLiteral("https://shop.example/out?a=1&b=2");
        SendRequest request;
        request.channel = Channel::Sms;
        const QString longKey = QString(50, QLatin1Char('k'));
        const auto sms = freshmail::oneMessage(
                request, {longKey, QStringLiteral("555666777"), {}, QStringLiteral("Hi")}, settings);
        QCOMPARE(sms.path, QStringLiteral("/sms"));
        QVERIFY(sms.problem.isEmpty());
        QCOMPARE(sms.body,
                 QJsonObject({{QStringLiteral("gsm"), QStringLiteral("+48555666777")},
                              {QStringLiteral("text"), QStringLiteral("Hi")},
                              {QStringLiteral("messageId"), longKey.left(42)},
                              {QStringLiteral("from"), QStringLiteral("SHOP")}}));
        QVERIFY(!freshmail::oneMessage(request,
                                       {QStringLiteral("k"), QStringLiteral("+4912"), {}, QStringLiteral("Hi")},
                                       settings)
                         .problem.isEmpty()); // error 1101: not a number FreshMail takes

        request.channel = Channel::Email;
        request.sender = QStringLiteral("news@shop.example");
        const auto mail
                = freshmail::oneMessage(request,
                                        {QStringLiteral("k"), QStringLiteral("jan@example.pl"), QStringLiteral("Test"),
                                         QStringLiteral("<a href=\"{{unsubscribe_url}}\">out</a>")},
                                        settings);
        QCOMPARE(mail.path, QStringLiteral("/mail"));
        QCOMPARE(mail.body.value(QStringLiteral("html")).toString(),
                 QStringLiteral("<a href=\"https://shop.example/out?a=1&amp;b=2\">out</a>"));
        QCOMPARE(mail.body.value(QStringLiteral("from_name")).toString(), request.sender); // §11 #30
        QVERIFY(!mail.body.contains(QStringLiteral("reply_to")));
    }

    void freshmail_campaign_sentAtTheProvidersWallClock()
    {
        freshmail::Settings settings;
        settings.zone = QTimeZone("Europe/Warsaw");
        const QDateTime july(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC);
        QCOMPARE(freshmail::campaignSendBody(QStringLiteral("h1"), july, july.addDays(-1), settings),
                 QJsonObject({{QStringLiteral("hash"), QStringLiteral("h1")},
                              {QStringLiteral("time"), QStringLiteral("2026-07-01 10:00:00")}}));
        // Less than two minutes away: sent now.
        QCOMPARE(freshmail::campaignSendBody(QStringLiteral("h1"), july, july.addSecs(-60), settings),
                 QJsonObject({{QStringLiteral("hash"), QStringLiteral("h1")}}));
        QCOMPARE(freshmail::smsReportsBody(QDateTime(QDate(2026, 3, 16), QTime(23, 30), Qt::UTC), 2, settings),
                 QJsonObject({{QStringLiteral("startDate"), QStringLiteral("2026-02-15")},
                              {QStringLiteral("endDate"), QStringLiteral("2026-03-17")}, // already the 17th in Warsaw
                              {QStringLiteral("page"), 2}}));
    }

    void freshmail_subscribers_newOnesAddedKnownOnesEdited()
    {
        Contact known;
        known.email = QStringLiteral("Jan@Example.pl");
        known.fields = {{QStringLiteral("city_tag"), QStringLiteral("Kraków")}, {QStringLiteral("other"), 1}};
        Contact fresh;
        fresh.email = QStringLiteral("ola@example.pl");
        const auto items = freshmail::subscriberItems({known, fresh}, {QStringLiteral("city_tag")},
                                                      {QStringLiteral("jan@example.pl")});
        QCOMPARE(items.existing,
                 QJsonArray({QJsonObject {{QStringLiteral("email"), known.email},
                                          {QStringLiteral("custom_fields"),
                                           QJsonObject {{QStringLiteral("city_tag"), QStringLiteral("Kraków")}}}}}));
        QCOMPARE(items.fresh, QJsonArray({QJsonObject {{QStringLiteral("email"), fresh.email}}}));
        QVERIFY(items.anyFields);
        const QJsonObject add = freshmail::addMultipleBody(QStringLiteral("list1"), items.fresh);
        QCOMPARE(add.value(QStringLiteral("state")).toInt(), 1); // subscribed, without a confirmation mail
        QCOMPARE(add.value(QStringLiteral("confirm")).toInt(), 0);
        QCOMPARE(freshmail::editSubscriberBody(QStringLiteral("list1"), known.email, {{QStringLiteral("n"), 5}}, 0),
                 QJsonObject({{QStringLiteral("email"), known.email},
                              {QStringLiteral("list"), QStringLiteral("list1")},
                              {QStringLiteral("custom_fields"),
                               QJsonObject {{QStringLiteral("n"), QStringLiteral("5")}}}}));
    }

    // --- Email Campaigns (emailcampaigns.md §1.2, §3.3, §3.6, §4, §6)

    void emailcampaigns_jsonRequests_addressedById_postsNeverRetried()
    {
        const HttpRequest get = emailcampaigns::jsonRequest("GET", QStringLiteral("/email/message/"),
                                                            {{QStringLiteral("ignored"), 1}}, QStringLiteral("abc"));
        QCOMPARE(get.query.queryItemValue(QStringLiteral("_id")), QStringLiteral("abc"));
        QVERIFY(get.body.isEmpty());
        QVERIFY(get.retrySafe);
        const HttpRequest post = emailcampaigns::jsonRequest("POST", QStringLiteral("/email/optout/"),
                                                             {{QStringLiteral("email"), QStringLiteral("a@b.org")}});
        QCOMPARE(post.body, QByteArray(R"({"email":"a@b.org"})"));
        QVERIFY(!post.retrySafe);
        QVERIFY(!post.query.hasQueryItem(QStringLiteral("_id")));
    }

    void emailcampaigns_campaign_uploadsEachRecipientOnce()
    {
        SendRequest request;
        request.channel = Channel::Email;
        request.campaignName = QStringLiteral("Spring, 2026");
        request.messages = {{QStringLiteral("k1"), QStringLiteral("Ana@Example.org"), QStringLiteral("Offers"),
                             QStringLiteral("Hi <a href=\"{{unsubscribe_url}}\">out</a>")},
                            {QStringLiteral("k2"), QStringLiteral("ANA@example.org"), QStringLiteral("Offers"),
                             QStringLiteral("Hi")},
                            {QStringLiteral("k3"), QStringLiteral("bo@example.org"), QStringLiteral("Offers"),
                             QStringLiteral("Hi")}};
        QString problem;
        const auto start = emailcampaigns::startFor(QDateTime(QDate(2026, 7, 1), QTime(15, 59, 30), Qt::UTC), "PST8PDT",
                                                    &problem);
        QVERIFY(start);
        QCOMPARE(start->startDate, QStringLiteral("2026-07-01 09:00")); // rounded up to the minute
        const HttpRequest post = emailcampaigns::campaignRequest(request, QStringLiteral("s1"), *start,
                                                                 QStringLiteral("https://x.example/u"), 300000);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QStringLiteral("/email/campaign/"));
        QVERIFY(!post.retrySafe); // creating is sending
        QCOMPARE(post.timeoutMs, 300000);
        QVERIFY(post.contentType.startsWith("multipart/form-data; boundary="));
        const auto parts = formParts(post);
        QCOMPARE(parts.value("csv_file"), QByteArray("name,email\r\n,ana@example.org\r\n,bo@example.org\r\n"));
        const QJsonObject attributes = QJsonDocument::fromJson(parts.value("attributes")).object();
        const QJsonObject message = attributes.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("source")).toString(), QStringLiteral("new"));
        QCOMPARE(message.value(QStringLiteral("email_message")).toString(),
                 QStringLiteral("Hi <a href=\"https://x.example/u\">out</a>"));
        QCOMPARE(attributes.value(QStringLiteral("schedule")).toObject(),
                 QJsonObject({{QStringLiteral("name"), request.campaignName},
                              {QStringLiteral("start_date"), QStringLiteral("2026-07-01 09:00")},
                              {QStringLiteral("timezone"), QStringLiteral("PST8PDT")},
                              {QStringLiteral("sender_id"),
                               QJsonObject {{QStringLiteral("$oid"), QStringLiteral("s1")}}}}));

        const HttpRequest reuse
                = emailcampaigns::reusingRequest(QStringLiteral("Again"), QStringLiteral("g1"), QStringLiteral("m1"),
                                                 QStringLiteral("s1"), *start, 1000);
        const auto reused = formParts(reuse);
        QVERIFY(!reused.contains("csv_file"));
        const QJsonObject group = QJsonDocument::fromJson(reused.value("attributes"))
                                          .object()
                                          .value(QStringLiteral("contact_group"))
                                          .toObject();
        QCOMPARE(group.value(QStringLiteral("type")).toString(), QStringLiteral("reuse"));
        QCOMPARE(emailcampaigns::oid(group.value(QStringLiteral("_id"))), QStringLiteral("g1"));
    }

    void emailcampaigns_bulkUploads_csvWithQuotes_safeToRepeat()
    {
        Contact c;
        c.firstName = QStringLiteral("Ana \"Nana\"");
        c.lastName = QStringLiteral("Ruiz, Jr.");
        c.email = QStringLiteral(" Ana@Example.org");
        Contact none;
        none.firstName = QStringLiteral("No address");
        const auto rows = emailcampaigns::contactRows({c, none});
        QCOMPARE(rows.size(), 1);
        const HttpRequest remove = emailcampaigns::bulkRequest(QStringLiteral("delete"), QStringLiteral("g1"), rows, 5);
        QCOMPARE(remove.path, QStringLiteral("/email/contact/bulk/delete/"));
        QCOMPARE(remove.query.queryItemValue(QStringLiteral("_id")), QStringLiteral("g1"));
        QVERIFY(remove.retrySafe);
        const auto removed = formParts(remove);
        QVERIFY(!removed.contains("name_index")); // a delete names only the email column
        QCOMPARE(removed.value("email_index"), QByteArray("1"));
        QCOMPARE(removed.value("csv_file"),
                 QByteArray("name,email\r\n\"Ana \"\"Nana\"\" Ruiz, Jr.\",ana@example.org\r\n"));
        QCOMPARE(formParts(emailcampaigns::bulkRequest(QStringLiteral("update"), QStringLiteral("g1"), rows, 5))
                         .value("name_index"),
                 QByteArray("0"));
        const HttpRequest optOut = emailcampaigns::optOutsRequest(
                emailcampaigns::optOutRows({QStringLiteral(" Bo@Example.org")}), false, 5);
        QCOMPARE(optOut.path, QStringLiteral("/email/optout/bulk/delete/"));
        QCOMPARE(formParts(optOut).value("csv_file"), QByteArray("email\r\nbo@example.org\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilders)
#include "tst_requestbuilders.moc"
