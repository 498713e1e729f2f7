// Pure content logic: template rendering, SMS length, log redaction, report JSON.
#include "app/services/accountservice.h"
#include "app/services/composer.h"
#include "app/services/logging.h"
#include "models/redaction.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "models/types.h"
#include "providers/providertypes.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace cm;

class TestContent : public QObject
{
    Q_OBJECT

private slots:
    // A plain-text email body keeps its line breaks in the HTML that is sent (and previewed); HTML is left alone.
    void plainTextEmail_keepsItsLineBreaks()
    {
        QCOMPARE(TemplateRenderer::emailHtml(QStringLiteral("Merhaba {{first_name}},\n\nİndirim başladı.\r\nSevgiler")),
                 QStringLiteral("Merhaba {{first_name}},<br>\n<br>\nİndirim başladı.<br>\nSevgiler"));
        const QString html = QStringLiteral("<p>Merhaba</p>\n<p>İndirim</p>");
        QCOMPARE(TemplateRenderer::emailHtml(html), html);
        QCOMPARE(TemplateRenderer::emailHtml(QStringLiteral("a < b & c\nd")),
                 QStringLiteral("a &lt; b &amp; c<br>\nd"));
        // Angle brackets that are no element of HTML are text, shown as typed; any element in any case is HTML.
        QCOMPARE(TemplateRenderer::emailHtml(QStringLiteral("Code <PROMO>\nHi {{first_name|default:\"there\"}}")),
                 QStringLiteral("Code &lt;PROMO&gt;<br>\nHi {{first_name|default:\"there\"}}"));
        // A default is escaped once, when it is filled in, not also here.
        QCOMPARE(TemplateRenderer::emailHtml(QStringLiteral("Hi {{name|default:\"Tom & Jerry\"}} & co")),
                 QStringLiteral("Hi {{name|default:\"Tom & Jerry\"}} &amp; co"));
        for (const QString &marked :
             {QStringLiteral("<P>Hi</P>"), QStringLiteral("Hi<br/>there"), QStringLiteral("<!-- note -->Hi"),
              QStringLiteral("<!DOCTYPE html>\nHi"), QStringLiteral("<a href=\"https://example.com\">x</a>"),
              QStringLiteral("<h2>Hi</h2>")})
            QCOMPARE(TemplateRenderer::emailHtml(marked), marked);
        Template t;
        t.channel = Channel::Email;
        t.subject = QStringLiteral("Hi");
        t.body = QStringLiteral("Hi {{first_name}},\nsee you.");
        QCOMPARE(TemplateRenderer::renderTemplate(
                         t, QVariantMap {{QStringLiteral("first_name"), QStringLiteral("<Ayşe>")}})
                         .body,
                 QStringLiteral("Hi &lt;Ayşe&gt;,<br>\nsee you."));
        t.channel = Channel::Sms; // an SMS is text: untouched
        QCOMPARE(TemplateRenderer::renderTemplate(t, QVariantMap {{QStringLiteral("first_name"), QStringLiteral("A")}})
                         .body,
                 QStringLiteral("Hi A,\nsee you."));
    }

    void render_fillsFieldsAndFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Hi {{first_name}}!") << QStringLiteral("Hi ayşe!");
        QTest::newRow("spaces") << QStringLiteral("Hi {{ first_name }}") << QStringLiteral("Hi ayşe");
        QTest::newRow("upper") << QStringLiteral("{{city|upper}}") << QStringLiteral("İZMIR");
        QTest::newRow("capitalize") << QStringLiteral("{{first_name|capitalize}}") << QStringLiteral("Ayşe");
        QTest::newRow("default used") << QStringLiteral("{{nickname|default:\"there\"}}") << QStringLiteral("there");
        QTest::newRow("default not used") << QStringLiteral("{{first_name|default:\"x\"}}") << QStringLiteral("ayşe");
        QTest::newRow("default with bar") << QStringLiteral("{{nickname|default:\"a|b\"}}") << QStringLiteral("a|b");
        QTest::newRow("chain") << QStringLiteral("{{nickname|default:\"dear\"|upper}}") << QStringLiteral("DEAR");
        QTest::newRow("unknown is empty") << QStringLiteral("[{{nickname}}]") << QStringLiteral("[]");
        QTest::newRow("custom field") << QStringLiteral("{{loyalty_tier|lower}}") << QStringLiteral("gold");
    }

    void render_fillsFieldsAndFilters()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QVariantMap values {{QStringLiteral("first_name"), QStringLiteral("ayşe")},
                                  {QStringLiteral("city"), QStringLiteral("İzmir")},
                                  {QStringLiteral("loyalty_tier"), QStringLiteral("Gold")}};
        QCOMPARE(TemplateRenderer::render(text, values), expected);
    }

    // A link built from a contact's field takes http(s) and mailto only: javascript:, data: and the like (even with
    // blanks or odd case in the scheme) render as an empty link, per recipient and in bulk alike; text elsewhere is
    // only escaped.
    void hrefFromContactData_refusesOtherSchemes()
    {
        const QString html = QStringLiteral("<a href=\"{{site}}\">{{site}}</a> <img src='{{site}}'>");
        auto rendered = [&html](const QString &site) {
            return CompiledText(html).render({{QStringLiteral("site"), site}}, true);
        };
        QCOMPARE(rendered(QStringLiteral("https://example.com/a?b=1&c=2")),
                 QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a> "
                                "<img src='https://example.com/a?b=1&amp;c=2'>"));
        QCOMPARE(rendered(QStringLiteral("mailto:ayse@example.com")).count(QStringLiteral("mailto:")), 3);
        for (const char *bad :
             {"javascript:alert(1)", " JaVa\tScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x"}) {
            const QString out = rendered(QString::fromUtf8(bad));
            QVERIFY2(out.startsWith(QStringLiteral(R"(<a href="">)")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("src=''")), qPrintable(out));
        }
        const TemplateRenderer::Bulk bulk
                = TemplateRenderer::bulk(html, {{QStringLiteral("site"), QStringLiteral("javascript:alert(1)")}}, true);
        const QString sent = TemplateRenderer::substitute(bulk.content, bulk.variables);
        QVERIFY2(sent.startsWith(QStringLiteral(R"(<a href="">javascript:alert(1)</a>)")), qPrintable(sent));
    }

    // An account's advanced settings are checked when it is saved, and the message names the setting to fix.
    void accountSettings_areCheckedNamingTheSetting()
    {
        const QJsonObject fine {{QStringLiteral("timeout_ms"), 30000},
                                {QStringLiteral("requests_per_second"), 2.5},
                                {QStringLiteral("time_zone"), QStringLiteral("Europe/Warsaw")},
                                {QStringLiteral("unsubscribe_url"), QStringLiteral("https://shop.example.com/unsub")},
                                {QStringLiteral("prices_per_part"), QJsonObject {{QStringLiteral("TR"), 0.02}}},
                                {QStringLiteral("sender"), QStringLiteral("SHOP")}};
        QCOMPARE(AccountService::settingsProblem(fine), QString());
        const QList<QPair<QString, QJsonValue>> bad {{QStringLiteral("timeout_ms"), QStringLiteral("30s")},
                                                     {QStringLiteral("timeout_ms"), 0},
                                                     {QStringLiteral("page_size"), 2.5},
                                                     {QStringLiteral("requests_per_second"), -1},
                                                     {QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")},
                                                     {QStringLiteral("unsubscribe_url"), QStringLiteral("unsub page")},
                                                     {QStringLiteral("resign_url"), QStringLiteral("ftp://x.example")},
                                                     {QStringLiteral("prices_per_part"), 0.02}};
        for (const auto &[key, value] : bad) {
            QJsonObject settings = fine;
            settings.insert(key, value);
            const QString problem = AccountService::settingsProblem(settings);
            QVERIFY2(problem.contains(QStringLiteral("“%1”").arg(key)),
                     qPrintable(key + QStringLiteral(": ") + problem));
        }
    }

    // The pre-send check knows what a provider would refuse the whole send for: a sender it needs on the channel,
    // and the account's unsubscribe page where the provider has none.
    void accountProblems_nameWhatTheProviderWouldRefuse()
    {
        ProviderInfo info;
        info.displayName = QStringLiteral("Mailer");
        info.can.sending.channels = {Channel::Email};
        info.can.sending.needsSender = {Channel::Email};
        info.can.sending.needsOwnUnsubscribePage = {Channel::Email};
        Campaign campaign;
        campaign.channel = Channel::Email;
        Template tmpl;
        tmpl.channel = Channel::Email;
        tmpl.body = QStringLiteral("<a href=\"{{unsubscribe_url}}\">Leave</a>");
        Account account;
        const QStringList both = Composer::accountProblems(campaign, tmpl, account, info);
        QCOMPARE(both.size(), 2);
        QVERIFY2(both.join(QLatin1Char(' ')).contains(QStringLiteral("unsubscribe_url")),
                 qPrintable(both.join(QLatin1Char(' '))));
        campaign.sender = QStringLiteral("news@shop.example.com");
        account.settings.insert(QStringLiteral("unsubscribe_url"), QStringLiteral("https://shop.example.com/unsub"));
        QVERIFY(Composer::accountProblems(campaign, tmpl, account, info).isEmpty());
        info.can.sending.needsOwnUnsubscribePage.clear(); // a provider with its own page needs no setting
        account.settings = {};
        QVERIFY(Composer::accountProblems(campaign, tmpl, account, info).isEmpty());
    }

    void placeholders_listsEachFieldOnce()
    {
        const auto list = TemplateRenderer::placeholders(
                QStringLiteral("{{first_name}} {{city|default:\"x\"}} {{first_name|upper}}"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].field, QStringLiteral("first_name"));
        QVERIFY(!list[0].hasDefault);
        QCOMPARE(list[1].field, QStringLiteral("city"));
        QVERIFY(list[1].hasDefault);
    }

    void problems_nameUnknownFiltersAndUnclosedBraces()
    {
        QVERIFY(TemplateRenderer::problems(QStringLiteral("Hi {{first_name|upper}}")).isEmpty());
        const QStringList unknown = TemplateRenderer::problems(QStringLiteral("Hi {{first_name|shout}}"));
        QCOMPARE(unknown.size(), 1);
        QVERIFY(unknown.first().contains(QStringLiteral("shout")));
        QCOMPARE(TemplateRenderer::problems(QStringLiteral("Hi {{first_name")).size(), 1);
        QCOMPARE(TemplateRenderer::problems(QStringLiteral("Hi {{first name}}")).size(), 1);
    }

    void smsCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("parts");
        QTest::newRow("empty") << QString() << int(SmsCount::Gsm7) << 0 << 0;
        QTest::newRow("160 gsm") << QString(160, QLatin1Char('a')) << int(SmsCount::Gsm7) << 160 << 1;
        QTest::newRow("161 gsm") << QString(161, QLatin1Char('a')) << int(SmsCount::Gsm7) << 161 << 2;
        QTest::newRow("306 gsm") << QString(306, QLatin1Char('a')) << int(SmsCount::Gsm7) << 306 << 2;
        QTest::newRow("307 gsm") << QString(307, QLatin1Char('a')) << int(SmsCount::Gsm7) << 307 << 3;
        QTest::newRow("extension counts twice") << QStringLiteral("€[]") << int(SmsCount::Gsm7) << 6 << 1;
        QTest::newRow("gsm accents") << QString::fromUtf8("àéñüÄÖ") << int(SmsCount::Gsm7) << 6 << 1;
        QTest::newRow("turkish forces ucs2") << QString::fromUtf8("Merhaba Ayşe") << int(SmsCount::Ucs2) << 12 << 1;
        QTest::newRow("70 ucs2") << QString(70, QChar(0x015F)) << int(SmsCount::Ucs2) << 70 << 1;
        QTest::newRow("71 ucs2") << QString(71, QChar(0x015F)) << int(SmsCount::Ucs2) << 71 << 2;
        QTest::newRow("polish") << QString::fromUtf8("Cześć Łucja") << int(SmsCount::Ucs2) << 11 << 1;
        // A part never ends inside an escape sequence or a surrogate pair: the character goes whole to the next part.
        QTest::newRow("escape at a part's end")
                << QString(152, QLatin1Char('a')) + QStringLiteral("€") + QString(153, QLatin1Char('a'))
                << int(SmsCount::Gsm7) << 307 << 3; // 306 would fit in 2 if split
        QTest::newRow("escape within a part")
                << QString(151, QLatin1Char('a')) + QStringLiteral("€") + QString(153, QLatin1Char('a'))
                << int(SmsCount::Gsm7) << 306 << 2;
        QTest::newRow("surrogate pair at a part's end")
                << QString(66, QChar(0x015F)) + QString::fromUtf8("😀") + QString(66, QChar(0x015F))
                << int(SmsCount::Ucs2) << 134 << 3; // 134 code units would fit in 2 × 67 if split
        QTest::newRow("surrogate pair within a part")
                << QString(65, QChar(0x015F)) + QString::fromUtf8("😀") + QString(67, QChar(0x015F))
                << int(SmsCount::Ucs2) << 134 << 2;
    }

    void smsCount()
    {
        QFETCH(QString, text);
        QFETCH(int, encoding);
        QFETCH(int, units);
        QFETCH(int, parts);
        const SmsCount count = countSms(text);
        QCOMPARE(int(count.encoding), encoding);
        QCOMPARE(count.units, units);
        QCOMPARE(count.parts, parts);
    }

    void smsCount_namesTheCharactersThatForceUcs2()
    {
        const SmsCount count = countSms(QString::fromUtf8("Merhaba Ayşe, %30 indirim ğ ş"));
        QCOMPARE(count.ucs2Characters, QString::fromUtf8("şğ"));
    }

    // The log is the owner's only and rotates: past its size it moves to "<log>.1" and a new one starts.
    void log_rotatesPastItsSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cm.log"));
        installLogging(path, 2000);
        const QLoggingCategory category("cm.test.logging");
        for (int i = 0; i < 80; ++i)
            qCWarning(category) << "line" << i << QString(40, QLatin1Char('x'));
        qInstallMessageHandler(nullptr);
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY2(QFileInfo(path).size() <= 2200, qPrintable(QString::number(QFileInfo(path).size())));
        QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() > 2000);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void redact_hidesSecretsAndPersonalData_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authkey json") << QStringLiteral(R"({"AuthKey": "xxxxx-84267bv5876f8", "Priority": "HIGH"})")
                                      << QStringLiteral("84267bv5876f8");
        QTest::newRow("quoted value with spaces")
                << QStringLiteral(R"({"password": "my very secret", "user": "ops"})") << QStringLiteral("very secret");
        QTest::newRow("single-quoted value with the other quote")
                << QStringLiteral("api_key='abc \"def\" ghi' rest") << QStringLiteral("\"def\" ghi");
        QTest::newRow("escaped quote inside")
                << QStringLiteral("{\"token\":\"abc\\\"def ghi\"}") << QStringLiteral("def ghi");
        QTest::newRow("authkey xml") << QStringLiteral("<data><AuthKey>k3y-value-1</AuthKey></data>")
                                     << QStringLiteral("k3y-value-1");
        QTest::newRow("basic header") << QStringLiteral("Authorization: Basic dXNlcjpwYXNz")
                                      << QStringLiteral("dXNlcjpwYXNz");
        QTest::newRow("token header") << QStringLiteral("Authorization: Token 9f8e7d6c") << QStringLiteral("9f8e7d6c");
        QTest::newRow("freshmail sign") << QStringLiteral("X-Rest-ApiSign: 3f2a9c0b1d") << QStringLiteral("3f2a9c0b1d");
        QTest::newRow("query key") << QStringLiteral("GET /v1/lists?api_key=abc123&page=2") << QStringLiteral("abc123");
        QTest::newRow("password") << QStringLiteral("password=hunter2") << QStringLiteral("hunter2");
        QTest::newRow("email") << QStringLiteral("sent to ayse.yilmaz@example.com ok") << QStringLiteral("ayse.yilmaz");
        QTest::newRow("phone") << QStringLiteral("Recipient +905321234567 accepted") << QStringLiteral("905321234");
        QTest::newRow("spaced phone") << QStringLiteral("to +48 501 234 567 now") << QStringLiteral("501 234");
    }

    void redact_hidesSecretsAndPersonalData()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QString redacted = redact(message);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    }

    void redact_keepsOrdinaryText()
    {
        const QString text = QStringLiteral("report of campaign 42 refreshed, 180 new events in 350 ms");
        QCOMPARE(redact(text), text);
    }

    void stats_jsonRoundTripKeepsNotReportedAsNull()
    {
        CampaignStats stats;
        stats.set(CampaignStats::Sent, 100);
        stats.set(CampaignStats::Delivered, 97);
        stats.cost = 4.0;
        stats.currency = QStringLiteral("EUR");
        stats.takenAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const QJsonObject json = stats.toJson();
        QVERIFY(json.value(QStringLiteral("opened")).isNull());
        QCOMPARE(json.value(QStringLiteral("sent")).toInt(), 100);
        const CampaignStats back = CampaignStats::fromJson(json);
        QVERIFY(back.isReported(CampaignStats::Delivered));
        QVERIFY(!back.isReported(CampaignStats::Opened));
        QCOMPARE(back.value(CampaignStats::Delivered), 97);
        QCOMPARE(*back.cost, 4.0);
        QCOMPARE(back.takenAt, stats.takenAt);
    }

    void secretEnvironmentVariable_followsTheCliContract()
    {
        QCOMPARE(AccountService::environmentVariable(QStringLiteral("outbox-tr")),
                 QStringLiteral("CM_SECRET_OUTBOX_TR"));
        QCOMPARE(AccountService::environmentVariable(QStringLiteral("My Account 2")),
                 QStringLiteral("CM_SECRET_MY_ACCOUNT_2"));
        QCOMPARE(AccountService::environmentVariable(QString::fromUtf8("Türkiye")),
                 QStringLiteral("CM_SECRET_T_RKIYE"));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
