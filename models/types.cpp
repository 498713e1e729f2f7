#include "types.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace cm {

namespace {
// Keys as stored in the database; the enum order is the array order.
const char *const channelKeys[] = {"sms", "email", "voice", "whatsapp"};
const char *const campaignStateKeys[] = {"draft", "scheduled", "sending", "sent", "cancelled", "failed"};
const char *const recipientStateKeys[]
        = {"pending", "submitting", "accepted", "delivered", "failed", "bounced", "unknown"};
const char *const eventTypeKeys[]
        = {"sent", "delivered", "failed", "opened", "clicked", "bounced", "unsubscribed", "complained"};
const char *const counterKeys[] = {"sent",    "delivered",      "failed",  "pending",      "opened",    "unique_opened",
                                   "clicked", "unique_clicked", "bounced", "unsubscribed", "complained"};

template<typename E, std::size_t N> std::optional<E> fromKey(const char *const (&keys)[N], const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}
} // namespace

QString channelKey(Channel channel)
{
    return QLatin1String(channelKeys[int(channel)]);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return fromKey<Channel>(channelKeys, key);
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return QCoreApplication::translate("cm::Types", "SMS");
    case Channel::Email:
        return QCoreApplication::translate("cm::Types", "Email");
    case Channel::Voice:
        return QCoreApplication::translate("cm::Types", "Call");
    case Channel::WhatsApp:
        return QCoreApplication::translate("cm::Types", "WhatsApp");
    }
    return {};
}

QList<Channel> allChannels()
{
    return {Channel::Sms, Channel::Email, Channel::Voice, Channel::WhatsApp};
}

QString Template::languageKey(const QString &language)
{
    return language.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool Template::isLanguageCode(const QString &language)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]{2,8})?$"));
    return code.match(languageKey(language)).hasMatch();
}

int Template::versionFor(const QString &language) const
{
    if (versions.isEmpty() || language.trimmed().isEmpty())
        return -1;
    const QString key = languageKey(language);
    const QString primary = key.section(QLatin1Char('-'), 0, 0);
    int byPrimary = -1;
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).language == key)
            return i;
        if (byPrimary < 0 && versions.at(i).language == primary)
            byPrimary = i;
    }
    return byPrimary;
}

Template Template::forLanguage(const QString &language) const
{
    Template t = *this;
    if (const int i = versionFor(language); i >= 0) {
        t.subject = versions.at(i).subject;
        t.body = versions.at(i).body;
        t.textBody = versions.at(i).textBody;
    }
    t.versions.clear();
    return t;
}

QVariantMap Contact::templateValues() const
{
    QVariantMap values = fields;
    values.insert(QStringLiteral("email"), email);
    values.insert(QStringLiteral("phone"), phone);
    values.insert(QStringLiteral("first_name"), firstName);
    values.insert(QStringLiteral("last_name"), lastName);
    values.insert(QStringLiteral("city"), city);
    values.insert(QStringLiteral("country"), country);
    return values;
}

QString campaignStateKey(CampaignState state)
{
    return QLatin1String(campaignStateKeys[int(state)]);
}

std::optional<CampaignState> campaignStateFromKey(const QString &key)
{
    return fromKey<CampaignState>(campaignStateKeys, key);
}

QString campaignStateName(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return QCoreApplication::translate("cm::Types", "Draft", "campaign state");
    case CampaignState::Scheduled:
        return QCoreApplication::translate("cm::Types", "Scheduled", "campaign state");
    case CampaignState::Sending:
        return QCoreApplication::translate("cm::Types", "Sending", "campaign state");
    case CampaignState::Sent:
        return QCoreApplication::translate("cm::Types", "Sent", "campaign state");
    case CampaignState::Cancelled:
        return QCoreApplication::translate("cm::Types", "Cancelled", "campaign state");
    case CampaignState::Failed:
        return QCoreApplication::translate("cm::Types", "Failed", "campaign state");
    }
    return {};
}

QString recipientStateKey(RecipientState state)
{
    return QLatin1String(recipientStateKeys[int(state)]);
}

std::optional<RecipientState> recipientStateFromKey(const QString &key)
{
    return fromKey<RecipientState>(recipientStateKeys, key);
}

QString recipientStateName(RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return QCoreApplication::translate("cm::Types", "Pending", "recipient state");
    case RecipientState::Submitting:
        return QCoreApplication::translate("cm::Types", "Submitting", "recipient state");
    case RecipientState::Accepted:
        return QCoreApplication::translate("cm::Types", "Accepted", "recipient state");
    case RecipientState::Delivered:
        return QCoreApplication::translate("cm::Types", "Delivered", "recipient state");
    case RecipientState::Failed:
        return QCoreApplication::translate("cm::Types", "Failed", "recipient state");
    case RecipientState::Bounced:
        return QCoreApplication::translate("cm::Types", "Bounced", "recipient state");
    case RecipientState::Unknown:
        return QCoreApplication::translate("cm::Types", "Unknown", "recipient state");
    }
    return {};
}

QString eventTypeKey(EventType type)
{
    return QLatin1String(eventTypeKeys[int(type)]);
}

std::optional<EventType> eventTypeFromKey(const QString &key)
{
    return fromKey<EventType>(eventTypeKeys, key);
}

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::Sent:
        return QCoreApplication::translate("cm::Types", "Sent", "event");
    case EventType::Delivered:
        return QCoreApplication::translate("cm::Types", "Delivered", "event");
    case EventType::Failed:
        return QCoreApplication::translate("cm::Types", "Failed", "event");
    case EventType::Opened:
        return QCoreApplication::translate("cm::Types", "Opened", "event");
    case EventType::Clicked:
        return QCoreApplication::translate("cm::Types", "Clicked", "event");
    case EventType::Bounced:
        return QCoreApplication::translate("cm::Types", "Bounced", "event");
    case EventType::Unsubscribed:
        return QCoreApplication::translate("cm::Types", "Unsubscribed", "event");
    case EventType::Complained:
        return QCoreApplication::translate("cm::Types", "Complained", "event");
    }
    return {};
}

QString CampaignStats::counterKey(Counter counter)
{
    return QLatin1String(counterKeys[counter]);
}

QString CampaignStats::counterName(Counter counter)
{
    switch (counter) {
    case Sent:
        return QCoreApplication::translate("cm::Types", "Sent", "counter");
    case Delivered:
        return QCoreApplication::translate("cm::Types", "Delivered", "counter");
    case Failed:
        return QCoreApplication::translate("cm::Types", "Failed", "counter");
    case Pending:
        return QCoreApplication::translate("cm::Types", "Pending", "counter");
    case Opened:
        return QCoreApplication::translate("cm::Types", "Opened", "counter");
    case UniqueOpened:
        return QCoreApplication::translate("cm::Types", "Opened (unique)", "counter");
    case Clicked:
        return QCoreApplication::translate("cm::Types", "Clicked", "counter");
    case UniqueClicked:
        return QCoreApplication::translate("cm::Types", "Clicked (unique)", "counter");
    case Bounced:
        return QCoreApplication::translate("cm::Types", "Bounced", "counter");
    case Unsubscribed:
        return QCoreApplication::translate("cm::Types", "Unsubscribed", "counter");
    case Complained:
        return QCoreApplication::translate("cm::Types", "Complained", "counter");
    case CounterCount:
        break;
    }
    return {};
}

void CampaignStats::set(Counter counter, qint64 value)
{
    m_values[counter] = value;
    m_reported |= 1u << counter;
}

void CampaignStats::clear(Counter counter)
{
    m_values[counter] = 0;
    m_reported &= ~(1u << counter);
}

void CampaignStats::add(const CampaignStats &other)
{
    for (int i = 0; i < CounterCount; ++i) {
        if (other.isReported(Counter(i)))
            set(Counter(i), value(Counter(i)) + other.value(Counter(i)));
    }
    if (other.cost) {
        cost = cost.value_or(0) + *other.cost;
        if (currency.isEmpty())
            currency = other.currency;
    }
    if (other.takenAt > takenAt)
        takenAt = other.takenAt;
}

QJsonObject CampaignStats::toJson() const
{
    QJsonObject object;
    for (int i = 0; i < CounterCount; ++i) {
        const auto counter = Counter(i);
        object.insert(counterKey(counter), isReported(counter) ? QJsonValue(value(counter)) : QJsonValue());
    }
    object.insert(QStringLiteral("cost"), cost ? QJsonValue(*cost) : QJsonValue());
    object.insert(QStringLiteral("currency"), currency);
    object.insert(QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODate));
    return object;
}

CampaignStats CampaignStats::fromJson(const QJsonObject &object)
{
    CampaignStats stats;
    for (int i = 0; i < CounterCount; ++i) {
        const auto counter = Counter(i);
        const QJsonValue v = object.value(counterKey(counter));
        if (v.isDouble())
            stats.set(counter, qint64(v.toDouble()));
    }
    if (object.value(QStringLiteral("cost")).isDouble())
        stats.cost = object.value(QStringLiteral("cost")).toDouble();
    stats.currency = object.value(QStringLiteral("currency")).toString();
    stats.takenAt = QDateTime::fromString(object.value(QStringLiteral("taken_at")).toString(), Qt::ISODate);
    return stats;
}

} // namespace cm

namespace cm {

QDateTime wallTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, zone);
    if (naive.isValid() && naive.date() == date && naive.time() == time)
        return naive;
    // The wall time read as if it were UTC, to compare with each change's wall times before and after it.
    const QDateTime wall(date, time, Qt::UTC);
    for (const QTimeZone::OffsetData &change : zone.transitions(wall.addDays(-2), wall.addDays(2))) {
        const QDateTime at = change.atUtc.toUTC();
        const QDateTime gapStart = at.addSecs(zone.offsetFromUtc(at.addSecs(-1)));
        const QDateTime gapEnd = at.addSecs(change.offsetFromUtc);
        if (wall >= gapStart && wall < gapEnd)
            return at.toTimeZone(zone);
    }
    return naive;
}

QTimeZone Campaign::zone() const
{
    const QTimeZone chosen(timeZone.toUtf8());
    return !timeZone.isEmpty() && chosen.isValid() ? chosen : QTimeZone::systemTimeZone();
}

bool Campaign::inWindow(const QDateTime &utc) const
{
    if (!hasWindow())
        return true;
    const QTime local = utc.toTimeZone(zone()).time();
    const int minute = local.hour() * 60 + local.minute();
    return windowStart < windowEnd ? minute >= windowStart && minute < windowEnd
                                   : minute >= windowStart || minute < windowEnd; // a window across midnight
}

QDateTime Campaign::nextWindowOpening(const QDateTime &utc) const
{
    if (inWindow(utc))
        return utc;
    const QTimeZone tz = zone();
    const QDate today = utc.toTimeZone(tz).date();
    const QTime start(windowStart / 60, windowStart % 60);
    QDateTime opening = wallTime(today, start, tz); // an opening the clocks skip: the first minute after the change
    if (opening <= utc)
        opening = wallTime(today.addDays(1), start, tz);
    return opening.toUTC();
}

std::optional<RecipientFilter> RecipientFilter::fromKey(const QString &key)
{
    RecipientFilter filter;
    if (key.isEmpty())
        return filter;
    const auto event = eventTypeFromKey(key);
    if (event
        && (*event == EventType::Opened || *event == EventType::Clicked || *event == EventType::Unsubscribed
            || *event == EventType::Complained)) {
        filter.event = event;
        return filter;
    }
    if (const auto state = recipientStateFromKey(key)) {
        filter.state = state;
        return filter;
    }
    return std::nullopt;
}

} // namespace cm
