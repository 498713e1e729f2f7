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

namespace {
// The adapter's words, in its own translation context, without the adapter.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(cm::SmtpProvider)
};
} // namespace

ProviderInfo providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("smtp");
    info.displayName = Words::tr("SMTP server");
    info.description
            = Words::tr("Sends email through any mail server or relay (your company's, Amazon SES, Mailgun, "
                        "Gmail): one message per recipient, with a text and an HTML version, several on one "
                        "connection. Accepted by the server counts as sent; opens and clicks are not reported.");
    info.hint = Words::tr(
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
            {CredentialField::BaseUrl, Words::tr("Server"),
             Words::tr("smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). "
                       "Without encryption only to this computer."),
             true},
            {CredentialField::User, Words::tr("User"),
             Words::tr("The login at the server; empty: the server takes mail without."), false},
            {CredentialField::Secret, Words::tr("Password"),
             Words::tr("The password of that login (kept in the keychain)."), false},
            {CredentialField::MailboxSecret, Words::tr("Mailbox password"),
             Words::tr("The password of the mailbox for bounces, when it is not the same (kept in the keychain)."),
             false},
    };
    info.settingFields = {
            {QStringLiteral("sender"), SettingField::Address, Words::tr("From address"),
             Words::tr("The address the emails come from, unless the campaign gives one."),
             QStringLiteral("news@example.com")},
            {QStringLiteral("from_name"), SettingField::Text, Words::tr("From name"),
             Words::tr("The name shown beside it."), Words::tr("Example Shop")},
            {QStringLiteral("messages_per_minute"), SettingField::Number, Words::tr("Messages per minute"),
             Words::tr("The relay's quota; empty: as fast as the server takes them."), QStringLiteral("60")},
            {QStringLiteral("messages_per_day"), SettingField::Number, Words::tr("Messages per day"),
             Words::tr("The relay's daily quota: once it is used, the send pauses until midnight and then goes on by "
                       "itself."),
             QStringLiteral("2000")},
            {QStringLiteral("unsubscribe_url"), SettingField::Address, Words::tr("Unsubscribe page"),
             Words::tr("Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient's address "
                       "added."),
             QStringLiteral("https://example.com/unsubscribe")},
            {QStringLiteral("imap_server"), SettingField::Address, Words::tr("Mailbox for bounces"),
             Words::tr("imaps://imap.example.com:993, where bounces, complaints and replies arrive; "
                       "empty: none are read. "
                       "It logs in with the mailbox password, or the same one."),
             QStringLiteral("imaps://imap.example.com:993")},
            {QStringLiteral("imap_folder"),
             SettingField::Text,
             Words::tr("Mailbox folder"),
             {},
             QStringLiteral("INBOX")},
            {QStringLiteral("imap_user"),
             SettingField::Text,
             Words::tr("Mailbox user"),
             Words::tr("Empty: the same user."),
             {}},
    };
    // A batch is one message: what a kill or a lost connection leaves unknown is at most the message in flight. The
    // connection stays open from one to the next.
    info.maxBatchSize = 1;
    info.urlSchemes = {QStringLiteral("smtps"), QStringLiteral("smtp")};
    return info;
}

namespace {

QString moduleFile()
{
    const QString name = QStringLiteral("libcm_smtp.so");
    // CM_MODULE_DIR: that folder only.
    if (const QString dir = qEnvironmentVariable("CM_MODULE_DIR"); !dir.isEmpty())
        return QDir(dir).filePath(name);
    // Installed: /usr/bin/… beside /usr/lib/campaign-manager/; built: build/<preset>/{app,tests}/… beside
    // build/<preset>/lib/campaign-manager/ (and the benchmarks one level deeper).
    const QDir app(QCoreApplication::applicationDirPath());
    for (const char *folder : {"../lib/campaign-manager", "../../lib/campaign-manager"}) {
        if (const QString path = QDir::cleanPath(app.filePath(QLatin1String(folder) + QLatin1Char('/') + name));
            QFileInfo::exists(path))
            return path;
    }
    return name; // the loader's own search path, and its error
}

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
            problem = Words::tr("the SMTP adapter cannot be loaded (%1); reinstall Campaign "
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
