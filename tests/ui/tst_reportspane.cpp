// The Reports pane as a new user meets it (issue #24): readable chart axes, a recipient table with names whose
// columns fit, one scroll area, F5 on the part that has focus, and no drafts in the list.
#include "app/services/accountservice.h"
#include "app/services/contactimport.h"
#include "app/services/contactservice.h"
#include "app/services/dispatcher.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/roles.h"
#include "support/testsupport.h"
#include "ui/engagementchart.h"
#include "ui/funnelchart.h"
#include "ui/mainwindow.h"
#include "ui/reportspane.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace cm;

namespace {

struct Fixture : test::WindowFixture
{
    using WindowFixture::WindowFixture;
    ReportsPane *pane()
    {
        window.showPane(QStringLiteral("reports"));
        return qobject_cast<ReportsPane *>(window.pane(QStringLiteral("reports")));
    }
};

// The values a value axis shows a tick at, whichever way its ticks are set.
QList<double> tickValues(const QValueAxis *axis)
{
    QList<double> ticks;
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        const double step = axis->tickInterval();
        double at = axis->tickAnchor();
        while (at - step >= axis->min() - 1e-9)
            at -= step;
        for (; at <= axis->max() + 1e-9; at += step) {
            if (at >= axis->min() - 1e-9)
                ticks.append(at);
        }
    } else {
        const int count = axis->tickCount();
        for (int i = 0; i < count; ++i)
            ticks.append(axis->min() + i * (axis->max() - axis->min()) / (count - 1));
    }
    return ticks;
}

QValueAxis *valueAxis(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            return value;
    }
    return nullptr;
}

// 1, 2, 2.5 or 5 × 10^k.
bool isNiceStep(double step)
{
    if (step <= 0)
        return false;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double normalised = step / magnitude;
    for (const double nice : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (std::abs(normalised - nice) < 1e-9)
            return true;
    }
    return false;
}

QTableView *recipientView(ReportsPane *pane)
{
    for (QTableView *view : pane->findChildren<QTableView *>()) {
        if (view->model() == pane->recipientModel())
            return view;
    }
    return nullptr;
}

int columnOf(const QAbstractItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    }
    return -1;
}

// Room a cell needs for `text`: the text and the delegate's margins on both sides.
int cellWidth(const QTableView *view, const QString &text)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin;
}

} // namespace

class TestReportsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void funnelAxis_ticksAtNiceNumbers()
    {
        CampaignStats stats;
        stats.set(CampaignStats::Sent, 23);
        stats.set(CampaignStats::Delivered, 20);
        stats.set(CampaignStats::Failed, 3);
        FunnelChart funnel;
        funnel.setStats(stats);
        QValueAxis *axis = valueAxis(funnel.chart());
        QVERIFY(axis);
        QCOMPARE(tickValues(axis), QList<double>({0, 5, 10, 15, 20, 25}));
        QVERIFY2(!axis->labelFormat().contains(QLatin1Char('f')), qPrintable(axis->labelFormat())); // counts: no .0
        // The issue's own case: a largest bar of 20 read 0, 5, 11, 17, 23.
        stats.set(CampaignStats::Sent, 20);
        stats.set(CampaignStats::Delivered, 17);
        funnel.setStats(stats);
        axis = valueAxis(funnel.chart());
        QCOMPARE(tickValues(axis), QList<double>({0, 5, 10, 15, 20, 25}));
    }

    void niceAxis_stepsOf1_2_25_5()
    {
        struct Case
        {
            qint64 maximum;
            double max;
            double step;
        };
        for (const Case &c : {Case {0, 1, 1}, Case {1, 1, 1}, Case {3, 3, 1}, Case {7, 8, 2}, Case {12, 15, 5},
                              Case {23, 25, 5}, Case {40, 40, 10}, Case {180, 200, 50}, Case {230, 250, 50},
                              Case {1234, 1250, 250}, Case {22000, 25000, 5000}}) {
            const NiceAxis axis = niceAxis(c.maximum);
            QVERIFY2(axis.max == c.max && axis.step == c.step,
                     qPrintable(QStringLiteral("%1 → %2 by %3").arg(c.maximum).arg(axis.max).arg(axis.step)));
            QVERIFY(isNiceStep(axis.step));
        }
    }

    void engagementAxis_ticksAtNiceNumbers()
    {
        Fixture f(true);
        ReportsPane *pane = f.pane();
        QTRY_VERIFY(!pane->engagement()->isLoading());
        QVERIFY(pane->engagement()->pointCount() > 0);
        auto *view = pane->engagement()->findChild<QChartView *>();
        QVERIFY(view);
        QValueAxis *axis = valueAxis(view->chart());
        QVERIFY(axis);
        const QList<double> ticks = tickValues(axis);
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(ticks.first(), 0.0);
        QVERIFY2(isNiceStep(ticks.at(1) - ticks.at(0)), qPrintable(QString::number(ticks.at(1))));
        QCOMPARE(ticks.last(), axis->max()); // the top is a tick
        QCOMPARE(axis->labelFormat(), QStringLiteral("%d"));
    }

    void recipientTable_namesBesideAddresses_columnsFitTheirContent()
    {
        Fixture f(true);
        ReportsPane *pane = f.pane();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const auto tester = std::make_unique<QAbstractItemModelTester>(
                pane->recipientModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *view = recipientView(pane);
        QVERIFY(view);
        const QAbstractItemModel *model = view->model();
        QVERIFY(model->rowCount() > 0);
        const int name = columnOf(model, QStringLiteral("Name"));
        const int state = columnOf(model, QStringLiteral("State"));
        const int providerId = columnOf(model, QStringLiteral("Provider id"));
        QVERIFY2(name >= 0, "a Name column");
        QVERIFY(state >= 0);
        QCOMPARE(providerId, model->columnCount() - 1); // the provider's id last: it matters least
        // The name is the contact's, first and last.
        const qint64 recipientId = model->index(0, 0).data(IdRole).toLongLong();
        const QList<Recipient> first = f.ws->campaigns()->recipients(pane->currentId(), recipientId - 1, 1);
        QCOMPARE(first.size(), 1);
        const auto contact = f.ws->groups()->contact(first.first().contactId);
        QVERIFY(contact);
        QCOMPARE(model->index(0, name).data().toString(), contact->firstName + QLatin1Char(' ') + contact->lastName);
        QVERIFY(view->horizontalHeader()->visualIndex(name) < view->horizontalHeader()->visualIndex(state));
        // Every state and name shows whole ("Delivered", never "Deliver…"), even after the font changes.
        for (const bool bigger : {false, true}) {
            if (bigger) {
                QFont font = view->font();
                font.setPointSizeF(font.pointSizeF() * 1.5);
                view->setFont(font);
                QCoreApplication::processEvents();
            }
            for (int row = 0; row < model->rowCount(); ++row) {
                for (const int column : {name, state}) {
                    const QString text = model->index(row, column).data().toString();
                    QVERIFY2(view->columnWidth(column) >= cellWidth(view, text),
                             qPrintable(QStringLiteral("%1: %2 < %3")
                                                .arg(text)
                                                .arg(view->columnWidth(column))
                                                .arg(cellWidth(view, text))));
                }
            }
            QVERIFY(view->columnWidth(state) >= cellWidth(view, recipientStateName(RecipientState::Delivered)));
        }
        // The provider id is narrow: a glance, with the whole id in its tooltip.
        const QString id = model->index(0, providerId).data().toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(view->columnWidth(providerId) <= view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12,
                 qPrintable(QString::number(view->columnWidth(providerId))));
        QCOMPARE(model->index(0, providerId).data(Qt::ToolTipRole).toString(), id);
    }

    void reportsPane_hasOneScrollArea()
    {
        Fixture f(true);
        ReportsPane *pane = f.pane();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        for (QAbstractScrollArea *area : pane->findChildren<QAbstractScrollArea *>()) {
            if (qobject_cast<QHeaderView *>(area))
                continue; // a table's own header
            for (QWidget *up = area->parentWidget(); up && up != pane; up = up->parentWidget())
                QVERIFY2(!qobject_cast<QAbstractScrollArea *>(up),
                         qPrintable(QStringLiteral("%1 inside %2")
                                            .arg(QString::fromLatin1(area->metaObject()->className()),
                                                 QString::fromLatin1(up->metaObject()->className()))));
        }
        // With nothing around it to scroll, the table keeps room for rows at 1280×800, and nothing is cut off.
        QTableView *view = recipientView(pane);
        QVERIFY(view->isVisible());
        QVERIFY2(view->viewport()->height() >= 5 * view->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(view->viewport()->height())));
        QWidget *detail = view->parentWidget()->parentWidget();
        QVERIFY2(detail->height() >= detail->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(detail->height()).arg(detail->minimumSizeHint().height())));
    }

    void f5_refreshesThePartThatHasFocus()
    {
        Fixture f(true);
        ReportsPane *pane = f.pane();
        QVERIFY(QTest::qWaitForWindowActive(&f.window) || QTest::qWaitForWindowExposed(&f.window));
        f.window.activateWindow();
        const qint64 id = pane->currentId();
        QVERIFY(id > 0);
        QSignalSpy started(&f.jobs, &JobTracker::jobStarted);
        QSignalSpy listReloaded(pane->listModel(), &QAbstractItemModel::modelReset);
        // On the campaign list, F5 reads the list again (campaigns sent from elsewhere show up), no report asked.
        pane->listView()->setFocus();
        QTRY_VERIFY(pane->listView()->hasFocus());
        QTest::keyClick(pane->listView(), Qt::Key_F5);
        QCOMPARE(listReloaded.size(), 1);
        QCOMPARE(started.size(), 0);
        QCOMPARE(pane->currentId(), id); // the selection stays
        // On the report, F5 asks the provider for the selected campaign's report.
        QTableView *view = recipientView(pane);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QSignalSpy ended(&f.jobs, &JobTracker::jobFinished);
        QTest::keyClick(view, Qt::Key_F5);
        QCOMPARE(started.size(), 1);
        QCOMPARE(listReloaded.size(), 1);
        QVERIFY(ended.wait(10000));
    }

    void drafts_areNotListed()
    {
        Fixture f(true);
        ReportsPane *pane = f.pane();
        const auto listed = [pane] {
            QStringList names;
            for (int row = 0; row < pane->listModel()->rowCount(); ++row)
                names.append(pane->listModel()->index(row, 0).data(NameRole).toString());
            return names;
        };
        // The demo's sent newsletter; not its draft, nor the sale scheduled for Saturday that has not started.
        QCOMPARE(listed(), QStringList {QStringLiteral("March newsletter")});
        Campaign draft;
        draft.name = QStringLiteral("Still writing");
        draft.channel = Channel::Email;
        draft.accountId = f.ws->accounts()->accounts().first().id;
        QVERIFY(f.ws->campaigns()->create(draft));
        QVERIFY(!listed().contains(draft.name));
        // Once a send starts, it is there.
        Campaign sent = draft;
        sent.id = 0;
        sent.name = QStringLiteral("Sent yesterday");
        sent.state = CampaignState::Sent;
        QVERIFY(f.ws->campaigns()->create(sent));
        QVERIFY(listed().contains(sent.name));
        QVERIFY(!listed().contains(draft.name));
    }
};

QTEST_MAIN(TestReportsPane)
#include "tst_reportspane.moc"
