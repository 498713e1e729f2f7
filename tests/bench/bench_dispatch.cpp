// Dispatch of a 100,000-recipient SMS campaign with two personalised fields, to the Sandbox (in process) and to the
// Outbox fake (HTTP on loopback, on a thread of its own in this process), through the real Dispatcher on a real
// workspace file: the whole run from Send to the last outcome written, as the app does it (snapshot, batch claims,
// requests with their contacts reloaded and bulk text re-rendered, outcome writes, the event loop and Qt's network
// thread). The app's cost a recipient is the process's CPU time over the run, less the fake server's own; each part
// is printed (cm::profile). Goals: ≤ 20 µs a recipient with all of that counted; peak memory ≤ 150 MB.
//   bench_dispatch [RECIPIENTS [sandbox|outbox]]   (default 100,000, both)
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "app/services/workspace.h"
#include "benchdata.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/profile.h"
#include "models/templatestore.h"
#include "providers/provider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <array>
#include <ctime>
#include <functional>
#include <memory>

#include <cstdio>

using namespace cm;

namespace {

bool wait(Job *job, QString *message)
{
    bool done = false, ok = false;
    QObject::connect(job, &Job::finished, [&](bool success, const QString &text) {
        done = true;
        ok = success;
        *message = text;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok;
}

qint64 processCpuNanoseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 threadCpuNanoseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The Outbox fake on a thread of its own, so its CPU time can be told apart from the app's.
class FakeThread
{
public:
    FakeThread()
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        onThread([this] {
            m_fake = std::make_unique<test::OutboxFake>("bench-key");
            m_fake->setKeepRequests(false); // its memory is not the app's
            m_fake->start();
        });
    }
    ~FakeThread()
    {
        onThread([this] { m_fake.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    QString baseUrl() const { return m_fake->baseUrl(); }
    qint64 cpuNanoseconds()
    {
        qint64 ns = 0;
        onThread([&ns] { ns = threadCpuNanoseconds(); });
        return ns;
    }

private:
    void onThread(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<test::OutboxFake> m_fake;
};

struct Figures
{
    double wallSeconds = 0;
    double peakMegabytes = 0;  // the process's peak during the run
    double residentBefore = 0; // and what it had before
    double appCpuSeconds = 0;  // the process's CPU time less the fake's
    std::array<double, size_t(profile::Part::Count)> parts {};
    qint64 accepted = 0;
    qint64 batches = 0;
};

Figures run(Workspace &workspace, Dispatcher &dispatcher, FakeThread *fake, qint64 accountId, qint64 groupId,
            qint64 templateId, const QString &name)
{
    Figures f;
    Campaign c;
    c.name = name;
    c.channel = Channel::Sms;
    c.accountId = accountId;
    c.groupId = groupId;
    c.templateId = templateId;
    workspace.campaigns()->create(c);
    profile::reset();
    bench::resetPeak();
    f.residentBefore = bench::currentMegabytes();
    const qint64 fakeBefore = fake ? fake->cpuNanoseconds() : 0;
    const qint64 cpuBefore = processCpuNanoseconds();
    QElapsedTimer timer;
    timer.start();
    QString message;
    if (!wait(dispatcher.send(c.id), &message))
        std::fprintf(stderr, "send failed: %s\n", qPrintable(message));
    f.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    f.peakMegabytes = bench::peakMegabytes();
    const qint64 fakeCpu = fake ? fake->cpuNanoseconds() - fakeBefore : 0;
    f.appCpuSeconds = double(processCpuNanoseconds() - cpuBefore - fakeCpu) / 1e9;
    for (size_t i = 0; i < f.parts.size(); ++i)
        f.parts[i] = double(profile::total(profile::Part(i))) / 1e9;
    f.accepted = workspace.campaigns()->recipientCounts(c.id).value(RecipientState::Accepted);
    f.batches = DispatchStore(workspace.database()).batchCounts(c.id).value(QStringLiteral("accepted"));
    return f;
}

void print(const char *label, const Figures &f, int size)
{
    const double us = 1e6 / size;
    std::printf("%s: %lld accepted in %lld batches, %.2f s = %.0f recipients a second\n", label,
                static_cast<long long>(f.accepted), static_cast<long long>(f.batches), f.wallSeconds,
                size / f.wallSeconds);
    const char *names[] = {"snapshot: contacts read, content rendered", "snapshot written",
                           "batches claimed (found, read, marked, committed)",
                           "requests made (contacts reloaded, bulk text, the provider's request)", "outcomes written"};
    double counted = 0;
    for (size_t i = 0; i < f.parts.size(); ++i) {
        std::printf("  %-70s %6.1f us a recipient\n", names[i], f.parts[i] * us);
        counted += f.parts[i];
    }
    std::printf("  %-70s %6.1f us a recipient\n", "the rest: the provider, event loop, network, answers parsed",
                (f.wallSeconds - counted) * us);
    const double total = f.appCpuSeconds * us;
    std::printf("  the whole run: %.1f us a recipient of time, %.1f us of the app's CPU (goal <= 20 us: %.2fx of it)\n",
                f.wallSeconds * us, total, total / 20.0);
    std::printf("  peak memory during the run: %.0f MB (goal <= 150 MB), %.0f MB before it\n", f.peakMegabytes,
                f.residentBefore);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cm.*.debug=false\ncm.*.info=false"));
    const int size = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    SystemClock clock;
    Workspace workspace(dir.filePath(QStringLiteral("workspace.sqlite")), &clock);
    if (workspace.open())
        return 1;
    Group group;
    group.name = QStringLiteral("Bench");
    workspace.groups()->create(group);
    {
        QList<Contact> contacts;
        contacts.reserve(size);
        const char *first[] = {"Ayşe", "Mehmet", "Łucja", "Íñigo"};
        for (int i = 0; i < size; ++i) {
            Contact c;
            c.phone = QStringLiteral("+90532%1").arg(1000000 + i);
            c.firstName = QString::fromUtf8(first[i % 4]);
            c.fields.insert(QStringLiteral("code"), QStringLiteral("K%1").arg(i));
            contacts.append(c);
        }
        workspace.groups()->addContacts(group.id, contacts);
    }
    Template tmpl;
    tmpl.name = QStringLiteral("Offer");
    tmpl.channel = Channel::Sms;
    tmpl.body = QStringLiteral("Merhaba {{first_name}}, kodunuz {{code}}: bugün %20 indirim.");
    workspace.templates()->add(tmpl);

    MemorySecretStore secrets;
    JobTracker jobs;
    AccountService accounts(&workspace, &secrets, &jobs, false);
    FakeThread fake;
    qint64 sandboxId = 0, outboxId = 0;
    // The Outbox account without its pacing (5 requests a second by default): the run measures the app, not the
    // provider's limit.
    const QJsonObject unpaced {{QStringLiteral("requests_per_second"), 100000}};
    for (const auto &[name, provider, url, secret, settings] :
         {std::tuple {QStringLiteral("Sandbox"), QStringLiteral("sandbox"), QString(), QString(), QJsonObject()},
          std::tuple {QStringLiteral("Outbox"), QStringLiteral("outbox"), fake.baseUrl(), QStringLiteral("bench-key"),
                      unpaced}}) {
        bool added = false;
        accounts.add(Account {0, name, provider, url, {}, settings, {}}, secret, &app,
                     [&added](bool, const QString &) { added = true; });
        while (!added)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        (provider == QLatin1String("sandbox") ? sandboxId : outboxId) = workspace.accounts()->byName(name)->id;
    }

    std::printf("%d recipients, SMS with two personalised fields\n", size);
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    Dispatcher dispatcher(&workspace, &accounts, &jobs);
    if (only.isEmpty() || only == "sandbox") {
        const Figures f = run(workspace, dispatcher, nullptr, sandboxId, group.id, tmpl.id, QStringLiteral("Sandbox"));
        print("Sandbox (in process)", f, size);
        // Durability: the same run with commits not synced to disk (synchronous=NORMAL instead of FULL).
        workspace.database()->setDurableCommits(false);
        const Figures normal
                = run(workspace, dispatcher, nullptr, sandboxId, group.id, tmpl.id, QStringLiteral("Sandbox, NORMAL"));
        workspace.database()->setDurableCommits(true);
        std::printf("  the same with commits not synced (synchronous=NORMAL): %.2f s; durability costs %.2f ms a batch "
                    "(%.2fx)\n",
                    normal.wallSeconds, (f.wallSeconds - normal.wallSeconds) * 1e3 / double(qMax<qint64>(1, f.batches)),
                    f.wallSeconds / normal.wallSeconds);
    }
    if (only.isEmpty() || only == "outbox") {
        const Figures f = run(workspace, dispatcher, &fake, outboxId, group.id, tmpl.id, QStringLiteral("Outbox"));
        print("Outbox fake (HTTP on loopback, unpaced)", f, size);
    }
    std::printf("peak memory of the whole benchmark (contacts made, three sends, the fake's records): %.0f MB\n",
                bench::peakMegabytes());
    return 0;
}
