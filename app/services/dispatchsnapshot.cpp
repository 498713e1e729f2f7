#include "dispatcher.h"

#include "providers/provider.h"

#include "models/accountstore.h"
#include "models/clock.h"
#include "models/experiment.h"
#include "models/groupstore.h"
#include "models/localtime.h"
#include "models/segmentstore.h"
#include "models/seriesstore.h"
#include "models/smscounter.h"
#include "models/suppressionstore.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

// Who a send reaches and with what: the recipients of a campaign, each with the template rendered for them.

namespace cm {

Recipient Dispatcher::recipientFor(const Campaign &campaign, const CompiledTemplate &tmpl, const Contact &contact,
                                   const QString &address)
{
    Recipient r;
    r.campaignId = campaign.id;
    r.contactId = contact.id;
    r.address = address;
    r.clientKey = QStringLiteral("cm-%1-%2").arg(campaign.id).arg(contact.id);
    const TemplateRenderer::Rendered rendered = tmpl.render(contact.templateValues());
    if (campaign.channel == Channel::Sms) {
        r.content = rendered.body;
        r.parts = qMax(1, countSms(rendered.body).parts);
    } else if (reachesPhones(campaign.channel)) {
        r.content = rendered.body; // a call's text, or a WhatsApp template's variables: counted by recipient
    } else {
        QJsonObject content {{QStringLiteral("subject"), rendered.subject}, {QStringLiteral("body"), rendered.body}};
        if (!rendered.text.isEmpty())
            content.insert(QStringLiteral("text"), rendered.text);
        r.content = QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
    }
    return r;
}

std::optional<Template> Dispatcher::templateFor(Workspace *workspace, const Campaign &campaign)
{
    auto tmpl = workspace->templates()->byId(campaign.templateId);
    if (tmpl && campaign.channel == Channel::Email && !campaign.subject.isEmpty())
        tmpl->subject = campaign.subject;
    return tmpl;
}

qint64 Dispatcher::forEachReached(Workspace *workspace, const Campaign &campaign,
                                  const std::function<void(const Contact &, const QString &)> &visit, QString *problem)
{
    qint64 left = 0;
    const bool sms = reachesPhones(campaign.channel); // to phone numbers
    // The suppression list's entries for the channel ("voice" ones for a call, "sms" ones for text and WhatsApp),
    // and "all" ones always.
    const QString channel = Suppression::channelFor(campaign.channel);
    // The suppression list once, not a query per contact (it is far smaller than a group).
    QSet<QString> suppressed;
    for (const Suppression &s : workspace->suppressions()->list()) {
        if (s.channel == channel || s.channel == QLatin1String("all"))
            suppressed.insert(s.address);
    }
    // A group's contacts 5,000 at a time, by id: a million-contact group never sits in memory as contacts.
    const auto forEachContact = [workspace](qint64 groupId, const std::function<void(const Contact &)> &each) {
        for (qint64 after = 0;;) {
            const QList<Contact> window = workspace->groups()->contacts(groupId, after, 5000);
            if (window.isEmpty())
                return;
            after = window.constLast().id;
            for (const Contact &c : window)
                each(c);
        }
    };
    // A segment is evaluated now, when the send is snapshotted: whoever matches at this moment. Its ids at once (the
    // rule is run once), its contacts 5,000 at a time. A segment that cannot be evaluated is a problem, never
    // "nobody": left out, that would reach the very people it names.
    const auto forEachInSegment
            = [workspace, problem](qint64 segmentId, const std::function<void(const Contact &)> &each) {
                  SegmentStore *segments = workspace->segments();
                  const auto segment = segments->byId(segmentId);
                  SegmentRuleError ruleError;
                  QString error;
                  const auto rule = segment ? segments->compile(segment->rule, &ruleError) : std::nullopt;
                  const auto ids = rule ? segments->contactIds(*rule, 0, 0, &error) : std::nullopt;
                  if (!ids) {
                      if (problem && problem->isEmpty())
                          *problem = !segment ? tr("one of its segments no longer exists.")
                                              : tr("its segment “%1” cannot be evaluated: %2")
                                                        .arg(segment->name, rule ? error : ruleError.message);
                      return;
                  }
                  for (qsizetype from = 0; from < ids->size(); from += 5000) {
                      for (const Contact &c : workspace->groups()->contactsByIds(ids->mid(from, 5000))) {
                          if (c.id)
                              each(c);
                      }
                  }
              };
    // Addresses in the excluded groups and segments are left out wherever else they appear.
    const auto leaveOut = [&](const Contact &c) {
        if (const QString &address = sms ? c.phone : c.email; !address.isEmpty())
            suppressed.insert(address);
    };
    for (const qint64 groupId : campaign.excludedGroupIds)
        forEachContact(groupId, leaveOut);
    for (const qint64 segmentId : campaign.excludedSegmentIds)
        forEachInSegment(segmentId, leaveOut);
    QSet<QString> seen;
    // An A/B test's rest: nobody its variants reached, by contact or by address (nobody gets two variants).
    QSet<qint64> tested;
    if (const auto test = campaign.variantOf ? std::nullopt : workspace->experiments()->byCampaign(campaign.id);
        test && test->state != AbState::Ready) {
        tested = workspace->experiments()->testContacts(campaign.id);
        suppressed.unite(workspace->experiments()->testAddresses(campaign.id));
        // And their addresses now, whether or not their variant has snapshotted them yet: the same person in a
        // second group (another contact row) gets nothing twice.
        const QList<qint64> ids(tested.cbegin(), tested.cend());
        for (qsizetype from = 0; from < ids.size(); from += 5000) {
            for (const Contact &c : workspace->groups()->contactsByIds(ids.mid(from, 5000))) {
                if (const QString &address = sms ? c.phone : c.email; c.id && !address.isEmpty())
                    suppressed.insert(address);
            }
        }
    }
    const auto reach = [&](const Contact &c) {
        const QString &address = sms ? c.phone : c.email;
        if (address.isEmpty() || seen.contains(address) || suppressed.contains(address) || tested.contains(c.id)) {
            ++left;
            return;
        }
        seen.insert(address);
        visit(c, address);
    };
    for (const qint64 groupId : campaign.includedGroups()) {
        if (!campaign.excludedGroupIds.contains(groupId))
            forEachContact(groupId, reach);
    }
    for (const qint64 segmentId : campaign.segmentIds) {
        if (!campaign.excludedSegmentIds.contains(segmentId))
            forEachInSegment(segmentId, reach);
    }
    // A series step's send: the contacts whose step it is (SeriesService chose them when it fell due); an A/B
    // variant's: the contacts drawn for it.
    if (campaign.seriesId || campaign.variantOf) {
        const QList<qint64> ids = campaign.seriesId ? workspace->series()->campaignContacts(campaign.id)
                                                    : workspace->experiments()->audience(campaign.id);
        for (qsizetype from = 0; from < ids.size(); from += 5000) {
            for (const Contact &c : workspace->groups()->contactsByIds(ids.mid(from, 5000))) {
                if (c.id)
                    reach(c);
                else
                    ++left; // deleted since
            }
        }
    }
    return left;
}

QList<Recipient> Dispatcher::prepare(Workspace *workspace, const Campaign &campaign, const Template &tmpl,
                                     qint64 *excluded, bool sameForAll, QString *problem, LocalTimePlan *localTime)
{
    QList<Recipient> result;
    const CompiledTemplate compiled(tmpl); // parsed once, rendered for every recipient
    // At each recipient's local time: the zone of each contact as it is read (once), its release per zone. The
    // send's day is the campaign's own (its scheduled day, or today, in its zone): "09:30 on the 16th" for
    // everyone, whatever date it already is somewhere else.
    const bool local = localTime && campaign.sendsAtLocalTime();
    const QDateTime now = workspace->clock()->now();
    const QDate day = (campaign.scheduledAt.isValid() && campaign.scheduledAt > now ? campaign.scheduledAt : now)
                              .toTimeZone(campaign.zone())
                              .date();
    std::optional<RecipientZones> zones;
    if (local)
        zones.emplace(campaign.zone());
    QHash<QByteArray, std::pair<qint64, qint64>> releaseIn; // zone → its release (ms since the epoch), recipients
    std::vector<std::pair<qint64, qsizetype>> order;
    const qint64 left = forEachReached(
            workspace, campaign,
            [&](const Contact &c, const QString &address) {
                if (local) {
                    const QByteArray zone = zones->zoneIdOf(c);
                    auto release = releaseIn.find(zone);
                    if (release == releaseIn.end()) {
                        const QTimeZone tz = zones->zone(zone);
                        QDateTime at = localRelease(tz, campaign.localTime, day, now, campaign.localLateNow);
                        // "At once" where the time has passed, but not outside their quiet hours: then the next day.
                        if (at == now && campaign.hasWindow()
                            && !inLocalWindow(now.toTimeZone(tz).time(), campaign.windowStart, campaign.windowEnd))
                            at = localRelease(tz, campaign.localTime, day.addDays(1), now, false);
                        release = releaseIn.insert(zone, {at.toMSecsSinceEpoch(), 0});
                    }
                    ++release->second;
                    order.emplace_back(release->first, result.size());
                }
                if (sameForAll) {
                    Contact anyone;
                    anyone.id = c.id;
                    result.append(recipientFor(campaign, compiled, anyone, address));
                } else {
                    result.append(recipientFor(campaign, compiled, c, address));
                }
            },
            problem);
    if (excluded)
        *excluded = left;
    if (local) { // ordered by release (then as they were): integers sorted, then the recipients moved once
        for (auto it = releaseIn.cbegin(); it != releaseIn.cend(); ++it)
            localTime->byZone.insert(it.key(), {it->second, QDateTime::fromMSecsSinceEpoch(it->first, Qt::UTC)});
        std::sort(order.begin(), order.end());
        QList<Recipient> sorted;
        sorted.reserve(result.size());
        localTime->releases.clear();
        localTime->releases.reserve(result.size());
        QDateTime last;
        for (const auto &[ms, index] : order) {
            sorted.append(std::move(result[index]));
            if (!last.isValid() || last.toMSecsSinceEpoch() != ms)
                last = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); // shared by the recipients of one release
            localTime->releases.append(last);
        }
        result = std::move(sorted);
    }
    return result;
}

QString Dispatcher::contentProblem(const ProviderInfo &info, const Campaign &campaign,
                                   const QList<Recipient> &recipients)
{
    for (const Recipient &r : recipients) {
        if (const QString problem = info.contentProblem(campaign.channel, campaign.options, r.content);
            !problem.isEmpty())
            return tr("for %1, %2").arg(r.address, problem);
    }
    return {};
}

} // namespace cm
