// The SMS length as it is sent (never the {{ }} of a field) and the estimate over many recipients. No translator
// is loaded: plurals read as their source, "%n part(s)".
#include "app/services/composer.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"

#include <QTest>

using namespace cm;

class TestSmsEstimate : public QObject
{
    Q_OBJECT

private slots:
    // {{ and }} are GSM-7 extension characters (two septets each) but never sent: a field counts as its value.
    void count_withoutContact_countsFieldsAtTypicalLength_notTheirBraces()
    {
        const QString text = QStringLiteral("Hi {{first_name}}, see you in {{city|upper}}!");
        const QString typical = TemplateRenderer::withTypicalValues(text);
        QVERIFY2(!typical.contains(QLatin1Char('{')) && !typical.contains(QLatin1Char('}')), qPrintable(typical));
        const SmsCount count = countSms(typical);
        QCOMPARE(count.encoding, SmsCount::Gsm7);
        QCOMPARE(count.units,
                 int(QStringLiteral("Hi , see you in !").size())
                         + TemplateRenderer::typicalLength(QStringLiteral("first_name"))
                         + TemplateRenderer::typicalLength(QStringLiteral("city")));
        QVERIFY(count.units < countSms(text).units); // the raw text counts 8 septets of braces more, and its names

        const QString line = Composer::smsLength(text, std::nullopt);
        QVERIFY2(line.startsWith(QStringLiteral("%1 character(s)").arg(count.units)), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("with fields at typical length")), qPrintable(line));
    }

    void count_withContact_countsTheTextAsSent()
    {
        Contact ayse;
        ayse.firstName = QString::fromUtf8("Ayşe");
        ayse.lastName = QString::fromUtf8("Yılmaz");
        const QString text = QStringLiteral("Hi {{first_name}}!");
        const QString line = Composer::smsLength(text, ayse);
        QVERIFY2(line.startsWith(QStringLiteral("8 character(s) · Unicode (UCS-2) · 1 part(s)")), qPrintable(line));
        QVERIFY2(line.contains(QString::fromUtf8("as sent to Ayşe Yılmaz")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("The template itself is GSM-7")), qPrintable(line)); // ş did it

        // A text without fields says nothing of whom it is counted for.
        QCOMPARE(Composer::smsLength(QStringLiteral("Hello"), ayse),
                 QStringLiteral("5 character(s) · GSM-7 · 1 part(s) · 155 left in this part"));
    }

    void estimate_splitsTheRecipientsByParts()
    {
        // 110 GSM-7 characters around the name: a name with ş, ğ, ı makes it Unicode, 2 parts (70 a part).
        const QString text = QStringLiteral("Merhaba {{first_name}}, ") + QString(100, QLatin1Char('x'));
        SmsEstimate estimate(TemplateRenderer::render(text, {}));
        const QStringList turkish {QString::fromUtf8("Ayşe"), QString::fromUtf8("Doğan"), QString::fromUtf8("Işık")};
        for (int i = 0; i < 20; ++i) {
            const QString name = i < 14 ? turkish.at(i % 3) : QStringLiteral("Emre");
            estimate.add(TemplateRenderer::render(text, {{QStringLiteral("first_name"), name}}));
        }
        QCOMPARE(estimate.recipients, qint64(20));
        QCOMPARE(estimate.parts, qint64(14 * 2 + 6 * 1));
        QCOMPARE(estimate.byParts.value(1).recipients, qint64(6));
        QCOMPARE(estimate.byParts.value(2).recipients, qint64(14));
        QCOMPARE(estimate.byParts.value(2).madeUnicode, qint64(14));
        const QStringList lines = Composer::splitLines(estimate);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("14 of 20 contacts need 2 parts because their details "
                                                         "contain ")),
                 qPrintable(lines.first()));
        for (const char *c : {"ş", "ğ", "ı"})
            QVERIFY2(lines.first().contains(QString::fromUtf8(c)), c);

        // Longer names alone: a reason of length (150 characters and the name).
        const QString gsm = QStringLiteral("Merhaba {{first_name}}, ") + QString(140, QLatin1Char('x'));
        SmsEstimate longer(TemplateRenderer::render(gsm, {}));
        for (const char *name : {"Al", "Maximilian-Alexander"})
            longer.add(TemplateRenderer::render(gsm, {{QStringLiteral("first_name"), QString::fromUtf8(name)}}));
        QCOMPARE(Composer::splitLines(longer),
                 QStringList {QStringLiteral("1 of 2 contacts need 2 parts because their details make the text "
                                             "longer.")});
    }

    void estimate_ofAnEmptyText_isZero()
    {
        SmsEstimate estimate;
        for (int i = 0; i < 5; ++i)
            estimate.add(QString());
        QCOMPARE(estimate.recipients, qint64(5));
        QCOMPARE(estimate.parts, qint64(0));
        QVERIFY(Composer::splitLines(estimate).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmsEstimate)
#include "tst_smsestimate.moc"
