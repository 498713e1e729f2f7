// A series with 100,000 contacts in it, due at times spread over a week, on a real workspace file: what run-due
// does before it sends (the entry looked at again for new contacts, the due contacts found with what their
// conditions read) when 1% of them are due. Goal (#23): ≤ 200 ms. Prints each figure and its ratio to the goal.
//   bench_series [CONTACTS]   (default 100,000)
#include "app/services/workspace.h"
#include "benchdata.h"
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/seriesstore.h"
#include "models/sqlhelpers.h"
#include "models/templatestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    bench::ContactsWorkspace contacts(rows);
    if (!contacts.ok())
        return 1;
    cm::Workspace &workspace = contacts.workspace();
    cm::SeriesStore *store = workspace.series();

    cm::Template email;
    email.name = QStringLiteral("Welcome");
    email.channel = cm::Channel::Email;
    email.subject = QStringLiteral("Welcome");
    email.body = QStringLiteral("<p>Hello</p>");
    email.marketing = false;
    workspace.templates()->add(email);
    cm::Account sandbox {0, QStringLiteral("Sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
    workspace.accounts()->add(sandbox);
    cm::Series series;
    series.name = QStringLiteral("Welcome");
    series.groupId = contacts.groupId();
    series.timeZone = QStringLiteral("UTC");
    for (int i = 0; i < 3; ++i) {
        cm::SeriesStep step;
        step.templateId = email.id;
        step.accountId = sandbox.id;
        step.delayMinutes = i * 2 * 1440;
        step.condition = i == 1 ? cm::StepCondition::NotOpened : cm::StepCondition::None;
        series.steps.append(step);
    }
    if (!store->save(series) || !store->setState(series.id, cm::SeriesState::Running)) {
        std::fprintf(stderr, "%s\n", qPrintable(store->lastError().message));
        return 1;
    }
    series = *store->byId(series.id);
    const QDateTime now = workspace.clock()->now();

    QElapsedTimer timer;
    timer.start();
    const qint64 entered = store->enrolGroup(series, series.entryFrom());
    const double enrolFirst = bench::ms(timer);
    // Due over a week, ten minutes apart by contact: 1% of them due in the next 100 minutes.
    {
        QSqlQuery q(workspace.database()->connection());
        q.exec(QStringLiteral("UPDATE series_members SET due_at = strftime('%Y-%m-%dT%H:%M:%SZ', '%1', "
                              "'+' || ((contact_id % 1000) * 10) || ' minutes')")
                       .arg(now.toString(Qt::ISODate)));
        q.exec(QStringLiteral("ANALYZE"));
    }
    const QDateTime at = now.addSecs(100 * 60 - 1);

    QList<double> enrolAgain, findDue, total;
    qsizetype due = 0;
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        const qint64 none = store->enrolGroup(series, series.entryFrom());
        enrolAgain.append(bench::ms(timer));
        QElapsedTimer found;
        found.start();
        due = store->due(series.id, at, 20000).size();
        findDue.append(bench::ms(found));
        total.append(bench::ms(timer));
        if (none != 0)
            return 1;
    }
    // Contacts moved in from another group keep their ids: the whole group is looked at again hourly for them.
    QList<double> fullAgain;
    for (int run = 0; run < 3; ++run) {
        QSqlQuery(workspace.database()->connection()).exec(QStringLiteral("UPDATE series SET full_entry_at = NULL"));
        timer.restart();
        store->enrolGroup(series, series.entryFrom());
        fullAgain.append(bench::ms(timer));
    }
    // Moving them past their step (what happens in the transaction that creates the step's campaign), once.
    const QList<cm::SeriesStore::Due> dueList = store->due(series.id, at, 20000);
    timer.restart();
    cm::sql::Transaction transaction(workspace.database()->connection());
    for (const cm::SeriesStore::Due &d : dueList)
        store->advance(series.id, d.contactId, d.step, cm::SeriesStore::Outcome::Skipped, at, at, at.addDays(2), false);
    transaction.commit();
    const double moved = bench::ms(timer);

    // What the Series pane reads for the current series: the counters of every step, and who is where.
    QList<double> reportTimes;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        store->report(series.id, int(series.steps.size()));
        store->memberCounts(series.id);
        reportTimes.append(bench::ms(timer));
    }

    std::printf("A series of %lld contacts (release build), %lld due:\n", static_cast<long long>(entered),
                static_cast<long long>(due));
    std::printf("  entry, first time (all enter)        %8.1f ms\n", enrolFirst);
    std::printf("  entry looked at again (none new)     %8.1f ms\n", median(enrolAgain));
    std::printf("  due contacts found with conditions   %8.1f ms\n", median(findDue));
    std::printf("  the whole group again (hourly)       %8.1f ms\n", median(fullAgain));
    std::printf("  run-due's finding, in all            %8.1f ms  (goal <= 200 ms: %.2fx of it)\n", median(total),
                median(total) / 200.0);
    std::printf("  the due ones moved past their step   %8.1f ms\n", moved);
    std::printf("  the steps' reports, as the pane reads %8.1f ms\n", median(reportTimes));
    std::printf("peak memory: %.0f MB\n", bench::peakMegabytes());
    return 0;
}
