// DispatchStore's leases (send_leases): who sends a campaign, so that two processes or machines never both do.
#include "dispatchstore.h"

#include "sqlhelpers.h"

#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>

namespace cm {

namespace {

constexpr char leaseColumns[] = "campaign_id, owner, host, pid, program, started_at, heartbeat_at, expires_at, machine";

SendLease leaseFrom(const sql::Query &q)
{
    SendLease lease;
    lease.campaignId = q.value(0).toLongLong();
    lease.owner = q.value(1).toString();
    lease.host = q.value(2).toString();
    lease.pid = q.value(3).toLongLong();
    lease.program = q.value(4).toString();
    lease.startedAt = sql::timeFrom(q.value(5));
    lease.heartbeatAt = sql::timeFrom(q.value(6));
    lease.expiresAt = sql::timeFrom(q.value(7));
    lease.machine = q.value(8).toString();
    return lease;
}

// This machine since its last boot: a process id means something only there (after a reboot it may be another's).
// Its machine id, or where it has none (a bare container) its host name; and the kernel's boot id.
QString thisMachine()
{
    static const QString machine = []() -> QString {
        const QByteArray id = QSysInfo::machineUniqueId();
        const QByteArray boot = QSysInfo::bootUniqueId();
        if (boot.isEmpty())
            return QString(); // processes cannot be told apart: leases are waited out
        return (id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id.toHex())) + QLatin1Char('/')
                + QString::fromLatin1(boot.toHex());
    }();
    return machine;
}

} // namespace

SendLease SendLease::forThisProcess(qint64 campaignId)
{
    SendLease lease;
    lease.campaignId = campaignId;
    lease.owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    lease.host = QSysInfo::machineHostName();
    lease.machine = thisMachine();
    lease.pid = QCoreApplication::applicationPid();
    lease.program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    return lease;
}

bool SendLease::holderIsGone() const
{
    // Known only on the machine, in the boot, it ran in; an unknown machine (or boot) waits for the lease to expire.
    if (machine.isEmpty() || machine != thisMachine() || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    // Signal 0 only asks whether the process exists. A process of another user answers EPERM: it exists.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString SendLease::describe() const
{
    const QLocale locale;
    return tr("%1 on %2 (process %3), since %4, last seen %5")
            .arg(program.isEmpty() ? tr("another program") : program, host)
            .arg(pid)
            .arg(locale.toString(startedAt.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(heartbeatAt.toLocalTime().time(), QLocale::ShortFormat));
}

std::optional<SendLease> DispatchStore::leaseOf(qint64 campaignId) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT %1 FROM send_leases WHERE campaign_id = ?").arg(QLatin1String(leaseColumns)));
    if (!q.bind(campaignId).exec() || !q.next())
        return std::nullopt;
    return leaseFrom(q);
}

bool DispatchStore::claimLease(SendLease &lease, SendLease *holder, int seconds)
{
    const QString action = tr("take the campaign for this send");
    const QDateTime at = now();
    // A holder whose process on this host is gone need not be waited out: its owner may be replaced as well.
    const auto current = leaseOf(lease.campaignId);
    const QString gone = current && current->holderIsGone() ? current->owner : QString();
    if (lease.startedAt.isNull())
        lease.startedAt = at;
    lease.heartbeatAt = at;
    lease.expiresAt = at.addSecs(seconds);
    // One statement, so two sends claiming at once cannot both win: the row is written only where it is free.
    sql::Query claim(db(),
                     QStringLiteral("INSERT INTO send_leases (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (campaign_id) DO UPDATE SET owner = excluded.owner, host = "
                                    "excluded.host, machine = excluded.machine, pid = excluded.pid, program = "
                                    "excluded.program, started_at = "
                                    "excluded.started_at, heartbeat_at = excluded.heartbeat_at, expires_at = "
                                    "excluded.expires_at WHERE send_leases.expires_at <= ? OR send_leases.owner = "
                                    "excluded.owner OR send_leases.owner = ?")
                             .arg(QLatin1String(leaseColumns)));
    claim.bind(lease.campaignId).bind(lease.owner).bind(lease.host).bind(lease.pid).bind(lease.program);
    claim.bind(sql::timeValue(lease.startedAt)).bind(sql::timeValue(at)).bind(sql::timeValue(lease.expiresAt));
    claim.bind(lease.machine);
    if (!claim.bind(sql::timeValue(at)).bind(gone).exec())
        return fail(claim.error(), action);
    if (claim.rowsAffected() == 1)
        return succeed();
    const auto taken = leaseOf(lease.campaignId);
    if (holder && taken)
        *holder = *taken;
    return fail(tr("This campaign is being sent by %1; it was left alone.")
                        .arg(taken ? taken->describe() : tr("another program")));
}

bool DispatchStore::renewLease(SendLease &lease, int seconds)
{
    const QDateTime at = now();
    sql::Query renew(db(),
                     QStringLiteral("UPDATE send_leases SET heartbeat_at = ?, expires_at = ? WHERE campaign_id = ? "
                                    "AND owner = ?"));
    if (!renew.bind(sql::timeValue(at))
                 .bind(sql::timeValue(at.addSecs(seconds)))
                 .bind(lease.campaignId)
                 .bind(lease.owner)
                 .exec())
        return fail(renew.error(), tr("renew this send's hold on the campaign"));
    if (renew.rowsAffected() != 1)
        return fail(tr("This send lost its hold on the campaign (it was not renewed in time, and another send took "
                       "it over)."));
    lease.heartbeatAt = at;
    lease.expiresAt = at.addSecs(seconds);
    return succeed();
}

bool DispatchStore::releaseLease(const SendLease &lease)
{
    sql::Query release(db(), QStringLiteral("DELETE FROM send_leases WHERE campaign_id = ? AND owner = ?"));
    if (!release.bind(lease.campaignId).bind(lease.owner).exec())
        return fail(release.error(), tr("release the campaign after its send"));
    return succeed();
}

QList<qint64> DispatchStore::interruptedSends() const
{
    QList<qint64> ids;
    sql::Query q(db(),
                 QStringLiteral("SELECT l.campaign_id, l.owner, l.host, l.pid, l.program, l.started_at, "
                                "l.heartbeat_at, l.expires_at, l.machine FROM send_leases l JOIN campaigns c ON c.id = "
                                "l.campaign_id WHERE c.state = 'sending' ORDER BY l.campaign_id"));
    const QDateTime at = now();
    if (q.exec()) {
        while (q.next()) {
            const SendLease lease = leaseFrom(q);
            if (lease.expiresAt <= at || lease.holderIsGone())
                ids.append(lease.campaignId);
        }
    }
    return ids;
}

} // namespace cm
