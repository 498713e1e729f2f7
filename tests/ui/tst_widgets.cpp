// Small widgets on their own: what they show and never do.
#include "ui/messagebanner.h"

#include <QLabel>
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
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
