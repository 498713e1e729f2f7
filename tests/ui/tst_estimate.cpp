// One SMS estimate per group and text: the template editor, the Templates pane and the pre-send check agree,
// whoever the preview shows; and the length counts what is sent, never the {{ }} of a field. (No translator is
// loaded: plurals read as their source, "%n part(s)".)
#include "app/services/accountservice.h"
#include "app/services/contactimport.h"
#include "app/services/contactservice.h"
#include "app/services/dispatcher.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "app/services/translations.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "support/services.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/templatedialog.h"
#include "ui/templatespane.h"

#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace cm;

namespace {

// 110 GSM-7 characters and a first name: one part for Emre, two (Unicode, 70 a part) for Ayşe, Doğan or Işık.
const QString smsText = QStringLiteral("Merhaba {{first_name}}, ") + QString(100, QLatin1Char('x'));

struct Fixture : test::Services
{
    Fixture()
        : Services(true)
    {
        account = ws->accounts()->accounts().first();
        account.settings.insert(QStringLiteral("price_per_part"), 0.05);
        account.settings.insert(QStringLiteral("prices_per_part"), QJsonObject {{QStringLiteral("TR"), 0.02}});
        account.settings.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        ws->accounts()->update(account);
        // 20 recipients: Emre first, then 14 Turkish names and 5 more plain ones; one contact without a number and
        // one on the suppression list, whom a send does not reach.
        group.name = QStringLiteral("Estimate");
        ws->groups()->create(group);
        QList<Contact> contacts;
        const QStringList turkish {QString::fromUtf8("Ayşe"), QString::fromUtf8("Doğan"), QString::fromUtf8("Işık")};
        for (int i = 0; i < 22; ++i) {
            Contact c;
            c.firstName = i == 0 || i > 14 ? QStringLiteral("Emre") : turkish.at(i % 3);
            c.lastName = QStringLiteral("Kaya");
            c.phone = i == 20 ? QString() : QStringLiteral("+9053200%1").arg(10000 + i);
            c.email = QStringLiteral("p%1@example.com").arg(i);
            c.country = QStringLiteral("TR");
            contacts.append(c);
        }
        ws->groups()->addContacts(group.id, contacts);
        Suppression opted;
        opted.channel = QStringLiteral("sms");
        opted.address = contacts.last().phone;
        ws->suppressions()->add({opted});
    }

    // The pre-send check of a campaign sending `text` to the group with the priced account.
    PreSendCheck check(const QString &text)
    {
        Template t;
        t.name = QStringLiteral("Estimate %1").arg(++made);
        t.body = text;
        ws->templates()->add(t);
        Campaign c;
        c.name = t.name;
        c.accountId = account.id;
        c.templateId = t.id;
        c.groupId = group.id;
        ws->campaigns()->create(c);
        PreSendCheck result;
        bool done = false;
        Job *job = dispatcher.check(c.id);
        QObject::connect(job, &Job::finished, job, [&result, &done, job] {
            result = job->property("check").value<PreSendCheck>();
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            qWarning("The pre-send check did not finish.");
        return result;
    }

    Account account;
    Group group;
    int made = 0;
};

} // namespace

class TestEstimate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void templateEditor_estimateIsTheGroupsWhoeverIsPreviewed_andThePreSendChecks()
    {
        Fixture f;
        TemplateDialog dialog(&f.ws.workspace(), [](Template &) { return QString(); });
        dialog.show();
        QVERIFY(dialog.previewGroup(f.group.id));
        dialog.bodyEdit()->setPlainText(smsText);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isAnalysing() && dialog.costText().contains(QStringLiteral("in all")), 20000);
        const QString asForEmre = dialog.costText();
        dialog.stepContact(1); // Doğan: two parts for him, the same estimate for the group
        QTRY_VERIFY2(dialog.counterText().contains(QString::fromUtf8("as sent to Doğan")),
                     qPrintable(dialog.counterText()));
        QVERIFY2(dialog.counterText().contains(QStringLiteral("2 part(s)")), qPrintable(dialog.counterText()));
        QCOMPARE(dialog.costText(), asForEmre);

        const PreSendCheck check = f.check(smsText);
        QCOMPARE(check.recipients, qint64(20));
        QCOMPARE(check.parts, qint64(14 * 2 + 6));
        QVERIFY(check.cost);
        const QString cost = formatMoney(*check.cost, check.currency);
        QVERIFY2(asForEmre.contains(QStringLiteral("%1: about %2").arg(f.account.name, cost)),
                 qPrintable(asForEmre + QStringLiteral(" / ") + cost));
        QVERIFY2(asForEmre.contains(QStringLiteral("20 contact(s) with a phone number: 34 SMS parts in all.")),
                 qPrintable(asForEmre));
        // The split, said the same in both places.
        const QString split = QStringLiteral("14 of 20 contacts need 2 parts because their details contain ");
        QVERIFY2(asForEmre.contains(split), qPrintable(asForEmre));
        QVERIFY2(check.summary().contains(split), qPrintable(check.summary()));
        for (const char *c : {"ş", "ğ", "ı"})
            QVERIFY2(asForEmre.contains(QString::fromUtf8(c)), c);
    }

    void templateEditor_emptyText_estimatesZero()
    {
        Fixture f;
        TemplateDialog dialog(&f.ws.workspace(), [](Template &) { return QString(); });
        QVERIFY(dialog.previewGroup(f.group.id));
        dialog.bodyEdit()->setPlainText(smsText);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.costText().contains(QStringLiteral("34 SMS parts")), 20000);
        dialog.bodyEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.costText().contains(QStringLiteral("0 SMS parts in all")), 20000);
        QVERIFY2(dialog.costText().contains(QStringLiteral("about %1").arg(formatMoney(0, QStringLiteral("EUR")))),
                 qPrintable(dialog.costText()));
    }

    // The length counts the text as it is sent: the previewed contact's, or each field at a typical length.
    void templateEditor_countsTheSentText_notTheBraces()
    {
        Fixture f;
        TemplateDialog dialog(&f.ws.workspace(), [](Template &) { return QString(); });
        QVERIFY(dialog.previewGroup(f.group.id));
        dialog.bodyEdit()->setPlainText(smsText);
        // "Merhaba Emre, " and 100 characters; the braces would count 8 septets more, the field's name 10 more.
        QTRY_VERIFY2(dialog.counterText().startsWith(QStringLiteral("114 character(s) · GSM-7 · 1 part(s)")),
                     qPrintable(dialog.counterText()));
        QVERIFY2(dialog.counterText().contains(QStringLiteral("as sent to Emre Kaya")),
                 qPrintable(dialog.counterText()));

        Group empty;
        empty.name = QStringLiteral("Empty");
        QVERIFY(f.ws->groups()->create(empty));
        TemplateDialog alone(&f.ws.workspace(), [](Template &) { return QString(); });
        QVERIFY(alone.previewGroup(empty.id));
        alone.bodyEdit()->setPlainText(smsText);
        const int typical = 110 + 6; // a first name of 6 letters
        QTRY_VERIFY2(alone.counterText().startsWith(QStringLiteral("%1 character(s) · GSM-7").arg(typical)),
                     qPrintable(alone.counterText()));
        QVERIFY2(alone.counterText().contains(QStringLiteral("with fields at typical length")),
                 qPrintable(alone.counterText()));
    }

    // A condition counts as its longest part, and what is written inside a tag (İ in a condition) is not sent, so it
    // neither makes the SMS Unicode nor is marked as if it did; the tags themselves are coloured.
    void templateEditor_conditions_countTheLongestPart_andTheirTagsAreNotSent()
    {
        Fixture f;
        Group empty;
        empty.name = QStringLiteral("Empty");
        QVERIFY(f.ws->groups()->create(empty));
        TemplateDialog dialog(&f.ws.workspace(), [](Template &) { return QString(); });
        QVERIFY(dialog.previewGroup(empty.id));
        const QString text = QString::fromUtf8("Hi{{#if city == \"İstanbul\"}} neighbour{{else}} friend{{/if}}!");
        dialog.bodyEdit()->setPlainText(text);
        QTRY_VERIFY2(dialog.counterText().startsWith(QStringLiteral("13 character(s) · GSM-7 · 1 part(s)")),
                     qPrintable(dialog.counterText()));
        QVERIFY2(dialog.counterText().contains(QStringLiteral("the longest part of each {{#if …}}")),
                 qPrintable(dialog.counterText()));
        const QTextBlock block = dialog.bodyEdit()->document()->firstBlock();
        const qsizetype dotted = text.indexOf(QChar(0x130));
        bool tagColoured = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const bool coversI = range.start <= dotted && dotted < range.start + range.length;
            QVERIFY2(!(coversI && range.format.hasProperty(QTextFormat::BackgroundBrush)), "İ marked as Unicode");
            tagColoured = tagColoured || (range.start == 2 && range.format.hasProperty(QTextFormat::ForegroundBrush));
        }
        QVERIFY(tagColoured);
    }

    void templatesPane_showsTheSameEstimate()
    {
        Fixture f;
        const PreSendCheck check = f.check(smsText);
        const auto saved = f.ws->templates()->byName(QStringLiteral("Estimate 1"));
        QVERIFY(saved);
        // The main window made once the group and the template exist, so that its pane lists them.
        MainWindow window({&f.ws.workspace(), &f.accounts, &f.reports, &f.jobs, &f.groupSync, &f.contactImport,
                           &f.dispatcher, &f.contacts});
        window.show();
        auto &pane = *qobject_cast<TemplatesPane *>(window.pane(QStringLiteral("templates")));
        QVERIFY(pane.previewGroup(f.group.id));
        QVERIFY(pane.selectById(saved->id));
        QTRY_VERIFY_WITH_TIMEOUT(pane.estimateText().contains(QStringLiteral("in all")), 20000);
        QVERIFY2(pane.estimateText().contains(
                         QStringLiteral("%1: about %2").arg(f.account.name, formatMoney(*check.cost, check.currency))),
                 qPrintable(pane.estimateText()));
        QVERIFY2(pane.estimateText().contains(QStringLiteral("14 of 20 contacts need 2 parts")),
                 qPrintable(pane.estimateText()));
        QVERIFY2(pane.counterText().startsWith(QStringLiteral("114 character(s)")), qPrintable(pane.counterText()));

        TemplateDialog dialog(&f.ws.workspace(), [](Template &) { return QString(); });
        QVERIFY(dialog.previewGroup(f.group.id));
        dialog.bodyEdit()->setPlainText(smsText);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.costText().contains(QStringLiteral("in all")), 20000);
        QCOMPARE(pane.estimateText(), dialog.costText());
    }
};

QTEST_MAIN(TestEstimate)
#include "tst_estimate.moc"
