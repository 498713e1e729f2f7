#include "templaterenderer.h"

#include <QRegularExpression>

namespace cm {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*(.*?)\s*\}\})"));
    return pattern;
}

// Splits "name|default:\"a|b\"|upper" on the bars outside quotes.
QStringList splitFilters(const QString &expression)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : expression) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('|') && !quoted) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

QString defaultArgument(const QString &filter)
{
    QString argument = filter.mid(filter.indexOf(QLatin1Char(':')) + 1).trimmed();
    if (argument.size() >= 2 && argument.startsWith(QLatin1Char('"')) && argument.endsWith(QLatin1Char('"')))
        argument = argument.mid(1, argument.size() - 2);
    return argument;
}

bool isKnownFilter(const QString &filter)
{
    return filter == QLatin1String("upper") || filter == QLatin1String("lower") || filter == QLatin1String("capitalize")
            || filter.startsWith(QLatin1String("default:"));
}

QString applyFilters(QString value, const QStringList &filters)
{
    for (const QString &filter : filters) {
        if (filter == QLatin1String("upper")) {
            value = value.toUpper();
        } else if (filter == QLatin1String("lower")) {
            value = value.toLower();
        } else if (filter == QLatin1String("capitalize")) {
            if (!value.isEmpty())
                value = value.left(1).toUpper() + value.mid(1).toLower();
        } else if (filter.startsWith(QLatin1String("default:"))) {
            if (value.trimmed().isEmpty())
                value = defaultArgument(filter);
        }
    }
    return value;
}

// Whether a placeholder right after `before` begins the value of an href or src attribute.
bool beginsUrl(QStringView before)
{
    static const QRegularExpression attribute(QStringLiteral(R"(\b(?:href|src)\s*=\s*["']?\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return attribute.match(before.right(64)).hasMatch();
}

// A link taken from contact data: kept when it is http(s), mailto or has no scheme (a path), refused (empty)
// otherwise, so no contact's field can put javascript: or data: into an email.
QString safeUrl(const QString &value)
{
    static const QRegularExpression scheme(QStringLiteral(R"(^([a-z][a-z0-9+.\-]*):)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString compact;
    for (const QChar c : value) {
        if (c.unicode() > 0x20) // browsers skip blanks and control characters inside a scheme
            compact.append(c);
    }
    const QRegularExpressionMatch match = scheme.match(compact);
    if (!match.hasMatch())
        return value;
    const QString name = match.captured(1).toLower();
    return name == QLatin1String("http") || name == QLatin1String("https") || name == QLatin1String("mailto")
            ? value
            : QString();
}

} // namespace

CompiledText::CompiledText(const QString &text)
{
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QStringList parts = splitFilters(match.captured(1));
        Piece piece;
        piece.literal = text.mid(last, match.capturedStart() - last);
        piece.field = parts.takeFirst();
        piece.filters = parts;
        piece.original = match.captured(0);
        piece.urlStart = beginsUrl(QStringView(text).left(match.capturedStart()));
        m_pieces.append(piece);
        last = match.capturedEnd();
    }
    m_tail = text.mid(last);
}

QString CompiledText::render(const QVariantMap &values, bool escapeHtml) const
{
    static const QString unsubscribe = QStringLiteral("unsubscribe_url");
    QString out;
    out.reserve(m_tail.size() + m_pieces.size() * 24);
    for (const Piece &piece : m_pieces) {
        out += piece.literal;
        const auto value = values.constFind(piece.field);
        if (value == values.cend() && piece.field == unsubscribe) {
            out += piece.original; // the provider puts its own link there
            continue;
        }
        const QString text = applyFilters(value == values.cend() ? QString() : value->toString(), piece.filters);
        if (!escapeHtml)
            out += text;
        else // contact data is text, never markup, and a link only where it is one we allow
            out += (piece.urlStart ? safeUrl(text) : text).toHtmlEscaped();
    }
    out += m_tail;
    return out;
}

TemplateRenderer::Bulk TemplateRenderer::bulk(const QString &text, const QVariantMap &values, bool escapeHtml)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*(.*?)\s*\}\})"));
    static const QRegularExpression unsubscribe(QStringLiteral(R"(^unsubscribe_url\s*(\|.*)?$)"));
    Bulk out;
    QStringList expressions;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out.content += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (unsubscribe.match(match.captured(1)).hasMatch() && !values.contains(QStringLiteral("unsubscribe_url"))) {
            out.content += match.captured(0); // the provider's own link goes there
            continue;
        }
        // A link's value is checked (safeUrl): the same field outside a link is another variable.
        const bool url = escapeHtml && beginsUrl(QStringView(text).left(match.capturedStart()));
        const QString key = (url ? QStringLiteral("url:") : QString()) + match.captured(1);
        qsizetype index = expressions.indexOf(key);
        if (index < 0) {
            index = expressions.size();
            expressions.append(key);
            QString value = render(match.captured(0), values);
            if (url)
                value = safeUrl(value);
            out.variables.insert(QStringLiteral("v%1").arg(index), escapeHtml ? value.toHtmlEscaped() : value);
        }
        out.content += QStringLiteral("/*v%1*/").arg(index);
    }
    out.content += QStringView(text).mid(last);
    return out;
}

QString TemplateRenderer::substitute(const QString &content, const QVariantMap &variables)
{
    QString out = content;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        out.replace(QStringLiteral("/*") + it.key() + QStringLiteral("*/"), it.value().toString());
    return out;
}

QString TemplateRenderer::emailHtml(const QString &body)
{
    // An element of HTML (a tag whose name HTML knows, in any case), a comment or a doctype makes it HTML, written as
    // meant. Otherwise it is text: "<PROMO>" or "a < b" are shown as typed, and its line breaks, which a mail
    // program would join, are kept.
    static const QRegularExpression html(
            QStringLiteral(
                    R"(<!--|<!doctype\b|</?(?:a|abbr|address|article|aside|b|big|blockquote|body|br|button|)"
                    R"(caption|center|code|col|colgroup|dd|del|div|dl|dt|em|font|footer|form|h[1-6]|head|header|)"
                    R"(hr|html|i|img|input|ins|label|li|link|main|mark|meta|nav|ol|p|pre|q|s|section|small|span|)"
                    R"(strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul)(?=[\s/>]))"),
            QRegularExpression::CaseInsensitiveOption);
    if (body.isEmpty() || html.match(body).hasMatch())
        return body;
    // Escaped outside the placeholders only: their defaults are escaped once, when they are filled in.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{.*?\}\})"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QString text;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        text += body.mid(from, match.capturedStart() - from).toHtmlEscaped() + match.captured();
        from = match.capturedEnd();
    }
    text += body.mid(from).toHtmlEscaped();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    return text;
}

CompiledTemplate::CompiledTemplate(const Template &tmpl)
    : m_channel(tmpl.channel)
    , m_subject(tmpl.subject)
    , m_body(tmpl.channel == Channel::Email ? TemplateRenderer::emailHtml(tmpl.body) : tmpl.body)
    , m_text(tmpl.textBody)
{ }

TemplateRenderer::Rendered CompiledTemplate::render(const QVariantMap &values) const
{
    TemplateRenderer::Rendered r;
    const bool email = m_channel == Channel::Email;
    r.body = m_body.render(values, email);
    if (email) {
        r.subject = m_subject.render(values);
        r.text = m_text.render(values);
    }
    return r;
}

QString TemplateRenderer::render(const QString &text, const QVariantMap &values)
{
    return CompiledText(text).render(values);
}

int TemplateRenderer::typicalLength(const QString &field)
{
    static const QMap<QString, int> lengths {{QStringLiteral("first_name"), 6}, {QStringLiteral("last_name"), 7},
                                             {QStringLiteral("city"), 8},       {QStringLiteral("country"), 2},
                                             {QStringLiteral("phone"), 13},     {QStringLiteral("email"), 22}};
    return lengths.value(field, 8);
}

QString TemplateRenderer::withTypicalValues(const QString &text)
{
    QVariantMap values;
    for (const Placeholder &p : placeholders(text))
        values.insert(p.field, QString(typicalLength(p.field), QLatin1Char('x'))); // GSM-7, one septet each
    return render(text, values);
}

QList<TemplateRenderer::Placeholder> TemplateRenderer::placeholders(const QString &text)
{
    QList<Placeholder> result;
    QStringList seen;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QStringList parts = splitFilters(it.next().captured(1));
        if (seen.contains(parts.first()))
            continue;
        seen.append(parts.first());
        Placeholder p {parts.first(), parts.mid(1), false};
        for (const QString &f : p.filters)
            p.hasDefault = p.hasDefault || f.startsWith(QLatin1String("default:"));
        result.append(p);
    }
    return result;
}

QStringList TemplateRenderer::fieldsWithoutDefault(const QString &text)
{
    QStringList fields;
    for (const Placeholder &p : placeholders(text)) {
        if (!p.hasDefault && p.field != QLatin1String("unsubscribe_url"))
            fields.append(p.field);
    }
    return fields;
}

namespace {
const QRegularExpression &unsubscribeLink()
{
    static const QRegularExpression link(QStringLiteral("\\{\\{\\s*unsubscribe_url\\s*\\}\\}"));
    return link;
}
} // namespace

bool TemplateRenderer::hasUnsubscribeLink(const QString &text)
{
    return unsubscribeLink().match(text).hasMatch();
}

QString TemplateRenderer::withUnsubscribeLink(const QString &text, const QString &link)
{
    QString out = text;
    return out.replace(unsubscribeLink(), link);
}

QStringList TemplateRenderer::problems(const QString &text)
{
    QStringList result;
    static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QStringList parts = splitFilters(match.captured(1));
        if (!fieldName.match(parts.first()).hasMatch())
            result.append(tr("“%1” is not a field name: use letters, digits and _ as in {{first_name}}.")
                                  .arg(match.captured(0)));
        for (const QString &filter : parts.mid(1)) {
            if (!isKnownFilter(filter))
                result.append(tr("Unknown filter “%1” in %2: use upper, lower, capitalize or default:\"…\".")
                                      .arg(filter, match.captured(0)));
        }
    }
    const qsizetype opens = text.count(QStringLiteral("{{"));
    const qsizetype closes = text.count(QStringLiteral("}}"));
    if (opens != closes)
        result.append(tr("A placeholder is not closed: every {{ needs a matching }}."));
    return result;
}

TemplateRenderer::Rendered TemplateRenderer::renderTemplate(const Template &tmpl, const QVariantMap &values,
                                                            bool listMissing)
{
    Rendered r = CompiledTemplate(tmpl).render(values);
    if (listMissing) {
        for (const QString &field : fieldsWithoutDefault(tmpl.subject + tmpl.body + tmpl.textBody)) {
            if (values.value(field).toString().trimmed().isEmpty())
                r.missing.append(field);
        }
    }
    return r;
}

} // namespace cm
