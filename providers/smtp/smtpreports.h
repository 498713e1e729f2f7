// What the messages in the account's mailbox say of the emails we sent: a bounce per recipient (a DSN, RFC 3464), a
// complaint (an ARF report, RFC 5965), an automatic reply (RFC 3834) or a person's reply. Read with GMime; matched to
// our messages by the Message-ID they quote.
#pragma once

#include "models/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cm::smtp {

struct MailReport
{
    QString messageId; // ours, without the angle brackets
    QString recipient; // the address it is about, when it names one
    EventType type = EventType::Bounced;
    QString detail; // "5.1.1 smtp; 550 …" for a hard bounce, "soft: 4.2.2 …" for a soft one, "auto-reply: …"
    QDateTime at;   // the report's Date, UTC
};

// The reports in one message of the mailbox; empty when it says nothing of a message of ours (or only that its
// delivery is delayed and still tried: not an outcome).
QList<MailReport> readReports(const QByteArray &message);

} // namespace cm::smtp
