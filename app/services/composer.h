// The rules a campaign and a template must meet before they are saved, shared by the composer dialogs and
// campaignctl so that both refuse the same things with the same words.
#pragma once

#include "models/background.h"
#include "models/smscounter.h"
#include "models/types.h"
#include "providers/providertypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

namespace cm {

class Workspace;

class Composer
{
    Q_DECLARE_TR_FUNCTIONS(cm::Composer)
public:
    // A wall-clock time in an IANA zone (empty: the system's) as UTC. Invalid, with `problem` set, when the zone is
    // unknown or the time does not exist there (skipped by a daylight-saving change).
    static QDateTime toUtc(const QDate &date, const QTime &time, const QString &zoneId, QString *problem);
    // The zone a campaign is saved with: `zoneId`, or for "my time zone" (empty) this computer's IANA id, so that its
    // schedule and quiet hours mean the same whoever reads it later (cron with TZ=UTC, another machine). Empty only
    // when the system's zone has no id that names it.
    static QString zoneToSave(const QString &zoneId);
    // "2026-12-01 09:30" in the zone, with the same checks.
    static QDateTime parseLocal(const QString &text, const QString &zoneId, QString *problem);
    // Empty when `utc` is a time a send can be scheduled for (after `now`).
    static QString scheduleProblem(const QDateTime &utc, const QDateTime &now);
    // "09:00-21:00" → minutes after midnight; false when it does not read as two times.
    static bool parseWindow(const QString &text, int *start, int *end);
    static QString windowText(int start, int end); // "09:00–21:00"

    // What keeps the campaign from being saved: its name, template, account (able to send the template's
    // channel), groups; empty when nothing does.
    static QString campaignProblem(Workspace *workspace, const Campaign &campaign);
    // The segments of its audience: each still there, its rule still reading, none both sent to and left out.
    static QString audienceProblem(Workspace *workspace, const Campaign &campaign);
    // What keeps the template from being saved: its syntax, an empty text, a marketing email without
    // {{unsubscribe_url}}; empty when nothing does.
    static QStringList templateProblems(const Template &tmpl);
    // What keeps a template from going out as one content for every recipient (a provider that sends whole
    // campaigns, ProviderInfo::sendsWholeCampaign): each field used without a default.
    static QStringList wholeCampaignProblems(const Template &tmpl, const ProviderInfo &info);
    // What such a provider makes of each field used with a default: everyone reads the default (a warning each).
    static QStringList wholeCampaignDefaults(const Template &tmpl, const ProviderInfo &info);
    // What the account's provider would refuse the whole send for, known before sending: a sender it needs on the
    // channel, the account's unsubscribe page where the provider has none of its own.
    static QStringList accountProblems(const Campaign &campaign, const Template &tmpl, const Account &account,
                                       const ProviderInfo &info);
    // What is wrong with a sender for the channel (an SMS sender name of more than 11 characters, an email sender
    // that is not an address); empty when it is fine or empty (the account's default).
    static QString senderProblem(Channel channel, const QString &sender);

    // The price of one SMS part to a country (ISO code; "" when unknown) for this account: its settings
    // "prices_per_part" ({"TR": 0.02}), then "price_per_part", then the provider's default; nullopt when none.
    static std::optional<double> smsPartPrice(const Account &account, const ProviderInfo &info, const QString &country);
    static QString currency(const Account &account, const ProviderInfo &info);
    // What sending `partsPerMessage` parts to every number of `byCountry` (country → numbers) costs; nullopt when a
    // country has no price.
    // What a template's editor wants to know of a group: its custom fields, how many contacts lack each of `fields`
    // (and of the custom ones), its phone numbers by country, its size. Read in the background.
    struct GroupAnalysis
    {
        QStringList customFields;
        QMap<QString, qint64> missing;
        QMap<QString, qint64> byCountry;
        qint64 size = 0;
    };
    static Background<GroupAnalysis> analyseGroup(Workspace *workspace, qint64 groupId, const QStringList &fields);

    static std::optional<double> smsCost(const Account &account, const ProviderInfo &info,
                                         const QMap<QString, qint64> &byCountry, double partsPerMessage);

    // The SMS `text` over the group's recipients, found as a send finds them (Dispatcher::prepare for a campaign
    // to this group alone: a phone number, not on the suppression list, each number once), rendered for each and
    // counted by SmsEstimate, with the group's numbers by country. Reads the whole group: call it off the GUI thread.
    static SmsEstimate estimateSms(Workspace *workspace, qint64 groupId, const QString &text);
    // What the estimate's parts cost with this account: its price per part averaged over the numbers by country,
    // times the parts (0 for none); nullopt when a country has no price. The pre-send check says the same.
    static std::optional<double> estimatedSmsCost(const Account &account, const ProviderInfo &info,
                                                  const SmsEstimate &estimate);
    // For each number of parts above the fewest: "14 of 20 contacts need 2 parts because their details contain
    // ş, ğ, ı." Translated; empty when every message has as many parts.
    static QStringList splitLines(const SmsEstimate &estimate);
    // The estimate in full, as the template editor and the Templates pane show it: recipients and parts, the
    // split, and the cost with each SMS account.
    static QString estimateText(Workspace *workspace, const SmsEstimate &estimate);
    // An SMS text's length as it is sent: rendered for `contact`, or without one with each field at a typical
    // length (TemplateRenderer::withTypicalValues); the {{ }} of its fields never count. "54 characters · GSM-7 ·
    // 1 part · 106 left in this part · as sent to Ayşe Yılmaz", and a line when only the contact's values make it
    // Unicode.
    static QString smsLength(const QString &text, const std::optional<Contact> &contact);
};

// The SMS estimates of (group, text), computed once each in the background and kept until the group or the
// suppression list changes. Views ask estimate() and, while it is unknown, show "estimating…" and ask again at
// ready(). One estimate runs per group at a time; the newest text asked for waits for it.
class SmsEstimates : public QObject
{
    Q_OBJECT
public:
    explicit SmsEstimates(Workspace *workspace, QObject *parent = nullptr);
    std::optional<SmsEstimate> estimate(qint64 groupId, const QString &text); // starts it when unknown

signals:
    void ready(qint64 groupId);

private:
    using Key = QPair<qint64, QString>;
    void start(const Key &key);
    void forget(qint64 groupId); // -1: every group

    Workspace *m_workspace;
    QHash<Key, SmsEstimate> m_cache;
    QHash<qint64, QString> m_running; // group → the text being estimated
    QHash<qint64, QString> m_next;    // group → the text asked for while another ran
    int m_generation = 0;             // answers from before a change are dropped
};

} // namespace cm
