// Adding an account: a name, the provider, and that provider's own credential fields with their help.
#pragma once

#include "models/types.h"
#include "providers/providertypes.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace cm {

class PriceTable;

class AccountService;
class ProviderRegistry;

class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    // With `existing`, edits that account: its provider stays, an empty secret keeps the stored one.
    AccountDialog(const ProviderRegistry &registry, AccountService *service, const Account *existing = nullptr,
                  QWidget *parent = nullptr);

    Account account() const;
    QString secret() const;
    QString mailboxSecret() const; // empty: none given (an edit keeps the current one)

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void providerChanged();

    const ProviderRegistry &m_registry;
    AccountService *m_service;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLabel *m_description;
    QLineEdit *m_baseUrl;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLabel *m_baseUrlHelp;
    QLabel *m_userHelp;
    QLabel *m_secretHelp;
    QLineEdit *m_mailboxSecret;
    QLabel *m_mailboxSecretHelp;
    QPlainTextEdit *m_settings;
    PriceTable *m_prices;
    // The provider's own setting fields (ProviderInfo::settingFields), by key; remade when the provider changes.
    QList<QPair<QString, QLineEdit *>> m_fields;
    QList<QLabel *> m_fieldHelps;
    QLabel *m_pricesHelp = nullptr;
    QScrollArea *m_fieldsArea = nullptr;
    qint64 m_accountId = 0;
    QFormLayout *m_form;
    QLabel *m_error;
};

} // namespace cm
