// A send at each recipient's local time over a million contacts: what working out each recipient's zone and release
// adds to the snapshot, against the snapshot's own preparation (every contact read and its text rendered:
// Dispatcher::prepare) in the same run. The numbers are a quarter Turkish, a quarter Spanish (landlines of Madrid and
// Tenerife, and mobiles) and half North American over twenty area codes: the countries of several zones, which ask
// libphonenumber's geocoder. Also an A/B test's seeded draw of 2 × 10% from the million.
//   bench_localtime [CONTACTS]   (default 1,000,000)
#include "app/services/dispatcher.h"
#include "app/services/workspace.h"
#include "benchdata.h"
#include "models/experiment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    bench::ContactsWorkspace contacts(rows);
    if (!contacts.ok())
        return 1;
    cm::Workspace &workspace = contacts.workspace();
    {
        QSqlQuery q(workspace.database()->connection());
        q.exec(QStringLiteral("BEGIN"));
        // Area codes of New York, Boston, Chicago, Los Angeles, Denver, Phoenix, Seattle, Miami, Toronto, Vancouver, …
        q.exec(QStringLiteral(
                "UPDATE contacts SET phone = CASE id % 8 "
                "WHEN 0 THEN '+3491' || printf('%07d', id % 10000000) "
                "WHEN 1 THEN '+34922' || printf('%06d', id % 1000000) "
                "WHEN 2 THEN '+346' || printf('%08d', id % 100000000) "
                "WHEN 3 THEN phone "
                "ELSE '+1' || (CASE (id / 8) % 20 WHEN 0 THEN '212' WHEN 1 THEN '617' WHEN 2 THEN '312' WHEN 3 THEN "
                "'310' WHEN 4 THEN '303' WHEN 5 THEN '602' WHEN 6 THEN '206' WHEN 7 THEN '305' WHEN 8 THEN '416' WHEN "
                "9 "
                "THEN '604' WHEN 10 THEN '713' WHEN 11 THEN '404' WHEN 12 THEN '215' WHEN 13 THEN '702' WHEN 14 THEN "
                "'808' WHEN 15 THEN '907' WHEN 16 THEN '503' WHEN 17 THEN '612' WHEN 18 THEN '514' ELSE '403' END) "
                "|| (2000000 + id % 8000000) END"));
        if (q.lastError().isValid())
            std::printf("the numbers could not be set: %s\n", qPrintable(q.lastError().text()));
        q.exec(QStringLiteral("COMMIT"));
    }
    cm::Campaign campaign;
    campaign.name = QStringLiteral("Morning");
    campaign.channel = cm::Channel::Sms;
    campaign.groupIds = {contacts.groupId()};
    campaign.timeZone = QStringLiteral("Europe/Istanbul");
    campaign.localTime = 9 * 60 + 30;
    cm::Template tmpl;
    tmpl.channel = cm::Channel::Sms;
    tmpl.body = QStringLiteral("Hi {{first_name}}, our spring sale starts today");

    std::printf("A send at each recipient's local time, %lld contacts (release build):\n",
                static_cast<long long>(rows));
    QElapsedTimer timer;
    timer.start();
    QList<cm::Recipient> recipients = cm::Dispatcher::prepare(&workspace, campaign, tmpl);
    const double prepare = bench::ms(timer);
    timer.restart();
    cm::LocalTimePlan plan;
    recipients = cm::Dispatcher::prepare(&workspace, campaign, tmpl, nullptr, false, nullptr, &plan);
    const double zones = bench::ms(timer) - prepare;
    const auto &byZone = plan.byZone;
    const QList<QDateTime> &releases = plan.releases;
    std::printf("  snapshot's preparation (reference)   %9.0f ms  %lld recipients\n", prepare,
                static_cast<long long>(recipients.size()));
    std::printf("  zones and release times, added      %9.0f ms  %lld zones  (%.2fx the preparation)\n", zones,
                static_cast<long long>(byZone.size()), zones / prepare);
    for (auto it = byZone.cbegin(); it != byZone.cend(); ++it)
        std::printf("    %-32s %8lld at %s\n", it.key().constData(), static_cast<long long>(it.value().first),
                    qPrintable(it.value().second.toString(Qt::ISODate)));

    QList<qint64> audience;
    audience.reserve(recipients.size());
    for (const cm::Recipient &r : std::as_const(recipients))
        audience.append(r.contactId);
    timer.restart();
    const auto drawn = cm::drawTestContacts(audience, 2, audience.size() / 10, 42);
    std::printf("  A/B draw of 2 x 10%%                  %9.1f ms  (%lld + %lld)\n", bench::ms(timer),
                static_cast<long long>(drawn.value(0).size()), static_cast<long long>(drawn.value(1).size()));
    std::printf("  peak memory                          %9.0f MB\n", bench::peakMegabytes());
    return releases.size() == recipients.size() ? 0 : 1;
}
