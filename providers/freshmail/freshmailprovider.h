// FreshMail REST API v1 (../shared/providers/freshmail.md): every request signed with sha1(key + path + the exact
// body bytes + secret) in the HTTP client's auth hook; lists and subscribers (*Multiple in chunks of 100); the
// account's block list; email campaigns sent whole to a list of their own (created, filled, created as a campaign and
// sent now or at a time in the provider's zone); test copies and SMS one message per request, never retried; the
// campaign report and the SMS delivery report. Errors are read from the JSON "status", whatever the HTTP status.
#pragma once

#include "freshmailparse.h"
#include "freshmailrequests.h"
#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

class QNetworkAccessManager;

namespace cm {

class Clock;

class FreshMailProvider : public Provider
{
    Q_OBJECT
public:
    // Account: user = the 32-character API key, secret = the 40-character API secret, base URL = the origin
    // (https://api.freshmail.com). Settings (optional): "providerTimeZone" (Europe/Warsaw), "from_name", "reply_to",
    // "unsubscribe_url" (the page {{unsubscribe_url}} links to: FreshMail documents no tag of its own),
    // "resign_url" (where people land after unsubscribing), "sms_from" (a registered sender name; ECO without),
    // "report_days" (30: how far back the SMS report looks), "timeout_ms".
    FreshMailProvider(const Account &account, const QString &apiSecret, const Clock *clock, QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    ProviderReply *verify() override; // GET /rest/ping
    // Email: a list of the campaign's own, its recipients added (state 1, no confirmation mail), a campaign made for
    // it and sent (at scheduledAt, in the provider's zone). A test goes as transactional mail (/rest/mail), one per
    // address. SMS: one /rest/sms per message with our key as messageId.
    ProviderReply *send(const SendRequest &request) override;
    ProviderReply *listGroups() override;
    ProviderReply *createGroup(const QString &name) override;
    ProviderReply *renameGroup(const QString &groupId, const QString &name) override;
    // Found first with getMultiple: new addresses are added (state 1, no confirmation mail), known ones get their
    // fields edited and keep their state, so nobody who left a list is put back on it.
    ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    ProviderReply *getContact(const QString &groupId, const QString &email) override;
    ProviderReply *deleteContact(const QString &groupId, const QString &email) override;
    ProviderReply *optOuts(const QString &address = {}) override; // none: the block list cannot be read (§4.3)
    ProviderReply *changeContact(const QString &address, ContactChange change) override; // addBlocks/removeBlocks
    ProviderReply *cancelScheduled(const QString &campaignHash) override;                // campaigns/delete (§4.5)
    ProviderReply *campaignStats(const QString &campaignHash) override;                  // reports/campaign
    ProviderReply *listCampaigns() override;                            // reports/campaignsList, 25 a page
    ProviderReply *fetchEvents(const QStringList &messageIds) override; // sms/reports, 1000 a page
    // POST /rest/spam_test/check: → QVariantMap {"score": double, "tests": QStringList}.
    ProviderReply *spamCheck(const QString &subject, const QString &html, const QString &text,
                             const QString &from) override;
    // /rest/subscriber/getHistory: → QList<DeliveryEvent> of one address (delivery, bounce, opens and clicks).
    ProviderReply *history(const QString &listHash, const QString &email);

    // Lists and their custom fields (§4.4): a list deleted; its fields (→ QVariantList of {hash, name, tag, type});
    // one added (→ QString tag; type 0 text, 1 number).
    ProviderReply *deleteList(const QString &listHash);
    ProviderReply *deleteGroup(const QString &listHash) override { return deleteList(listHash); }
    ProviderReply *listFields(const QString &listHash);
    ProviderReply *addField(const QString &listHash, const QString &name, const QString &tag, int type);
    // One subscriber's fields (by tag) and, where given (> 0), state (§4.2 subscriber/edit).
    ProviderReply *editSubscriber(const QString &listHash, const QString &email, const QVariantMap &fields,
                                  int state = 0);
    ProviderReply *updateContact(const QString &listHash, const Contact &contact) override; // its fields, by tag
    // One field set to one value for a whole list (§4.3): FreshMail does it later and POSTs the outcome to
    // `callbackUrl`; → qint64 process id.
    ProviderReply *updateFieldValue(const QString &listHash, const QString &tag, const QString &value,
                                    const QString &callbackUrl);
    // A campaign's draft changed (§4.5 edit: fields as create takes them), and a test copy of it sent (sendTest).
    ProviderReply *editCampaign(const QString &campaignHash, const QJsonObject &fields);
    ProviderReply *sendCampaignTest(const QString &campaignHash, const QStringList &emails,
                                    const QVariantMap &fields = {});
    // Opens and clicks in 10-minute buckets (§4.6): → QVariantList of {time (UTC), opened, unique_opened, clicked,
    // unique_clicked}.
    ProviderReply *timeDetails(const QString &campaignHash);

    // freshmail::providerTime (freshmailrequests.h, with the other pure request builders).
    static QString providerTime(const QDateTime &utc, const QTimeZone &zone)
    {
        return freshmail::providerTime(utc, zone);
    }

private:
    using Handler = std::function<void(ProviderReply *reply, const QJsonObject &envelope)>;
    // The request's outcome: an error (the envelope's, or the client's where no envelope came) or the OK envelope.
    using Outcome = std::function<void(ProviderReply *reply, const ProviderError *error, const QJsonObject &envelope)>;
    void exchange(ProviderReply *reply, const QByteArray &method, const QString &path, const QJsonObject &body,
                  bool retrySafe, Outcome outcome);
    // As exchange(), an error failing the reply.
    void call(ProviderReply *reply, const QByteArray &method, const QString &path, const QJsonObject &body,
              bool retrySafe, Handler handler);
    void sendEmail(ProviderReply *reply, const SendRequest &request); // the list, then createCampaign()
    void createCampaign(ProviderReply *reply, const SendRequest &request, const QString &list,
                        const QHash<QString, QString> &rejected); // then startCampaign()
    void startCampaign(ProviderReply *reply, const SendRequest &request, const QString &hash,
                       const QHash<QString, QString> &rejected);
    void sendOneByOne(ProviderReply *reply, SendRequest request, qsizetype next, SendResult result);
    void addRecipients(ProviderReply *reply, const QString &list, QStringList emails, qsizetype next,
                       QHash<QString, QString> errors, std::function<void(const QHash<QString, QString> &)> then);
    void pushChunk(ProviderReply *reply, QString list, QList<Contact> contacts, QStringList tags, qsizetype next,
                   int accepted);
    void campaignsPage(ProviderReply *reply, int page, QList<RemoteCampaign> gathered);
    void reportsPage(ProviderReply *reply, QSet<QString> ids, int page, QList<DeliveryEvent> events);
    QDateTime now() const; // the clock's, or the system's without one

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    freshmail::Settings m_settings;
};

} // namespace cm
