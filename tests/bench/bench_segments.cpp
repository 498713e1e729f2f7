// Segments over a million contacts on a real workspace file: counting a rule on fields, and one with what people did
// (a campaign of 250,000 recipients with opens and clicks). Goals (#22): ≤ 500 ms for field rules, ≤ 1 s with an
// engagement condition. Prints each figure and its ratio to the goal.
//   bench_segments [CONTACTS]   (default 1,000,000)
#include "app/services/workspace.h"
#include "benchdata.h"
#include "models/campaignstore.h"
#include "models/segmentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

    // A sent campaign to every fourth contact: delivered, a third of them opened, a tenth clicked.
    cm::Campaign campaign;
    campaign.name = QStringLiteral("March newsletter");
    campaign.channel = cm::Channel::Email;
    campaign.state = cm::CampaignState::Sent;
    workspace.campaigns()->create(campaign);
    {
        QSqlQuery q(workspace.database()->connection());
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("INSERT INTO campaign_recipients (campaign_id, contact_id, address, state, "
                                 "client_key, provider_id, updated_at) SELECT ?, id, email, 'delivered', 'k' || id, "
                                 "'p' || id, '2026-11-02T09:00:00Z' FROM contacts WHERE id % 4 = 0"));
        q.addBindValue(campaign.id);
        q.exec();
        q.prepare(QStringLiteral("INSERT INTO events (campaign_id, recipient_id, type, occurred_at) SELECT "
                                 "campaign_id, id, CASE WHEN id % 10 = 0 THEN 'clicked' ELSE 'opened' END, "
                                 "'2026-11-02T10:00:00Z' FROM campaign_recipients WHERE campaign_id = ? AND "
                                 "id % 3 = 0"));
        q.addBindValue(campaign.id);
        q.exec();
        q.exec(QStringLiteral("COMMIT"));
        q.exec(QStringLiteral("ANALYZE"));
    }

    std::printf("Segments over %lld contacts (release build):\n", static_cast<long long>(rows));
    const struct
    {
        const char *label;
        const char *rule;
        double goal;
    } rules[] = {
            {"a field", "city = Durban", 500},
            {"fields, a custom one, a list",
             "city in (Durban, Chicago) and loyalty_tier = gold and first_name "
             "starts with E",
             500},
            {"a custom field compared as a number", "preferred_store < 10", 500},
            {"engagement: opened a campaign", "opened \"March newsletter\"", 1000},
            {"fields and not opened", "city = Durban and not opened \"March newsletter\"", 1000},
            {"clicked any campaign, in last N days", "clicked any campaign in last 3000 days", 1000},
    };
    for (const auto &r : rules) {
        QElapsedTimer timer;
        timer.start();
        cm::SegmentRuleError error;
        const auto compiled = workspace.segments()->compile(QString::fromUtf8(r.rule), &error);
        if (!compiled) {
            std::fprintf(stderr, "%s: %s\n", r.rule, qPrintable(error.message));
            return 1;
        }
        const qint64 matching = workspace.segments()->count(*compiled);
        const double elapsed = bench::ms(timer);
        std::printf("  count, %-34s %8lld contacts %8.1f ms  (goal <= %.0f ms: %.2fx of it)\n", r.label,
                    static_cast<long long>(matching), elapsed, r.goal, elapsed / r.goal);
    }
    std::printf("peak memory: %.0f MB\n", bench::peakMegabytes());
    return 0;
}
