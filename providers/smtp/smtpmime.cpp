#include "gmimeowned.h" // first: GLib's headers use names Qt defines as macros

#include "smtpmime.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <mutex>

namespace cm::smtp {

namespace {

GMimeTextPart *textPart(const char *subtype, const QString &content)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_text(part, content.toUtf8().constData()); // sets charset=utf-8 where it is not ASCII
    return part;
}

} // namespace

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString messageIdFor(const QString &clientKey, const QString &fromAddress)
{
    const QString domain = fromAddress.section(QLatin1Char('@'), -1).trimmed();
    QString local = clientKey;
    local.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]")), QStringLiteral("-"));
    return local + QLatin1Char('@')
            + (domain.isEmpty() || !fromAddress.contains(QLatin1Char('@')) ? QStringLiteral("campaign-manager.invalid")
                                                                           : domain);
}

QString unsubscribeUrlFor(const QString &base, const QString &address)
{
    if (base.isEmpty())
        return {};
    QUrl url(base);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(address)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString textFromHtml(const QString &html)
{
    using RE = QRegularExpression;
    const auto options = RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption;
    static const RE hidden(QStringLiteral(R"(<(head|style|script|title)\b.*?</\1\s*>|<!--.*?-->)"), options);
    static const RE link(QStringLiteral(R"(<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a\s*>)"), options);
    static const RE lineBreak(QStringLiteral(R"(<br\b[^>]*>|</(p|div|h[1-6]|tr|li|table|blockquote)\s*>)"), options);
    static const RE item(QStringLiteral(R"(<li\b[^>]*>)"), options);
    static const RE tag(QStringLiteral(R"(<[^>]*>)"), options);
    static const RE numeric(QStringLiteral(R"(&#(x[0-9a-f]+|[0-9]+);)"), RE::CaseInsensitiveOption);
    static const RE spaces(QStringLiteral(R"([ \t\r\f]+)")); // not \v: in PCRE it is every vertical space
    static const RE blankLines(QStringLiteral(R"(\n\s*\n\s*\n+)"));
    QString text = html;
    text.replace(hidden, QString());
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // HTML's own line ends are spaces
    text.replace(link, QStringLiteral("\\2 (\\1)"));   // a link keeps its address
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(item, QStringLiteral("- "));
    text.replace(tag, QString());
    QString decoded;
    qsizetype from = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString n = match.captured(1);
        const uint code
                = n.startsWith(QLatin1Char('x'), Qt::CaseInsensitive) ? n.mid(1).toUInt(nullptr, 16) : n.toUInt();
        decoded += text.mid(from, match.capturedStart() - from)
                + QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        from = match.capturedEnd();
    }
    text = decoded + text.mid(from);
    for (const auto &[entity, character] : {std::pair {"&nbsp;", " "},
                                            {"&lt;", "<"},
                                            {"&gt;", ">"},
                                            {"&quot;", "\""},
                                            {"&#39;", "'"},
                                            {"&apos;", "'"},
                                            {"&amp;", "&"}})
        text.replace(QLatin1String(entity), QLatin1String(character));
    text.replace(spaces, QStringLiteral(" "));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    text = lines.join(QLatin1Char('\n')).replace(blankLines, QStringLiteral("\n\n")).trimmed();
    return text + QLatin1Char('\n');
}

QByteArray buildMessage(const MailParts &parts, QString *error)
{
    initialiseGMime();
    Owned<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeObject *root = GMIME_OBJECT(message.get());
    const QByteArray fromName = parts.fromName.toUtf8();
    internet_address_list_add(g_mime_message_get_from(message.get()),
                              Owned<InternetAddress>(internet_address_mailbox_new(
                                                             parts.fromName.isEmpty() ? nullptr : fromName.constData(),
                                                             parts.fromAddress.toUtf8().constData()))
                                      .get());
    internet_address_list_add(
            g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO),
            Owned<InternetAddress>(internet_address_mailbox_new(nullptr, parts.to.toUtf8().constData())).get());
    g_mime_message_set_subject(message.get(), parts.subject.toUtf8().constData(), "utf-8");
    if (parts.date.isValid()) {
        GDateTime *date = g_date_time_new_from_unix_utc(parts.date.toSecsSinceEpoch());
        g_mime_message_set_date(message.get(), date);
        g_date_time_unref(date);
    }
    g_mime_message_set_message_id(message.get(), parts.messageId.toUtf8().constData());
    if (!parts.unsubscribeUrl.isEmpty()) {
        // RFC 8058: a POST to the page unsubscribes at once, without a visit.
        g_mime_object_set_header(root, "List-Unsubscribe",
                                 QByteArray('<' + parts.unsubscribeUrl.toUtf8() + '>').constData(), nullptr);
        g_mime_object_set_header(root, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click", nullptr);
    }

    Owned<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    {
        Owned<GMimeTextPart> plain(textPart("plain", parts.text.isEmpty() ? textFromHtml(parts.html) : parts.text));
        Owned<GMimeTextPart> html(textPart("html", parts.html));
        g_mime_multipart_add(alternative.get(), GMIME_OBJECT(plain.get()));
        g_mime_multipart_add(alternative.get(), GMIME_OBJECT(html.get()));
    }
    if (parts.attachmentPath.isEmpty()) {
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alternative.get()));
    } else {
        QFile file(parts.attachmentPath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return {};
        }
        const QByteArray bytes = file.readAll();
        const QString type = QMimeDatabase().mimeTypeForFileNameAndData(parts.attachmentPath, bytes).name();
        Owned<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(alternative.get()));
        Owned<GMimePart> attachment(
                g_mime_part_new_with_type(type.section(QLatin1Char('/'), 0, 0).toLatin1().constData(),
                                          type.section(QLatin1Char('/'), 1).toLatin1().constData()));
        Owned<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
        Owned<GMimeDataWrapper> content(
                g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(attachment.get(), content.get());
        g_mime_part_set_filename(attachment.get(), QFileInfo(parts.attachmentPath).fileName().toUtf8().constData());
        g_mime_object_set_disposition(GMIME_OBJECT(attachment.get()), "attachment");
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(attachment.get()));
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));
    }
    // Quoted-printable or base64 where a part is not 7-bit: every relay takes it as it is.
    g_mime_object_encode(root, GMIME_ENCODING_CONSTRAINT_7BIT);

    GMimeFormatOptions *options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    Owned<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(root, options, out.get());
    g_mime_format_options_free(options);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace cm::smtp
