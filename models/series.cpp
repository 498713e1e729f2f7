#include "series.h"

#include "types.h"

#include <QRegularExpression>

namespace cm {

namespace {

struct ConditionKey
{
    StepCondition condition;
    const char *key;
    const char *written; // in a series file
};
constexpr ConditionKey conditionKeys[] = {
        {StepCondition::Opened, "opened", "opened"},
        {StepCondition::NotOpened, "not_opened", "not opened"},
        {StepCondition::Clicked, "clicked", "clicked"},
        {StepCondition::NotClicked, "not_clicked", "not clicked"},
        {StepCondition::Delivered, "delivered", "delivered"},
        {StepCondition::NotDelivered, "not_delivered", "not delivered"},
        {StepCondition::Failed, "failed", "failed"},
};

std::optional<int> timeOfDay(const QString &text) // "09:30" → 570
{
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    return time.isValid() ? std::optional<int>(time.hour() * 60 + time.minute()) : std::nullopt;
}

QString timeText(int minutes)
{
    return QTime(minutes / 60, minutes % 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

QString stepConditionKey(StepCondition condition)
{
    for (const ConditionKey &k : conditionKeys) {
        if (k.condition == condition)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<StepCondition> stepConditionFromKey(const QString &key)
{
    if (key.isEmpty())
        return StepCondition::None;
    for (const ConditionKey &k : conditionKeys) {
        if (key == QLatin1String(k.key) || key == QLatin1String(k.written))
            return k.condition;
    }
    return std::nullopt;
}

QString stepConditionName(StepCondition condition)
{
    switch (condition) {
    case StepCondition::None:
        return SeriesFile::tr("always");
    case StepCondition::Opened:
        return SeriesFile::tr("if the previous message was opened");
    case StepCondition::NotOpened:
        return SeriesFile::tr("if the previous message was not opened");
    case StepCondition::Clicked:
        return SeriesFile::tr("if a link of the previous message was clicked");
    case StepCondition::NotClicked:
        return SeriesFile::tr("if no link of the previous message was clicked");
    case StepCondition::Delivered:
        return SeriesFile::tr("if the previous message was delivered");
    case StepCondition::NotDelivered:
        return SeriesFile::tr("if the previous message was not delivered");
    case StepCondition::Failed:
        return SeriesFile::tr("if the previous message failed");
    }
    return {};
}

QString stepConditionBrief(StepCondition condition)
{
    switch (condition) {
    case StepCondition::None:
        return {};
    case StepCondition::Opened:
        return SeriesFile::tr("if opened");
    case StepCondition::NotOpened:
        return SeriesFile::tr("if not opened");
    case StepCondition::Clicked:
        return SeriesFile::tr("if clicked");
    case StepCondition::NotClicked:
        return SeriesFile::tr("if not clicked");
    case StepCondition::Delivered:
        return SeriesFile::tr("if delivered");
    case StepCondition::NotDelivered:
        return SeriesFile::tr("if not delivered");
    case StepCondition::Failed:
        return SeriesFile::tr("if it failed");
    }
    return {};
}

QString seriesReasonText(const QString &key)
{
    if (key == QLatin1String("deleted"))
        return SeriesFile::tr("no longer in the workspace");
    if (key == QLatin1String("left_group"))
        return SeriesFile::tr("left the group");
    if (key == QLatin1String("suppressed"))
        return SeriesFile::tr("on the suppression list");
    if (key == QLatin1String("stopped"))
        return SeriesFile::tr("the series was stopped");
    if (key == QLatin1String("same_address"))
        return SeriesFile::tr("another contact with the same address had it");
    if (key.startsWith(QLatin1String("condition:")))
        return stepConditionName(stepConditionFromKey(key.mid(10)).value_or(StepCondition::None));
    if (key.startsWith(QLatin1String("no_address:"))) {
        const auto channel = channelFromKey(key.mid(11));
        return SeriesFile::tr("no address for %1").arg(channel ? channelName(*channel) : key.mid(11));
    }
    return key; // written by an older version, in its words
}

QString seriesStateKey(SeriesState state)
{
    switch (state) {
    case SeriesState::Draft:
        return QStringLiteral("draft");
    case SeriesState::Running:
        return QStringLiteral("running");
    case SeriesState::Paused:
        return QStringLiteral("paused");
    case SeriesState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

std::optional<SeriesState> seriesStateFromKey(const QString &key)
{
    for (const SeriesState s : {SeriesState::Draft, SeriesState::Running, SeriesState::Paused, SeriesState::Stopped}) {
        if (seriesStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString seriesStateName(SeriesState state)
{
    switch (state) {
    case SeriesState::Draft:
        return SeriesFile::tr("Draft");
    case SeriesState::Running:
        return SeriesFile::tr("Running");
    case SeriesState::Paused:
        return SeriesFile::tr("Paused");
    case SeriesState::Stopped:
        return SeriesFile::tr("Stopped");
    }
    return {};
}

QString SeriesStep::displayName(int position) const
{
    return name.isEmpty() ? SeriesFile::tr("Step %1").arg(position + 1) : name;
}

QString SeriesStep::whenText(int position) const
{
    QStringList parts;
    if (delayMinutes == 0)
        parts << (position == 0 || afterEntry ? SeriesFile::tr("at once")
                                              : SeriesFile::tr("right after the previous step"));
    else
        parts << (position == 0 || afterEntry ? SeriesFile::tr("%1 after entry")
                                              : SeriesFile::tr("%1 after the previous step"))
                         .arg(SeriesFile::durationName(delayMinutes));
    if (timeOfDay >= 0)
        parts << SeriesFile::tr("at %1").arg(timeText(timeOfDay));
    if (hasWindow())
        parts << SeriesFile::tr("not %1–%2").arg(timeText(windowEnd), timeText(windowStart));
    if (condition != StepCondition::None)
        parts << stepConditionBrief(condition)
                        + (leaveOtherwise ? SeriesFile::tr(" (else leaves)") : SeriesFile::tr(" (else skipped)"));
    return parts.join(QStringLiteral(", "));
}

QDateTime SeriesStep::dueAt(const QDateTime &enteredAt, const QDateTime &reachedAt, const QTimeZone &zone) const
{
    QDateTime due = (afterEntry ? enteredAt : reachedAt).toUTC().addSecs(qint64(delayMinutes) * 60);
    if (timeOfDay >= 0) {
        const QDate day = due.toTimeZone(zone).date();
        const QTime at(timeOfDay / 60, timeOfDay % 60);
        QDateTime local = wallTime(day, at, zone);
        if (local < due)
            local = wallTime(day.addDays(1), at, zone);
        due = local.toUTC();
    }
    if (hasWindow()) {
        Campaign window; // a campaign's sending window keeps the rules (across midnight, daylight saving)
        window.windowStart = windowStart;
        window.windowEnd = windowEnd;
        window.timeZone = QString::fromUtf8(zone.id());
        due = window.nextWindowOpening(due);
    }
    return due.toUTC();
}

bool SeriesStep::sameTiming(const SeriesStep &other) const
{
    return delayMinutes == other.delayMinutes && afterEntry == other.afterEntry && timeOfDay == other.timeOfDay
            && windowStart == other.windowStart && windowEnd == other.windowEnd;
}

QTimeZone Series::zone() const
{
    const QTimeZone chosen(timeZone.toUtf8());
    return !timeZone.isEmpty() && chosen.isValid() ? chosen : QTimeZone::systemTimeZone();
}

std::optional<int> SeriesFile::parseDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral(R"(^(\d{1,5})\s*(m|min|h|d|w)?$)"));
    const QString trimmed = text.trimmed().toLower();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 minutes = 0;
    for (const QString &piece : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = part.match(piece);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 value = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 scale = unit == QLatin1String("h") ? 60
                : unit == QLatin1String("d")            ? 1440
                : unit == QLatin1String("w")            ? 10080
                : unit.isEmpty() && value != 0          ? -1 // "5" alone: minutes or days? Say the unit.
                                                        : 1;
        if (scale < 0)
            return std::nullopt;
        minutes += value * scale;
    }
    if (minutes > 365 * 1440)
        return std::nullopt;
    return int(minutes);
}

QString SeriesFile::durationText(int minutes)
{
    if (minutes == 0)
        return QStringLiteral("0");
    QStringList parts;
    for (const auto &[size, unit] : {std::pair {10080, 'w'}, {1440, 'd'}, {60, 'h'}, {1, 'm'}}) {
        if (minutes >= size) {
            parts.append(QString::number(minutes / size) + QLatin1Char(unit));
            minutes %= size;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString SeriesFile::durationName(int minutes)
{
    if (minutes == 0)
        return tr("no time");
    QStringList parts;
    if (minutes >= 10080)
        parts << tr("%n week(s)", nullptr, minutes / 10080);
    if (minutes % 10080 >= 1440)
        parts << tr("%n day(s)", nullptr, minutes % 10080 / 1440);
    if (minutes % 1440 >= 60)
        parts << tr("%n hour(s)", nullptr, minutes % 1440 / 60);
    if (minutes % 60)
        parts << tr("%n minute(s)", nullptr, minutes % 60);
    return parts.join(QLatin1Char(' '));
}

std::optional<SeriesFile::Spec> SeriesFile::parse(const QString &text, QString *error)
{
    Spec spec;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto fail = [error](int line, const QString &what) {
        if (error)
            *error = tr("Line %1: %2").arg(line).arg(what);
        return std::nullopt;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        // "#" starts a comment, at the start of a line or after a space: "after: 2d   # two days on".
        static const QRegularExpression comment(QStringLiteral(R"((^|\s)#.*$)"));
        const QString line = QString(lines.at(i)).remove(comment).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("[step]"))) {
            StepSpec step;
            step.step.name = line.mid(6).trimmed();
            step.line = lineNo;
            spec.steps.append(step);
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(lineNo, tr("write “key: value” or “[step] NAME”, not “%1”.").arg(line));
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (spec.steps.isEmpty()) {
            if (key == QLatin1String("entry")) {
                const QString kind = value.section(QLatin1Char(' '), 0, 0).toLower();
                QString name = value.section(QLatin1Char(' '), 1).trimmed();
                if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                    name = name.mid(1, name.size() - 2);
                if ((kind != QLatin1String("group") && kind != QLatin1String("segment")) || name.isEmpty())
                    return fail(lineNo, tr("write “entry: group NAME” or “entry: segment NAME”."));
                (kind == QLatin1String("group") ? spec.group : spec.segment) = name;
            } else if (key == QLatin1String("start")) {
                spec.startsAt = value;
            } else if (key == QLatin1String("only-new")) {
                if (value != QLatin1String("yes") && value != QLatin1String("no"))
                    return fail(lineNo, tr("write “only-new: yes” or “only-new: no”."));
                spec.onlyNew = value == QLatin1String("yes");
            } else if (key == QLatin1String("zone")) {
                if (!QTimeZone(value.toUtf8()).isValid())
                    return fail(lineNo, tr("“%1” is not a time zone; write one like Europe/Madrid.").arg(value));
                spec.timeZone = value;
            } else {
                return fail(lineNo,
                            tr("“%1” is not a setting of a series; write entry, start, only-new or zone, "
                               "then the steps, each from a “[step] NAME” line.")
                                    .arg(key));
            }
            continue;
        }
        SeriesStep &step = spec.steps.last().step;
        StepSpec &stepSpec = spec.steps.last();
        if (key == QLatin1String("template")) {
            stepSpec.templateName = value;
        } else if (key == QLatin1String("account")) {
            stepSpec.accountName = value;
        } else if (key == QLatin1String("sender")) {
            step.sender = value;
        } else if (key == QLatin1String("after")) {
            QString duration = value;
            step.afterEntry = duration.endsWith(QLatin1String("from entry"));
            if (step.afterEntry)
                duration.chop(10);
            const auto minutes = parseDuration(duration);
            if (!minutes)
                return fail(lineNo,
                            tr("“%1” is not a delay; write one like 0, 30m, 2h, 2d or 1w 2d, "
                               "perhaps followed by “from entry”.")
                                    .arg(value));
            step.delayMinutes = *minutes;
        } else if (key == QLatin1String("at")) {
            const auto minutes = timeOfDay(value);
            if (!minutes)
                return fail(lineNo, tr("“%1” is not a time of day; write one like 09:30.").arg(value));
            step.timeOfDay = *minutes;
        } else if (key == QLatin1String("quiet")) {
            // Quiet hours "21:00-08:00": it may be sent from their end to their start.
            const QStringList ends = value.split(QLatin1Char('-'));
            const auto from = ends.size() == 2 ? timeOfDay(ends.at(0)) : std::nullopt;
            const auto to = ends.size() == 2 ? timeOfDay(ends.at(1)) : std::nullopt;
            if (!from || !to || *from == *to)
                return fail(lineNo, tr("“%1” are not quiet hours; write them like 21:00-08:00.").arg(value));
            step.windowStart = *to;
            step.windowEnd = *from;
        } else if (key == QLatin1String("if")) {
            const auto condition = stepConditionFromKey(value.toLower());
            if (!condition || value.isEmpty())
                return fail(lineNo,
                            tr("“%1” is not a condition; write opened, not opened, clicked, not clicked, "
                               "delivered, not delivered or failed.")
                                    .arg(value));
            step.condition = *condition;
        } else if (key == QLatin1String("otherwise")) {
            if (value != QLatin1String("skip") && value != QLatin1String("leave"))
                return fail(lineNo, tr("write “otherwise: skip” or “otherwise: leave”."));
            step.leaveOtherwise = value == QLatin1String("leave");
        } else {
            return fail(lineNo,
                        tr("“%1” is not a setting of a step; write template, account, sender, after, at, "
                           "quiet, if or otherwise.")
                                .arg(key));
        }
    }
    if (spec.group.isEmpty() == spec.segment.isEmpty())
        return fail(1, tr("say who enters the series, with “entry: group NAME” or “entry: segment NAME”."));
    if (spec.steps.isEmpty())
        return fail(lines.size(), tr("a series needs at least one step, from a “[step] NAME” line."));
    for (const StepSpec &s : std::as_const(spec.steps)) {
        if (s.templateName.isEmpty() || s.accountName.isEmpty())
            return fail(s.line, tr("the step needs a “template:” and an “account:” line."));
    }
    if (spec.steps.first().step.condition != StepCondition::None)
        return fail(spec.steps.first().line, tr("the first step has no previous message for “if:” to look at."));
    return spec;
}

QString SeriesFile::write(const Series &series)
{
    QStringList out;
    out << QStringLiteral("entry: %1 %2")
                    .arg(series.segmentId ? QStringLiteral("segment") : QStringLiteral("group"), series.entryName);
    if (series.startsAt.isValid())
        out << QStringLiteral("start: ")
                        + series.startsAt.toTimeZone(series.zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    out << QStringLiteral("only-new: %1").arg(series.onlyNew ? QStringLiteral("yes") : QStringLiteral("no"));
    if (!series.timeZone.isEmpty())
        out << QStringLiteral("zone: ") + series.timeZone;
    for (const SeriesStep &step : series.steps) {
        out << QString() << QStringLiteral("[step] ") + step.name;
        out << QStringLiteral("template: ") + step.templateName << QStringLiteral("account: ") + step.accountName;
        if (!step.sender.isEmpty())
            out << QStringLiteral("sender: ") + step.sender;
        out << QStringLiteral("after: ") + durationText(step.delayMinutes)
                        + (step.afterEntry ? QStringLiteral(" from entry") : QString());
        if (step.timeOfDay >= 0)
            out << QStringLiteral("at: ") + timeText(step.timeOfDay);
        if (step.hasWindow())
            out << QStringLiteral("quiet: %1-%2").arg(timeText(step.windowEnd), timeText(step.windowStart));
        if (step.condition != StepCondition::None) {
            for (const ConditionKey &k : conditionKeys) {
                if (k.condition == step.condition)
                    out << QStringLiteral("if: ") + QLatin1String(k.written);
            }
            out << QStringLiteral("otherwise: ")
                            + (step.leaveOtherwise ? QLatin1String("leave") : QLatin1String("skip"));
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace cm
