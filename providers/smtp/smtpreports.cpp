#include "gmimeowned.h" // first: GLib's headers use names Qt defines as macros

#include "smtpreports.h"

#include "smtpmime.h"

#include <QRegularExpression>

#include <memory>

namespace cm::smtp {

namespace {

QString header(GMimeObject *object, const char *name)
{
    const char *value = g_mime_object_get_header(object, name);
    return value ? QString::fromUtf8(value).simplified() : QString();
}

// The bytes of a part as they read (transfer encoding undone), or of an enclosed message as it was written.
QByteArray contentOf(GMimeObject *object)
{
    Owned<GMimeStream> out(g_mime_stream_mem_new());
    if (GMIME_IS_MESSAGE_PART(object)) {
        if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
            g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, out.get());
    } else if (GMIME_IS_PART(object)) {
        if (GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object)))
            g_mime_data_wrapper_write_to_stream(content, out.get());
    }
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

// "Name: value" fields in blocks separated by blank lines (a delivery-status or feedback-report body), folded lines
// unfolded; names in lower case.
QList<QMultiHash<QString, QString>> fieldBlocks(const QByteArray &body)
{
    QList<QMultiHash<QString, QString>> blocks(1);
    QString name;
    const QStringList lines = QString::fromUtf8(body).split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!blocks.last().isEmpty())
                blocks.append(QMultiHash<QString, QString>());
            name.clear();
        } else if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !name.isEmpty()) {
            auto it = blocks.last().find(name);
            if (it != blocks.last().end())
                *it += QLatin1Char(' ') + line.trimmed();
        } else if (const qsizetype colon = line.indexOf(QLatin1Char(':')); colon > 0) {
            name = line.left(colon).trimmed().toLower();
            blocks.last().insert(name, line.mid(colon + 1).trimmed());
        }
    }
    if (blocks.last().isEmpty())
        blocks.removeLast();
    return blocks;
}

// "rfc822; someone@example.com" or "<someone@example.com>": the address.
QString addressIn(QString value)
{
    if (const qsizetype semicolon = value.indexOf(QLatin1Char(';')); semicolon >= 0)
        value = value.mid(semicolon + 1);
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>')))
        value = value.mid(1, value.size() - 2);
    return value.toLower();
}

// The Message-ID a text of headers holds (a returned message, its headers alone).
QString messageIdIn(const QByteArray &headers)
{
    static const QRegularExpression id(QStringLiteral(R"((?:^|\n)(?:X-Original-)?Message-ID:\s*<([^>\s]+)>)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto match = id.match(QString::fromUtf8(headers));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString firstId(const QString &value) // "<a@b> <c@d>": a@b
{
    static const QRegularExpression id(QStringLiteral("<([^>\\s]+)>"));
    const auto match = id.match(value);
    return match.hasMatch() ? match.captured(1) : QString();
}

struct Walk
{
    QList<QByteArray> deliveryStatus;
    QList<QByteArray> feedback;
    QList<QByteArray> returned; // headers or whole messages sent back
};

void collect(GMimeObject *, GMimeObject *part, gpointer data)
{
    auto *walk = static_cast<Walk *>(data);
    GMimeContentType *type = g_mime_object_get_content_type(part);
    const QByteArray kind = QByteArray(g_mime_content_type_get_media_type(type)).toLower() + '/'
            + QByteArray(g_mime_content_type_get_media_subtype(type)).toLower();
    if (kind == "message/delivery-status" || kind == "message/global-delivery-status")
        walk->deliveryStatus.append(contentOf(part));
    else if (kind == "message/feedback-report")
        walk->feedback.append(contentOf(part));
    else if (kind == "message/rfc822" || kind == "text/rfc822-headers" || kind == "message/rfc822-headers"
             || kind == "message/global" || kind == "message/global-headers")
        walk->returned.append(contentOf(part));
}

} // namespace

QList<MailReport> readReports(const QByteArray &message)
{
    initialiseGMime();
    Owned<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(message.constData(), size_t(message.size())));
    Owned<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    Owned<GMimeMessage> mail(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!mail)
        return {};
    GMimeObject *top = GMIME_OBJECT(mail.get());
    QDateTime at;
    if (GDateTime *date = g_mime_message_get_date(mail.get()))
        at = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    Walk walk;
    g_mime_message_foreach(mail.get(), collect, &walk);
    QString original;
    for (const QByteArray &returned : std::as_const(walk.returned)) {
        if (original.isEmpty())
            original = messageIdIn(returned);
    }
    if (original.isEmpty())
        original = firstId(header(top, "X-Original-Message-ID"));
    if (original.isEmpty())
        original = firstId(header(top, "In-Reply-To"));
    if (original.isEmpty())
        original = firstId(header(top, "References"));
    if (original.isEmpty())
        return {};

    QList<MailReport> reports;
    // A delivery status: one block for the message, then one per recipient.
    for (const QByteArray &status : std::as_const(walk.deliveryStatus)) {
        for (const auto &block : fieldBlocks(status)) {
            const QString action = block.value(QStringLiteral("action")).toLower();
            if (!block.contains(QStringLiteral("final-recipient")) || (action != QLatin1String("failed")))
                continue; // the message's own block, and "delayed", "delivered", "relayed", "expanded"
            const QString code = block.value(QStringLiteral("status")).section(QLatin1Char(' '), 0, 0);
            const QString diagnostic = block.value(QStringLiteral("diagnostic-code"));
            MailReport report;
            report.messageId = original;
            report.recipient = addressIn(
                    block.value(QStringLiteral("original-recipient"), block.value(QStringLiteral("final-recipient"))));
            report.type = EventType::Bounced;
            const QString words = QString(code + QLatin1Char(' ') + diagnostic).trimmed();
            report.detail = code.startsWith(QLatin1Char('4')) ? QStringLiteral("soft: ") + words : words;
            report.at = at;
            reports.append(report);
        }
    }
    if (!walk.deliveryStatus.isEmpty())
        return reports;
    // A complaint: the feedback report names the recipient who marked it as spam.
    for (const QByteArray &feedback : std::as_const(walk.feedback)) {
        const auto blocks = fieldBlocks(feedback);
        if (blocks.isEmpty())
            continue;
        MailReport report;
        report.messageId = original;
        report.recipient = addressIn(blocks.first().value(QStringLiteral("original-rcpt-to")));
        report.type = EventType::Complained;
        report.detail = blocks.first().value(QStringLiteral("feedback-type"), QStringLiteral("abuse"));
        report.at = at;
        reports.append(report);
    }
    if (!walk.feedback.isEmpty())
        return reports;
    // A reply, automatic or not: the message reached its recipient.
    const QString autoSubmitted = header(top, "Auto-Submitted").toLower();
    const bool automatic = (!autoSubmitted.isEmpty() && autoSubmitted != QLatin1String("no"))
            || !header(top, "X-Autoreply").isEmpty() || !header(top, "X-Autorespond").isEmpty()
            || header(top, "Precedence").toLower() == QLatin1String("auto_reply");
    MailReport report;
    report.messageId = original;
    if (InternetAddressList *from = g_mime_message_get_from(mail.get()); from && internet_address_list_length(from) > 0)
        if (InternetAddress *address = internet_address_list_get_address(from, 0); INTERNET_ADDRESS_IS_MAILBOX(address))
            report.recipient
                    = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).toLower();
    report.type = EventType::Delivered;
    report.detail = (automatic ? QStringLiteral("auto-reply: ") : QStringLiteral("replied: ")) + header(top, "Subject");
    report.at = at;
    return {report};
}

} // namespace cm::smtp
