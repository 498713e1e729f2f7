// Small widgets on their own: what they show and never do.
#include "app/services/accountservice.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "models/xlsxwriter.h"
#include "support/testsupport.h"
#include "ui/accountdialog.h"
#include "ui/importdialog.h"
#include "ui/messagebanner.h"
#include "ui/pricetable.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cm;

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    // A provider's message with markup in it is shown as the text it is: no image is fetched, no file read, no
    // link made.
    void messageBanner_showsProviderTextAsPlainText()
    {
        MessageBanner banner;
        const QString text = QStringLiteral("Refused: <img src=\"file:///dev/zero\"><b>bold</b> <a href=\"x\">x</a>");
        banner.showMessage(MessageBanner::Error, text);
        auto *label = banner.findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), text);
        QVERIFY(!label->openExternalLinks());
    }

    // A success goes away by itself (later when it offers an action) and when its pane is left; a warning stays.
    void messageBanner_successGoesAwayAfterAWhileOrWhenLeft()
    {
        QWidget pane;
        auto *banner = new MessageBanner(&pane);
        banner->setSuccessTimeouts(50, 200);
        pane.show();
        banner->showMessage(MessageBanner::Success, QStringLiteral("Saved."));
        QVERIFY(banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2000);
        banner->showMessage(MessageBanner::Success, QStringLiteral("Imported."), QStringLiteral("Undo"), [] {});
        QTest::qWait(100);
        QVERIFY(banner->isVisible()); // with an action: longer
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2000);
        banner->showMessage(MessageBanner::Warning, QStringLiteral("3 lines skipped."));
        QTest::qWait(300);
        QVERIFY(banner->isVisible());
        banner->showMessage(MessageBanner::Success, QStringLiteral("Saved."));
        banner->setSuccessTimeouts(60000, 60000);
        banner->showMessage(MessageBanner::Success, QStringLiteral("Saved."));
        pane.hide(); // the user moved on
        pane.show();
        QVERIFY(!banner->isVisible());

        // An Undo stays for its time, even when the import ends while the user is on another pane, and leaving the
        // pane does not take it away.
        banner->setSuccessTimeouts(50, 400);
        pane.hide();
        banner->showMessage(MessageBanner::Success, QStringLiteral("Imported."), QStringLiteral("Undo"), [] {});
        QTest::qWait(150);
        pane.show();
        QVERIFY(banner->isVisible());
        pane.hide();
        pane.show();
        QVERIFY(banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2000);
    }

    // Prices per SMS part are a table, not JSON: read from the settings, edited as text people type (a country's
    // name, a decimal comma), written back as the settings the estimates use.
    // An SMTP account's settings are fields of their own (From address and name, the quota, the unsubscribe page, the
    // mailbox for bounces), not JSON; an edited account shows them again, and the rest stays in the JSON.
    void accountDialog_providerSettingsAreFields()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        AccountDialog dialog(ws->providers(), &accounts);
        auto *provider = dialog.findChild<QComboBox *>();
        provider->setCurrentIndex(provider->findData(QStringLiteral("smtp")));
        const auto field = [&dialog](const QString &name) {
            for (auto *edit : dialog.findChildren<QLineEdit *>())
                if (edit->accessibleName() == name)
                    return edit;
            return static_cast<QLineEdit *>(nullptr);
        };
        for (const char *name :
             {"Server", "User", "Password", "Mailbox password", "From address", "From name", "Messages per minute",
              "Messages per day", "Unsubscribe page", "Mailbox for bounces", "Mailbox folder", "Mailbox user"})
            QVERIFY2(field(QLatin1String(name)), name);
        dialog.findChildren<QLineEdit *>().first()->setText(QStringLiteral("Relay"));
        field(QStringLiteral("Server"))->setText(QStringLiteral("smtps://smtp.example.com:465"));
        field(QStringLiteral("From address"))->setText(QStringLiteral("news@moda.example"));
        field(QStringLiteral("Messages per minute"))->setText(QStringLiteral("120"));
        field(QStringLiteral("Messages per day"))->setText(QLocale().toString(2000)); // "2,000" as the user writes it
        field(QStringLiteral("Mailbox for bounces"))->setText(QStringLiteral("imaps://imap.example.com:993"));
        dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("{\"timeout_ms\": 20000}"));
        if (const QString shots = qEnvironmentVariable("CM_SHOTS_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(200);
            for (auto *e : dialog.findChildren<QLineEdit *>()) // no field squeezed: the form scrolls instead
                QVERIFY2(!e->isVisible() || e->height() >= e->sizeHint().height() - 2, qPrintable(e->accessibleName()));
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/account-smtp.png")));
        }
        const Account account = dialog.account();
        QCOMPARE(account.settings.value(QStringLiteral("sender")).toString(), QStringLiteral("news@moda.example"));
        QCOMPARE(account.settings.value(QStringLiteral("messages_per_minute")).toInt(), 120);
        QCOMPARE(account.settings.value(QStringLiteral("messages_per_day")).toInt(), 2000);
        QCOMPARE(account.settings.value(QStringLiteral("imap_server")).toString(),
                 QStringLiteral("imaps://imap.example.com:993"));
        QCOMPARE(account.settings.value(QStringLiteral("timeout_ms")).toInt(), 20000);
        QVERIFY(!account.settings.contains(QStringLiteral("from_name"))); // empty: not stored
        QVERIFY2(accounts.validate(account).isEmpty(), qPrintable(accounts.validate(account)));
        // A web address is no SMTP server.
        Account wrong = account;
        wrong.baseUrl = QStringLiteral("https://smtp.example.com");
        QVERIFY(accounts.validate(wrong).contains(QStringLiteral("smtps://")));

        AccountDialog edit(ws->providers(), &accounts, &account);
        for (auto *line : edit.findChildren<QLineEdit *>()) {
            if (line->accessibleName() == QLatin1String("Messages per minute"))
                QCOMPARE(line->text(), QStringLiteral("120"));
            if (line->accessibleName() == QLatin1String("Messages per day"))
                QCOMPARE(line->locale().toLongLong(line->text()), 2000);
        }
        QVERIFY(!edit.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("imap_server")));
        QVERIFY(edit.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("timeout_ms")));
        QCOMPARE(edit.account().settings, account.settings);
        // Another provider has none of these fields.
        provider->setCurrentIndex(provider->findData(QStringLiteral("outbox")));
        QVERIFY(!field(QStringLiteral("Mailbox for bounces")));
    }

    void priceTable_editsThePricesOfAnAccount()
    {
        PriceTable prices;
        const QJsonObject rest
                = prices.setSettings({{QStringLiteral("time_zone"), QStringLiteral("Europe/Istanbul")},
                                      {QStringLiteral("price_per_part"), 0.05},
                                      {QStringLiteral("prices_per_part"), QJsonObject {{QStringLiteral("TR"), 0.02}}},
                                      {QStringLiteral("currency"), QStringLiteral("EUR")}});
        QCOMPARE(rest, (QJsonObject {{QStringLiteral("time_zone"), QStringLiteral("Europe/Istanbul")}}));
        QCOMPARE(prices.table()->rowCount(), 2); // Türkiye, and an empty row to add one
        QCOMPARE(prices.table()->item(0, 0)->text(), QStringLiteral("TR"));
        prices.table()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Polska")));
        prices.table()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("0,03")));
        QCOMPARE(prices.table()->rowCount(), 3); // another empty row
        QVERIFY2(prices.problem().isEmpty(), qPrintable(prices.problem()));
        const QJsonObject written = prices.applyTo(rest);
        QCOMPARE(written.value(QStringLiteral("prices_per_part")).toObject(),
                 (QJsonObject {{QStringLiteral("TR"), 0.02}, {QStringLiteral("PL"), 0.03}}));
        QCOMPARE(written.value(QStringLiteral("price_per_part")).toDouble(), 0.05);
        QCOMPARE(written.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(written.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Istanbul"));
        prices.table()->setItem(2, 0, new QTableWidgetItem(QStringLiteral("Narnia")));
        prices.table()->setItem(2, 1, new QTableWidgetItem(QStringLiteral("1")));
        QVERIFY2(prices.problem().contains(QStringLiteral("Narnia")), qPrintable(prices.problem()));
        prices.table()->item(2, 0)->setText(QStringLiteral("DE"));
        prices.table()->item(2, 1)->setText(QStringLiteral("cheap"));
        QVERIFY2(prices.problem().contains(QStringLiteral("cheap")), qPrintable(prices.problem()));
        prices.table()->item(2, 1)->setText(QString());
        prices.table()->item(2, 0)->setText(QString());
        prices.currency()->setText(QStringLiteral("€"));
        QVERIFY2(prices.problem().contains(QStringLiteral("currency")), qPrintable(prices.problem()));
        prices.currency()->clear();
        QVERIFY(!prices.applyTo({}).contains(QStringLiteral("currency")));
    }

    // The import dialog on a real export's shape: the title line found and skipped, Outlook's columns mapped with
    // the mobile phone first, the other numbers kept; "empty cells clear" only for updates; a file mixing
    // encodings said before importing.
    void importDialog_readsAnExportAsAPersonWould()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outlook.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QString::fromUtf8("Kişiler — Kasım 2026\r\n"
                                         "First Name,Last Name,E-mail Address,Home Phone,Business Phone,Mobile Phone,"
                                         "Business Fax,E-mail 1 - Label,Notes\r\n"
                                         "Ayşe,Yılmaz,ayse@example.com,,0212 555 12 12,0532 612 48 37,,* work,\r\n")
                               .toUtf8());
            QStringEncoder legacy("windows-1254");
            file.write(legacy.encode(QString::fromUtf8("Çağrı,Öztürk,cagri@example.com,,,0533 111 22 33,,,\r\n")));
        }
        ImportDialog dialog(path, 1);
        QVERIFY(dialog.skipsTitle());
        // The region picker names the countries, with their codes.
        bool named = false;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            for (int i = 0; i < box->count(); ++i)
                named |= box->itemData(i).toString() == QLatin1String("DE")
                        && box->itemText(i) == QStringLiteral("Germany (DE)");
        QVERIFY(named);
        QCOMPARE(dialog.columns().size(), 9);
        const QStringList expected {
                QStringLiteral("first_name"),   QStringLiteral("last_name"),      QStringLiteral("email"),
                QStringLiteral("home_phone"),   QStringLiteral("business_phone"), QStringLiteral("phone"),
                QStringLiteral("business_fax"), QStringLiteral("e_mail_1_label"), QStringLiteral("notes")};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(dialog.fieldOf(c), expected[c]);
        QVERIFY2(dialog.note().contains(QStringLiteral("windows-1254")), qPrintable(dialog.note()));
        auto *clear = dialog.findChild<QCheckBox *>(QStringLiteral("emptyCellsClear"));
        QVERIFY(clear);
        QVERIFY(!clear->isEnabled());
        for (QRadioButton *b : dialog.findChildren<QRadioButton *>())
            if (b->text().contains(QStringLiteral("Update")))
                b->setChecked(true);
        QVERIFY(clear->isEnabled());
        clear->setChecked(true);
        ImportOptions options = dialog.options();
        QCOMPARE(options.titleLines, 1);
        QVERIFY(options.updateDuplicates && options.emptyCellsClear);
        if (const QString shots = qEnvironmentVariable("CM_SHOTS_DIR"); !shots.isEmpty()) {
            dialog.show();
            dialog.grab().save(shots + QStringLiteral("/import-dialog.png"));
        }

        // Told the first line is not a title, the dialog takes it as the header.
        dialog.setSkipTitle(false);
        QCOMPARE(dialog.columns().size(), 9);
        QCOMPARE(dialog.columns().first(), QString::fromUtf8("Kişiler — Kasım 2026"));
    }

    // A file that is not text keeps saying so, and Import waits: there is nothing to import from it.
    void importDialog_aBinaryFileCannotBeImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes(4096, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) % 256);
            file.write(bytes);
        }
        ImportDialog dialog(path, 1);
        QPushButton *import = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Import"))
                import = b;
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        QLabel *problem = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("not a text file")))
                problem = l;
        QVERIFY(problem);
        dialog.accept(); // as a click would, were it possible
        QVERIFY(problem->text().contains(QStringLiteral("not a text file")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // A workbook shows its sheets to choose from, and no encoding or delimiter.
    void importDialog_offersTheSheetsOfAWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        {
            XlsxWriter writer(path, QStringLiteral("Liste"));
            QVERIFY(writer.writeRow({QStringLiteral("E-posta"), QStringLiteral("Cep No")}));
            QVERIFY(writer.writeRow({QStringLiteral("a@example.com"), QStringLiteral("0532 612 48 37")}));
            QVERIFY(writer.commit());
        }
        ImportDialog dialog(path, 1);
        auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("sheet"));
        QVERIFY(sheet);
        QCOMPARE(sheet->count(), 1);
        QCOMPARE(sheet->currentText(), QStringLiteral("Liste"));
        QCOMPARE(dialog.fieldOf(0), QStringLiteral("email"));
        QCOMPARE(dialog.fieldOf(1), QStringLiteral("phone"));
        QCOMPARE(dialog.options().sheet, QStringLiteral("Liste"));
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
