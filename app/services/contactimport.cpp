#include "contactimport.h"

#include "job.h"
#include "models/csvwriter.h"
#include "models/groupstore.h"
#include "models/importstore.h"
#include "models/suppressionstore.h"
#include "suppressionfiles.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <phonenumbers/phonenumberutil.h>

namespace cm {

Q_LOGGING_CATEGORY(lcImport, "cm.app.contactimport")

namespace {

constexpr int BatchSize = 2000;

QString simplify(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(QRegularExpression(QStringLiteral("[\\s\\-\\.]+")), QStringLiteral("_"));
    return h;
}

struct PhoneCheck
{
    QString e164;
    bool valid = false;
};

// The fast path: a number written in international form ("+90 532 612 48 37", "+48-501-234-567") is split into
// its country code and national number directly, skipping Parse()'s normalisation (most of libphonenumber's time);
// IsValidNumber() still checks it against the country's patterns. Anything else (national forms, letters,
// extensions, national numbers with a leading zero) goes through Parse().
bool splitInternational(const QString &raw, i18n::phonenumbers::PhoneNumber *number)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = raw.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+')))
        return false;
    char digits[20];
    int count = 0;
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (count == 17)
                return false;
            digits[count++] = char(c.unicode());
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.')) {
            return false; // brackets, letters, "ext": the full parser's job
        }
    }
    if (count < 8 || count > 15 || digits[0] == '0')
        return false;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    for (int length = 1; length <= 3; ++length) {
        int code = 0;
        for (int i = 0; i < length; ++i)
            code = code * 10 + (digits[i] - '0');
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        if (digits[length] == '0')
            return false; // Italian-style leading zeros need Parse()
        uint64_t national = 0;
        for (int i = length; i < count; ++i)
            national = national * 10 + uint64_t(digits[i] - '0');
        number->set_country_code(code);
        number->set_national_number(national);
        return true;
    }
    return false;
}

PhoneCheck checkPhone(const QString &raw, const std::string &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!splitInternational(raw, &number)
        && util->Parse(raw.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return {QString::fromStdString(out), true};
}

} // namespace

bool ImportReport::writeCsv(const QString &filePath, QString *error) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
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
                                      {ContactImportService::tr("invalid"), qint64(invalid.size())}})
        ok = ok && writer.writeRow({QString(), QStringLiteral("%1: %2").arg(what).arg(count)});
    for (const auto &[line, reason] : invalid)
        ok = ok && writer.writeRow({QString::number(line), reason});
    if (!ok || !file.commit()) {
        *error = ContactImportService::tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray lines;
    for (const auto &[line, reason] : invalid)
        lines.append(QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("invalid"), lines},
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

namespace {
const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s,;<>"]+@[^@\s,;<>"]+\.[^@\s,;<>"]{2,}$)"));
    return pattern;
}
} // namespace

QString ContactImportService::checkContact(Contact &c, const QString &region)
{
    c.email = c.email.trimmed().toLower();
    c.phone = c.phone.trimmed();
    if (c.email.isEmpty() && c.phone.isEmpty())
        return tr("A contact needs an email address or a phone number.");
    if (!c.email.isEmpty() && !emailPattern().match(c.email).hasMatch())
        return tr("“%1” is not an email address. Write it as name@example.com.").arg(c.email);
    if (!c.phone.isEmpty()) {
        const PhoneCheck phone = checkPhone(c.phone, region.toUpper().toStdString());
        if (!phone.valid)
            return tr("“%1” is not a phone number of %2. Write it with its country code, such as +90 532 123 45 67.")
                    .arg(c.phone, region.isEmpty() ? tr("any country") : region.toUpper());
        c.phone = phone.e164;
    }
    c.country = c.country.trimmed().toUpper();
    return {};
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
    if (emailPattern().match(value).hasMatch())
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

    const std::string region = options.region.toUpper().toStdString();
    ImportStore store(database);
    const qint64 importId = store.begin(options.groupId, QFileInfo(options.filePath).fileName());
    if (!importId) {
        report.error = store.lastError().message;
        return report;
    }
    ImportCounts counts;
    qint64 writeNanoseconds = 0;
    QSet<QString> seen; // emails and phones already in this file
    QList<Contact> batch;
    batch.reserve(BatchSize);
    const qint64 total = file.size();
    auto flush = [&] {
        QElapsedTimer writing;
        writing.start();
        const bool ok = store.apply(importId, options.groupId, batch, options.updateDuplicates, counts);
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
        QString problem;
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
            const QString key = p.contact.email.isEmpty() ? p.contact.phone : p.contact.email;
            if (seen.contains(key)) {
                ++counts.skipped; // the same contact twice in the file: the first one counts
                continue;
            }
            seen.insert(key);
            batch.append(p.contact);
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
        validation = QtConcurrent::map(validating, [&region, &regionName](Pending &p) {
            if (!p.problem.isEmpty() || p.contact.phone.isEmpty())
                return;
            const PhoneCheck phone = checkPhone(p.contact.phone, region);
            if (!phone.valid)
                p.problem = tr("Line %1: “%2” is not a valid phone number (numbers without a country code are read as "
                               "%3).")
                                    .arg(p.line)
                                    .arg(p.contact.phone, regionName);
            p.contact.phone = phone.e164;
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
        if (c.email.isEmpty() && c.phone.isEmpty())
            problem = tr("Line %1: no email address and no phone number.").arg(record->line);
        else if (!c.email.isEmpty() && !emailPattern().match(c.email).hasMatch())
            problem = tr("Line %1: “%2” is not an email address.").arg(record->line).arg(c.email);
        pending.append({record->line, c, problem});
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
    std::stable_sort(report.invalid.begin(), report.invalid.end(),
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

ExportReport ContactImportService::exportGroup(Database *database, qint64 groupId, const QString &filePath,
                                               const CsvWriteOptions &options, const std::atomic<bool> &cancel,
                                               const std::function<void(qint64, qint64)> &progress,
                                               const QList<qint64> &ids)
{
    ExportReport report;
    GroupStore groups(database);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        report.error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return report;
    }
    CsvWriter writer(&file, options);
    if (!writer.isValid()) {
        report.error = tr("The encoding “%1” is not one this computer can write. Choose another.")
                               .arg(QString::fromLatin1(options.encoding));
        return report;
    }
    const QStringList custom = groups.customFieldNames(groupId);
    QStringList header {QStringLiteral("email"),     QStringLiteral("phone"), QStringLiteral("first_name"),
                        QStringLiteral("last_name"), QStringLiteral("city"),  QStringLiteral("country")};
    header += custom;
    bool ok = writer.writeRow(header);
    const qint64 total = ids.isEmpty() ? groups.contactCount(groupId) : ids.size();
    qint64 after = 0;
    qsizetype position = 0;
    while (ok) {
        if (cancel.load()) {
            file.cancelWriting();
            report.error = tr("Export cancelled; no file was written.");
            return report;
        }
        QList<Contact> window;
        if (ids.isEmpty()) {
            window = groups.contacts(groupId, after, 5000);
        } else if (position < ids.size()) {
            window = groups.contactsByIds(ids.mid(position, 5000));
            position += 5000;
            window.removeIf([groupId](const Contact &c) { return c.groupId != groupId; }); // deleted since
            if (window.isEmpty())
                continue;
        }
        if (window.isEmpty())
            break;
        for (const Contact &c : window) {
            QStringList row {c.email, c.phone, c.firstName, c.lastName, c.city, c.country};
            for (const QString &name : custom)
                row.append(c.fields.value(name).toString());
            if (!writer.writeRow(row)) {
                ok = false;
                report.error = tr("A contact cannot be written in %1 (its text has characters that encoding lacks). "
                                  "Choose UTF-8.")
                                       .arg(QString::fromLatin1(options.encoding));
                break;
            }
            ++report.exported;
        }
        after = window.constLast().id;
        progress(report.exported, total);
    }
    if (!ok || !file.commit()) {
        if (report.error.isEmpty())
            report.error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return report;
    }
    report.ok = true;
    return report;
}

ContactImportService::ContactImportService(Workspace *workspace, JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_jobs(jobs)
{ }

namespace {

using Progress = std::function<void(qint64 done, qint64 total)>;

// Runs `work` on a worker thread for `job`: Cancel reaches it through the flag, its progress reaches the job on the
// job's thread, its database connection ends with it, and `done` gets the result back on the job's thread.
template<typename Report>
void runInBackground(Job *job, Database *database,
                     std::function<Report(const std::atomic<bool> &cancel, const Progress &progress)> work,
                     std::function<void(const Report &report)> done)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(job, &Job::cancelRequested, job, [cancel] { cancel->store(true); });
    QPointer<Job> guard(job);
    auto *watcher = new QFutureWatcher<Report>(job);
    QObject::connect(watcher, &QFutureWatcher<Report>::finished, job, [watcher, done] { done(watcher->result()); });
    watcher->setFuture(QtConcurrent::run([database, work, cancel, guard] {
        const Report report = work(*cancel, [guard](qint64 amount, qint64 total) {
            QMetaObject::invokeMethod(
                    guard,
                    [guard, amount, total] {
                        if (guard)
                            guard->setProgress(amount, total);
                    },
                    Qt::QueuedConnection);
        });
        database->releaseThreadConnection(); // the worker thread's connection ends with the work
        return report;
    }));
}

} // namespace

Job *ContactImportService::start(const ImportOptions &options)
{
    auto *job = new Job(tr("Importing “%1”").arg(QFileInfo(options.filePath).fileName()), this);
    job->setUnit(tr("rows"));
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<ImportReport>(
            job, database,
            [database, options](const std::atomic<bool> &cancel, const Progress &progress) {
                return run(database, options, cancel, progress);
            },
            [this, job, groupId = options.groupId](const ImportReport &report) {
                job->setProperty("report", QVariant::fromValue(report));
                if (report.ok)
                    m_workspace->groups()->announceContactsChanged(groupId);
                job->finish(report.ok,
                            report.ok ? tr("%1 new, %2 updated, %3 skipped, %4 invalid.")
                                                .arg(report.imported)
                                                .arg(report.updated)
                                                .arg(report.skipped)
                                                .arg(report.invalid.size())
                                      : report.error);
            });
    return job;
}

Job *ContactImportService::startExport(qint64 groupId, const QString &filePath, const CsvWriteOptions &options,
                                       const QList<qint64> &ids)
{
    auto *job = new Job(tr("Exporting to “%1”").arg(QFileInfo(filePath).fileName()), this);
    job->setUnit(tr("contacts"));
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<ExportReport>(
            job, database,
            [database, groupId, filePath, options, ids](const std::atomic<bool> &cancel, const Progress &progress) {
                return exportGroup(database, groupId, filePath, options, cancel, progress, ids);
            },
            [job, filePath](const ExportReport &report) {
                job->finish(report.ok,
                            report.ok ? tr("%n contact(s) written to “%1”.", nullptr,
                                           int(qMin<qint64>(report.exported, INT_MAX)))
                                                .arg(filePath)
                                      : report.error);
            });
    return job;
}

Job *ContactImportService::startSuppressionImport(const QString &filePath, const QString &region)
{
    auto *job = new Job(tr("Importing the suppression list “%1”").arg(QFileInfo(filePath).fileName()), this);
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<SuppressionImportReport>(
            job, database,
            [database, filePath, region](const std::atomic<bool> &cancel, const Progress &progress) {
                return SuppressionFiles::importFile(database, filePath, region, cancel, progress);
            },
            [this, job](const SuppressionImportReport &report) {
                job->setProperty("report", QVariant::fromValue(report));
                if (report.ok)
                    emit m_workspace->suppressions()->changed();
                job->finish(report.ok, report.ok ? report.summary() : report.error);
            });
    return job;
}

Job *ContactImportService::startSuppressionExport(const QString &filePath, const CsvWriteOptions &options)
{
    auto *job = new Job(tr("Exporting the suppression list to “%1”").arg(QFileInfo(filePath).fileName()), this);
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<ExportReport>(
            job, database,
            [database, filePath, options](const std::atomic<bool> &, const Progress &) {
                ExportReport report;
                report.exported = SuppressionFiles::exportFile(database, filePath, options, &report.error);
                report.ok = report.exported >= 0;
                return report;
            },
            [job, filePath](const ExportReport &report) {
                job->finish(report.ok,
                            report.ok ? tr("%n address(es) written to “%1”.", nullptr,
                                           int(qMin<qint64>(report.exported, INT_MAX)))
                                                .arg(filePath)
                                      : report.error);
            });
    return job;
}

bool ContactImportService::undo(qint64 importId, QString *message)
{
    ImportStore store(m_workspace->database());
    qint64 groupId = 0;
    if (!store.undo(importId, &groupId)) {
        *message = store.lastError().message;
        return false;
    }
    m_workspace->groups()->announceContactsChanged(groupId);
    *message = tr("Import %1 undone: what it added is gone, what it changed is as it was.").arg(importId);
    return true;
}

} // namespace cm
