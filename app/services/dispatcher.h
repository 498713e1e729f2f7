// Sends campaigns: snapshots the recipients with their personalised content, then hands them to the provider a
// batch at a time, writing each batch's state before and after its request (DispatchStore). A crash or kill leaves
// what was in flight marked unknown at the next send, never sent again blindly; the rest continues where it stopped.
#pragma once

#include "models/types.h"

#include <QObject>

namespace cm {

class AccountService;
class Job;
class JobTracker;
class Workspace;

class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent = nullptr);

    // The recipients a send would reach now: the group's contacts with an address on the channel, without the
    // suppression list and without the same address twice, each with the template rendered for them (for email,
    // the content is {"subject", "body"} as JSON). `excluded` counts those left out.
    static QList<Recipient> prepare(Workspace *workspace, const Campaign &campaign, const Template &tmpl,
                                    qint64 *excluded = nullptr);

    // Sends the campaign, or resumes its send. Progress counts recipients; Cancel stops after the batch in flight
    // (sending again continues). The job's message says how many were accepted, failed and unknown.
    Job *send(qint64 campaignId);
    // Puts the failed recipients into new batches; send() then sends them. Returns how many, or -1.
    qint64 retryFailed(qint64 campaignId);

private:
    Workspace *m_workspace;
    AccountService *m_accounts;
    JobTracker *m_jobs;
};

} // namespace cm
