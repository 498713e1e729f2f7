#include "contactdialog.h"

#include "choices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

ContactDialog::ContactDialog(const Contact &contact, const QStringList &knownFields, Save save, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_save(std::move(save))
    , m_email(new QLineEdit(contact.email, this))
    , m_phone(new QLineEdit(contact.phone, this))
    , m_firstName(new QLineEdit(contact.firstName, this))
    , m_lastName(new QLineEdit(contact.lastName, this))
    , m_city(new QLineEdit(contact.city, this))
    , m_country(new QLineEdit(contact.country, this))
    , m_region(new QComboBox(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(contact.id ? tr("Edit contact") : tr("New contact"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setPlaceholderText(tr("+90 532 123 45 67"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("TR"));
    m_country->setToolTip(tr("Two letters, ISO 3166: TR, ES, PL…"));
    ui::addRegions(m_region);
    m_region->setToolTip(tr("A phone number written without a country code is read as this country's."));
    const QString localRegion
            = contact.country.isEmpty() ? QLocale().name().section(QLatin1Char('_'), 1) : contact.country;
    setRegion(localRegion.isEmpty() ? QStringLiteral("TR") : localRegion);

    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(new QLabel(tr("without a country code, read as"), this));
    phoneRow->addWidget(m_region);
    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), phoneRow);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("C&ountry:"), m_country);

    m_fields->setHorizontalHeaderLabels({tr("Custom field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setAccessibleName(tr("Custom fields"));
    QStringList names = knownFields;
    for (auto it = contact.fields.cbegin(); it != contact.fields.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    for (const QString &name : std::as_const(names))
        addFieldRow(name, contact.fields.value(name).toString());
    auto *addField = new QPushButton(tr("&Add field"), this);
    connect(addField, &QPushButton::clicked, this, [this] {
        addFieldRow({}, {});
        m_fields->setCurrentCell(m_fields->rowCount() - 1, 0);
        m_fields->editItem(m_fields->item(m_fields->rowCount() - 1, 0));
    });
    auto *removeField = new QPushButton(tr("&Remove field"), this);
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
    });
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch();

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Custom fields (used in templates as {{name}}):"), this));
    layout->addWidget(m_fields, 1);
    layout->addLayout(fieldButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 520);
}

void ContactDialog::addFieldRow(const QString &name, const QString &value)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, 0, new QTableWidgetItem(name));
    m_fields->setItem(row, 1, new QTableWidgetItem(value));
}

Contact ContactDialog::typed() const
{
    Contact c = m_contact;
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.city = m_city->text().trimmed();
    c.country = m_country->text();
    c.fields.clear();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString name = m_fields->item(row, 0) ? m_fields->item(row, 0)->text().trimmed() : QString();
        const QString value = m_fields->item(row, 1) ? m_fields->item(row, 1)->text() : QString();
        if (!name.isEmpty() && !value.isEmpty())
            c.fields.insert(name, value);
    }
    return c;
}

QString ContactDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ContactDialog::setValue(const QString &field, const QString &value)
{
    const QHash<QString, QLineEdit *> edits {{QStringLiteral("email"), m_email},
                                             {QStringLiteral("phone"), m_phone},
                                             {QStringLiteral("first_name"), m_firstName},
                                             {QStringLiteral("last_name"), m_lastName},
                                             {QStringLiteral("city"), m_city},
                                             {QStringLiteral("country"), m_country}};
    if (QLineEdit *edit = edits.value(field)) {
        edit->setText(value);
        return;
    }
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (m_fields->item(row, 0)->text() == field) {
            m_fields->item(row, 1)->setText(value);
            return;
        }
    }
    addFieldRow(field, value);
}

void ContactDialog::setRegion(const QString &region)
{
    const int index = m_region->findData(region.toUpper());
    if (index >= 0) {
        m_region->setCurrentIndex(index);
    } else if (region.size() == 2) {
        m_region->addItem(ui::regionLabel(region.toUpper()), region.toUpper());
        m_region->setCurrentIndex(m_region->count() - 1);
    }
}

void ContactDialog::accept()
{
    Contact c = typed();
    const QString problem = m_save ? m_save(c, m_region->currentData().toString()) : QString();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_contact = c;
    QDialog::accept();
}

} // namespace cm
