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

} // namespace

QString TemplateRenderer::render(const QString &text, const QVariantMap &values)
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QStringList parts = splitFilters(match.captured(1));
        out += applyFilters(values.value(parts.first()).toString(), parts.mid(1));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
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

TemplateRenderer::Rendered TemplateRenderer::renderTemplate(const Template &tmpl, QVariantMap values, bool listMissing)
{
    const QString unsubscribe = QStringLiteral("unsubscribe_url");
    if (!values.contains(unsubscribe))
        values.insert(unsubscribe, QStringLiteral("{{unsubscribe_url}}"));
    Rendered r;
    if (listMissing) {
        for (const Placeholder &p : placeholders(tmpl.subject + tmpl.body + tmpl.textBody)) {
            if (!p.hasDefault && values.value(p.field).toString().trimmed().isEmpty() && !r.missing.contains(p.field))
                r.missing.append(p.field);
        }
    }
    if (tmpl.channel == Channel::Sms) {
        r.body = render(tmpl.body, values);
        return r;
    }
    r.subject = render(tmpl.subject, values);
    r.text = render(tmpl.textBody, values);
    for (auto it = values.begin(); it != values.end(); ++it) { // contact data is text, never markup
        if (it.key() != unsubscribe)
            it.value() = it.value().toString().toHtmlEscaped();
    }
    r.body = render(tmpl.body, values);
    return r;
}

} // namespace cm
