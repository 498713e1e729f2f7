// Adding an account: a name, the provider, and that provider's own credential fields with their help.
#pragma once

#include "models/types.h"
#include "providers/providertypes.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

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

    void accept() override;

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
    QPlainTextEdit *m_settings;
    PriceTable *m_prices;
    qint64 m_accountId = 0;
    QFormLayout *m_form;
    QLabel *m_error;
};

} // namespace cm
