// Dispatch of a 100,000-recipient SMS campaign with two personalised fields, to the Sandbox (in process) and to the
// Outbox fake (HTTP on loopback, in this process), through the real Dispatcher on a real workspace file. Prints the
// snapshot (read, render, write), the whole send per recipient, and the app's own share per recipient (snapshot +
// render + the batch bookkeeping written before and after each request). Goals: app overhead ≤ 20 µs a recipient,
// peak memory ≤ 150 MB.
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
#include "models/templatestore.h"
#include "providers/provider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

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

struct Figures
{
    double snapshotSeconds = 0;
    double sendSeconds = 0;
    double bookkeepingSeconds = 0;
    double durableBatchSeconds = 0; // bookkeeping of one batch, commits synced (synchronous=FULL)
    double normalBatchSeconds = 0;  // the same with synchronous=NORMAL
    qint64 accepted = 0;
};

Figures run(Workspace &workspace, AccountService &accounts, JobTracker &jobs, qint64 accountId, qint64 groupId,
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
    const Template tmpl = *workspace.templates()->byId(templateId);

    // The snapshot alone (what send() does first, on its worker): read, render, write.
    QElapsedTimer timer;
    timer.start();
    QList<Recipient> recipients = Dispatcher::prepare(&workspace, c, tmpl);
    const auto info = workspace.providers().info(workspace.accounts()->byId(accountId)->provider);
    DispatchStore store(workspace.database());
    store.snapshot(c.id, recipients, info->maxBatchSize);
    f.snapshotSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The bookkeeping alone: each batch marked submitting and then accepted, as the send does, on a copy.
    // Measured on a throwaway campaign so the real send below starts from pending batches.
    Campaign probe = c;
    probe.name = name + QStringLiteral(" (bookkeeping)");
    workspace.campaigns()->create(probe);
    QList<Recipient> copy = std::move(recipients); // no second copy in memory: the real one is in the database
    for (Recipient &r : copy) {
        r.campaignId = probe.id;
        r.clientKey += QStringLiteral("-probe");
    }
    // Half the batches with the commits synced to disk (synchronous=FULL, as the send does), half without
    // (NORMAL): the difference per batch is what durability costs.
    store.snapshot(probe.id, copy, info->maxBatchSize);
    copy.clear();
    SendLease lease = SendLease::forThisProcess(probe.id);
    store.claimLease(lease, nullptr);
    const qint64 batches = store.batchCounts(probe.id).value(QStringLiteral("pending"));
    qint64 done = 0;
    double durableSeconds = 0;
    double normalSeconds = 0;
    while (const auto batch = store.nextPending(probe.id)) {
        const bool durable = done++ < batches / 2;
        workspace.database()->setDurableCommits(durable);
        timer.restart();
        const QList<Recipient> inBatch = store.batchRecipients(batch->id);
        store.beginBatch(lease, batch->id);
        QList<MessageOutcome> outcomes;
        for (const Recipient &r : inBatch)
            outcomes.append({r.clientKey, QStringLiteral("p-") + r.clientKey, true, {}});
        store.finishBatch(lease, batch->id, outcomes);
        (durable ? durableSeconds : normalSeconds) += double(timer.nsecsElapsed()) / 1e9;
    }
    workspace.database()->setDurableCommits(true);
    store.releaseLease(lease);
    f.bookkeepingSeconds = durableSeconds + normalSeconds;
    f.durableBatchSeconds = durableSeconds / double(qMax<qint64>(1, batches / 2));
    f.normalBatchSeconds = normalSeconds / double(qMax<qint64>(1, batches - batches / 2));

    Dispatcher dispatcher(&workspace, &accounts, &jobs);
    timer.restart();
    QString message;
    if (!wait(dispatcher.send(c.id), &message))
        std::fprintf(stderr, "send failed: %s\n", qPrintable(message));
    f.sendSeconds = double(timer.nsecsElapsed()) / 1e9;
    f.accepted = workspace.campaigns()->recipientCounts(c.id).value(RecipientState::Accepted);
    return f;
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
    test::OutboxFake fake("bench-key");
    fake.start();
    qint64 sandboxId = 0, outboxId = 0;
    for (const auto &[name, provider, url, secret] :
         {std::tuple {QStringLiteral("Sandbox"), QStringLiteral("sandbox"), QString(), QString()},
          std::tuple {QStringLiteral("Outbox"), QStringLiteral("outbox"), fake.baseUrl(),
                      QStringLiteral("bench-key")}}) {
        bool added = false;
        accounts.add(Account {0, name, provider, url, {}, {}, {}}, secret, &app,
                     [&added](bool, const QString &) { added = true; });
        while (!added)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        (provider == QLatin1String("sandbox") ? sandboxId : outboxId) = workspace.accounts()->byName(name)->id;
    }

    std::printf("%d recipients, SMS with two personalised fields\n", size);
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    for (const auto &[label, accountId] :
         {std::pair {"Sandbox (in process)", sandboxId}, std::pair {"Outbox fake (HTTP on loopback)", outboxId}}) {
        if (!only.isEmpty() && !QByteArray(label).toLower().startsWith(only))
            continue;
        const Figures f = run(workspace, accounts, jobs, accountId, group.id, tmpl.id, QString::fromUtf8(label));
        const double us = 1e6 / size;
        const double overhead = (f.snapshotSeconds + f.bookkeepingSeconds) * us;
        std::printf("%s: %lld accepted\n", label, static_cast<long long>(f.accepted));
        std::printf("  snapshot (read, render, write): %.2f s = %.1f us a recipient\n", f.snapshotSeconds,
                    f.snapshotSeconds * us);
        std::printf("  batch bookkeeping:              %.2f s = %.1f us a recipient\n", f.bookkeepingSeconds,
                    f.bookkeepingSeconds * us);
        std::printf("  one batch's bookkeeping:        %.2f ms synced (synchronous=FULL), %.2f ms with NORMAL: "
                    "durability costs %.2f ms a batch (%.2fx)\n",
                    f.durableBatchSeconds * 1e3, f.normalBatchSeconds * 1e3,
                    (f.durableBatchSeconds - f.normalBatchSeconds) * 1e3,
                    f.durableBatchSeconds / qMax(1e-9, f.normalBatchSeconds));
        std::printf("  whole send:                     %.2f s = %.0f recipients a second\n", f.sendSeconds,
                    size / f.sendSeconds);
        std::printf("  app overhead: %.1f us a recipient (goal <= 20 us: %.2fx of it)\n", overhead, overhead / 20.0);
    }
    std::printf("peak memory: %.0f MB (goal <= 150 MB)\n", bench::peakMegabytes());
    return 0;
}
