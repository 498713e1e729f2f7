#include "dispatcher.h"

#include "models/clock.h"
#include "models/experiment.h"
#include "models/localtime.h"
#include "models/series.h"

#include "providers/provider.h"

#include "accountservice.h"
#include "composer.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/contactcheck.h"
#include "models/groupstore.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "translations.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrentRun>

// Before a send: the pre-send check (what it would reach, cost and trip over) and a test send to a few addresses.

namespace cm {

Job *Dispatcher::testSend(qint64 campaignId, const QStringList &addresses)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto tmpl = campaign ? templateFor(m_workspace, *campaign) : std::nullopt;
    const auto account = campaign ? m_workspace->accounts()->byId(campaign->accountId) : std::nullopt;
    auto *job = new Job(tr("Test-sending “%1”").arg(campaign ? campaign->name : QString()), this);
    m_jobs->track(job);
    const auto refuse = [job](const QString &problem) { return failLater(job, problem); };
    if (!campaign || !tmpl || !account)
        return refuse(tr("The campaign needs an account and a template first."));
    if (const auto info = m_workspace->providers().info(account->provider); !info || !info->can.extras.testSend)
        return refuse(testSendProblem(m_workspace, *account));
    if (addresses.isEmpty())
        return refuse(tr("Give at least one address or number to send the test to."));
    const bool sms = reachesPhones(campaign->channel); // to phone numbers
    QList<OutgoingMessage> messages;
    const QList<Contact> first = m_workspace->groups()->contacts(campaign->groupId, 0, 1);
    const QVariantMap values = first.isEmpty() ? QVariantMap() : first.first().templateValues();
    for (const QString &raw : addresses) {
        Contact probe;
        (sms ? probe.phone : probe.email) = raw;
        const QString problem = checkContact(probe, m_workspace->phoneRegion());
        if (!problem.isEmpty())
            return refuse(problem);
        const TemplateRenderer::Rendered rendered = TemplateRenderer::renderTemplate(*tmpl, values);
        messages.append({QStringLiteral("test-%1-%2").arg(campaign->id).arg(messages.size()),
                         sms ? probe.phone : probe.email, rendered.subject, rendered.body});
    }
    m_accounts->secretFor(*account, job,
                          [this, job, account = *account, campaign = *campaign,
                           messages](bool ok, const QString &secret, const QString &error) {
                              if (!ok)
                                  return job->finish(false, error);
                              Provider *provider = m_workspace->createProvider(account, secret, job);
                              SendRequest request;
                              request.channel = campaign.channel;
                              request.sender = campaign.sender;
                              request.campaignName = tr("Test: %1").arg(campaign.name);
                              request.test = true;
                              request.options = campaign.options; // a call, a landing SMS: as the send will go
                              request.messages = messages;
                              ProviderReply *reply = provider->send(request);
                              connect(reply, &ProviderReply::finished, job, [job, reply, account] {
                                  reply->deleteLater();
                                  if (reply->hasError())
                                      return job->finish(false, reply->error().describe(account.name));
                                  qint64 accepted = 0;
                                  for (const MessageOutcome &o : reply->result().value<SendResult>().outcomes)
                                      accepted += o.accepted;
                                  job->finish(accepted > 0, tr("Test sent to %n address(es).", nullptr, int(accepted)));
                              });
                          });
    return job;
}

QString Dispatcher::testSendProblem(Workspace *workspace, const Account &account)
{
    const auto info = workspace->providers().info(account.provider);
    if (info && info->can.extras.testSend)
        return {};
    return tr("%1 takes no test sends; send the campaign to a small group of your own instead, or use an account of "
              "%2.")
            .arg(info ? info->displayName : account.provider,
                 workspace->providers().namesWith([](const ProviderCapabilities &c) { return c.extras.testSend; }));
}

Job *Dispatcher::check(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto tmpl = campaign ? templateFor(m_workspace, *campaign) : std::nullopt;
    auto *job = new Job(tr("Checking “%1”").arg(campaign ? campaign->name : QString()), this);
    m_jobs->track(job);
    if (!campaign || !tmpl) {
        return failLater(job, tr("The campaign needs a group and a template first."));
    }
    const auto account = m_workspace->accounts()->byId(campaign->accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    const bool spamTest = account && info && info->can.extras.spamCheck && campaign->channel == Channel::Email;
    m_workspace
            ->inBackground([workspace = m_workspace, campaign = *campaign, tmpl = *tmpl, account, info] {
                PreSendCheck check;
                check.channel = campaign.channel;
                const bool whole = info && info->sendsWholeCampaign(campaign.channel);
                LocalTimePlan localTime;
                const QList<Recipient> recipients
                        = prepare(workspace, campaign, tmpl, &check.excluded, whole, nullptr, &localTime);
                check.recipients = recipients.size();
                // SMS parts as the template editor counts them: every recipient's rendered text (Composer's estimate).
                SmsEstimate estimate(TemplateRenderer::render(tmpl.body, {}));
                for (const Recipient &r : recipients) {
                    if (campaign.channel == Channel::Sms)
                        estimate.add(r.content);
                    else
                        check.parts += r.parts;
                }
                if (campaign.channel == Channel::Sms)
                    check.parts = estimate.parts;
                check.fields = TemplateRenderer::fieldsWithoutDefault(tmpl.body + tmpl.subject);
                // Counted over the groups sent to (before exclusions): a close enough figure to decide on a default.
                QMap<QString, qint64> byCountry;
                for (const qint64 groupId : campaign.includedGroups()) {
                    const QMap<QString, qint64> missing = workspace->groups()->countMissing(groupId, check.fields);
                    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
                        check.missing[it.key()] += it.value();
                    if (reachesPhones(campaign.channel)) {
                        const QMap<QString, qint64> phones = workspace->groups()->phonesByCountry(groupId);
                        for (auto it = phones.cbegin(); it != phones.cend(); ++it)
                            byCountry[it.key()] += it.value();
                    }
                }
                if (account && info) {
                    check.account = account->name;
                    check.batchSize = whole ? int(qBound<qint64>(qint64(1), check.recipients, qint64(INT_MAX)))
                                            : qBound(1, info->maxBatchSize, 1000);
                    check.requests = (check.recipients + check.batchSize - 1) / check.batchSize;
                    check.currency = Composer::currency(*account, *info);
                    // SMS are counted and priced in parts; calls and WhatsApp messages by recipient.
                    check.countsParts = campaign.channel == Channel::Sms;
                    if (reachesPhones(campaign.channel) && !check.countsParts) {
                        check.parts = 0;
                        check.warnings.append(
                                tr("The cost of this kind of send is not estimated here; %1's report has it "
                                   "once it is sent.")
                                        .arg(info->displayName));
                    } else if (campaign.channel == Channel::Sms) {
                        // The price by country over the groups, scaled to the parts the send really has.
                        estimate.byCountry = byCountry;
                        check.cost = Composer::estimatedSmsCost(*account, *info, estimate);
                    } else if (const QJsonValue price = account->settings.value(QStringLiteral("price_per_email"));
                               price.isDouble() || info->emailPrice > 0) {
                        check.cost = price.toDouble(info->emailPrice) * double(check.recipients);
                    }
                }
                if (campaign.channel == Channel::Sms) // who needs more parts, and why, before what may go wrong
                    check.notes = Composer::splitLines(estimate);
                if (campaign.sendsAtLocalTime())
                    check.notes += localTimeLines(campaign, localTime, check.zones);
                // An A/B test not yet started: its variants go first, each to its share; the rest waits.
                if (const auto test = workspace->experiments()->byCampaign(campaign.id);
                    test && test->state == AbState::Ready) {
                    const qint64 each = check.recipients * test->sharePercent / 100;
                    check.notes << tr("A/B test: %1 variants to %2 contacts each now; the winner by %3 to the other %4 "
                                      "after %5.")
                                           .arg(test->variants.size())
                                           .arg(QLocale().toString(each), abMeasureName(test->measure),
                                                QLocale().toString(check.recipients - each * test->variants.size()),
                                                SeriesFile::durationName(test->waitMinutes));
                    if (each < 1)
                        check.blockers << tr("Too few recipients for an A/B test of %1% each: send it without the "
                                             "test, or to a larger audience.")
                                                  .arg(test->sharePercent);
                }
                if (const QString sender = Composer::senderProblem(campaign.channel, campaign.sender);
                    !sender.isEmpty())
                    (campaign.channel == Channel::Email ? check.blockers : check.warnings).append(sender);
                check.blockers += Composer::templateProblems(tmpl);
                if (account && info)
                    check.blockers += Composer::accountProblems(campaign, tmpl, *account, *info);
                if (info) {
                    check.blockers += Composer::wholeCampaignProblems(tmpl, *info);
                    check.warnings += Composer::wholeCampaignDefaults(tmpl, *info); // the default for everyone
                    if (const QString problem = contentProblem(*info, campaign, recipients); !problem.isEmpty())
                        check.blockers.append(problem);
                }
                return check;
            })
            .then(job,
                  [this, job, spamTest, account, tmpl = *tmpl, sender = campaign->sender](const PreSendCheck &check) {
                      const auto done = [job](const PreSendCheck &c) {
                          job->setProperty("check", QVariant::fromValue(c));
                          job->finish(true, c.summary());
                      };
                      if (!account)
                          return done(check);
                      // The secret read as the send will read it: a locked keychain or a lost entry stops the send
                      // before its first request, so it is a blocker here. It goes nowhere but the spam test.
                      m_accounts->secretFor(
                              *account, job,
                              [this, job, check, done, account, tmpl, sender, spamTest](bool ok, const QString &secret,
                                                                                        const QString &error) {
                                  PreSendCheck c = check;
                                  if (!ok)
                                      c.blockers.append(error);
                                  if (!ok || !spamTest || !c.blockers.isEmpty())
                                      return done(c);
                                  // The content as it will go (defaults only), scored by the provider's spam test.
                                  Provider *provider = m_workspace->createProvider(*account, secret, job);
                                  const TemplateRenderer::Rendered content
                                          = TemplateRenderer::renderTemplate(tmpl, QVariantMap());
                                  const Reply<SpamVerdict> reply
                                          = provider->spamCheck(content.subject, content.body, content.text, sender);
                                  connect(reply, &ProviderReply::finished, job, [reply, c, done, account]() mutable {
                                      if (reply->hasError()) {
                                          c.warnings.append(tr("The spam test did not run: %1")
                                                                    .arg(reply->error().describe(account->name)));
                                          return done(c);
                                      }
                                      const SpamVerdict verdict = reply.result();
                                      c.spamScore = verdict.score;
                                      c.spamTests = verdict.tests;
                                      done(c);
                                  });
                              });
                  });
    return job;
}

QStringList Dispatcher::localTimeLines(const Campaign &campaign, const LocalTimePlan &plan,
                                       QList<PreSendCheck::ZoneRelease> &zones)
{
    for (auto it = plan.byZone.cbegin(); it != plan.byZone.cend(); ++it)
        zones.append({it.key(), it.value().first, it.value().second});
    std::sort(zones.begin(), zones.end(), [](const PreSendCheck::ZoneRelease &a, const PreSendCheck::ZoneRelease &b) {
        return a.at < b.at || (a.at == b.at && a.zone < b.zone);
    });
    const QLocale locale;
    const QTimeZone own = campaign.zone();
    QStringList lines;
    lines << tr("At %1 in each recipient's time zone, in %n zone(s):", nullptr, int(zones.size()))
                     .arg(QTime(campaign.localTime / 60, campaign.localTime % 60).toString(QStringLiteral("HH:mm")));
    for (const PreSendCheck::ZoneRelease &z : std::as_const(zones))
        lines << tr("  %1: %2 recipients at %3 (%4 here)")
                         .arg(QString::fromUtf8(z.zone), locale.toString(z.recipients),
                              locale.toString(z.at.toTimeZone(QTimeZone(z.zone)), QLocale::ShortFormat),
                              locale.toString(z.at.toTimeZone(own), QLocale::ShortFormat));
    if (!zones.isEmpty())
        lines << tr("The last go at %1 (%2).")
                         .arg(locale.toString(zones.constLast().at.toTimeZone(own), QLocale::ShortFormat),
                              QString::fromUtf8(own.id()));
    return lines;
}

QString PreSendCheck::summary() const
{
    const QLocale locale;
    QString text = channel == Channel::Sms && countsParts
            ? Dispatcher::tr("%1 recipients, %2 SMS parts in all.")
                      .arg(locale.toString(recipients), locale.toString(parts))
            : Dispatcher::tr("%1 recipients.").arg(locale.toString(recipients));
    if (excluded > 0)
        text += QLatin1Char(' ')
                + Dispatcher::tr("%1 contacts left out: no address for the channel, on the suppression list, in an "
                                 "excluded group, or the same address twice.")
                          .arg(locale.toString(excluded));
    for (const QString &note : notes)
        text += QLatin1Char('\n') + note;
    if (cost)
        text += QLatin1Char('\n')
                + Dispatcher::tr("Estimated cost with %1: %2.").arg(account, formatMoney(*cost, currency));
    if (requests > 0)
        text += QLatin1Char('\n')
                + Dispatcher::tr("%n request(s) to the provider, at most %1 recipients each.", nullptr,
                                 int(qMin<qint64>(requests, INT_MAX)))
                          .arg(batchSize);
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        if (it.value() > 0)
            text += QLatin1Char('\n')
                    + Dispatcher::tr("%1 contacts have no %2; their text has it empty.")
                              .arg(locale.toString(it.value()), it.key());
    }
    if (spamScore) {
        const QString score = locale.toString(*spamScore, 'f', 1);
        text += QLatin1Char('\n')
                + (spamTests.isEmpty() ? Dispatcher::tr("Spam test: %1 points; nothing matched.").arg(score)
                                       : Dispatcher::tr("Spam test: %1 points (%2).")
                                                 .arg(score, spamTests.join(QStringLiteral(", "))));
        if (*spamScore >= 5)
            text += QLatin1Char(' ')
                    + Dispatcher::tr("Many filters reject mail from 5 points: change what the rules above name.");
    }
    for (const QString &w : warnings)
        text += QLatin1Char('\n') + w;
    for (const QString &b : blockers)
        text += QLatin1Char('\n') + b;
    return text;
}

} // namespace cm
