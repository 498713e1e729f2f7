#include "benchdata.h"

#include "app/services/workspace.h"
#include "models/clock.h"
#include "models/groupstore.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>

#include <sys/resource.h>

namespace bench {

qint64 writeContactsCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write("email,phone,first_name,last_name,city,loyalty_tier,preferred_store\n");
    const char *first[] = {"Ayşe", "Mehmet", "Łucja", "Íñigo", "Zanele", "Emma", "Çağrı", "Małgorzata"};
    const char *last[] = {"Yılmaz", "Öztürk", "Wiśniewska", "Muñoz", "Nkosi", "Johnson", "Doğan", "Dąbrowska"};
    const char *cities[] = {"İstanbul", "Łódź", "A Coruña", "Durban", "Chicago", "Muğla"};
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        chunk += "person" + QByteArray::number(i) + "@example.com,+90532" + QByteArray::number(1000000 + i % 8999999)
                + "," + first[i % 8] + "," + last[(i / 8) % 8] + "," + cities[i % 6] + ",Gold,Store "
                + QByteArray::number(i % 50) + "\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.size();
}

cm::ImportReport importIntoNewGroup(cm::Workspace &workspace, const QString &csv, qint64 *groupId, double *seconds)
{
    cm::Group group;
    group.name = QStringLiteral("Bench");
    workspace.groups()->create(group);
    *groupId = group.id;
    cm::ImportOptions options;
    options.filePath = csv;
    options.groupId = group.id;
    options.region = QStringLiteral("TR");
    const std::atomic<bool> cancel {false};
    QElapsedTimer timer;
    timer.start();
    const cm::ImportReport report
            = cm::ContactImportService::run(workspace.database(), options, cancel, [](qint64, qint64) {});
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

ContactsWorkspace::ContactsWorkspace(qint64 rows)
    : m_clock(std::make_unique<cm::SystemClock>())
{
    const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
    writeContactsCsv(csv, rows);
    m_workspace = std::make_unique<cm::Workspace>(m_dir.filePath(QStringLiteral("workspace.sqlite")), m_clock.get());
    if (const cm::DatabaseError error = m_workspace->open()) {
        std::fprintf(stderr, "the workspace cannot be opened: %s\n", qPrintable(error.message));
        return;
    }
    const cm::ImportReport report = importIntoNewGroup(*m_workspace, csv, &m_groupId, &m_importSeconds);
    if (!report.ok)
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
    m_ok = report.ok;
}

ContactsWorkspace::~ContactsWorkspace() = default;

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakMegabytes()
{
    // VmHWM, which resetPeak() can bring down to the current size (getrusage's maximum it cannot).
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return double(line.mid(6).trimmed().split(' ').first().toLongLong()) / 1024.0;
        }
    }
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double heapMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1048576.0;
}

double currentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / 1048576.0 : 0;
}

} // namespace bench
