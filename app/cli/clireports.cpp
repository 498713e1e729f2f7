// campaignctl reports: what came of a campaign, compared with others, exported, and its recipients regrouped.
#include "cli.h"
#include "cliutil.h"

#include "app/services/job.h"
#include "app/services/reportfiles.h"
#include "app/services/reportservice.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace cm {

const char Cli::reportsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  reports show NAME [--refresh] [--variants]  # --variants: an A/B test's variants side by side\n"
        "  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links\n"
        "  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP\n"
        "  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost");

void Cli::reports(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption refresh(QStringLiteral("refresh"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption bom(QStringLiteral("bom"));
    QString error;
    if (args.value(0) == QLatin1String("compare")) {
        if (!parseArguments(parser, args.mid(1), -1, &error) || parser.positionalArguments().isEmpty())
            return usage(tr("Use: campaignctl reports compare NAME [NAME…]"));
        if (!openWorkspace())
            return;
        QList<qint64> ids;
        for (const QString &name : parser.positionalArguments()) {
            const auto campaign = campaignNamed(name);
            if (!campaign)
                return;
            ids.append(campaign->id);
        }
        const auto orNull = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        const auto percent = [this](const std::optional<double> &v, const QString &provider) {
            return v ? QStringLiteral("%1%").arg(*v * 100, 0, 'f', 1) : tr("not reported by %1").arg(provider);
        };
        QJsonArray array;
        QList<QStringList> rows;
        for (const ReportService::Comparison &c : ReportService::compare(m_workspace.get(), ids)) {
            array.append(QJsonObject {{QStringLiteral("campaign"), c.campaign},
                                      {QStringLiteral("account"), c.account},
                                      {QStringLiteral("channel"), channelKey(c.channel)},
                                      {QStringLiteral("sent"), c.sent},
                                      {QStringLiteral("delivery_rate"), orNull(c.delivery)},
                                      {QStringLiteral("open_rate"), orNull(c.open)},
                                      {QStringLiteral("click_rate"), orNull(c.click)},
                                      {QStringLiteral("bounce_rate"), orNull(c.bounce)},
                                      {QStringLiteral("unsubscribe_rate"), orNull(c.unsubscribe)},
                                      {QStringLiteral("cost_per_delivered"), orNull(c.costPerDelivered)},
                                      {QStringLiteral("currency"), c.currency}});
            rows.append({c.campaign, c.account, QString::number(c.sent), percent(c.delivery, c.provider),
                         percent(c.open, c.provider), percent(c.click, c.provider), percent(c.bounce, c.provider),
                         percent(c.unsubscribe, c.provider),
                         c.costPerDelivered
                                 ? QStringLiteral("%1 %2").arg(*c.costPerDelivered, 0, 'f', 4).arg(c.currency)
                                 : tr("not reported by %1").arg(c.provider)});
        }
        if (m_json)
            printJson({{QStringLiteral("campaigns"), array}});
        else
            printTable({tr("CAMPAIGN"), tr("ACCOUNT"), tr("SENT"), tr("DELIVERY"), tr("OPEN"), tr("CLICK"),
                        tr("BOUNCE"), tr("UNSUBSCRIBE"), tr("COST/DELIVERED")},
                       rows);
        return finish(Success);
    }
    if (args.value(0) == QLatin1String("retarget")) {
        const QCommandLineOption who(QStringLiteral("who"), {}, QStringLiteral("STATE_OR_EVENT"));
        const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NEW_GROUP"));
        parser.addOptions({who, group});
        if (!parseArguments(parser, args.mid(1), 1, &error) || !parser.isSet(group))
            return usage(tr("Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP"));
        const auto filter = RecipientFilter::fromKey(parser.value(who));
        if (!filter)
            return usage(tr("--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what "
                            "they did (opened, clicked, unsubscribed, complained)."));
        if (!openWorkspace())
            return;
        const QString name = parser.positionalArguments().first();
        const auto campaign = campaignNamed(name);
        if (!campaign)
            return;
        Group created;
        created.name = parser.value(group).trimmed();
        const QList<qint64> ids = m_workspace->campaigns()->recipientContactIds(campaign->id, *filter);
        const qint64 copied = ids.isEmpty() ? 0 : m_workspace->groups()->createWithContacts(created, ids);
        if (copied < 0)
            return fail(m_workspace->groups()->lastError().message);
        if (m_json)
            printJson({{QStringLiteral("group"), created.name}, {QStringLiteral("contacts"), copied}});
        else if (copied == 0)
            print(tr("No contact in the workspace matches this filter."));
        else
            print(tr("Group “%1” made with %n contact(s); send them a follow-up from Campaigns.", nullptr, int(copied))
                          .arg(created.name));
        return finish(Success);
    }
    if (args.value(0) == QLatin1String("export")) {
        parser.addOptions({delimiter, bom});
        if (!parseArguments(parser, args.mid(1), 2, &error))
            return usage(tr("Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]"));
        CsvWriteOptions options;
        if (!readDelimiter(parser.value(delimiter), &options.delimiter))
            return usage(tr("--delimiter takes one character, such as ; or tab."));
        options.bom = parser.isSet(bom);
        if (!openWorkspace())
            return;
        const QString name = parser.positionalArguments().at(0);
        const auto campaign = campaignNamed(name);
        if (!campaign)
            return;
        const qint64 written = ReportFiles::exportRecipients(m_workspace->database(), campaign->id,
                                                             parser.positionalArguments().at(1), options, &error);
        if (written < 0)
            return fail(error);
        if (m_json)
            printJson({{QStringLiteral("recipients"), written}});
        else
            print(tr("%n recipient(s) of “%1” written to “%2”.", nullptr, int(written))
                          .arg(name, parser.positionalArguments().at(1)));
        return finish(Success);
    }
    parser.addOption(refresh);
    const QCommandLineOption variants(QStringLiteral("variants"));
    parser.addOption(variants);
    if (args.value(0) != QLatin1String("show"))
        return usage(tr("Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …"));
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const QString name = parser.positionalArguments().first();
    const auto campaign = campaignNamed(name);
    if (!campaign)
        return;
    if (parser.isSet(variants))
        return showVariants(*campaign, parser.isSet(refresh));

    auto show = [this, campaign] {
        const auto snapshot = m_workspace->campaigns()->latestSnapshot(campaign->id);
        if (!snapshot)
            return fail(tr("“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.")
                                .arg(campaign->name));
        const CampaignStats &stats = snapshot->stats;
        if (m_json) {
            QJsonObject object = stats.toJson();
            object.insert(QStringLiteral("campaign"), campaign->name);
            printJson(object);
            return finish(Success);
        }
        const auto account = m_workspace->accounts()->byId(campaign->accountId);
        const QString provider = account ? m_workspace->providers().displayName(account->provider) : QString();
        QList<QStringList> rows;
        for (int i = 0; i < CampaignStats::CounterCount; ++i) {
            const auto counter = CampaignStats::Counter(i);
            rows.append({CampaignStats::counterName(counter),
                         stats.isReported(counter) ? QString::number(stats.value(counter))
                                                   : tr("not reported by %1").arg(provider)});
        }
        rows.append({tr("Cost"),
                     stats.cost ? QStringLiteral("%1 %2").arg(*stats.cost, 0, 'f', 2).arg(stats.currency)
                                : tr("not reported by %1").arg(provider)});
        print(tr("%1, updated %2").arg(campaign->name, stats.takenAt.toLocalTime().toString(Qt::ISODate)));
        printTable({tr("COUNTER"), tr("VALUE")}, rows);
        finish(Success);
    };
    if (!parser.isSet(refresh))
        return show();
    Job *job = m_reportService->refresh(campaign->id);
    connect(job, &Job::finished, this, [this, show](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        show();
    });
}

} // namespace cm
