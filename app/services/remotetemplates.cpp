#include "groupsync.h"

#include "providers/provider.h"

#include "job.h"
#include "models/accountstore.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "workspace.h"

#include <functional>
#include <memory>

namespace cm {

Job *GroupSyncService::pushTemplate(qint64 templateId, qint64 accountId)
{
    const auto tmpl = m_workspace->templates()->byId(templateId);
    const auto account = m_workspace->accounts()->byId(accountId);
    auto *job = new Job(tr("Sending the template “%1” to “%2”")
                                .arg(tmpl ? tmpl->name : QString(), account ? account->name : QString()),
                        this);
    m_jobs->track(job);
    if (!tmpl || tmpl->channel != Channel::Email) {
        const QString problem = tmpl ? tr("Only email templates can be kept at a provider: they are HTML there.")
                                     : tr("That template no longer exists.");
        job->finish(false, problem); // finished() is emitted from the event loop, once the caller has connected
        return job;
    }
    withProvider(job, accountId, Need::Templates, [job, t = *tmpl](Provider *provider, const Account &account) {
        ProviderReply *listed = provider->listTemplates();
        connect(listed, &ProviderReply::finished, job, [job, provider, listed, t, account] {
            if (listed->hasError())
                return job->finish(false, listed->error().describe(account.name));
            // What the campaign would send: a plain-text body with its line breaks kept.
            RemoteTemplate remote {
                    {}, t.name, t.channel == Channel::Email ? TemplateRenderer::emailHtml(t.body) : t.body, {}};
            for (const RemoteTemplate &r : listed->result().value<QList<RemoteTemplate>>()) {
                if (r.name == t.name && (remote.id.isEmpty() || r.id.startsWith(QLatin1String("v2:"))))
                    remote.id = r.id; // the same name: replaced, the current store preferred
            }
            const bool replacing = !remote.id.isEmpty();
            ProviderReply *saved = provider->saveTemplate(remote);
            connect(saved, &ProviderReply::finished, job, [job, saved, t, account, replacing] {
                if (saved->hasError())
                    return job->finish(false, saved->error().describe(account.name));
                const RemoteTemplate r = saved->result().value<RemoteTemplate>();
                job->setProperty("remote_id", r.id);
                job->finish(
                        true,
                        (replacing ? tr("“%1” replaced template %2 of “%3”.") : tr("“%1” is now template %2 of “%3”."))
                                .arg(t.name, r.id, account.name));
            });
        });
    });
    return job;
}

Job *GroupSyncService::pullTemplates(qint64 accountId)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    auto *job = new Job(tr("Bringing in the templates of “%1”").arg(account ? account->name : QString()), this);
    m_jobs->track(job);
    withProvider(job, accountId, Need::Templates, [this, job](Provider *provider, const Account &account) {
        ProviderReply *listed = provider->listTemplates();
        connect(listed, &ProviderReply::finished, job, [this, job, provider, listed, account] {
            if (listed->hasError())
                return job->finish(false, listed->error().describe(account.name));
            const QList<RemoteTemplate> all = listed->result().value<QList<RemoteTemplate>>();
            // One at a time with its html (a listing may leave it out), saved as it comes.
            auto step = std::make_shared<std::function<void(qsizetype, int, int)>>();
            std::weak_ptr<std::function<void(qsizetype, int, int)>> weak = step;
            connect(job, &QObject::destroyed, this, [step] {});
            *step = [this, job, provider, account, all, weak](qsizetype index, int added, int updated) {
                if (index >= all.size())
                    return job->finish(true,
                                       tr("From “%1”: %n template(s) added", nullptr, added).arg(account.name)
                                               + QStringLiteral(", ") + tr("%n updated.", nullptr, updated));
                if (job->isCancelled())
                    return job->finish(false, tr("Stopped after %n template(s).", nullptr, int(index)));
                ProviderReply *got = provider->getTemplate(all.at(index).id);
                connect(got, &ProviderReply::finished, job, [this, job, got, account, weak, index, added, updated] {
                    if (got->hasError())
                        return job->finish(false, got->error().describe(account.name));
                    const RemoteTemplate r = got->result().value<RemoteTemplate>();
                    TemplateStore *store = m_workspace->templates();
                    Template t = store->byName(r.name).value_or(Template {});
                    const bool known = t.id != 0 && t.channel == Channel::Email;
                    if (t.id != 0 && !known)
                        t = Template {}; // an SMS template of that name stays; this one gets the provider's id as name
                    if (t.id == 0) {
                        t.name = store->byName(r.name) ? QStringLiteral("%1 (%2)").arg(r.name, r.id) : r.name;
                        t.channel = Channel::Email;
                        t.subject = r.name;
                    }
                    t.body = r.html;
                    if (!(known ? store->update(t) : store->add(t)))
                        return job->finish(false, store->lastError().message);
                    job->setProgress(index + 1, 0);
                    if (const auto next = weak.lock())
                        (*next)(index + 1, added + (known ? 0 : 1), updated + (known ? 1 : 0));
                });
            };
            (*step)(0, 0, 0);
        });
    });
    return job;
}

void GroupSyncService::remoteTemplates(qint64 accountId, QObject *context, TemplatesReady ready)
{
    auto *job = new Job(tr("Reading the templates at the provider"), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [job, ready](bool ok, const QString &message) {
        ready(ok, message, job->property("templates").value<QList<RemoteTemplate>>());
    });
    withProvider(job, accountId, Need::Templates, [job](Provider *provider, const Account &account) {
        ProviderReply *listed = provider->listTemplates();
        connect(listed, &ProviderReply::finished, job, [job, listed, account] {
            if (listed->hasError())
                return job->finish(false, listed->error().describe(account.name));
            job->setProperty("templates", listed->result());
            job->finish(true, {});
        });
    });
}

void GroupSyncService::remotePreview(qint64 accountId, const QString &remoteId, QObject *context, PreviewReady ready)
{
    auto *job = new Job(tr("Reading the template's preview at the provider"), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [job, ready](bool ok, const QString &message) {
        ready(ok, ok ? job->property("html").toString() : message);
    });
    withProvider(job, accountId, Need::Templates, [job, remoteId](Provider *provider, const Account &account) {
        ProviderReply *preview = provider->previewTemplate(remoteId);
        connect(preview, &ProviderReply::finished, job, [job, preview, account] {
            if (preview->hasError())
                return job->finish(false, preview->error().describe(account.name));
            job->setProperty("html", preview->result());
            job->finish(true, {});
        });
    });
}

} // namespace cm
