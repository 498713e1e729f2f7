// Phone numbers: normalisePhone() checks numbers with libphonenumber's patterns compiled once, not through
// libphonenumber's IsValidNumber(); the two must agree on every number, valid or not, and on its country.
#include "models/phone.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cm;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void normalisePhone_agreesWithLibphonenumber_data()
    {
        QTest::addColumn<QStringList>("numbers");
        const QStringList examples = examplePhoneNumbers();
        QVERIFY2(examples.size() > 900, qPrintable(QString::number(examples.size())));
        // Every example number of every type and region, and its neighbours: each last digit, one digit fewer or
        // more, each first digit of the national number, a leading zero, in national form for a few regions.
        QStringList neighbours;
        for (const QString &e164 : examples) {
            neighbours.append(e164);
            for (char d = '0'; d <= '9'; ++d) {
                neighbours.append(e164.chopped(1) + QLatin1Char(d));
                neighbours.append(e164 + QLatin1Char(d));
                QString first = e164;
                first[qMax(1, first.size() - 8)] = QLatin1Char(d);
                neighbours.append(first);
            }
            neighbours.append(e164.chopped(1));
            neighbours.append(e164.left(3) + QLatin1Char('0') + e164.mid(3));
        }
        QTest::newRow("examples and their neighbours") << neighbours;
        QTest::newRow("national and odd forms") << QStringList {QStringLiteral("0532 612 48 37"),
                                                                QStringLiteral("532 612 48 37"),
                                                                QStringLiteral("(0212) 555 12 12"),
                                                                QStringLiteral("+1 (415) 555-2671"),
                                                                QStringLiteral("+1 242 357 1234"),
                                                                QStringLiteral("+1 684 733 1234"),
                                                                QStringLiteral("+39 06 6982 1234"),
                                                                QStringLiteral("+7 701 123 4567"),
                                                                QStringLiteral("+44 7400 123456"),
                                                                QStringLiteral("+800 1234 5678"),
                                                                QStringLiteral("+90 532 612 48 37 ext. 3"),
                                                                QStringLiteral("tel:+48501234567"),
                                                                QStringLiteral("+999 123 456 789"),
                                                                QStringLiteral("+0 123"),
                                                                QString()};
    }
    void normalisePhone_agreesWithLibphonenumber()
    {
        QFETCH(QStringList, numbers);
        int valid = 0;
        for (const QString &number : std::as_const(numbers)) {
            QString ours, theirs;
            const QString e164 = normalisePhone(number, QStringLiteral("TR"), &ours);
            const QString expected = normalisePhoneByLibphonenumber(number, QStringLiteral("TR"), &theirs);
            QVERIFY2(e164 == expected && ours == theirs,
                     qPrintable(QStringLiteral("%1: %2 (%3), libphonenumber %4 (%5)")
                                        .arg(number, e164, ours, expected, theirs)));
            valid += !e164.isEmpty();
        }
        // Both kinds are there: the comparison covers valid numbers and invalid ones.
        QVERIFY(valid > 0);
        QVERIFY(valid < numbers.size());
    }

    void normalisePhone_isCheaperThanLibphonenumber()
    {
        QStringList numbers;
        for (int i = 0; i < 20000; ++i)
            numbers.append(QStringLiteral("+90532%1").arg(1000000 + i * 7));
        QElapsedTimer timer;
        timer.start();
        for (const QString &n : std::as_const(numbers))
            QVERIFY(!normalisePhone(n, QStringLiteral("TR")).isEmpty());
        const qint64 ours = timer.nsecsElapsed();
        timer.restart();
        for (const QString &n : std::as_const(numbers))
            QVERIFY(!normalisePhoneByLibphonenumber(n, QStringLiteral("TR")).isEmpty());
        const qint64 theirs = timer.nsecsElapsed();
        qInfo("a number: %.2f µs, libphonenumber %.2f µs", double(ours) / 1e3 / double(numbers.size()),
              double(theirs) / 1e3 / double(numbers.size()));
        QVERIFY2(ours * 2 < theirs, "the compiled patterns should be well ahead");
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
