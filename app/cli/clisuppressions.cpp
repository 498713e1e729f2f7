// campaignctl suppressions: the addresses never sent to, here and in an account's opt-out list.
#include "cli.h"
#include "cliutil.h"

#include "app/services/groupsync.h"
#include "app/services/suppressionfiles.h"
#include "app/services/workspace.h"
#include "models/suppressionstore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace cm {

const char Cli::suppressionsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  suppressions list [--search TEXT]\n"
        "  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]\n"
        "                   [--region CC]\n"
        "  suppressions remove ADDRESS…\n"
        "  suppressions import FILE [--region CC]\n"
        "  suppressions export FILE [--delimiter C] [--bom]\n"
        "  suppressions sync --account NAME     # with the account's opt-out list, both ways");

void Cli::suppressions(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption channel(QStringLiteral("channel"), {}, QStringLiteral("sms|email|voice|all"));
    const QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("REASON"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("CC"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption bom(QStringLiteral("bom"));
    const QCommandLineOption accountOption(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    parser.addOptions({search, channel, reason, region, delimiter, bom, accountOption});
    if (!QStringList {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("import"),
                      QStringLiteral("export"), QStringLiteral("sync")}
                 .contains(sub))
        return usage(tr("Use: campaignctl suppressions list|add|remove|import|export|sync …"));
    QString error;
    if (!parseArguments(parser, args.mid(1), -1, &error))
        return usage(error);
    if (sub == QLatin1String("sync")) { // with an account's opt-out list, both ways
        if (!parser.isSet(accountOption) || !parser.positionalArguments().isEmpty())
            return usage(tr("Use: campaignctl suppressions sync --account NAME"));
        if (!openWorkspace())
            return;
        const auto account = accountNamed(parser.value(accountOption));
        if (!account)
            return;
        return endWithJob(m_groupSync->syncSuppressions(account->id));
    }
    const QStringList positional = parser.positionalArguments();
    const bool oneFile = sub == QLatin1String("import") || sub == QLatin1String("export");
    if ((sub == QLatin1String("list") && !positional.isEmpty()) || (oneFile && positional.size() != 1)
        || (!oneFile && sub != QLatin1String("list") && positional.isEmpty()))
        return usage(oneFile ? tr("Give exactly one file.") : tr("Give the email addresses or phone numbers."));
    if (!openWorkspace())
        return;
    SuppressionStore *store = m_workspace->suppressions();
    const QString regionCode = parser.isSet(region) ? parser.value(region) : m_workspace->phoneRegion();

    if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
        QList<Suppression> entries;
        for (const QString &address : positional) {
            Suppression entry;
            entry.address = address;
            entry.channel = parser.value(channel);
            entry.reason = parser.value(reason);
            entry.source = tr("campaignctl");
            const QString problem = SuppressionFiles::check(entry, regionCode);
            if (!problem.isEmpty())
                return fail(problem);
            entries.append(entry);
        }
        if (sub == QLatin1String("add")) {
            const qint64 added = store->add(entries);
            if (added < 0)
                return fail(store->lastError().message);
            print(tr("%1 added, %2 listed already.").arg(added).arg(entries.size() - added));
            return finish(Success);
        }
        QList<qint64> ids;
        for (const Suppression &entry : std::as_const(entries)) {
            for (const Suppression &listed : store->list(entry.address)) {
                if (listed.address == entry.address && (!parser.isSet(channel) || listed.channel == entry.channel))
                    ids.append(listed.id);
            }
        }
        const qint64 removed = store->remove(ids);
        if (removed < 0)
            return fail(store->lastError().message);
        print(tr("%n address(es) removed from the suppression list.", nullptr, int(removed)));
        return finish(Success);
    }
    if (sub == QLatin1String("import")) {
        const std::atomic<bool> never {false};
        const SuppressionImportReport report = SuppressionFiles::importFile(m_workspace->database(), positional.first(),
                                                                            regionCode, never, [](qint64, qint64) {});
        if (!report.ok)
            return fail(report.error);
        if (m_json) {
            printJson(report.toJson());
        } else {
            print(report.summary());
            for (const auto &[line, problem] : report.invalid)
                print(problem);
        }
        return finish(Success);
    }
    if (sub == QLatin1String("export")) {
        CsvWriteOptions options;
        if (!readDelimiter(parser.value(delimiter), &options.delimiter))
            return usage(tr("--delimiter takes one character, such as ; or tab."));
        options.bom = parser.isSet(bom);
        const qint64 written
                = SuppressionFiles::exportFile(m_workspace->database(), positional.first(), options, &error);
        if (written < 0)
            return fail(error);
        print(tr("%n address(es) written to “%1”.", nullptr, int(written)).arg(positional.first()));
        return finish(Success);
    }
    const QList<Suppression> list = store->list(parser.value(search));
    if (m_json) {
        QJsonArray array;
        for (const Suppression &s : list)
            array.append(QJsonObject {{QStringLiteral("address"), s.address},
                                      {QStringLiteral("channel"), s.channel},
                                      {QStringLiteral("reason"), s.reason},
                                      {QStringLiteral("source"), s.source},
                                      {QStringLiteral("added"), jsonTime(s.createdAt)}});
        printJson({{QStringLiteral("suppressions"), array}});
    } else {
        QList<QStringList> rows;
        for (const Suppression &s : list)
            rows.append({s.address, s.channel, s.reason, s.source, jsonTime(s.createdAt)});
        printTable({tr("ADDRESS"), tr("CHANNEL"), tr("REASON"), tr("SOURCE"), tr("ADDED")}, rows);
    }
    finish(Success);
}

} // namespace cm
