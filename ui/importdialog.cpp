#include "importdialog.h"

#include "choices.h"

#include "models/xlsxreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

namespace {
const char *const fieldKeys[] = {"email", "phone", "first_name", "last_name", "city", "country"};
} // namespace

ImportDialog::ImportDialog(const QString &filePath, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_groupId(groupId)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_headerRow(new QCheckBox(tr("&First row names the columns"), this))
    , m_titleLine(new QCheckBox(tr("S&kip the first line (a title)"), this))
    , m_skip(new QRadioButton(tr("&Skip them"), this))
    , m_update(new QRadioButton(tr("&Update them with the file's values (opt-outs and blocks stay as they are)"), this))
    , m_emptyCellsClear(new QCheckBox(tr("Empty cells &clear fields"), this))
    , m_preview(new QTableWidget(this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Import “%1”").arg(QFileInfo(filePath).fileName()));
    resize(820, 520);
    m_encoding->addItem(tr("Detect"), QByteArray());
    for (const char *e :
         {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1254", "ISO-8859-9", "windows-1250", "ISO-8859-2", "windows-1252"})
        m_encoding->addItem(QLatin1String(e), QByteArray(e));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    ui::addRegions(m_region);
    m_region->setToolTip(tr("Numbers written without a country code, such as 0532 612 48 37, are read as this "
                            "country's."));
    m_skip->setChecked(true);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_emptyCellsClear->setObjectName(QStringLiteral("emptyCellsClear"));
    m_emptyCellsClear->setEnabled(false);
    m_emptyCellsClear->setToolTip(tr("Without it, an update writes only the cells that hold something: an empty cell "
                                     "leaves the contact's value as it is. Columns the file does not have are never "
                                     "touched."));
    connect(m_update, &QRadioButton::toggled, m_emptyCellsClear, &QCheckBox::setEnabled);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setAccessibleName(tr("Preview and the field of each column"));

    auto *detected = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    auto *sheetLabel = new QLabel(tr("S&heet:"), this);
    auto *regionLabel = new QLabel(tr("Phone numbers &from:"), this);
    encodingLabel->setBuddy(m_encoding);
    delimiterLabel->setBuddy(m_delimiter);
    sheetLabel->setBuddy(m_sheet);
    regionLabel->setBuddy(m_region);
    const bool workbook = XlsxReader::isWorkbook(filePath);
    for (QWidget *w : {static_cast<QWidget *>(encodingLabel), static_cast<QWidget *>(m_encoding),
                       static_cast<QWidget *>(delimiterLabel), static_cast<QWidget *>(m_delimiter)})
        w->setVisible(!workbook);
    sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    for (QWidget *w : {static_cast<QWidget *>(encodingLabel), static_cast<QWidget *>(m_encoding),
                       static_cast<QWidget *>(delimiterLabel), static_cast<QWidget *>(m_delimiter),
                       static_cast<QWidget *>(sheetLabel), static_cast<QWidget *>(m_sheet),
                       static_cast<QWidget *>(regionLabel), static_cast<QWidget *>(m_region)})
        detected->addWidget(w);
    detected->addStretch(1);
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_titleLine);
    rows->addWidget(m_headerRow);
    rows->addStretch(1);

    auto *duplicates = new QHBoxLayout;
    duplicates->addWidget(new QLabel(tr("Contacts the group has already:"), this));
    duplicates->addWidget(m_skip);
    duplicates->addWidget(m_update);
    duplicates->addWidget(m_emptyCellsClear);
    duplicates->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(detected);
    layout->addLayout(rows);
    layout->addWidget(new QLabel(tr("Choose what each column holds; the first rows are shown."), this));
    layout->addWidget(m_preview, 1);
    layout->addLayout(duplicates);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    m_titleLine->setToolTip(tr("Detected: a first line with a single cell above a line of several is a title, such "
                               "as “Customer list, November”."));
    connect(m_titleLine, &QCheckBox::clicked, this, &ImportDialog::setSkipTitle);
    m_headerRow->setToolTip(tr("Detected: a first row with an email address or a phone number in it holds a contact. "
                               "Without column names, the columns are numbered."));
    connect(m_headerRow, &QCheckBox::clicked, this, &ImportDialog::setHeaderRow);
    readPreview();
}

QString ImportDialog::layoutKey() const
{
    return QStringLiteral("import/mapping/")
            + QString::fromLatin1(
                    QCryptographicHash::hash(m_columns.join(QLatin1Char('\x1f')).toUtf8(), QCryptographicHash::Sha1)
                            .toHex()
                            .left(16));
}

void ImportDialog::readPreview()
{
    readFile();
    showPreview();
    // Nothing to import from a file that cannot be read: the reason stays on screen, Import waits for a fix (another
    // encoding, another sheet).
    m_import->setEnabled(!m_records.isEmpty() && m_problem->text().isEmpty());
}

void ImportDialog::readFile()
{
    QFile file(m_filePath);
    m_records.clear();
    m_problem->clear();
    m_note->clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("“%1” cannot be read: %2.").arg(m_filePath, file.errorString()));
        return;
    }
    CsvOptions csv;
    csv.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        csv.delimiter = delimiter.front();
    const auto reader = ContactImportService::openTable(m_filePath, csv, m_sheet->currentText(), &file);
    if (!reader->open()) {
        m_problem->setText(reader->error());
        return;
    }
    if (const auto *text = dynamic_cast<const CsvReader *>(reader.get())) {
        if (m_encoding->currentIndex() == 0)
            m_encoding->setItemText(0, tr("Detect (%1)").arg(QString::fromLatin1(text->encoding())));
        if (m_delimiter->currentIndex() == 0)
            m_delimiter->setItemText(0,
                                     text->delimiter() == QLatin1Char('\t') ? tr("Detect (tab)")
                                                                            : tr("Detect (%1)").arg(text->delimiter()));
        if (text->mixedEncoding())
            m_note->setText(ContactImportService::mixedEncodingNote(*text));
    }
    if (const auto *book = dynamic_cast<const XlsxReader *>(reader.get()); book && m_sheet->count() == 0) {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->addItems(book->sheetNames());
        m_sheet->setCurrentText(book->sheet());
    }
    // The first rows: a title line maybe, the names of the columns, and a sample to map columns by their content.
    // Kept, so that the title and header checkboxes do not read the file again.
    while (m_records.size() < 52) {
        auto record = reader->next();
        if (!record)
            break;
        m_records.append(std::move(*record));
    }
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_fields.clear();
    // The layout as the import will read it, with what the user chose over what was detected.
    const ContactImportService::Layout layout = ContactImportService::layoutOf(
            m_records, m_titleChosen ? int(m_titleLine->isChecked()) : -1,
            m_headerChosen ? (m_headerRow->isChecked() ? HeaderRow::Present : HeaderRow::Absent) : HeaderRow::Detect);
    {
        const QSignalBlocker titleBlocker(m_titleLine);
        const QSignalBlocker headerBlocker(m_headerRow);
        m_titleLine->setChecked(layout.titleLines > 0);
        m_titleLine->setText(
                m_records.isEmpty() ? tr("S&kip the first line (a title)")
                                    : tr("S&kip the first line (a title): “%1”")
                                              .arg(m_records.front().fields.join(QLatin1Char(' ')).trimmed().left(40)));
        m_headerRow->setChecked(!layout.headerless);
    }
    const bool headerless = layout.headerless;
    const QList<QStringList> &rows = layout.sample;
    m_columns = layout.columns;
    const QStringList &automatic = layout.fields;
    // Files without names have nothing to recognise them by: their fields come from their first values instead.
    const QJsonObject remembered = headerless
            ? QJsonObject()
            : QJsonDocument::fromJson(QSettings().value(layoutKey()).toByteArray()).object();
    const int shown = int(qMin<qsizetype>(rows.size(), 6));
    m_preview->setColumnCount(int(m_columns.size()));
    m_preview->setRowCount(shown + 1);
    m_preview->setHorizontalHeaderLabels(m_columns);
    const QStringList names = {tr("Email"), tr("Phone"), tr("First name"), tr("Last name"), tr("City"), tr("Country")};
    for (int c = 0; c < m_columns.size(); ++c) {
        auto *box = new QComboBox(m_preview);
        for (int k = 0; k < 6; ++k)
            box->addItem(names[k], QLatin1String(fieldKeys[k]));
        const QString custom = automatic.value(c);
        const bool known = std::any_of(std::begin(fieldKeys), std::end(fieldKeys),
                                       [&](const char *k) { return custom == QLatin1String(k); });
        if (!known)
            box->addItem(tr("Custom field “%1”").arg(custom), custom);
        box->addItem(tr("Ignore this column"), QString());
        const QString wanted = remembered.value(m_columns[c]).toString(custom);
        const int index = box->findData(wanted);
        box->setCurrentIndex(index >= 0 ? index : box->count() - 1);
        box->setAccessibleName(tr("Field of column “%1”").arg(m_columns[c]));
        m_preview->setCellWidget(0, c, box);
        m_fields.append(box);
        for (int r = 0; r < shown; ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(rows[r].value(c)));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 260));
}

bool ImportDialog::skipsTitle() const
{
    return m_titleLine->isChecked();
}

void ImportDialog::setSkipTitle(bool skip)
{
    m_titleChosen = true;
    m_titleLine->setChecked(skip);
    showPreview();
}

QString ImportDialog::note() const
{
    return m_note->text();
}

bool ImportDialog::headerRow() const
{
    return m_headerRow->isChecked();
}

void ImportDialog::setHeaderRow(bool present)
{
    m_headerChosen = true;
    m_headerRow->setChecked(present);
    showPreview();
}

QString ImportDialog::fieldOf(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields[column]->currentData().toString() : QString();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.filePath = m_filePath;
    o.groupId = m_groupId;
    o.csv.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        o.csv.delimiter = delimiter.front();
    o.region = m_region->currentData().toString();
    o.updateDuplicates = m_update->isChecked();
    o.emptyCellsClear = o.updateDuplicates && m_emptyCellsClear->isChecked();
    o.header = m_headerRow->isChecked() ? HeaderRow::Present : HeaderRow::Absent;
    o.titleLines = m_titleLine->isChecked() ? 1 : 0;
    o.sheet = m_sheet->currentText();
    for (int c = 0; c < m_columns.size(); ++c)
        o.mapping.insert(m_columns[c], fieldOf(c)); // "" ignores the column
    return o;
}

void ImportDialog::accept()
{
    if (!m_import->isEnabled())
        return; // the file cannot be read: its reason stays on screen
    QJsonObject mapping;
    for (int c = 0; c < m_columns.size(); ++c)
        mapping.insert(m_columns[c], fieldOf(c));
    const QStringList values = [&] {
        QStringList v;
        for (int c = 0; c < m_columns.size(); ++c)
            v.append(fieldOf(c));
        return v;
    }();
    if (!values.contains(QStringLiteral("email")) && !values.contains(QStringLiteral("phone"))) {
        m_problem->setText(tr("Choose the column with the email addresses or the phone numbers."));
        return;
    }
    if (m_headerRow->isChecked())
        QSettings().setValue(layoutKey(), QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    QDialog::accept();
}

void ImportDialog::setRegion(const QString &region)
{
    if (m_region->findData(region) < 0)
        m_region->addItem(ui::regionLabel(region), region);
    m_region->setCurrentIndex(m_region->findData(region));
}

} // namespace cm
