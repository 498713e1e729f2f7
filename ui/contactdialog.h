// Adds or edits one contact: the standard fields, its custom fields, and the country its phone number is read in.
// The dialog stays open until the contact is valid and saved, showing what to fix.
#pragma once

#include "models/types.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cm {

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // `save` checks and stores the contact; it returns what to fix, or an empty string when it is saved.
    using Save = std::function<QString(Contact &contact, const QString &region)>;
    ContactDialog(const Contact &contact, const QStringList &knownFields, Save save, QWidget *parent = nullptr);

    Contact contact() const { return m_contact; } // as given, or as saved (checked: E.164, lower case…)
    Contact typed() const;                        // what the fields hold now
    QString problem() const;
    void setValue(const QString &field, const QString &value); // "email", "first_name", … or a custom field
    void setRegion(const QString &region);
    void accept() override;

private:
    void addFieldRow(const QString &name, const QString &value);

    Contact m_contact;
    Save m_save;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_city;
    QLineEdit *m_country;
    QComboBox *m_region;
    QTableWidget *m_fields;
    QLabel *m_problem;
};

} // namespace cm
