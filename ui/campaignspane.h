#pragma once

#include "models/types.h"
#include "pane.h"

class QFormLayout;
class QLabel;

namespace cm {

class CampaignModel;
class Job;

class CampaignsPane : public Pane
{
    Q_OBJECT
public:
    explicit CampaignsPane(const UiContext &context, QWidget *parent = nullptr);

    QString createCampaign(Campaign &campaign); // from the composer: what to fix, or empty
    QString updateCampaign(Campaign &campaign); // from the composer editing one
    bool cloneCampaign(qint64 id, const QString &name);
    bool cancelCampaign(qint64 id); // asks first
    // A send its provider holds, moved to `utc` there (the store follows once the provider has).
    bool rescheduleHeld(qint64 id, const QDateTime &utc);
    // The unknown recipients were sent (after all) or not (then retryable); returns how many, or -1.
    qint64 resolveUnknown(qint64 id, bool sent);
    // Asks the provider which unknown recipients it has (Dispatcher::reconcile); the banner says what it found.
    Job *reconcileUnknown(qint64 id);
    // Checks the campaign in the background, asks with the numbers, then sends, or schedules a draft that has a
    // time to come; the outcome shows in the banner.
    bool sendCampaign(qint64 id);
    bool retryFailed(qint64 id);
    bool testSend(qint64 id, const QStringList &addresses);
    // The campaign's A/B test: its editor before it starts, the variants side by side and a pick once it runs.
    void editTest(qint64 id);
    Job *pickWinner(qint64 id, const QString &label); // sends it to the rest; the banner says how it went

protected:
    void currentChanged(qint64 id) override;

private:
    CampaignModel *m_model;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_state;
    QFormLayout *m_form;
    QLabel *m_account;
    QLabel *m_group;
    QLabel *m_template;
    QLabel *m_sender;
    QLabel *m_when;
    QLabel *m_recipients;
    QLabel *m_window;
    QLabel *m_test;
    QLabel *m_localTime;
    QAction *m_editAction;
    QAction *m_cloneAction;
    QAction *m_cancelAction;
    QAction *m_resolveAction;
    QAction *m_reportAction;
    QAction *m_sendAction;
    QAction *m_retryAction;
    QAction *m_testAction;
    QAction *m_abAction;
};

} // namespace cm
