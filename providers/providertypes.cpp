#include "providertypes.h"

#include <QRegularExpression>

namespace cm {

ProviderError ProviderError::beforeSending() const
{
    ProviderError e = *this;
    if (e.kind == Kind::Transient)
        e.kind = Kind::Permanent;
    e.message = tr("Nothing was sent: %1").arg(e.message);
    return e;
}

QString ProviderError::describe(const QString &accountName) const
{
    const QString said = message.isEmpty() ? QString()
                                           : (code.isEmpty() ? tr(" The provider said: “%1”.").arg(message)
                                                             : tr(" The provider said: “%1” (%2).").arg(message, code));
    switch (kind) {
    case Kind::Auth:
        return tr("“%1” was refused: the credentials are wrong or expired. Edit the account and enter them again.")
                       .arg(accountName)
                + said;
    case Kind::Validation:
        return tr("“%1” did not accept the request. Correct what it names and try again.").arg(accountName) + said;
    case Kind::RateLimited:
        return (retryAfterSeconds > 0
                        ? tr("“%1” is receiving too many requests; try again in %n second(s).", nullptr,
                             retryAfterSeconds)
                                  .arg(accountName)
                        : tr("“%1” is receiving too many requests; try again in a minute.").arg(accountName))
                + said;
    case Kind::Transient:
        return tr("“%1” could not be reached or had a temporary problem. Check the connection and try again.")
                       .arg(accountName)
                + said;
    case Kind::Permanent:
        return tr("“%1” refused the request.").arg(accountName) + said;
    case Kind::Unsupported:
        return tr("The provider of “%1” cannot do this: %2.").arg(accountName, message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QList<CampaignOption> ProviderInfo::optionsFor(Channel channel) const
{
    QList<CampaignOption> list;
    for (const CampaignOption &o : campaignOptions) {
        if (o.channels.contains(channel))
            list.append(o);
    }
    return list;
}

QString ProviderInfo::optionProblem(Channel channel, const QVariantMap &options) const
{
    const QList<CampaignOption> known = optionsFor(channel);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const auto option = std::find_if(known.cbegin(), known.cend(),
                                         [&it](const CampaignOption &o) { return o.key == it.key(); });
        if (option == known.cend()) {
            QStringList keys;
            for (const CampaignOption &o : known)
                keys.append(o.key);
            return keys.isEmpty() ? tr("%1 takes no campaign options.").arg(displayName)
                                  : tr("%1 has no option “%2”; it has: %3.")
                                            .arg(displayName, it.key(), keys.join(QStringLiteral(", ")));
        }
        if (!option->appliesWith(options)) {
            QStringList values;
            for (const QString &v : option->onlyWithValues)
                values.append(v.isEmpty() ? tr("not set") : v);
            return tr("“%1” applies only with %2 %3.").arg(option->key, option->onlyWithKey, values.join(tr(" or ")));
        }
        const QString text = it.value().toString();
        bool ok = true;
        switch (option->kind) {
        case CampaignOption::Flag:
            ok = it.value().typeId() == QMetaType::Bool || text == QLatin1String("true")
                    || text == QLatin1String("false");
            break;
        case CampaignOption::Number: {
            const int n = text.toInt(&ok);
            ok = ok && n >= option->minimum && n <= option->maximum;
            if (!ok)
                return tr("“%1” takes a whole number from %2 to %3.")
                        .arg(option->key)
                        .arg(option->minimum)
                        .arg(option->maximum);
            break;
        }
        case CampaignOption::Choice:
            ok = option->choices.contains(text);
            if (!ok)
                return tr("“%1” takes one of: %2.")
                        .arg(option->key,
                             option->choices.filter(QRegularExpression(QStringLiteral(".+")))
                                     .join(QStringLiteral(", ")));
            break;
        case CampaignOption::Text:
            if (!option->pattern.isEmpty() && !text.trimmed().isEmpty()
                && !QRegularExpression(QRegularExpression::anchoredPattern(option->pattern))
                            .match(text.trimmed())
                            .hasMatch())
                return tr("“%1” is not valid here. %2").arg(option->key, option->help);
            break;
        }
        if (!ok)
            return tr("“%1” takes true or false.").arg(option->key);
    }
    for (const CampaignOption &o : known) {
        if (o.required && o.appliesWith(options) && options.value(o.key).toString().trimmed().isEmpty())
            return tr("%1 needs “%2” (%3) here.").arg(displayName, o.label, o.key);
    }
    return {};
}

bool ProviderInfo::supports(Channel channel) const
{
    switch (channel) {
    case Channel::Sms:
        return capabilities.testFlag(Capability::SendSms);
    case Channel::Email:
        return capabilities.testFlag(Capability::SendEmail);
    }
    return false;
}

QList<CampaignStats::Counter> ProviderInfo::counters(Channel channel) const
{
    return channel == Channel::Sms ? smsCounters : emailCounters;
}

QStringList ProviderInfo::capabilityNames() const
{
    static const struct
    {
        Capability capability;
        const char *name;
    } names[] = {
            {Capability::SendSms, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Send SMS")},
            {Capability::SendEmail, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Send email")},
            {Capability::SendMms, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Send MMS")},
            {Capability::SendVoice, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Voice messages")},
            {Capability::SendWhatsApp, QT_TRANSLATE_NOOP("cm::ProviderInfo", "WhatsApp")},
            {Capability::GroupSync, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Group sync")},
            {Capability::GroupCreate, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Create groups")},
            {Capability::ContactPush, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Upload contacts")},
            {Capability::ContactPull, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Download contacts")},
            {Capability::RemoteTemplates, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Remote templates")},
            {Capability::NativeScheduling, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Scheduling at the provider")},
            {Capability::CancelScheduled, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Cancel scheduled sends")},
            {Capability::RecipientStatus, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Per-recipient status")},
            {Capability::CampaignStats, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Campaign statistics")},
            {Capability::TimeSeries, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Statistics over time")},
            {Capability::OptOutList, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Opt-out list")},
            {Capability::TestSend, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Test sends")},
            {Capability::Balance, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Balance")},
            {Capability::BulkPersonalisation, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Bulk personalisation")},
            {Capability::EventExport, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Event export")},
            {Capability::EmailValidation, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Email validation")},
            {Capability::GroupRename, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Rename groups")},
            {Capability::SpamCheck, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Spam test")},
            {Capability::GroupDelete, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Delete groups")},
            {Capability::Conversations, QT_TRANSLATE_NOOP("cm::ProviderInfo", "WhatsApp conversations")},
    };
    QStringList result;
    for (const auto &n : names) {
        if (capabilities.testFlag(n.capability))
            result.append(QCoreApplication::translate("cm::ProviderInfo", n.name));
    }
    return result;
}

} // namespace cm
