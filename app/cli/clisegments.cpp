// campaignctl segments: saved rules over contacts, the audiences of campaigns beside groups.
#include "cli.h"
#include "cliutil.h"

#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace cm {

const char Cli::segmentsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  segments create NAME --rule RULE    # e.g. --rule 'country = ES and not opened \"March newsletter\"'\n"
        "  segments edit NAME [--rule RULE] [--name NEW]\n"
        "  segments list\n"
        "  segments show NAME [--limit N]     # the rule, the count and the first matching contacts\n"
        "  segments count NAME\n"
        "  segments delete NAME\n"
        "  segments export NAME FILE [--delimiter C] [--bom]   # the contacts that match now: CSV, or .xlsx\n"
        "The rule language is described in the README and in the guide (Groups).");

void Cli::segments(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption rule(QStringLiteral("rule"), {}, QStringLiteral("RULE"));
    const QCommandLineOption rename(QStringLiteral("name"), {}, QStringLiteral("NEW"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption bom(QStringLiteral("bom"));
    parser.addOptions({rule, rename, limit, delimiter, bom});
    const QStringList subs {QStringLiteral("create"), QStringLiteral("edit"),  QStringLiteral("list"),
                            QStringLiteral("show"),   QStringLiteral("count"), QStringLiteral("delete"),
                            QStringLiteral("export")};
    if (!subs.contains(sub))
        return usage(tr("Use: campaignctl segments create|edit|list|show|count|delete|export …"));
    QString error;
    const bool list = sub == QLatin1String("list");
    const bool exporting = sub == QLatin1String("export");
    if (!parseArguments(parser, args.mid(1), list ? 0 : exporting ? 2 : 1, &error))
        return usage(error);
    CsvWriteOptions options;
    if (!readDelimiter(parser.value(delimiter), &options.delimiter))
        return usage(tr("--delimiter takes one character, such as ; or tab."));
    options.bom = parser.isSet(bom);
    if (sub == QLatin1String("create") && !parser.isSet(rule))
        return usage(tr("Give the segment's rule: --rule 'country = ES and opened any campaign'."));
    bool limitOk = true;
    const int most = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : 10;
    if (!limitOk || most < 0)
        return usage(tr("--limit takes a number of contacts."));
    if (!openWorkspace())
        return;
    SegmentStore *store = m_workspace->segments();

    if (list) {
        const QList<Segment> all = store->segments();
        QJsonArray array;
        for (const Segment &s : all) {
            array.append(QJsonObject {{QStringLiteral("name"), s.name}, {QStringLiteral("rule"), s.rule}});
            if (!m_json)
                print(QStringLiteral("%1\t%2").arg(s.name, s.rule));
        }
        if (m_json)
            printJson({{QStringLiteral("segments"), array}});
        else if (all.isEmpty())
            print(tr("No segments yet. Create one with campaignctl segments create NAME --rule RULE."));
        return finish(Success);
    }
    const QString name = parser.positionalArguments().first();
    if (sub == QLatin1String("create")) {
        Segment segment;
        segment.name = name;
        segment.rule = parser.value(rule);
        if (!store->save(segment))
            return fail(store->lastError().message);
        const auto compiled = store->compile(segment.rule, nullptr);
        const qint64 matching = compiled ? store->count(*compiled) : -1;
        print(tr("Segment “%1” created: %n contact(s) match it now.", nullptr, int(matching)).arg(segment.name));
        return finish(Success);
    }
    auto segment = store->byName(name);
    if (!segment)
        return fail(tr("There is no segment named “%1”. See campaignctl segments list.").arg(name));
    if (sub == QLatin1String("delete")) {
        if (!store->remove(segment->id))
            return fail(store->lastError().message);
        print(tr("Segment “%1” deleted.").arg(segment->name));
        return finish(Success);
    }
    if (sub == QLatin1String("edit")) {
        if (parser.isSet(rule))
            segment->rule = parser.value(rule);
        if (parser.isSet(rename))
            segment->name = parser.value(rename);
        if (!store->save(*segment))
            return fail(store->lastError().message);
        print(tr("Segment “%1” saved.").arg(segment->name));
        return finish(Success);
    }
    SegmentRuleError ruleError;
    const auto compiled = store->compile(segment->rule, &ruleError);
    if (!compiled)
        return fail(tr("The rule of “%1” no longer reads: %2").arg(segment->name, ruleError.message));
    QString countError;
    const qint64 matching = store->count(*compiled, nullptr, &countError);
    if (matching < 0)
        return fail(tr("The segment “%1” cannot be counted: %2").arg(segment->name, countError));
    if (exporting) {
        QString idsError;
        const auto ids = store->contactIds(*compiled, 0, 0, &idsError);
        if (!ids)
            return fail(tr("The segment “%1” cannot be counted: %2").arg(segment->name, idsError));
        const QString path = parser.positionalArguments().at(1);
        const std::atomic<bool> never {false};
        const ExportReport report = ContactImportService::exportGroup(
                m_workspace->database(), 0, path, options, never, [](qint64, qint64) {}, *ids);
        if (!report.ok)
            return fail(report.error);
        print(tr("%n contact(s) written to “%1”.", nullptr, int(qMin<qint64>(report.exported, INT_MAX))).arg(path));
        return finish(Success);
    }
    if (sub == QLatin1String("count")) {
        if (m_json)
            printJson({{QStringLiteral("name"), segment->name}, {QStringLiteral("contacts"), matching}});
        else
            print(QString::number(matching));
        return finish(Success);
    }
    // show: the rule, the count and the first matching contacts
    const QList<Contact> first = most > 0
            ? m_workspace->groups()->contactsByIds(store->contactIds(*compiled, 0, most).value_or(QList<qint64>()))
            : QList<Contact>();
    QJsonArray contacts;
    for (const Contact &c : first) {
        contacts.append(QJsonObject {{QStringLiteral("email"), c.email},
                                     {QStringLiteral("phone"), c.phone},
                                     {QStringLiteral("first_name"), c.firstName},
                                     {QStringLiteral("last_name"), c.lastName},
                                     {QStringLiteral("country"), c.country}});
    }
    if (m_json) {
        printJson({{QStringLiteral("name"), segment->name},
                   {QStringLiteral("rule"), segment->rule},
                   {QStringLiteral("contacts"), matching},
                   {QStringLiteral("first"), contacts}});
        return finish(Success);
    }
    print(tr("Segment “%1”: %2").arg(segment->name, segment->rule));
    print(tr("%n contact(s) match it now.", nullptr, int(matching)));
    for (const Contact &c : first)
        print(QStringLiteral("  %1\t%2\t%3 %4").arg(c.email, c.phone, c.firstName, c.lastName).trimmed());
    return finish(Success);
}

} // namespace cm
