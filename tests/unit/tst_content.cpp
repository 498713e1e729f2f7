// Pure content logic: template rendering, SMS length, log redaction, report JSON.
#include "app/services/accountservice.h"
#include "models/redaction.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "models/types.h"

#include <QJsonDocument>
#include <QTest>

using namespace cm;

class TestContent : public QObject
{
    Q_OBJECT

private slots:
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

    void redact_hidesSecretsAndPersonalData_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authkey json") << QStringLiteral(R"({"AuthKey": "xxxxx-84267bv5876f8", "Priority": "HIGH"})")
                                      << QStringLiteral("84267bv5876f8");
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
