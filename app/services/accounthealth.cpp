#include "accounthealth.h"

#include "workspace.h"

#include "models/settingsstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cm::health {

namespace {

const QLatin1String testPrefix("health.test.");
const QLatin1String refreshPrefix("health.refresh."); // one key a campaign: processes never write over each other

} // namespace

bool isHealthKey(const QString &key)
{
    return key.startsWith(testPrefix) || key.startsWith(refreshPrefix);
}

qint64 testedAccount(const QString &key)
{
    return key.startsWith(testPrefix) ? key.mid(testPrefix.size()).toLongLong() : 0;
}

void recordTest(Workspace *workspace, qint64 accountId, const ConnectionTest &test)
{
    QJsonObject record {{QStringLiteral("at"), test.at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("ok"), test.ok},
                        {QStringLiteral("message"), test.message},
                        {QStringLiteral("rate_limited"), test.rateLimited}};
    if (test.balance) {
        record.insert(QStringLiteral("balance"), *test.balance);
        record.insert(QStringLiteral("currency"), test.currency);
    }
    workspace->settings()->setValue(testPrefix + QString::number(accountId),
                                    QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
}

std::optional<ConnectionTest> lastTest(Workspace *workspace, qint64 accountId)
{
    const QString text = workspace->settings()->value(testPrefix + QString::number(accountId));
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject record = QJsonDocument::fromJson(text.toUtf8()).object();
    ConnectionTest test;
    test.at = QDateTime::fromString(record.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!test.at.isValid())
        return std::nullopt;
    test.ok = record.value(QStringLiteral("ok")).toBool();
    test.message = record.value(QStringLiteral("message")).toString();
    test.rateLimited = record.value(QStringLiteral("rate_limited")).toBool();
    if (record.contains(QStringLiteral("balance"))) {
        test.balance = record.value(QStringLiteral("balance")).toDouble();
        test.currency = record.value(QStringLiteral("currency")).toString();
    }
    return test;
}

void recordRefresh(Workspace *workspace, const RefreshFailure &failure)
{
    const QJsonObject record {{QStringLiteral("account"), failure.accountId},
                              {QStringLiteral("at"), failure.at.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("message"), failure.message},
                              {QStringLiteral("rate_limited"), failure.rateLimited}};
    workspace->settings()->setValue(refreshPrefix + QString::number(failure.campaignId),
                                    QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
}

void clearRefreshFailure(Workspace *workspace, qint64 campaignId)
{
    workspace->settings()->remove(refreshPrefix + QString::number(campaignId));
}

QList<RefreshFailure> refreshFailures(Workspace *workspace)
{
    QList<RefreshFailure> failures;
    const QHash<QString, QString> all = workspace->settings()->valuesStartingWith(refreshPrefix);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QJsonObject record = QJsonDocument::fromJson(it.value().toUtf8()).object();
        RefreshFailure failure;
        failure.campaignId = it.key().mid(refreshPrefix.size()).toLongLong();
        failure.accountId = record.value(QStringLiteral("account")).toInteger();
        failure.at = QDateTime::fromString(record.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        failure.message = record.value(QStringLiteral("message")).toString();
        failure.rateLimited = record.value(QStringLiteral("rate_limited")).toBool();
        if (failure.campaignId > 0)
            failures.append(failure);
    }
    std::sort(failures.begin(), failures.end(),
              [](const RefreshFailure &a, const RefreshFailure &b) { return a.at < b.at; });
    return failures;
}

} // namespace cm::health
