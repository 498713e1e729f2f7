#include "contactimport.h"

#include "models/contactcheck.h"
#include "models/csvwriter.h"
#include "models/importstore.h"
#include "models/phone.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrentMap>

namespace cm {

Q_LOGGING_CATEGORY(lcImport, "cm.app.contactimport")

namespace {

constexpr int BatchSize = 2000;
// Where an address that is not one goes when the row has another that is: kept as written, for the user to fix.
const QString PhoneAsWritten = QStringLiteral("phone_as_written");
const QString EmailAsWritten = QStringLiteral("email_as_written");

QString simplify(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(QRegularExpression(QStringLiteral("[\\s\\-\\.]+")), QStringLiteral("_"));
    return h;
}

} // namespace

bool ImportReport::writeCsv(const QString &filePath, QString *error) const
{
    QSaveFile file(filePath);
    if (!openPrivately(file)) {
        *error = ContactImportService::tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return false;
    }
    CsvWriteOptions options;
    options.bom = true; // Excel reads UTF-8 only with a BOM
    CsvWriter writer(&file, options);
    bool ok = writer.writeRow({ContactImportService::tr("line"), ContactImportService::tr("reason")});
    for (const auto &[what, count] : {std::pair {ContactImportService::tr("imported"), imported},
                                      {ContactImportService::tr("updated"), updated},
                                      {ContactImportService::tr("skipped"), skipped},
                                      {ContactImportService::tr("invalid"), qint64(invalid.size())},
                                      {ContactImportService::tr("with a warning"), qint64(warnings.size())}})
        ok = ok && writer.writeRow({QString(), QStringLiteral("%1: %2").arg(what).arg(count)});
    for (const auto &[line, reason] : invalid + skippedLines + warnings)
        ok = ok && writer.writeRow({QString::number(line), reason});
    if (!ok || !file.commit()) {
        *error = ContactImportService::tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

QJsonObject ImportReport::toJson() const
{
    const auto lines = [](const QList<QPair<qint64, QString>> &list) {
        QJsonArray array;
        for (const auto &[line, reason] : list)
            array.append(QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
        return array;
    };
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("invalid"), lines(invalid)},
            {QStringLiteral("warnings"), lines(warnings)},
            {QStringLiteral("skipped_lines"), lines(skippedLines)},
            {QStringLiteral("import_id"), importId},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("header_row"), headerRow},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
}

QString ContactImportService::fieldForHeader(const QString &header)
{
    static const QHash<QString, QString> known = [] {
        QHash<QString, QString> map;
        auto add = [&map](const char *field, std::initializer_list<const char *> names) {
            for (const char *n : names)
                map.insert(QString::fromUtf8(n), QLatin1String(field));
        };
        add("email",
            {"email", "e_mail", "e_posta", "eposta", "mail", "correo", "correo_electrónico", "correo_electronico",
             "adres_e_mail", "e_mail_address", "email_address"});
        add("phone",
            {"phone", "telephone", "mobile", "mobile_phone", "cell", "gsm", "msisdn", "telefon", "cep", "cep_telefonu",
             "cep_tel", "teléfono", "telefono", "móvil", "movil", "numer_telefonu", "tel", "phone_number", "komórka"});
        add("first_name",
            {"first_name", "firstname", "first", "given_name", "name", "ad", "adı", "isim", "nombre", "imię", "imie"});
        add("last_name",
            {"last_name", "lastname", "surname", "family_name", "soyad", "soyadı", "soyadi", "apellido", "apellidos",
             "nazwisko"});
        add("city", {"city", "town", "şehir", "sehir", "il", "ciudad", "miasto", "localidad"});
        add("country", {"country", "ülke", "ulke", "país", "pais", "kraj"});
        return map;
    }();
    const QString simple = simplify(header);
    return known.value(simple, simple);
}

bool ContactImportService::looksLikeData(const QStringList &firstRow)
{
    return std::any_of(firstRow.cbegin(), firstRow.cend(), [](const QString &cell) {
        const QString value = automaticField(QString(), cell, true);
        return value == QLatin1String("email") || value == QLatin1String("phone");
    });
}

QStringList ContactImportService::numberedColumns(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 1; i <= count; ++i)
        names.append(tr("Column %1").arg(i));
    return names;
}

QString ContactImportService::automaticField(const QString &column, const QString &firstValue, bool headerless)
{
    if (!headerless)
        return fieldForHeader(column);
    const QString value = CsvWriter::unneutralise(firstValue.trimmed());
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\d\s().\-/]{7,24}$)"));
    if (isEmailAddress(value))
        return QStringLiteral("email");
    if (phone.match(value).hasMatch()
        && std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }) >= 7)
        return QStringLiteral("phone");
    return column.isEmpty() ? QString() : fieldForHeader(column);
}

ImportReport ContactImportService::run(Database *database, const ImportOptions &options,
                                       const std::atomic<bool> &cancel,
                                       const std::function<void(qint64, qint64)> &progress)
{
    ImportReport report;
    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("“%1” cannot be read: %2.").arg(options.filePath, file.errorString());
        return report;
    }
    CsvReader reader(&file, options.csv);
    if (!reader.open()) {
        report.error = tr("“%1”: %2").arg(QFileInfo(options.filePath).fileName(), reader.error());
        return report;
    }
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    std::optional<CsvRecord> record = reader.next();
    if (!record || !record->error.isEmpty()) {
        report.error = record ? record->error : tr("The file is empty.");
        return report;
    }
    const bool headerless = options.header == HeaderRow::Absent
            || (options.header == HeaderRow::Detect && looksLikeData(record->fields));
    report.headerRow = !headerless;
    report.columns = headerless ? numberedColumns(record->fields.size()) : record->fields;
    QList<QString> fields;
    for (qsizetype i = 0; i < report.columns.size(); ++i) {
        const QString &column = report.columns.at(i);
        fields.append(options.mapping.contains(column) ? options.mapping.value(column)
                                                       : automaticField(column, record->fields.at(i), headerless));
    }
    if (!headerless)
        record = reader.next(); // the first row named the columns; the data starts after it
    report.mappedTo = fields;
    if (!fields.contains(QStringLiteral("email")) && !fields.contains(QStringLiteral("phone"))) {
        report.error = tr("No column holds email addresses or phone numbers. Name one with --map COLUMN=email or "
                          "COLUMN=phone (columns: %1).")
                               .arg(report.columns.join(QStringLiteral(", ")));
        return report;
    }

    ImportStore store(database);
    const qint64 importId = store.begin(options.groupId, QFileInfo(options.filePath).fileName());
    if (!importId) {
        report.error = store.lastError().message;
        return report;
    }
    ImportCounts counts;
    qint64 writeNanoseconds = 0;
    QHash<QString, qint64> seen; // emails and phones already in this file, with their first line
    QList<Contact> batch;
    QList<qint64> batchLines; // the line of each contact of the batch
    batch.reserve(BatchSize);
    // A phone another person has (a switchboard, a family landline): the person is kept, without it (ImportStore).
    const auto sharedPhoneWarning = [](qint64 line, const QString &phone) {
        return tr("Line %1: another contact of the group has the phone number %2 (a shared line?); this one is "
                  "imported by the email address, the number kept in the field %3.")
                .arg(line)
                .arg(phone, ImportStore::SharedPhoneField);
    };
    const qint64 total = file.size();
    auto flush = [&] {
        QElapsedTimer writing;
        writing.start();
        ImportStore::Notes notes;
        const bool ok = store.apply(importId, options.groupId, batch, options.updateDuplicates, counts, &notes);
        for (const qsizetype i : std::as_const(notes.sharedPhone))
            report.warnings.append({batchLines.at(i), sharedPhoneWarning(batchLines.at(i), batch.at(i).phone)});
        for (const qsizetype i : std::as_const(notes.known))
            report.skippedLines.append(
                    {batchLines.at(i),
                     tr("Line %1: in the group already (the same email address or phone number); skipped. Import "
                        "with duplicates updated to change it.")
                             .arg(batchLines.at(i))});
        for (const qsizetype i : std::as_const(notes.phoneTaken))
            report.skippedLines.append({batchLines.at(i),
                                        tr("Line %1: not updated: its phone number %2 is another contact's.")
                                                .arg(batchLines.at(i))
                                                .arg(batch.at(i).phone)});
        batchLines.clear();
        writeNanoseconds += writing.nsecsElapsed();
        batch.clear();
        // Rows so far, of about as many as the bytes read so far say the whole file has.
        const qint64 rows = counts.imported + counts.updated + counts.skipped + report.invalid.size();
        progress(rows, reader.bytesRead() > 0 ? qMax(rows, rows * total / reader.bytesRead()) : 0);
        return ok;
    };
    // Rows wait here until a batch is full; then their phone numbers are checked on the other core while this
    // thread reads the next batch and writes the one before (libphonenumber is the biggest cost after the
    // database). Batches are de-duplicated and written in file order.
    struct Pending
    {
        qint64 line = 0;
        Contact contact;
        QString problem; // not imported
        QString warning; // imported, with an address kept aside
    };
    QList<Pending> pending;    // being read
    QList<Pending> validating; // being checked
    QFuture<void> validation;
    const auto waitForValidation = qScopeGuard([&validation] { validation.waitForFinished(); }); // on every return
    pending.reserve(BatchSize);
    const QString regionName = options.region.toUpper();
    // Waits for the batch being checked, then de-duplicates and writes it.
    auto drain = [&] {
        validation.waitForFinished();
        for (const Pending &p : std::as_const(validating)) {
            if (!p.problem.isEmpty()) {
                report.invalid.append({p.line, p.problem});
                continue;
            }
            if (!p.warning.isEmpty())
                report.warnings.append({p.line, p.warning});
            const QString key = p.contact.email.isEmpty() ? p.contact.phone : p.contact.email;
            if (const auto first = seen.constFind(key); first != seen.cend()) {
                ++counts.skipped; // the same contact twice in the file: the first one counts
                report.skippedLines.append(
                        {p.line,
                         tr("Line %1: the same person as line %2 of this file; skipped.").arg(p.line).arg(*first)});
                continue;
            }
            seen.insert(key, p.line);
            batch.append(p.contact);
            batchLines.append(p.line);
            if (batch.size() >= BatchSize && !flush())
                return false;
        }
        validating.clear();
        return true;
    };
    // Hands the batch read to the checkers, after writing the one they had.
    auto settle = [&] {
        if (!drain())
            return false;
        validating.swap(pending);
        validation = QtConcurrent::map(validating, [&regionName](Pending &p) {
            if (!p.problem.isEmpty() || p.contact.phone.isEmpty())
                return;
            const QString e164 = normalisePhone(p.contact.phone, regionName);
            if (!e164.isEmpty()) {
                p.contact.phone = e164;
                return;
            }
            const QString why = tr("Line %1: “%2” is not a valid phone number (numbers without a country code are "
                                   "read as %3).")
                                        .arg(p.line)
                                        .arg(p.contact.phone, regionName);
            if (p.contact.email.isEmpty()) {
                // No usable address at all.
                p.problem = p.warning.isEmpty() ? why
                                                : why + QLatin1Char(' ')
                                + tr("The email address was not one either: the line has no usable address.");
                p.warning.clear();
                return;
            }
            // A person with an email is imported by it; the number stays as written, for the user to fix.
            p.contact.fields.insert(PhoneAsWritten, p.contact.phone);
            p.contact.phone.clear();
            p.warning = tr("%1 Imported by the email address; the number is kept as written in the field %2.")
                                .arg(why, PhoneAsWritten);
        });
        return true;
    };
    for (; record; record = reader.next()) {
        if (cancel.load()) {
            store.abort();
            report.cancelled = true;
            report.error = tr("Import cancelled; the group was left as it was.");
            return report;
        }
        if (!record->error.isEmpty()) {
            report.invalid.append({record->line, record->error});
            continue;
        }
        if (record->fields.size() > fields.size()) {
            const bool extraValues = std::any_of(record->fields.cbegin() + fields.size(), record->fields.cend(),
                                                 [](const QString &f) { return !f.trimmed().isEmpty(); });
            if (extraValues) {
                report.invalid.append({record->line,
                                       tr("Line %1: %2 fields, but the header has %3.")
                                               .arg(record->line)
                                               .arg(record->fields.size())
                                               .arg(fields.size())});
                continue;
            }
        }
        Contact c;
        for (qsizetype i = 0; i < fields.size() && i < record->fields.size(); ++i) {
            // A cell our export neutralised ('+90…, '=…) comes back as it was.
            const QString value = CsvWriter::unneutralise(record->fields.at(i).trimmed());
            const QString &field = fields.at(i);
            if (field.isEmpty() || value.isEmpty())
                continue;
            if (field == QLatin1String("email"))
                c.email = value.toLower();
            else if (field == QLatin1String("phone"))
                c.phone = value;
            else if (field == QLatin1String("first_name"))
                c.firstName = value;
            else if (field == QLatin1String("last_name"))
                c.lastName = value;
            else if (field == QLatin1String("city"))
                c.city = value;
            else if (field == QLatin1String("country"))
                c.country = value.toUpper();
            else
                c.fields.insert(field, value);
        }
        QString problem;
        QString warning;
        if (c.email.isEmpty() && c.phone.isEmpty()) {
            problem = tr("Line %1: no email address and no phone number.").arg(record->line);
        } else if (!c.email.isEmpty() && !isEmailAddress(c.email)) {
            const QString why = tr("Line %1: “%2” is not an email address.").arg(record->line).arg(c.email);
            if (c.phone.isEmpty()) {
                problem = why;
            } else {
                // A person with a phone number is imported by it (once the number checks out); the address stays
                // as written, for the user to fix.
                c.fields.insert(EmailAsWritten, c.email);
                c.email.clear();
                warning = tr("%1 Imported by the phone number; the address is kept as written in the field %2.")
                                  .arg(why, EmailAsWritten);
            }
        }
        pending.append({record->line, c, problem, warning});
        if (pending.size() >= BatchSize && !settle()) {
            report.error = store.lastError().message;
            store.abort();
            return report;
        }
    }
    if (!settle() || !drain() || (!batch.isEmpty() && !flush())) {
        report.error = store.lastError().message;
        store.abort();
        return report;
    }
    for (auto *list : {&report.invalid, &report.warnings, &report.skippedLines})
        std::stable_sort(list->begin(), list->end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; }); // by line
    QJsonArray invalid;
    for (const auto &[line, reason] : std::as_const(report.invalid))
        invalid.append(QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    QElapsedTimer finishing;
    finishing.start();
    if (!store.finish(importId, counts, report.invalid.size(), QJsonDocument(invalid).toJson(QJsonDocument::Compact))) {
        report.error = store.lastError().message;
        return report;
    }
    report.ok = true;
    report.writeMs = writeNanoseconds / 1000000;
    report.finishMs = finishing.elapsed();
    report.importId = importId;
    report.imported = counts.imported;
    report.updated = counts.updated;
    report.skipped = counts.skipped;
    qCInfo(lcImport) << "import" << importId << "done:" << counts.imported << "new," << counts.updated << "updated,"
                     << counts.skipped << "skipped," << report.invalid.size() << "invalid;"
                     << writeNanoseconds / 1000000 << "ms writing rows," << finishing.elapsed()
                     << "ms indexing and committing";
    return report;
}

} // namespace cm
