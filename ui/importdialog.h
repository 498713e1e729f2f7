// Importing a CSV file into a group: what was detected (encoding, delimiter, both can be changed), a preview of
// the first rows with a field chosen for each column (remembered for files with the same columns), the default
// region for phone numbers and what to do with contacts the group has already.
#pragma once

#include "app/services/contactimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
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
    void accept() override;            // remembers the mapping for this layout

private:
    void readPreview();
    QString layoutKey() const;

    QString m_filePath;
    qint64 m_groupId;
    QStringList m_columns;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_region;
    QCheckBox *m_headerRow;
    bool m_headerChosen = false; // the user set the checkbox; detection no longer overrides it
    QRadioButton *m_skip;
    QRadioButton *m_update;
    QTableWidget *m_preview;
    QLabel *m_problem;
    QList<QComboBox *> m_fields;
};

} // namespace cm
