// What the SMTP adapter is (its ProviderInfo) and where it lives: the adapter itself, with libcurl and GMime and the
// twenty-five libraries they bring, is a module (libcm_smtp.so) loaded the first time an SMTP account is used, so
// the app starts without them (tests/bench/bench_startup).
#include "smtpinfo.h"

#include "providers/provider.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>
#include <QTimer>

namespace cm::smtp {

Q_LOGGING_CATEGORY(lcSmtpModule, "cm.providers.smtp")

ProviderInfo providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("smtp");
    info.displayName = QCoreApplication::translate("cm::SmtpProvider", "SMTP server");
    info.description = QCoreApplication::translate(
            "cm::SmtpProvider",
            "Sends email through any mail server or relay (your company's, Amazon SES, Mailgun, "
            "Gmail): one message per recipient, with a text and an HTML version, several on one "
            "connection. Accepted by the server counts as sent; opens and clicks are not reported.");
    info.hint = QCoreApplication::translate(
            "cm::SmtpProvider",
            "Give the account an unsubscribe page (where {{unsubscribe_url}} and the List-Unsubscribe header "
            "lead) and the relay's messages per minute. Bounces, complaints and replies are read from the "
            "mailbox for bounces, matched by the Message-ID each message went with.");
    info.can.sending.channels = {Channel::Email};
    info.can.sending.needsSender = {Channel::Email};
    info.can.sending.needsOwnUnsubscribePage = {Channel::Email};
    info.can.extras.testSend = true;
    // Bounces and complaints where the account names its mailbox (imap_server); opens and clicks need a tracking
    // server, which an SMTP server is not.
    info.can.reporting.recipientStatus = true;
    info.can.reporting.counters
            = {{Channel::Email,
                {CampaignStats::Sent, CampaignStats::Failed, CampaignStats::Bounced, CampaignStats::Complained}}};
    info.credentials = {
            {CredentialField::BaseUrl, QCoreApplication::translate("cm::SmtpProvider", "Server"),
             QCoreApplication::translate(
                     "cm::SmtpProvider",
                     "smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). "
                     "Without encryption only to this computer."),
             true},
            {CredentialField::User, QCoreApplication::translate("cm::SmtpProvider", "User"),
             QCoreApplication::translate("cm::SmtpProvider",
                                         "The login at the server; empty: the server takes mail without."),
             false},
            {CredentialField::Secret, QCoreApplication::translate("cm::SmtpProvider", "Password"),
             QCoreApplication::translate("cm::SmtpProvider", "The password of that login (kept in the keychain)."),
             false},
            {CredentialField::MailboxSecret, QCoreApplication::translate("cm::SmtpProvider", "Mailbox password"),
             QCoreApplication::translate(
                     "cm::SmtpProvider",
                     "The password of the mailbox for bounces, when it is not the same (kept in the keychain)."),
             false},
    };
    info.settingFields = {
            {QStringLiteral("sender"), SettingField::Address,
             QCoreApplication::translate("cm::SmtpProvider", "From address"),
             QCoreApplication::translate("cm::SmtpProvider",
                                         "The address the emails come from, unless the campaign gives one."),
             QStringLiteral("news@example.com")},
            {QStringLiteral("from_name"), SettingField::Text,
             QCoreApplication::translate("cm::SmtpProvider", "From name"),
             QCoreApplication::translate("cm::SmtpProvider", "The name shown beside it."),
             QCoreApplication::translate("cm::SmtpProvider", "Example Shop")},
            {QStringLiteral("messages_per_minute"), SettingField::Number,
             QCoreApplication::translate("cm::SmtpProvider", "Messages per minute"),
             QCoreApplication::translate("cm::SmtpProvider",
                                         "The relay's quota; empty: as fast as the server takes them."),
             QStringLiteral("60")},
            {QStringLiteral("messages_per_day"), SettingField::Number,
             QCoreApplication::translate("cm::SmtpProvider", "Messages per day"),
             QCoreApplication::translate(
                     "cm::SmtpProvider",
                     "The relay's daily quota: once it is used, the send pauses until midnight and then goes on by "
                     "itself."),
             QStringLiteral("2000")},
            {QStringLiteral("unsubscribe_url"), SettingField::Address,
             QCoreApplication::translate("cm::SmtpProvider", "Unsubscribe page"),
             QCoreApplication::translate(
                     "cm::SmtpProvider",
                     "Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient's address "
                     "added."),
             QStringLiteral("https://example.com/unsubscribe")},
            {QStringLiteral("imap_server"), SettingField::Address,
             QCoreApplication::translate("cm::SmtpProvider", "Mailbox for bounces"),
             QCoreApplication::translate("cm::SmtpProvider",
                                         "imaps://imap.example.com:993, where bounces, complaints and replies arrive; "
                                         "empty: none are read. "
                                         "It logs in with the mailbox password, or the same one."),
             QStringLiteral("imaps://imap.example.com:993")},
            {QStringLiteral("imap_folder"),
             SettingField::Text,
             QCoreApplication::translate("cm::SmtpProvider", "Mailbox folder"),
             {},
             QStringLiteral("INBOX")},
            {QStringLiteral("imap_user"),
             SettingField::Text,
             QCoreApplication::translate("cm::SmtpProvider", "Mailbox user"),
             QCoreApplication::translate("cm::SmtpProvider", "Empty: the same user."),
             {}},
    };
    // A batch is one message: what a kill or a lost connection leaves unknown is at most the message in flight. The
    // connection stays open from one to the next.
    info.maxBatchSize = 1;
    info.urlSchemes = {QStringLiteral("smtps"), QStringLiteral("smtp")};
    return info;
}

QString moduleFile()
{
    const QString name = QStringLiteral("libcm_smtp.so");
    // CM_MODULE_DIR: that folder only.
    if (const QString dir = qEnvironmentVariable("CM_MODULE_DIR"); !dir.isEmpty())
        return QDir(dir).filePath(name);
    QStringList folders;
    // Installed: /usr/bin/… beside /usr/lib/campaign-manager/; built: build/<preset>/{app,tests}/… beside
    // build/<preset>/lib/campaign-manager/ (and the benchmarks one level deeper).
    const QString app = QCoreApplication::applicationDirPath();
    folders << app + QStringLiteral("/../lib/campaign-manager") << app + QStringLiteral("/../../lib/campaign-manager");
    for (const QString &folder : std::as_const(folders)) {
        if (QFileInfo::exists(folder + QLatin1Char('/') + name))
            return QDir::cleanPath(folder + QLatin1Char('/') + name);
    }
    return name; // the loader's own search path, and its error
}

namespace {

// What an SMTP account gets when the module cannot be loaded (a broken installation): every operation fails with
// the loader's reason, and a send stops at its first message (DispatchRun: an adapter that cannot send).
class MissingModule : public Provider
{
public:
    MissingModule(const Account &account, const QString &problem, QObject *parent)
        : Provider(account, parent)
        , m_problem(problem)
    { }
    ProviderInfo info() const override { return providerInfo(); }
    Reply<AccountStatus> verify() override { return failed<AccountStatus>(); }
    Reply<SendResult> send(const SendRequest &) override { return failed<SendResult>(); }
    Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &) override { return failed<QList<DeliveryEvent>>(); }

private:
    template<typename T> Reply<T> failed()
    {
        const Reply<T> reply = Reply<T>::make(this);
        QTimer::singleShot(0, this, [reply, problem = m_problem] {
            reply.fail({ProviderError::Kind::Unsupported, {}, problem, false, -1});
        });
        return reply;
    }
    QString m_problem;
};

} // namespace

Provider *create(const Account &account, const QString &secret, const ProviderContext &context, QObject *parent)
{
    using Create = Provider *(*)(const Account &, const QString &, const ProviderContext &, QObject *);
    static QString problem;
    static const Create make = []() -> Create {
        QLibrary module(moduleFile());
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint); // a missing symbol fails here, not mid-send
        const auto entry = module.load() ? reinterpret_cast<Create>(module.resolve("cm_smtp_create")) : nullptr;
        if (!entry) {
            problem = QCoreApplication::translate("cm::SmtpProvider",
                                                  "the SMTP adapter cannot be loaded (%1); reinstall Campaign "
                                                  "Manager")
                              .arg(module.errorString());
            qCCritical(lcSmtpModule).noquote() << problem;
        }
        return entry;
    }();
    if (!make)
        return new MissingModule(account, problem, parent);
    return make(account, secret, context, parent);
}

} // namespace cm::smtp
