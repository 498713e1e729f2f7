// Automated series: an entry (a group's contacts, or whoever matches a segment) and steps, each a template sent
// through an account some time after the previous step (or the entry), perhaps only when the previous message was
// opened, clicked, … The values, when a step falls due, and the small text format `campaignctl series` reads.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace cm {

// What a step asks of the message of the step before it, for this contact.
enum class StepCondition { None, Opened, NotOpened, Clicked, NotClicked, Delivered, NotDelivered, Failed };
QString stepConditionKey(StepCondition condition); // "not_opened"
std::optional<StepCondition> stepConditionFromKey(const QString &key);
QString stepConditionName(StepCondition condition);  // translated: "if the previous message was not opened"
QString stepConditionBrief(StepCondition condition); // translated, for tables: "if not opened"
// Why a contact left a series or skipped a step, kept as a key ("suppressed", "condition:not_opened",
// "no_address:sms", …), said in the user's language.
QString seriesReasonText(const QString &key);

enum class SeriesState { Draft, Running, Paused, Stopped };
QString seriesStateKey(SeriesState state);
std::optional<SeriesState> seriesStateFromKey(const QString &key);
QString seriesStateName(SeriesState state); // translated

struct SeriesStep
{
    QString name;            // "Welcome"; empty: "Step N"
    qint64 templateId = 0;   // the message, on the template's channel
    qint64 accountId = 0;    // the account that carries it
    QString sender;          // the sender id or address, as a campaign's
    int delayMinutes = 0;    // after the previous step, or after the entry (afterEntry)
    bool afterEntry = false; // the delay counts from the entry, not from the previous step
    int timeOfDay = -1;      // minutes after midnight in the series' zone: sent at the first such time once due
    int windowStart = -1;    // quiet hours, as the hours it may be sent in (a campaign's sending window)
    int windowEnd = -1;
    StepCondition condition = StepCondition::None; // on the previous step's message
    bool leaveOtherwise = false;                   // the condition does not hold: leave the series (else skip)
    // Joined for display.
    QString templateName;
    QString accountName;

    bool hasWindow() const { return windowStart >= 0 && windowEnd >= 0 && windowStart != windowEnd; }
    QString displayName(int position) const; // its name, or "Step N"
    // When it goes, translated: "3 days after the previous step, at 10:00, if not opened".
    QString whenText(int position) const;
    // When this step is due for a contact who entered at `enteredAt` and reached it (the entry, or the previous
    // step) at `reachedAt`: the delay, then the time of day, then the quiet hours, in `zone`.
    QDateTime dueAt(const QDateTime &enteredAt, const QDateTime &reachedAt, const QTimeZone &zone) const;
    bool sameTiming(const SeriesStep &other) const;
};

struct Series
{
    qint64 id = 0;
    QString name;
    qint64 groupId = 0;   // entry: joining this group; or
    qint64 segmentId = 0; // matching this segment
    QDateTime startsAt;   // UTC: contacts enter from then; invalid: from when it is started
    bool onlyNew = false; // only contacts added after it starts
    QString timeZone;     // of the steps' times of day and quiet hours; empty: the system's
    SeriesState state = SeriesState::Draft;
    QList<SeriesStep> steps;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime stoppedAt;
    // Joined for display.
    QString entryName; // the group's or the segment's name

    QTimeZone zone() const;
    QDateTime entryFrom() const { return startsAt.isValid() ? startsAt : startedAt; }
};

// Where a contact is in a series.
struct SeriesMember
{
    qint64 contactId = 0;
    enum class State { Waiting, Finished, Left } state = State::Waiting;
    int step = 0; // the step it waits for
    QDateTime enteredAt;
    QDateTime reachedAt;
    QDateTime dueAt;
    QString leftReason;
};

// One line of a contact's timeline in a series.
struct SeriesEvent
{
    int step = 0;
    QString outcome; // sent, skipped, left
    QDateTime at;
    QString note;
    qint64 campaignId = 0;
    QString recipientState; // the message's state now ("delivered", …), when it was sent
    bool opened = false;
    bool clicked = false;
};

// Per step: how many contacts wait for it, and what came of it.
struct SeriesStepReport
{
    qint64 waiting = 0;
    qint64 sent = 0; // messages snapshotted for a send
    qint64 skipped = 0;
    qint64 left = 0; // left the series at this step
    qint64 accepted = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
    qint64 bounced = 0;
    qint64 unknown = 0;
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 unsubscribed = 0;
};

// The text format of a series (`campaignctl series create NAME --file FILE`): "key: value" lines, "[step] NAME"
// starting each step, "#" comments. Names are resolved by the caller (SeriesFile::Spec holds them as written).
class SeriesFile
{
    Q_DECLARE_TR_FUNCTIONS(cm::SeriesFile)
public:
    struct StepSpec
    {
        SeriesStep step;
        QString templateName;
        QString accountName;
        int line = 0; // where it starts, for errors
    };
    struct Spec
    {
        QString group;    // entry: group NAME
        QString segment;  // or segment NAME
        QString startsAt; // as written ("2026-12-01 09:00"): read in the zone
        bool onlyNew = false;
        QString timeZone;
        QList<StepSpec> steps;
    };
    // nullopt with `error` ("Line 4: …, write …") when the text has a mistake.
    static std::optional<Spec> parse(const QString &text, QString *error);
    // The text that parse() reads back as this series (its entry, template and account names as joined).
    static QString write(const Series &series);
    // "2d 12h" → minutes; nullopt when it is not a duration.
    static std::optional<int> parseDuration(const QString &text);
    static QString durationText(int minutes); // "2d 12h", "30m", "0"
    static QString durationName(int minutes); // translated: "2 days 12 hours"
};

} // namespace cm
