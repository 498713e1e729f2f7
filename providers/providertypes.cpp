#include "providertypes.h"

#include <QRegularExpression>

#include <algorithm>

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

QString ProviderInfo::contentProblem(Channel channel, const QVariantMap &options, const QString &content) const
{
    for (const CampaignOption &o : optionsFor(channel)) {
        if (o.setReplacesText && o.isSetIn(options))
            return {}; // the recipients get something else (an audio file) instead of the text
    }
    if (const int most = can.sending.maxLength.value(channel); most > 0 && content.size() > most)
        return tr("the text is %1 characters long; %2 takes at most %3 for a %4. Shorten the template.")
                .arg(content.size())
                .arg(displayName)
                .arg(most)
                .arg(channelName(channel).toLower());
    if ((channel == Channel::Voice || channel == Channel::WhatsApp) && content.trimmed().isEmpty())
        return tr("the text is empty.");
    return {};
}

bool CampaignOption::isSetIn(const QVariantMap &options) const
{
    const QVariant value = options.value(key);
    return kind == Flag ? value.toBool() : !value.toString().trimmed().isEmpty();
}

bool ProviderCapabilities::holdsSend(Channel channel, const QList<CampaignOption> &options,
                                     const QVariantMap &values) const
{
    if (!scheduling.holds.contains(channel) || !scheduling.cancels)
        return false;
    return std::none_of(options.cbegin(), options.cend(), [channel, &values](const CampaignOption &o) {
        return o.setKeepsSendHere && o.channels.contains(channel) && o.isSetIn(values);
    });
}

QStringList ProviderInfo::capabilityNames() const
{
    const auto channels = [](const QList<Channel> &list) {
        QStringList names;
        for (const Channel c : list)
            names.append(channelName(c));
        return names.join(QStringLiteral(", "));
    };
    const auto group = [](const QString &title, const QList<QPair<bool, const char *>> &items) {
        QStringList names;
        for (const auto &[has, name] : items) {
            if (has)
                names.append(QCoreApplication::translate("cm::ProviderInfo", name));
        }
        return names.isEmpty() ? QString() : title + QStringLiteral(": ") + names.join(QStringLiteral(", "));
    };
    const ProviderCapabilities &c = can;
    QStringList result;
    if (!c.sending.channels.isEmpty())
        result.append(tr("Sends: %1").arg(channels(c.sending.channels)));
    result.append(group(tr("Audience"),
                        {{c.audience.listGroups, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Group sync")},
                         {c.audience.createGroups, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Create groups")},
                         {c.audience.renameGroups, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Rename groups")},
                         {c.audience.deleteGroups, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Delete groups")},
                         {c.audience.pushContacts, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Upload contacts")},
                         {c.audience.pullContacts, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Download contacts")},
                         {c.audience.remoteTemplates, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Remote templates")},
                         {!c.audience.optOutLists.isEmpty(), QT_TRANSLATE_NOOP("cm::ProviderInfo", "Opt-out list")}}));
    result.append(
            group(tr("Scheduling"),
                  {{!c.scheduling.holds.isEmpty(), QT_TRANSLATE_NOOP("cm::ProviderInfo", "Scheduling at the provider")},
                   {c.scheduling.moves, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Move scheduled sends")},
                   {c.scheduling.cancels, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Cancel scheduled sends")},
                   {!c.scheduling.keepsWindows.isEmpty(), QT_TRANSLATE_NOOP("cm::ProviderInfo", "Sending windows")}}));
    result.append(group(tr("Reporting"),
                        {{c.reporting.recipientStatus, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Per-recipient status")},
                         {c.reporting.campaignCounters, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Campaign statistics")},
                         {c.reporting.events, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Event export")}}));
    result.append(group(tr("Extras"),
                        {{c.extras.testSend, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Test sends")},
                         {c.extras.balance, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Balance")},
                         {c.extras.spamCheck, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Spam test")},
                         {c.extras.emailValidation, QT_TRANSLATE_NOOP("cm::ProviderInfo", "Email validation")},
                         {c.extras.conversations, QT_TRANSLATE_NOOP("cm::ProviderInfo", "WhatsApp conversations")}}));
    result.removeAll(QString());
    return result;
}

} // namespace cm
