// Importing a CSV file or an Excel workbook's sheet into a group: what was detected (encoding, delimiter, a title
// line, the header; all can be changed), a preview of the first rows with a field chosen for each column (by the
// header's meaning or the cells' content; remembered for files with the same columns), the default region for phone
// numbers and what to do with contacts the group has already.
#pragma once

#include "app/services/contactimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace cm {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &filePath, qint64 groupId, QWidget *parent = nullptr);
    // The region first offered for numbers without a country code (the workspace's).
    void setRegion(const QString &region);

    ImportOptions options() const;
    QStringList columns() const { return m_columns; }
    QString fieldOf(int column) const; // what the column's menu says now
    bool headerRow() const;            // whether the first row is taken as column names (detected or chosen)
    void setHeaderRow(bool present);   // as the checkbox does
    bool skipsTitle() const;           // whether the first line is skipped as a title (detected or chosen)
    void setSkipTitle(bool skip);      // as the checkbox does
    QString note() const;              // what the preview found worth saying (a file mixing encodings)
    void accept() override;            // remembers the mapping for this layout

private:
    void readPreview(); // readFile(), then showPreview()
    void readFile();    // the first records, with what was detected; the only reading of the file
    void showPreview(); // the preview and the mapping of the records read, as the checkboxes say
    QString layoutKey() const;

    QString m_filePath;
    qint64 m_groupId;
    QStringList m_columns;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QComboBox *m_region;
    QCheckBox *m_headerRow;
    QCheckBox *m_titleLine;
    bool m_headerChosen = false; // the user set the checkbox; detection no longer overrides it
    bool m_titleChosen = false;
    QRadioButton *m_skip;
    QRadioButton *m_update;
    QCheckBox *m_emptyCellsClear;
    QTableWidget *m_preview;
    QLabel *m_note;
    QLabel *m_problem;
    QList<QComboBox *> m_fields;
    QList<CsvRecord> m_records;
    QPushButton *m_import = nullptr;
};

} // namespace cm
