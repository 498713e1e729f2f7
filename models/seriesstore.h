// Series: their steps, the contacts going through them and what each got (series.h has the values). The only writer
// of the series tables. The steps' messages are campaigns (campaigns.series_id) that CampaignStore keeps.
#pragma once

#include "series.h"
#include "store.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace cm {

namespace sql {
class Transaction;
}

class SeriesStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    QList<Series> list() const; // by name, with their steps
    std::optional<Series> byId(qint64 id) const;
    std::optional<Series> byName(const QString &name) const;
    bool hasRunning() const; // whether any series runs: the scheduler's cheap question
    // A new series (id 0), or one edited: while a draft everything, later its steps only (SeriesService says who an
    // edit affects). Steps may be edited and added; steps nobody has reached may be removed from the end (those
    // waiting for one finish). Waiting contacts get the new timing of their step.
    bool save(Series &series);
    bool setState(qint64 id, SeriesState state);
    // Stopped: every waiting contact leaves with `reason`.
    bool stop(qint64 id, const QString &reason);
    // Refuses once anything was sent (stop it instead: its reports stay).
    bool remove(qint64 id);

    // New members: the group's contacts not yet in the series (only those added after `from` with onlyNew),
    // entering when they were added or at `from`, whichever is later. Returns how many entered, or -1.
    qint64 enrolGroup(const Series &series, const QDateTime &from);
    // New members entering now: those of `contactIds` not yet in the series. Returns how many entered, or -1.
    qint64 enrolContacts(const Series &series, const QList<qint64> &contactIds, const QDateTime &now);

    // A contact whose step is due, with what the step's conditions and exits look at.
    struct Due
    {
        qint64 contactId = 0;
        int step = 0;
        QDateTime enteredAt;
        QDateTime dueAt;
        bool exists = false; // the contact is still in the workspace
        qint64 groupId = 0;
        QString email;
        QString phone;
        // The previous step's message to them, when they got one.
        qint64 previousCampaignId = 0;
        bool previousSettled
                = true; // its campaign's send has ended (or there is none): a missing message is not coming
        std::optional<QString> previousState; // its recipient state key
        bool opened = false;
        bool clicked = false;
    };
    // The series' contacts whose step is due by `now`, soonest first, at most `limit`: an index range.
    QList<Due> due(qint64 seriesId, const QDateTime &now, int limit) const;
    // The campaigns of the messages the due contacts' conditions read (refreshed before they are evaluated).
    QList<qint64> conditionCampaigns(qint64 seriesId, const QList<int> &conditionalSteps, const QDateTime &now) const;

    enum class Outcome { Sent, Skipped, Left };
    // Moves a due contact past its step (`Sent`, `Skipped`) to the next, due at `nextDue` (finished after the last),
    // or out of the series (`Left`, with `note`), and adds the line to its timeline. False when the contact was no
    // longer waiting for that step (another process moved it): it is then left alone. Run it in a transaction with
    // the step's campaign (CampaignStore::begin()); `campaignId` may be set later with setSendCampaign().
    // `at`: now, for its timeline; `reached`: what the next step's delay counts from.
    bool advance(qint64 seriesId, qint64 contactId, int step, Outcome outcome, const QDateTime &at,
                 const QDateTime &reached, const QDateTime &nextDue, bool last, const QString &note = {});
    bool setSendCampaign(qint64 seriesId, int step, const QList<qint64> &contactIds, qint64 campaignId);
    // A step's campaign cancelled before anything of it went: its contacts did not get the step, and left (`note`).
    bool revokeSends(qint64 campaignId, const QString &note);

    // The addresses (email, phone) of the contacts a step was sent to: one address in two contacts (a segment across
    // groups) gets a step once.
    QSet<QString> sentAddresses(qint64 seriesId, int step) const;
    // The contacts a step's campaign goes to.
    QList<qint64> campaignContacts(qint64 campaignId) const;
    QList<qint64> campaigns(qint64 seriesId) const; // the steps' campaigns
    // The steps' campaigns with recipients the provider may or may not have sent (unknown): campaign → how many.
    QMap<qint64, qint64> unknownCampaigns(qint64 seriesId) const;

    // Per step (the list's index): who waits for it and what came of it; plus those who finished and left.
    QList<SeriesStepReport> report(qint64 seriesId, int steps) const;
    QHash<QString, qint64> memberCounts(qint64 seriesId) const; // state key → contacts
    std::optional<SeriesMember> member(qint64 seriesId, qint64 contactId) const;
    QList<SeriesEvent> timeline(qint64 seriesId, qint64 contactId) const;

signals:
    void seriesChanged();

private:
    bool saveSteps(const Series &series, const Series *before);
    bool fillDue(const Series &series); // due_at for members that entered and have none yet
    // The end of an entry: the newcomers' due times, the commit, the change said. Returns `entered`, or -1.
    qint64 finishEntry(sql::Transaction &transaction, const Series &series, qint64 entered);
    void loadSteps(Series &series) const;
};

} // namespace cm
