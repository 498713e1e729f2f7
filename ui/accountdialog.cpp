#include "accountdialog.h"

#include "pricetable.h"

#include "app/services/accountservice.h"
#include "providers/providerregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cm {

namespace {
QLabel *helpLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

AccountDialog::AccountDialog(const ProviderRegistry &registry, AccountService *service, const Account *existing,
                             QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_service(service)
    , m_name(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_description(helpLabel(this))
    , m_baseUrl(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_baseUrlHelp(helpLabel(this))
    , m_userHelp(helpLabel(this))
    , m_secretHelp(helpLabel(this))
    , m_mailboxSecret(new QLineEdit(this))
    , m_mailboxSecretHelp(helpLabel(this))
    , m_settings(new QPlainTextEdit(this))
    , m_prices(new PriceTable(this))
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add account"));
    setMinimumWidth(480);
    for (const ProviderInfo &info : registry.providers())
        m_provider->addItem(info.displayName, info.key);
    m_secret->setEchoMode(QLineEdit::Password);
    m_mailboxSecret->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(QString(), m_description);
    m_form->addRow(tr("&Base URL:"), m_baseUrl);
    m_form->addRow(QString(), m_baseUrlHelp);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(QString(), m_userHelp);
    m_form->addRow(tr("&Secret:"), m_secret);
    m_form->addRow(QString(), m_secretHelp);
    m_form->addRow(tr("&Mailbox password:"), m_mailboxSecret);
    m_form->addRow(QString(), m_mailboxSecretHelp);
    m_settings->setPlainText(QStringLiteral("{}"));
    m_settings->setMaximumHeight(90);
    m_settings->setAccessibleName(tr("Advanced settings"));
    m_form->addRow(tr("Ad&vanced:"), m_settings);
    auto *settingsHelp = helpLabel(this);
    settingsHelp->setText(tr("Provider options as JSON, such as {\"time_zone\": \"Europe/Istanbul\"} or the paths of a "
                             "platform that documents none. Leave {} when unsure."));
    m_form->addRow(QString(), settingsHelp);
    m_form->addRow(tr("P&rices:"), m_prices);
    m_pricesHelp = helpLabel(this);
    m_pricesHelp->setText(
            tr("What one SMS part costs, for the cost estimates before a send; leave empty when unsure."));
    m_form->addRow(QString(), m_pricesHelp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &AccountDialog::providerChanged);

    // The fields scroll when a provider has many (SMTP's mailbox); the error and the buttons stay in sight.
    auto *fields = new QWidget(this);
    fields->setLayout(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->installEventFilter(this);
    m_fieldsArea = scroll;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    providerChanged();
    resize(600, 640);
    if (existing) {
        setWindowTitle(tr("Edit account"));
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
        m_accountId = existing->id;
        m_name->setText(existing->name);
        m_provider->setCurrentIndex(m_provider->findData(existing->provider));
        m_provider->setEnabled(false);
        m_baseUrl->setText(existing->baseUrl);
        m_user->setText(existing->user);
        m_secret->setPlaceholderText(tr("Leave empty to keep the current one"));
        m_mailboxSecret->setPlaceholderText(tr("Leave empty to keep the current one"));
        // The prices go to their table, the provider's own settings to their fields; the rest stays JSON.
        QJsonObject rest = m_prices->setSettings(AccountService::editableSettings(*existing));
        for (const auto &[key, edit] : std::as_const(m_fields)) {
            if (rest.contains(key)) {
                const QJsonValue value = rest.take(key);
                edit->setText(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
            }
        }
        m_settings->setPlainText(QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Indented)));
    }
}

bool AccountDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A scroll area does not ask a form of wrapped help texts how tall it is at its width: without this, rows are
    // squeezed instead of scrolled.
    if (m_fieldsArea && watched == m_fieldsArea->viewport() && event->type() == QEvent::Resize)
        m_fieldsArea->widget()->setMinimumHeight(m_form->heightForWidth(m_fieldsArea->viewport()->width()));
    return QDialog::eventFilter(watched, event);
}

void AccountDialog::providerChanged()
{
    const auto info = m_registry.info(m_provider->currentData().toString());
    if (!info)
        return;
    m_description->setText(info->description);
    m_name->setPlaceholderText(tr("For example: %1 Türkiye").arg(info->displayName)); // the chosen provider's name
    struct Row
    {
        CredentialField::Kind kind;
        QLineEdit *edit;
        QLabel *help;
    };
    for (const Row &row :
         {Row {CredentialField::BaseUrl, m_baseUrl, m_baseUrlHelp}, Row {CredentialField::User, m_user, m_userHelp},
          Row {CredentialField::Secret, m_secret, m_secretHelp},
          Row {CredentialField::MailboxSecret, m_mailboxSecret, m_mailboxSecretHelp}}) {
        const auto field = std::find_if(info->credentials.cbegin(), info->credentials.cend(),
                                        [&](const CredentialField &f) { return f.kind == row.kind; });
        const bool shown = field != info->credentials.cend();
        m_form->setRowVisible(row.edit, shown);
        m_form->setRowVisible(row.help, shown && !field->help.isEmpty());
        if (!shown)
            continue;
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(row.edit)))
            label->setText(field->label + QLatin1Char(':'));
        row.help->setText(field->help);
        row.edit->setAccessibleName(field->label);
        if (row.kind == CredentialField::BaseUrl)
            row.edit->setPlaceholderText(info->defaultBaseUrl);
    }
    // The provider's own settings, each a field of its own, before the advanced JSON.
    for (const auto &[key, edit] : std::as_const(m_fields)) {
        m_form->removeRow(edit); // deletes the field, its label and its help row's label below
    }
    for (QLabel *help : std::as_const(m_fieldHelps))
        m_form->removeRow(help);
    m_fields.clear();
    m_fieldHelps.clear();
    int row = 0;
    m_form->getWidgetPosition(m_settings, &row, nullptr);
    for (const SettingField &field : info->settingFields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("setting_") + field.key);
        edit->setAccessibleName(field.label);
        edit->setPlaceholderText(field.placeholder);
        if (field.kind == SettingField::Number) {
            auto *validator = new QIntValidator(0, 1000000000, edit);
            validator->setLocale(edit->locale());
            edit->setValidator(validator);
        }
        m_form->insertRow(row++, field.label + QLatin1Char(':'), edit);
        if (!field.help.isEmpty()) {
            auto *help = helpLabel(this);
            help->setText(field.help);
            m_form->insertRow(row++, QString(), help);
            m_fieldHelps.append(help);
        }
        m_fields.append({field.key, edit});
    }
    if (m_fieldsArea)
        m_fieldsArea->widget()->setMinimumHeight(m_form->heightForWidth(m_fieldsArea->viewport()->width()));
    // SMS prices only where the provider sends SMS.
    const bool sms = info->supports(Channel::Sms);
    m_form->setRowVisible(m_prices, sms);
    m_form->setRowVisible(m_pricesHelp, sms);
}

Account AccountDialog::account() const
{
    Account a;
    a.id = m_accountId;
    a.name = m_name->text().trimmed();
    // Prices typed into the JSON (as the guide once said) win over the table; otherwise the table's.
    const QJsonObject json = QJsonDocument::fromJson(m_settings->toPlainText().toUtf8()).object();
    const bool pricesInJson = json.contains(QLatin1String("price_per_part"))
            || json.contains(QLatin1String("prices_per_part")) || json.contains(QLatin1String("currency"));
    a.settings = pricesInJson ? json : m_prices->applyTo(json);
    for (const auto &[key, edit] : m_fields) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            a.settings.remove(key);
        else if (edit->validator()) // as typed, in the user's locale ("2.000" in Turkish)
            a.settings.insert(key, edit->locale().toLongLong(text));
        else
            a.settings.insert(key, text);
    }
    a.provider = m_provider->currentData().toString();
    a.baseUrl = m_baseUrl->text().trimmed();
    a.user = m_user->text().trimmed();
    return a;
}

QString AccountDialog::secret() const
{
    return m_secret->text();
}

QString AccountDialog::mailboxSecret() const
{
    return m_form->isRowVisible(m_mailboxSecret) ? m_mailboxSecret->text() : QString();
}

void AccountDialog::accept()
{
    QJsonParseError jsonError;
    const QJsonDocument settings = QJsonDocument::fromJson(m_settings->toPlainText().toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !settings.isObject()) {
        m_error->setText(
                tr("The advanced settings are not a JSON object (%1). Write them as {\"key\": \"value\"}, or {}.")
                        .arg(jsonError.error != QJsonParseError::NoError ? jsonError.errorString()
                                                                         : tr("not an object")));
        m_error->show();
        return;
    }
    if (const QString prices = m_prices->problem(); !prices.isEmpty()) {
        m_error->setText(prices);
        m_error->show();
        return;
    }
    const QString problem = m_service->validate(account());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cm
