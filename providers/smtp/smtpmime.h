// The messages the SMTP adapter sends, built by GMime: multipart/alternative with the text and the HTML, UTF-8
// headers encoded as RFC 2047 where they need it, our Message-ID, and List-Unsubscribe with one-click (RFC 8058).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cm::smtp {

struct MailParts
{
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString html;
    QString text;           // empty: made from the HTML
    QString messageId;      // without the angle brackets
    QString unsubscribeUrl; // this recipient's page; empty: no List-Unsubscribe
    QDateTime date;         // UTC
    QString attachmentPath; // a local file sent attached; empty: none
};

// GMime's one-time set-up; before any use of it, on any thread (the adapter calls it when made).
void initialiseGMime();

// The whole message, with CRLF line ends, ready for DATA. Empty with `error` set when an attachment cannot be read.
QByteArray buildMessage(const MailParts &parts, QString *error = nullptr);

// "<client key>@<the From address's domain>", without angle brackets: unique per message, and found again in the
// bounces and replies that quote it.
QString messageIdFor(const QString &clientKey, const QString &fromAddress);

// The page of `base` for one recipient: the address added as the "email" query item.
QString unsubscribeUrlFor(const QString &base, const QString &address);

// A readable text version of an HTML body: paragraphs and line breaks kept, links as "text (address)".
QString textFromHtml(const QString &html);

} // namespace cm::smtp
