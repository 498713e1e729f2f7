#include "accountservice.h"

#include "accounthealth.h"

#include "providers/provider.h"

#include "job.h"
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/settingsstore.h"
#include "providers/providersession.h"
#include "secretstore.h"
#include "workspace.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <cmath>

namespace cm {

Q_LOGGING_CATEGORY(lcAccounts, "cm.app.accountservice")

AccountService::AccountService(Workspace *workspace, SecretStore *secrets, JobTracker *jobs, bool environmentSecrets,
                               QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_jobs(jobs)
    , m_environmentSecrets(environmentSecrets)
{ }

QString AccountService::environmentVariable(const QString &accountName)
{
    QString name = QStringLiteral("CM_SECRET_");
    for (const QChar c : accountName.toUpper())
        name.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
    return name;
}

QString AccountService::validate(const Account &account) const
{
    if (account.name.trimmed().isEmpty())
        return tr("Give the account a name.");
    if (!m_workspace->providers().info(account.provider))
        return tr("“%1” is not a provider this version knows.").arg(account.provider);
    if (const auto existing = m_workspace->accounts()->byName(account.name); existing && existing->id != account.id)
        return tr("An account named “%1” exists already. Choose another name.").arg(account.name);
    if (const QString problem = settingsProblem(account.settings); !problem.isEmpty())
        return problem;
    // campaignctl reads a secret from CM_SECRET_<NAME>: two accounts must not answer to the same variable.
    const QString variable = environmentVariable(account.name);
    for (const Account &other : m_workspace->accounts()->accounts()) {
        if (other.id != account.id && environmentVariable(other.name) == variable)
            return tr("“%1” and the account “%2” would both read their secret from %3. Choose a name that differs in "
                      "its letters or digits.")
                    .arg(account.name, other.name, variable);
    }
    if (!account.baseUrl.isEmpty()) {
        const QStringList schemes = m_workspace->providers().info(account.provider)->urlSchemes;
        const QUrl url(account.baseUrl, QUrl::StrictMode);
        const bool loopback = QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
        const QString example = schemes.value(0) == QLatin1String("https")
                ? QStringLiteral("https://api.example.com")
                : schemes.value(0) + QStringLiteral("://example.com");
        if (!url.userInfo().isEmpty()) // a password here would sit in plain text in the workspace
            return tr("“%1” has a login in it: put the user and the password in their own fields.")
                    .arg(account.baseUrl);
        if (!url.isValid() || url.host().isEmpty())
            return tr("“%1” is not an address. Enter one such as %2.").arg(account.baseUrl, example);
        const bool plainToLoopback
                = url.scheme() == QLatin1String("http") && loopback && schemes.contains(QStringLiteral("https"));
        if (!schemes.contains(url.scheme()) && !plainToLoopback) {
            if (schemes == QStringList {QStringLiteral("https")})
                return tr("“%1” must start with https:// (plain http is allowed only for this computer).")
                        .arg(account.baseUrl);
            QStringList starts;
            for (const QString &scheme : schemes)
                starts.append(scheme + QStringLiteral("://"));
            const QString either = starts.size() == 2
                    ? tr("%1 or %2", "one of two beginnings of an address").arg(starts.first(), starts.last())
                    : starts.join(QStringLiteral(", "));
            return tr("“%1” must start with %2.").arg(account.baseUrl, either);
        }
    }
    return {};
}

void AccountService::add(Account account, const QString &secret, QObject *context, Done done)
{
    account.name = account.name.trimmed();
    if (const QString problem = validate(account); !problem.isEmpty()) {
        done(false, problem);
        return;
    }
    // Whether there is a secret (never the secret itself): accounts without one never touch the keychain.
    account.settings.insert(QStringLiteral("has_secret"), !secret.isEmpty());
    if (!m_workspace->accounts()->add(account)) {
        done(false, m_workspace->accounts()->lastError().message);
        return;
    }
    if (secret.isEmpty()) {
        done(true, tr("Account “%1” added.").arg(account.name));
        return;
    }
    m_secrets->write(
            secretKey(account.id), secret, context,
            [this, account, done](SecretStore::Status status, const QString &error) {
                if (status == SecretStore::Status::Ok) {
                    done(true,
                         m_secrets->isPersistent() ? tr("Account “%1” added; its secret is in %2.")
                                                             .arg(account.name, m_secrets->backendName())
                                                   : tr("Account “%1” added; its secret is kept in %2 until you quit.")
                                                             .arg(account.name, m_secrets->backendName()));
                    return;
                }
                m_workspace->accounts()->remove(account.id);
                done(false,
                     tr("The secret of “%1” could not be stored in %2: %3. The account was not "
                        "added. Unlock the keychain, or set %4 in the environment instead.")
                             .arg(account.name, m_secrets->backendName(), error, environmentVariable(account.name)));
            });
}

QJsonObject AccountService::editableSettings(const Account &account)
{
    QJsonObject settings = account.settings;
    settings.remove(QStringLiteral("has_secret"));
    settings.remove(QStringLiteral("has_mailbox_secret"));
    return settings;
}

void AccountService::update(Account account, const QString &secret, QObject *context, Done done)
{
    const auto stored = m_workspace->accounts()->byId(account.id);
    if (!stored) {
        done(false, tr("That account no longer exists."));
        return;
    }
    account.name = account.name.trimmed();
    account.provider = stored->provider; // an account keeps its provider
    if (const QString problem = validate(account); !problem.isEmpty()) {
        done(false, problem);
        return;
    }
    const bool hadSecret = stored->settings.value(QStringLiteral("has_secret")).toBool();
    account.settings.insert(QStringLiteral("has_secret"), hadSecret || !secret.isEmpty());
    if (stored->settings.contains(QStringLiteral("has_mailbox_secret")))
        account.settings.insert(QStringLiteral("has_mailbox_secret"),
                                stored->settings.value(QStringLiteral("has_mailbox_secret")));
    auto save = [this, account, done] {
        if (!m_workspace->accounts()->update(account))
            return done(false, m_workspace->accounts()->lastError().message);
        done(true, tr("Account “%1” saved.").arg(account.name));
    };
    if (secret.isEmpty())
        return save();
    m_secrets->write(secretKey(account.id), secret, context,
                     [this, account, save, done](SecretStore::Status status, const QString &error) {
                         if (status != SecretStore::Status::Ok)
                             return done(false,
                                         tr("The new secret of “%1” could not be stored in %2: %3. Nothing "
                                            "was changed.")
                                                 .arg(account.name, m_secrets->backendName(), error));
                         save();
                     });
}

void AccountService::secretFor(const Account &account, QObject *context, SecretReady ready)
{
    readSecret(
            account, context,
            [this, account, context, ready](SecretStore::Status status, const QString &secret, const QString &problem) {
                if (status != SecretStore::Status::Ok)
                    return ready(false, secret, problem);
                // The mailbox password, where there is one: from CM_SECRET_<NAME>_MAILBOX or the keychain.
                const QByteArray fromEnvironment = m_environmentSecrets
                        ? qgetenv(QString(environmentVariable(account.name) + QStringLiteral("_MAILBOX"))
                                          .toLatin1()
                                          .constData())
                        : QByteArray();
                ProviderSession *session = m_workspace->providerSession(account.id);
                if (!fromEnvironment.isEmpty()
                    || !account.settings.value(QStringLiteral("has_mailbox_secret")).toBool()) {
                    session->setSecret(QStringLiteral("mailbox"), QString::fromUtf8(fromEnvironment));
                    return ready(true, secret, {});
                }
                m_secrets->read(mailboxSecretKey(account.id), context,
                                [session, account, secret, ready](SecretStore::Status mailbox, const QString &value,
                                                                  const QString &error) {
                                    if (mailbox != SecretStore::Status::Ok)
                                        return ready(
                                                false, {},
                                                tr("The mailbox password of “%1” could not be read from the "
                                                   "keychain (%2): enter it again (Accounts → Edit…).")
                                                        .arg(account.name, error.isEmpty() ? tr("not found") : error));
                                    session->setSecret(QStringLiteral("mailbox"), value);
                                    ready(true, secret, {});
                                });
            });
}

QString AccountService::mailboxSecretKey(qint64 accountId) const
{
    return secretKey(accountId) + QStringLiteral(".mailbox");
}

void AccountService::setMailboxSecret(qint64 accountId, const QString &secret, QObject *context, Done done)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    if (!account)
        return done(false, tr("That account no longer exists."));
    auto mark = [this, accountId, done, name = account->name, has = !secret.isEmpty()](SecretStore::Status status,
                                                                                       const QString &error) {
        if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound)
            return done(false,
                        tr("The mailbox password of “%1” could not be stored in %2: %3.")
                                .arg(name, m_secrets->backendName(), error));
        auto stored = m_workspace->accounts()->byId(accountId);
        if (!stored)
            return done(false, tr("That account no longer exists."));
        stored->settings.insert(QStringLiteral("has_mailbox_secret"), has);
        if (!m_workspace->accounts()->update(*stored))
            return done(false, m_workspace->accounts()->lastError().message);
        m_workspace->providerSession(accountId)->setSecret(QStringLiteral("mailbox"), QString());
        done(true, tr("Account “%1” saved.").arg(name));
    };
    if (secret.isEmpty())
        m_secrets->remove(mailboxSecretKey(accountId), context, mark);
    else
        m_secrets->write(mailboxSecretKey(accountId), secret, context, mark);
}

void AccountService::readSecret(const Account &account, QObject *context, SecretRead done)
{
    if (m_environmentSecrets) {
        const QByteArray fromEnvironment = qgetenv(environmentVariable(account.name).toLatin1().constData());
        if (!fromEnvironment.isEmpty()) {
            // Answered from the event loop, like the keychain: callers may rely on that.
            QTimer::singleShot(0, context, [done, secret = QString::fromUtf8(fromEnvironment)] {
                done(SecretStore::Status::Ok, secret, {});
            });
            return;
        }
    }
    if (!account.settings.value(QStringLiteral("has_secret")).toBool()) {
        QTimer::singleShot(0, context, [done] { done(SecretStore::Status::Ok, {}, {}); });
        return;
    }
    const QString key = secretKey(account.id);
    // What to do about a secret that cannot be read, in one sentence.
    auto problem = [account](SecretStore::Status status, const QString &error) {
        if (status == SecretStore::Status::NotFound)
            return tr("The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…), or set %2.")
                    .arg(account.name, environmentVariable(account.name));
        if (status == SecretStore::Status::Locked)
            return tr("The system keychain is locked, so the secret of “%1” cannot be read: unlock the keychain (log "
                      "in to the desktop, or unlock it in your keyring manager) and try again, or set %2.")
                    .arg(account.name, environmentVariable(account.name));
        return tr("The secret of “%1” could not be read: %2. Unlock the keychain, or set %3.")
                .arg(account.name, error, environmentVariable(account.name));
    };
    m_secrets->read(key, context,
                    [this, account, key, context, done, problem](SecretStore::Status status, const QString &secret,
                                                                 const QString &error) {
                        if (status == SecretStore::Status::Ok)
                            return done(status, secret, {});
                        if (status != SecretStore::Status::NotFound)
                            return done(status, {}, problem(status, error));
                        // Kept under the key of the versions before workspace ids: copied to this workspace's key.
                        const QString legacy = SecretStore::legacyKeyForAccount(account.id);
                        m_secrets->read(legacy, context,
                                        [this, key, context, done, problem](SecretStore::Status old,
                                                                            const QString &value, const QString &why) {
                                            if (old != SecretStore::Status::Ok) // never an empty credential
                                                return done(old, {}, problem(old, why));
                                            // Copied, not moved: a copy of this workspace (or another whose account has
                                            // this id) may still read it. Removing the account removes both entries.
                                            m_secrets->write(key, value, context,
                                                             [](SecretStore::Status, const QString &) {});
                                            done(old, value, {});
                                        });
                    });
}

QString AccountService::settingsProblem(const QJsonObject &settings)
{
    static const QStringList positiveWholes {QStringLiteral("timeout_ms"), QStringLiteral("upload_timeout_ms"),
                                             QStringLiteral("batch_size"), QStringLiteral("bulk_size"),
                                             QStringLiteral("page_size"),  QStringLiteral("max_parts"),
                                             QStringLiteral("report_days")};
    static const QStringList nonNegativeNumbers {
            QStringLiteral("requests_per_second"), QStringLiteral("price_per_part"),
            QStringLiteral("price_per_email"),     QStringLiteral("latency_ms"),
            QStringLiteral("messages_per_minute"), QStringLiteral("messages_per_day")};
    static const QStringList zones {QStringLiteral("time_zone"), QStringLiteral("providerTimeZone")};
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (positiveWholes.contains(key)) {
            const double n = value.toDouble(-1);
            if (!value.isDouble() || n < 1 || n != std::floor(n) || n > 1e9)
                return tr("The setting “%1” must be a whole number greater than 0, such as 30000.").arg(key);
        } else if (nonNegativeNumbers.contains(key)) {
            if (!value.isDouble() || value.toDouble() < 0)
                return tr("The setting “%1” must be a number of 0 or more, such as 0.05.").arg(key);
        } else if (key == QLatin1String("failure_rate")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
                return tr("The setting “%1” must be a share between 0 and 1, such as 0.2.").arg(key);
        } else if (zones.contains(key)) {
            if (!value.isString() || !QTimeZone(value.toString().toLatin1()).isValid())
                return tr("The setting “%1” must be a time zone such as Europe/Istanbul.").arg(key);
        } else if (key.endsWith(QLatin1String("_url")) && !(value.isString() && value.toString().isEmpty())) {
            const QUrl url(value.toString(), QUrl::StrictMode);
            if (!value.isString() || !url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                return tr("The setting “%1” must be a web address such as https://example.com/unsubscribe.").arg(key);
        } else if (key == QLatin1String("prices_per_part") && !value.isObject()) {
            return tr("The setting “%1” must map countries to prices, such as {\"TR\": 0.02}.").arg(key);
        } else if (key == QLatin1String("paths") && !value.isObject()) {
            return tr("The setting “%1” must map operations to paths, such as {\"send\": \"/v2/send\"}.").arg(key);
        }
    }
    return {};
}

QString AccountService::secretKey(qint64 accountId) const
{
    return SecretStore::keyForAccount(m_workspace->settings()->workspaceId(), accountId);
}

void AccountService::verify(qint64 accountId, QObject *context, Verified done)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    if (!account) {
        done(false, tr("That account no longer exists."), {});
        return;
    }
    auto *job = new Job(tr("Testing the connection of “%1”").arg(account->name), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [job, done](bool ok, const QString &message) {
        done(ok, message, job->property("status").value<AccountStatus>());
    });
    // The outcome is kept in the workspace for the Overview, whoever tested; a cancelled test says nothing.
    connect(job, &Job::finished, this, [this, job, accountId](bool ok, const QString &message) {
        if (job->isCancelled())
            return;
        ConnectionTest test;
        test.at = m_workspace->clock()->now();
        test.ok = ok;
        test.message = message;
        test.rateLimited = job->property("rateLimited").toBool();
        if (const auto status = job->property("status").value<AccountStatus>(); ok && status.balance) {
            test.balance = status.balance;
            test.currency = status.currency;
        }
        health::recordTest(m_workspace, accountId, test);
    });
    secretFor(*account, job, [this, job, account = *account](bool ok, const QString &secret, const QString &error) {
        if (!ok) {
            job->finish(false, error);
            return;
        }
        Provider *provider = m_workspace->createProvider(account, secret, job);
        ProviderReply *reply = provider->verify();
        connect(job, &Job::cancelRequested, reply, &ProviderReply::abort);
        connect(reply, &ProviderReply::finished, job, [job, reply, account] {
            if (reply->hasError()) {
                job->setProperty("rateLimited", reply->error().kind == ProviderError::Kind::RateLimited);
                job->finish(false, reply->error().describe(account.name));
                return;
            }
            const auto status = reply->result().value<AccountStatus>();
            job->setProperty("status", QVariant::fromValue(status));
            job->finish(true, status.detail);
        });
    });
}

void AccountService::remove(qint64 accountId, QObject *context, Done done)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    if (!account) {
        done(false, tr("That account no longer exists."));
        return;
    }
    m_secrets->remove(
            secretKey(accountId), context,
            [this, account = *account, done](SecretStore::Status status, const QString &error) {
                if (status == SecretStore::Status::Error) {
                    done(false,
                         tr("The secret of “%1” could not be removed from %2: %3. The account "
                            "was kept; try again.")
                                 .arg(account.name, m_secrets->backendName(), error));
                    return;
                }
                if (!m_workspace->accounts()->remove(account.id)) {
                    done(false, m_workspace->accounts()->lastError().message);
                    return;
                }
                m_workspace->forgetProviderSession(account.id);
                // The entry of the versions before workspace ids, if it is still there.
                m_secrets->remove(SecretStore::legacyKeyForAccount(account.id), this,
                                  [](SecretStore::Status, const QString &) {});
                if (account.settings.value(QStringLiteral("has_mailbox_secret")).toBool())
                    m_secrets->remove(mailboxSecretKey(account.id), this, [](SecretStore::Status, const QString &) {});
                if (status == SecretStore::Status::Unavailable)
                    qCWarning(lcAccounts) << "keychain unavailable; entry of account" << account.id << "left behind";
                done(true,
                     status == SecretStore::Status::Unavailable
                             ? tr("Account “%1” removed. The keychain was not available, so its "
                                  "entry may remain there.")
                                       .arg(account.name)
                             : tr("Account “%1” removed.").arg(account.name));
            });
}

} // namespace cm
