#include "templaterenderer.h"

#include "smscounter.h"
#include "templatesyntax.h"

#include <QRegularExpression>

namespace cm {

namespace {

QString defaultArgument(const QString &filter)
{
    QString argument = filter.mid(filter.indexOf(QLatin1Char(':')) + 1).trimmed();
    if (argument.size() >= 2 && argument.startsWith(QLatin1Char('"')) && argument.endsWith(QLatin1Char('"')))
        argument = argument.mid(1, argument.size() - 2);
    return argument;
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

const QString &unsubscribeField()
{
    static const QString field = QStringLiteral("unsubscribe_url");
    return field;
}

// One placeholder filled in; {{unsubscribe_url}} stays as written when there is no value for it: the provider
// puts its own link there.
void renderField(const templ::Node &field, const QVariantMap &values, bool escapeHtml, QString &out)
{
    const auto value = values.constFind(field.field);
    if (value == values.cend() && field.field == unsubscribeField()) {
        out += field.text;
        return;
    }
    const QString text = applyFilters(value == values.cend() ? QString() : value->toString(), field.filters);
    if (!escapeHtml)
        out += text;
    else // contact data is text, never markup, and a link only where it is one we allow
        out += (field.inUrl ? safeUrl(text) : text).toHtmlEscaped();
}

void renderNodes(const std::vector<templ::Node> &nodes, const QVariantMap &values, bool escapeHtml, QString &out);

// One node: its text, its field filled in, or the branch of its block that holds for these values.
void renderNode(const templ::Node &node, const QVariantMap &values, bool escapeHtml, QString &out)
{
    switch (node.kind) {
    case templ::Node::Kind::Text:
        out += node.text;
        break;
    case templ::Node::Kind::Field:
        renderField(node, values, escapeHtml, out);
        break;
    case templ::Node::Kind::Block:
        for (const templ::Node::Branch &branch : node.branches) {
            if (branch.otherwise || branch.condition.holds(values)) {
                renderNodes(branch.nodes, values, escapeHtml, out);
                break;
            }
        }
        break;
    }
}

void renderNodes(const std::vector<templ::Node> &nodes, const QVariantMap &values, bool escapeHtml, QString &out)
{
    for (const templ::Node &node : nodes)
        renderNode(node, values, escapeHtml, out);
}

// Whether a field of that name stands inside a block, in any of its branches.
bool inABlock(const std::vector<templ::Node> &nodes, const QString &name)
{
    bool found = false;
    for (const templ::Node &node : nodes) {
        for (const templ::Node::Branch &branch : node.branches)
            templ::forEachField(branch.nodes, [&](const templ::Node &field) { found = found || field.field == name; });
    }
    return found;
}

// Whether every reader gets the field, whatever the conditions say: it is outside any block, or in every branch of
// a block that has an {{else}}.
bool alwaysHasField(const std::vector<templ::Node> &nodes, const QString &name)
{
    for (const templ::Node &node : nodes) {
        if (node.kind == templ::Node::Kind::Field && node.field == name)
            return true;
        if (node.kind == templ::Node::Kind::Block && node.branches.back().otherwise
            && std::all_of(node.branches.cbegin(), node.branches.cend(),
                           [&](const templ::Node::Branch &b) { return alwaysHasField(b.nodes, name); }))
            return true;
    }
    return false;
}

// The text as its costliest reader gets it: each block's branch that makes the longest SMS (one that needs
// Unicode first, since it turns the whole message into UCS-2), whatever the conditions say.
QString worstCase(const std::vector<templ::Node> &nodes, const QVariantMap &values)
{
    QString out;
    for (const templ::Node &node : nodes) {
        if (node.kind != templ::Node::Kind::Block) {
            renderNode(node, values, false, out);
            continue;
        }
        QString worst;
        bool worstUnicode = false;
        for (const templ::Node::Branch &branch : node.branches) {
            const QString text = worstCase(branch.nodes, values);
            const bool unicode = countSms(text).encoding != SmsCount::Gsm7;
            if ((unicode && !worstUnicode) || (unicode == worstUnicode && text.size() > worst.size())) {
                worst = text;
                worstUnicode = unicode;
            }
        }
        out += worst;
    }
    return out;
}

} // namespace

CompiledText::CompiledText(const QString &text)
    : m_nodes(templ::Syntax::parse(text).nodes)
{ }

QString CompiledText::render(const QVariantMap &values, bool escapeHtml) const
{
    QString out;
    renderNodes(m_nodes, values, escapeHtml, out);
    return out;
}

TemplateRenderer::Bulk TemplateRenderer::bulk(const QString &text, const QVariantMap &values, bool escapeHtml)
{
    return CompiledText(text).bulk(values, escapeHtml);
}

TemplateRenderer::Bulk CompiledText::bulk(const QVariantMap &values, bool escapeHtml) const
{
    TemplateRenderer::Bulk out;
    QStringList expressions;
    const auto marker = [&out, &expressions](const QString &key, const auto &value) {
        qsizetype index = expressions.indexOf(key);
        if (index < 0) {
            index = expressions.size();
            expressions.append(key);
            out.variables.insert(QStringLiteral("v%1").arg(index), value());
        }
        out.content += QStringLiteral("/*v%1*/").arg(index);
    };
    // {{unsubscribe_url}} inside a block would be hidden in a variable, where the provider never puts its link: such
    // a text goes to each recipient as their own (no variables, the link left in the content).
    if (!values.contains(unsubscribeField()) && inABlock(m_nodes, unsubscribeField())) {
        out.content = render(values, escapeHtml);
        return out;
    }
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const templ::Node &node = m_nodes.at(i);
        if (node.kind == templ::Node::Kind::Text) {
            out.content += node.text;
        } else if (node.kind == templ::Node::Kind::Field) {
            if (node.field == unsubscribeField() && !values.contains(unsubscribeField())) {
                out.content += node.text; // the provider's own link goes there
                continue;
            }
            // A link's value is checked (safeUrl): the same field outside a link is another variable.
            const bool url = escapeHtml && node.inUrl;
            QStringList expression = node.filters;
            expression.prepend(node.field);
            marker((url ? QStringLiteral("url:") : QString()) + expression.join(QLatin1Char('|')), [&] {
                QString value;
                renderField(node, values, escapeHtml, value);
                return value;
            });
        } else {
            // A block is one variable, its branch rendered for this recipient: the content stays one for all.
            marker(QStringLiteral("block:%1").arg(i), [&] {
                QString value;
                renderNode(node, values, escapeHtml, value);
                return value;
            });
        }
    }
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
    // Escaped outside the tags only: the defaults of placeholders are escaped once, when they are filled in.
    QString text;
    qsizetype from = 0;
    for (const auto &[start, end] : templ::Syntax::tags(body)) {
        text += body.mid(from, start - from).toHtmlEscaped() + body.mid(start, end - start);
        from = end;
    }
    text += body.mid(from).toHtmlEscaped();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    return text;
}

CompiledTemplate::CompiledTemplate(const Template &tmpl)
    : m_template(tmpl)
    , m_channel(tmpl.channel)
    , m_own(compile(tmpl.subject, tmpl.body, tmpl.textBody))
{
    for (const TemplateVersion &v : tmpl.versions)
        m_versions.push_back(compile(v.subject, v.body, v.textBody));
    // Kept for versionFor(): its languages, not its texts.
    m_template.subject = m_template.body = m_template.textBody = QString();
    for (TemplateVersion &v : m_template.versions)
        v.subject = v.body = v.textBody = QString();
}

CompiledTemplate::Parts CompiledTemplate::compile(const QString &subject, const QString &body,
                                                  const QString &text) const
{
    return {CompiledText(subject), CompiledText(m_channel == Channel::Email ? TemplateRenderer::emailHtml(body) : body),
            CompiledText(text)};
}

TemplateRenderer::Rendered CompiledTemplate::render(const QVariantMap &values) const
{
    const int version
            = m_versions.empty() ? -1 : m_template.versionFor(values.value(QStringLiteral("language")).toString());
    const Parts &parts = version >= 0 ? m_versions.at(size_t(version)) : m_own;
    TemplateRenderer::Rendered r;
    const bool email = m_channel == Channel::Email;
    r.body = parts.body.render(values, email);
    if (email) {
        r.subject = parts.subject.render(values);
        r.text = parts.text.render(values);
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
    const templ::Parsed parsed = templ::Syntax::parse(text);
    QVariantMap values;
    templ::forEachField(parsed.nodes, [&values](const templ::Node &field) {
        values.insert(field.field, QString(typicalLength(field.field), QLatin1Char('x'))); // GSM-7, one septet each
    });
    return worstCase(parsed.nodes, values);
}

QList<TemplateRenderer::Placeholder> TemplateRenderer::placeholders(const QString &text)
{
    QList<Placeholder> result;
    QStringList seen;
    templ::forEachField(templ::Syntax::parse(text).nodes, [&](const templ::Node &field) {
        if (seen.contains(field.field))
            return;
        seen.append(field.field);
        Placeholder p {field.field, field.filters, false};
        for (const QString &f : p.filters)
            p.hasDefault = p.hasDefault || f.startsWith(QLatin1String("default:"));
        result.append(p);
    });
    return result;
}

bool TemplateRenderer::everyoneGetsUnsubscribeLink(const QString &text)
{
    return alwaysHasField(templ::Syntax::parse(text).nodes, unsubscribeField());
}

bool TemplateRenderer::hasConditions(const QString &text)
{
    return templ::Syntax::parse(text).hasBlocks;
}

QStringList TemplateRenderer::fieldsWithoutDefault(const QString &text)
{
    // Outside the blocks only: {{#if company}}{{company}}{{/if}} is written for those who have one.
    QStringList fields;
    for (const templ::Node &node : templ::Syntax::parse(text).nodes) {
        if (node.kind != templ::Node::Kind::Field || node.field == unsubscribeField() || fields.contains(node.field))
            continue;
        if (std::none_of(node.filters.cbegin(), node.filters.cend(),
                         [](const QString &f) { return f.startsWith(QLatin1String("default:")); }))
            fields.append(node.field);
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
    return templ::Syntax::parse(text).problems;
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
