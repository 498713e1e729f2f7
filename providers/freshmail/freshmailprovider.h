// FreshMail REST API v1 (../shared/providers/freshmail.md): every request signed with sha1(key + path + the exact
// body bytes + secret) in the HTTP client's auth hook; lists and subscribers (*Multiple in chunks of 100); the
// account's block list; email campaigns sent whole to a list of their own (created, filled, created as a campaign and
// sent now or at a time in the provider's zone); test copies and SMS one message per request, never retried; the
// campaign report and the SMS delivery report. Errors are read from the JSON "status", whatever the HTTP status.
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

class QNetworkAccessManager;

namespace cm {

class Clock;

namespace freshmail {

// §2.1: lowercase hex sha1 of key + access path ("/rest/…") + body bytes + secret.
QByteArray sign(const QByteArray &key, const QByteArray &path, const QByteArray &body, const QByteArray &secret);
// §1.1, §8: the envelope's error (the first code, every message), or nullopt for "status": "OK". A body that is not
// the envelope gives nullopt too: the HTTP status decides then.
std::optional<ProviderError> envelopeError(const QByteArray &body);
ProviderError::Kind kindOf(int code);
// §3: numbers come as numbers or numeric strings.
qint64 number(const QJsonValue &value);
// §3.1: a subscriber state as ours ("subscribed", "pending", "unconfirmed", "unsubscribed", "soft_bounced",
// "hard_bounced"); an unknown one stays as its number.
QString stateName(int state);
// §4.9: an SMS delivery status as an event (nullopt for QUEUE: nothing happened yet).
std::optional<EventType> smsEvent(const QString &status);
// §4.6: reports/campaign as our counters.
CampaignStats campaignStats(const QJsonObject &report);
// §5: a number as FreshMail takes it: Polish numbers without the +48 become 9 digits' E.164; 9 or 11 digits in all,
// else empty.
QString gsm(const QString &phone);
// §5: whether the text fits the SMS limits (3 parts: 459 plain, 200 with special characters); the problem if not.
QString smsProblem(const QString &text);

} // namespace freshmail

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

    // The wall-clock time FreshMail's "time" wants for a UTC instant, in the account's zone (§6).
    static QString providerTime(const QDateTime &utc, const QTimeZone &zone);

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
    QString withUnsubscribe(const QString &html) const;
    QDateTime providerDate(const QString &text) const; // "yyyy-MM-dd HH:mm[:ss]" in the provider's zone, as UTC

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    QTimeZone m_zone;
    QString m_fromName;
    QString m_replyTo;
    QString m_unsubscribeUrl;
    QString m_resignUrl;
    QString m_smsFrom;
    int m_reportDays;
};

} // namespace cm
