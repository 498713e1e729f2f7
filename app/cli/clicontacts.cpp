// campaignctl contacts: the contacts of a group, one by one or as CSV files.
#include "cli.h"
#include "cliutil.h"

#include "app/services/contactimport.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "models/contactcheck.h"
#include "models/contactquery.h"
#include "models/groupstore.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <climits>

namespace cm {

const char Cli::contactsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  contacts list --group NAME [--search WORDS] [--sort FIELD[:desc]] [--limit N]\n"
        "  contacts add --group NAME [--email E] [--phone P] [--first-name T] [--last-name T] [--city T]\n"
        "               [--country CC] [--field KEY=VALUE]… [--region CC]\n"
        "  contacts delete --group NAME ADDRESS…\n"
        "  contacts import FILE --group NAME [--region CC] [--delimiter C] [--encoding NAME]\n"
        "                  [--map CSVCOLUMN=FIELD]… [--on-duplicate skip|update] [--empty-cells keep|clear]\n"
        "                  [--header auto|yes|no] [--title-line auto|yes|no] [--sheet NAME] [--report REPORT.csv]\n"
        "                  (FILE: .csv, or an Excel workbook .xlsx)\n"
        "  contacts export FILE --group NAME [--search WORDS] [--delimiter C] [--encoding NAME] [--bom]\n"
        "                  (FILE.xlsx: an Excel workbook; otherwise CSV)\n"
        "  contacts undo-import IMPORT_ID");

void Cli::contacts(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") || sub == QLatin1String("add") || sub == QLatin1String("delete"))
        return editContacts(args);
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("CC"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), {}, QStringLiteral("NAME"));
    const QCommandLineOption map(QStringLiteral("map"), {}, QStringLiteral("CSVCOLUMN=FIELD"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"), {}, QStringLiteral("skip|update"));
    const QCommandLineOption headerRow(QStringLiteral("header"), {}, QStringLiteral("auto|yes|no"));
    QString error;
    if (sub == QLatin1String("undo-import")) {
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok)
            return usage(tr("Give the import's number, as contacts import printed it."));
        if (!openWorkspace())
            return;
        ContactImportService service(m_workspace.get(), m_jobs.get());
        QString message;
        if (!service.undo(id, &message))
            return fail(message);
        print(message);
        return finish(Success);
    }
    if (sub == QLatin1String("export")) {
        const QCommandLineOption bom(QStringLiteral("bom"));
        const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("WORDS"));
        parser.addOptions({group, delimiter, encoding, bom, search});
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        if (!parser.isSet(group))
            return usage(tr("Name the group with --group."));
        CsvWriteOptions options;
        if (!readDelimiter(parser.value(delimiter), &options.delimiter))
            return usage(tr("--delimiter takes one character, such as ; or tab."));
        if (!openWorkspace())
            return;
        const auto target = groupNamed(parser.value(group));
        if (!target)
            return;
        if (parser.isSet(encoding))
            options.encoding = parser.value(encoding).toLatin1();
        options.bom = parser.isSet(bom);
        QList<qint64> ids; // with --search: the matching contacts only
        if (parser.isSet(search)) {
            if (ContactQuery::matchExpression(parser.value(search)).isEmpty())
                return usage(tr("--search needs a word: a name, an email address, a phone number or a city."));
            const ContactKeys keys = contactKeys(m_workspace->database(), {target->id, parser.value(search)});
            if (!keys.ok)
                return fail(keys.error);
            if (keys.ids.isEmpty())
                return fail(tr("No contact of “%1” matches “%2”; no file was written.")
                                    .arg(target->name, parser.value(search)));
            ids = keys.ids.toList();
        }
        const std::atomic<bool> never {false};
        const ExportReport report = ContactImportService::exportGroup(
                m_workspace->database(), target->id, parser.positionalArguments().first(), options, never,
                [](qint64, qint64) {}, ids);
        if (!report.ok)
            return fail(report.error);
        if (m_json)
            printJson({{QStringLiteral("exported"), report.exported},
                       {QStringLiteral("file"), parser.positionalArguments().first()}});
        else
            print(tr("%n contact(s) written to “%1”.", nullptr, int(qMin<qint64>(report.exported, INT_MAX)))
                          .arg(parser.positionalArguments().first()));
        return finish(Success);
    }
    if (sub != QLatin1String("import"))
        return usage(tr("Use: campaignctl contacts list|add|delete|import|export|undo-import …"));
    const QCommandLineOption reportFile(QStringLiteral("report"), {}, QStringLiteral("FILE"));
    const QCommandLineOption emptyCells(QStringLiteral("empty-cells"), {}, QStringLiteral("keep|clear"));
    const QCommandLineOption titleLine(QStringLiteral("title-line"), {}, QStringLiteral("auto|yes|no"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), {}, QStringLiteral("NAME"));
    parser.addOptions({group, region, delimiter, encoding, map, onDuplicate, headerRow, reportFile, emptyCells,
                       titleLine, sheet});
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    if (!parser.isSet(group))
        return usage(tr("Name the group with --group; it is created if it does not exist."));
    const QString duplicates = parser.value(onDuplicate);
    if (!duplicates.isEmpty() && duplicates != QLatin1String("skip") && duplicates != QLatin1String("update"))
        return usage(tr("--on-duplicate takes skip or update."));
    const QString empty = parser.value(emptyCells);
    if (!empty.isEmpty() && empty != QLatin1String("keep") && empty != QLatin1String("clear"))
        return usage(tr("--empty-cells takes keep (an empty cell leaves the field as it is) or clear."));
    if (empty == QLatin1String("clear") && duplicates != QLatin1String("update"))
        return usage(tr("--empty-cells clear changes what an update writes; use it with --on-duplicate update."));
    const QString title = parser.value(titleLine);
    if (!title.isEmpty() && title != QLatin1String("auto") && title != QLatin1String("yes")
        && title != QLatin1String("no"))
        return usage(tr("--title-line takes auto, yes or no."));
    const QString header = parser.value(headerRow);
    if (!header.isEmpty() && header != QLatin1String("auto") && header != QLatin1String("yes")
        && header != QLatin1String("no"))
        return usage(tr("--header takes auto, yes or no."));
    ImportOptions options;
    if (!readDelimiter(parser.value(delimiter), &options.csv.delimiter))
        return usage(tr("--delimiter takes one character, such as ; or tab."));
    options.filePath = parser.positionalArguments().first();
    options.region = parser.value(region); // the workspace's when not given (below, once it is open)
    options.updateDuplicates = duplicates == QLatin1String("update");
    options.emptyCellsClear = empty == QLatin1String("clear");
    options.titleLines = title == QLatin1String("yes") ? 1 : title == QLatin1String("no") ? 0 : -1;
    options.sheet = parser.value(sheet);
    options.header = header == QLatin1String("yes") ? HeaderRow::Present
            : header == QLatin1String("no")         ? HeaderRow::Absent
                                                    : HeaderRow::Detect;
    options.csv.encoding = parser.value(encoding).toLatin1();
    for (const QString &pair : parser.values(map)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(tr("--map takes CSVCOLUMN=FIELD, not “%1”.").arg(pair));
        options.mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!openWorkspace())
        return;
    if (options.region.isEmpty())
        options.region = m_workspace->phoneRegion();
    auto target = m_workspace->groups()->byName(parser.value(group));
    QString created;
    if (!target) {
        Group g;
        g.name = parser.value(group).trimmed();
        if (g.name.isEmpty())
            return usage(tr("A group needs a name."));
        if (!m_workspace->groups()->create(g))
            return fail(m_workspace->groups()->lastError().message);
        target = g;
        created = tr("Group “%1” created.").arg(g.name);
    }
    options.groupId = target->id;
    auto *service = new ContactImportService(m_workspace.get(), m_jobs.get(), this);
    Job *job = service->start(options);
    connect(job, &Job::finished, this,
            [this, job, created, reportPath = parser.value(reportFile)](bool ok, const QString &message) {
                const ImportReport report = job->property("report").value<ImportReport>();
                if (!ok)
                    return fail(message);
                QString error;
                if (!reportPath.isEmpty() && !report.writeCsv(reportPath, &error))
                    return fail(error);
                if (m_json) {
                    printJson(report.toJson());
                } else {
                    if (!created.isEmpty())
                        print(created);
                    print(tr("Import %1: %2").arg(report.importId).arg(message));
                    if (!report.headerRow)
                        print(tr("The first line holds a contact, not column names, so it was imported and the columns "
                                 "were "
                                 "numbered (%1). If it does name the columns, import again with --header yes.")
                                      .arg(report.columns.join(QStringLiteral(", "))));
                    for (const auto &[line, reason] : report.allLines())
                        print(reason);
                    print(tr("Undo it with: campaignctl contacts undo-import %1").arg(report.importId));
                }
                finish(Success);
            });
}

void Cli::editContacts(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("WORDS"));
    const QCommandLineOption sort(QStringLiteral("sort"), {}, QStringLiteral("FIELD"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption email(QStringLiteral("email"), {}, QStringLiteral("E"));
    const QCommandLineOption phone(QStringLiteral("phone"), {}, QStringLiteral("P"));
    const QCommandLineOption firstName(QStringLiteral("first-name"), {}, QStringLiteral("T"));
    const QCommandLineOption lastName(QStringLiteral("last-name"), {}, QStringLiteral("T"));
    const QCommandLineOption city(QStringLiteral("city"), {}, QStringLiteral("T"));
    const QCommandLineOption country(QStringLiteral("country"), {}, QStringLiteral("CC"));
    const QCommandLineOption field(QStringLiteral("field"), {}, QStringLiteral("KEY=VALUE"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("CC"));
    parser.addOptions({group, search, sort, limit, email, phone, firstName, lastName, city, country, field, region});
    QString error;
    if (!parseArguments(parser, args.mid(1), -1, &error))
        return usage(error);
    if (!parser.isSet(group))
        return usage(tr("Name the group with --group."));
    const QStringList positional = parser.positionalArguments();
    if (sub == QLatin1String("delete") ? positional.isEmpty() : !positional.isEmpty())
        return usage(sub == QLatin1String("delete") ? tr("Give the email addresses or phone numbers to delete.")
                                                    : tr("Unexpected argument “%1”.").arg(positional.value(0)));
    if (!openWorkspace())
        return;
    GroupStore *groups = m_workspace->groups();
    const auto target = groupNamed(parser.value(group));
    if (!target)
        return;
    const QString regionCode = parser.isSet(region) ? parser.value(region) : m_workspace->phoneRegion();

    if (sub == QLatin1String("add")) {
        Contact c;
        c.groupId = target->id;
        c.email = parser.value(email);
        c.phone = parser.value(phone);
        c.firstName = parser.value(firstName);
        c.lastName = parser.value(lastName);
        c.city = parser.value(city);
        c.country = parser.value(country);
        for (const QString &pair : parser.values(field)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage(tr("--field takes KEY=VALUE, not “%1”.").arg(pair));
            c.fields.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
        }
        const QString problem = checkContact(c, regionCode);
        if (!problem.isEmpty())
            return fail(problem);
        if (!groups->saveContact(c))
            return fail(groups->lastError().message);
        if (m_json)
            printJson({{QStringLiteral("id"), c.id},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("phone"), c.phone}});
        else
            print(tr("Contact %1 added to “%2”.").arg(c.email.isEmpty() ? c.phone : c.email, target->name));
        return finish(Success);
    }
    if (sub == QLatin1String("delete")) {
        QList<qint64> ids;
        for (const QString &address : positional) {
            Contact probe;
            (address.contains(QLatin1Char('@')) ? probe.email : probe.phone) = address;
            checkContact(probe, regionCode); // the stored form: lower case, E.164
            const auto contact
                    = groups->contactByAddress(target->id, probe.email.isEmpty() ? probe.phone : probe.email);
            if (!contact)
                return fail(tr("“%1” has no contact %2; nothing was deleted.").arg(target->name, address));
            ids.append(contact->id);
        }
        const qint64 deleted = groups->deleteContacts(ids);
        if (deleted < 0)
            return fail(groups->lastError().message);
        print(tr("%n contact(s) deleted.", nullptr, int(deleted)));
        return finish(Success);
    }

    // list
    ContactQuery query;
    query.groupId = target->id;
    query.search = parser.value(search);
    if (parser.isSet(sort)) {
        static const QHash<QString, ContactSort> fields {{QStringLiteral("email"), ContactSort::Email},
                                                         {QStringLiteral("phone"), ContactSort::Phone},
                                                         {QStringLiteral("first_name"), ContactSort::FirstName},
                                                         {QStringLiteral("last_name"), ContactSort::LastName},
                                                         {QStringLiteral("city"), ContactSort::City},
                                                         {QStringLiteral("country"), ContactSort::Country},
                                                         {QStringLiteral("id"), ContactSort::Id}};
        const QStringList parts = parser.value(sort).split(QLatin1Char(':'));
        if (!fields.contains(parts.first()) || (parts.size() > 1 && parts.at(1) != QLatin1String("desc")))
            return usage(tr("--sort takes email, phone, first_name, last_name, city, country or id, with :desc for "
                            "the reverse order."));
        query.sort = fields.value(parts.first());
        query.descending = parts.size() > 1;
    }
    bool limitOk = true;
    const int most = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : 100;
    if (!limitOk || most < 0)
        return usage(tr("--limit takes a number of contacts (0: all of them)."));
    const ContactKeys keys = contactKeys(m_workspace->database(), query);
    if (!keys.ok)
        return fail(keys.error);
    const QList<qint64> shown = keys.ids.mid(0, most > 0 ? most : -1);
    QJsonArray array;
    QList<QStringList> rows;
    for (qsizetype start = 0; start < shown.size(); start += 5000) {
        for (const Contact &c : groups->contactsByIds(shown.mid(start, 5000))) {
            if (m_json)
                array.append(QJsonObject {{QStringLiteral("id"), c.id},
                                          {QStringLiteral("email"), c.email},
                                          {QStringLiteral("phone"), c.phone},
                                          {QStringLiteral("first_name"), c.firstName},
                                          {QStringLiteral("last_name"), c.lastName},
                                          {QStringLiteral("city"), c.city},
                                          {QStringLiteral("country"), c.country},
                                          {QStringLiteral("fields"), QJsonObject::fromVariantMap(c.fields)}});
            else
                rows.append({c.email, c.phone, c.firstName, c.lastName, c.city, c.country});
        }
    }
    if (m_json) {
        printJson({{QStringLiteral("contacts"), array},
                   {QStringLiteral("matching"), keys.ids.size()},
                   {QStringLiteral("total"), keys.groupTotal}});
    } else {
        printTable({tr("EMAIL"), tr("PHONE"), tr("FIRST NAME"), tr("LAST NAME"), tr("CITY"), tr("COUNTRY")}, rows);
        if (shown.size() < keys.ids.size())
            print(tr("… %1 of %2 shown; --limit 0 shows them all.").arg(shown.size()).arg(keys.ids.size()));
    }
    finish(Success);
}

} // namespace cm
