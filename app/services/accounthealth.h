// What the last connection test of each account and the last refresh of each report said, kept in the workspace:
// the Overview shows it after a restart, and whichever process ran the test (the window or campaignctl).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cm {

class Workspace;

struct ConnectionTest
{
    QDateTime at; // UTC
    bool ok = false;
    QString message; // the provider's detail, or what went wrong (translated when it was made)
    std::optional<double> balance;
    QString currency;
    bool rateLimited = false; // turned away for the account's rate limit
};

struct RefreshFailure
{
    qint64 campaignId = 0;
    qint64 accountId = 0;
    QDateTime at; // UTC
    QString message;
    bool rateLimited = false;
};

namespace health {

// Whether a workspace setting's key is one of these records (the Overview reloads when one changes).
bool isHealthKey(const QString &key);
// The account whose connection test the key records; 0 when it records something else.
qint64 testedAccount(const QString &key);

void recordTest(Workspace *workspace, qint64 accountId, const ConnectionTest &test);
std::optional<ConnectionTest> lastTest(Workspace *workspace, qint64 accountId);

// A failed refresh is kept until one of the same report succeeds. A cancelled one says nothing either way.
void recordRefresh(Workspace *workspace, const RefreshFailure &failure);
void clearRefreshFailure(Workspace *workspace, qint64 campaignId);
QList<RefreshFailure> refreshFailures(Workspace *workspace); // oldest first

} // namespace health
} // namespace cm
