// The workspace-wide suppression list: addresses no campaign may reach, per channel, with the reason (an opt-out,
// a block, a bounce, a complaint) and where it came from. An email address or an E.164 phone number.
#pragma once

#include "store.h"

#include <QDateTime>

namespace cm {

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
};

class SuppressionStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    // Newest first; `search` matches a part of the address or the source.
    QList<Suppression> list(const QString &search = {}) const;
    qint64 count() const;
    // Adds those not listed yet for their channel, in one transaction. Returns how many were added, or -1.
    qint64 add(const QList<Suppression> &entries);
    qint64 remove(const QList<qint64> &ids); // how many were removed, or -1
    // True when the address may not be reached on the channel ("sms", "email", "voice"), by its own or an "all" entry.
    bool isSuppressed(const QString &channel, const QString &address) const;

signals:
    void changed();
};

} // namespace cm
