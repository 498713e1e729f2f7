// The workspace-wide suppression list: addresses no campaign may reach, per channel, with the reason (an opt-out,
// a block, a bounce, a complaint) and where it came from. An email address or an E.164 phone number.
#pragma once

#include "store.h"
#include "types.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace cm {

namespace sql {
class Transaction;
}

struct Suppression
{
    qint64 id = 0;
    QString channel = QStringLiteral("all");    // "sms", "email", "voice" (calls) or "all"
    QString address;                            // lower-cased email, or E.164
    QString reason = QStringLiteral("opt_out"); // "opt_out", "block", "bounce", "complaint"
    QString source;                             // "import: list.csv", "contacts of Customers", …
    QDateTime createdAt;

    static QStringList channels()
    {
        return {QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("voice"), QStringLiteral("all")};
    }
    static QStringList reasons();
    static QString reasonName(const QString &reason);   // translated
    static QString channelName(const QString &channel); // translated
    static QString channelOf(const QString &address);   // "email" with an @, else "sms"
    // The entries that keep a campaign's recipients out (besides "all" ones): "voice" for calls, "email" for email,
    // "sms" for text and WhatsApp messages.
    static QString channelFor(Channel campaignChannel);
};

class SuppressionStore : public Store
{
    Q_OBJECT
public:
    explicit SuppressionStore(Database *database, QObject *parent = nullptr);
    // A store for a worker thread (with that thread's connection) whose changes `owner`, the workspace's store on its
    // own thread, announces as well: changed() is emitted there too, so that the views hear of what the worker wrote.
    // `owner` outlives this store.
    SuppressionStore(Database *database, SuppressionStore *owner);
    ~SuppressionStore() override;

    // Newest first; `search` matches a part of the address or the source.
    QList<Suppression> list(const QString &search = {}) const;
    qint64 count() const;
    // Adds those not listed yet for their channel, in one transaction. Returns how many were added, or -1.
    qint64 add(const QList<Suppression> &entries);
    qint64 remove(const QList<qint64> &ids); // how many were removed, or -1
    // True when the address may not be reached on the channel ("sms", "email", "voice"), by its own or an "all" entry.
    bool isSuppressed(const QString &channel, const QString &address) const;

    // The add()s and remove()s from begin() to commit() as one transaction, for a file added a batch at a time:
    // nothing of them is kept unless commit() succeeds (rollback(), or the store going away, drops them), and
    // changed() comes once, after the commit. They nest (the outermost commit is the one that keeps them); commit()
    // or rollback() with none open does nothing.
    bool begin();
    bool commit();
    void rollback();

signals:
    void changed();

private:
    void announce(); // emits changed(), here and at the owner, or at the commit of the transaction begin() opened

    SuppressionStore *m_owner = nullptr;
    std::vector<std::unique_ptr<sql::Transaction>> m_transactions; // begin()'s, innermost last
    bool m_changedInTransaction = false;
};

} // namespace cm
