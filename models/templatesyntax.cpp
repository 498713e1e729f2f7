#include "templatesyntax.h"

#include <QRegularExpression>

#include <optional>

namespace cm::templ {

namespace {

// What follows "{{" begins a tag when its first non-blank character is a letter, _ (a field), # (a block) or /
// (its end). Anything else, such as "{{{" or CSS, is text.
bool beginsTag(QStringView inside)
{
    const QStringView trimmed = inside.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QChar c = trimmed.front();
    return c.isLetter() || c == u'_' || c == u'#' || c == u'/';
}

struct Token
{
    bool tag = false;
    qsizetype start = 0;
    qsizetype end = 0;
    QString content; // a tag's inside, trimmed
};

QString excerpt(QStringView text, qsizetype from)
{
    QStringView line = text.mid(from);
    if (const qsizetype end = line.indexOf(u'\n'); end >= 0)
        line = line.left(end);
    line = line.trimmed();
    return line.size() > 30 ? line.left(30).toString() + QStringLiteral("…") : line.toString();
}

std::vector<Token> tokenize(const QString &text, QStringList *problems)
{
    std::vector<Token> tokens;
    qsizetype from = 0; // where the text not yet in a token starts
    qsizetype pos = 0;
    for (qsizetype open; (open = text.indexOf(u"{{", pos)) >= 0;) {
        qsizetype lineEnd = text.indexOf(u'\n', open);
        if (lineEnd < 0)
            lineEnd = text.size();
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close >= 0 && close < lineEnd) {
            const QStringView inside = QStringView(text).mid(open + 2, close - open - 2);
            if (beginsTag(inside)) {
                if (open > from)
                    tokens.push_back({false, from, open, {}});
                tokens.push_back({true, open, close + 2, inside.trimmed().toString()});
                pos = from = close + 2;
                continue;
            }
        } else if (problems && beginsTag(QStringView(text).mid(open + 2, lineEnd - open - 2))) {
            problems->append(Syntax::tr("A placeholder is not closed: “%1” needs }} on the same line.")
                                     .arg(excerpt(text, open)));
        }
        pos = open + 1; // "{{{field}}}" is "{", the field, "}"
    }
    if (from < text.size())
        tokens.push_back({false, from, text.size(), {}});
    return tokens;
}

// Splits "name|default:\"a|b\"|upper" on the bars outside quotes.
QStringList splitFilters(const QString &expression)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : expression) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u'|' && !quoted) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

bool isKnownFilter(const QString &filter)
{
    return filter == QLatin1String("upper") || filter == QLatin1String("lower") || filter == QLatin1String("capitalize")
            || filter.startsWith(QLatin1String("default:"));
}

// Whether a placeholder after `before` is inside the value of an href or src attribute. Anywhere in it, not only at
// its start: in href="{{#if link}}{{link}}{{else}}…{{/if}}" the field begins the link once the block is rendered, and
// a value checked in the middle of a link loses nothing but a scheme that should not be there.
bool insideUrl(QStringView before)
{
    static const QRegularExpression attribute(QStringLiteral(R"(\b(?:href|src)\s*=\s*(?:"[^"]*|'[^']*|[^\s"'>]*)$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return attribute.match(before.right(2048)).hasMatch();
}

bool isKeyword(const QString &word)
{
    for (const char *keyword : {"and", "or", "not", "contains", "is"}) {
        if (word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isElse(const QString &tag)
{
    return tag == QLatin1String("else") || tag.startsWith(QLatin1String("else "));
}

bool isEndIf(const QString &tag)
{
    static const QRegularExpression end(QStringLiteral(R"(^/\s*if$)"));
    return end.match(tag).hasMatch();
}

using Operand = Condition::Operand;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9'; // what \d matches below; QChar::isDigit takes other scripts' digits too
}

// The words of a condition.
struct Word
{
    enum Kind { Name, Text, Number, Symbol, End } kind = End;
    QString text;
};

class ConditionParser
{
public:
    explicit ConditionParser(const QString &source) { lex(source); }

    std::optional<Condition> parse(QString *error)
    {
        if (!m_error.isEmpty()) {
            *error = m_error;
            return {};
        }
        if (m_words.size() == 1) {
            *error = Syntax::tr("the condition is missing, as in {{#if city == \"Paris\"}}");
            return {};
        }
        Condition c = disjunction();
        if (m_error.isEmpty() && peek().kind != Word::End)
            m_error = Syntax::tr("“%1” is not understood here: join conditions with and, or").arg(peek().text);
        *error = m_error;
        return m_error.isEmpty() ? std::optional<Condition>(std::move(c)) : std::nullopt;
    }

private:
    void lex(const QString &s)
    {
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == u'"' || c == u'\'' || c == u'“') {
                const QChar close = c == u'“' ? u'”' : c;
                const qsizetype end = s.indexOf(close, i + 1);
                if (end < 0) {
                    m_error = Syntax::tr("a text in quotes is not closed");
                    return;
                }
                m_words.push_back({Word::Text, s.mid(i + 1, end - i - 1)});
                i = end + 1;
            } else if (isAsciiDigit(c) || (c == u'-' && i + 1 < s.size() && isAsciiDigit(s.at(i + 1)))) {
                static const QRegularExpression number(QStringLiteral(R"(-?\d+(?:[.,]\d+)?)"));
                const auto m = number.match(s, i, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
                m_words.push_back({Word::Number, m.captured()});
                i = m.capturedEnd();
            } else if (c.isLetter() || c == u'_') {
                qsizetype end = i;
                while (end < s.size() && (s.at(end).isLetterOrNumber() || s.at(end) == u'_'))
                    ++end;
                m_words.push_back({Word::Name, s.mid(i, end - i)});
                i = end;
            } else {
                static const char *const symbols[] = {"==", "!=", "<=", ">=", "<", ">", "=", "(", ")"};
                const char *found = nullptr;
                for (const char *symbol : symbols) {
                    if (QStringView(s).mid(i).startsWith(QLatin1String(symbol))) {
                        found = symbol;
                        break;
                    }
                }
                if (!found) {
                    m_error = Syntax::tr("“%1” is not understood: compare with ==, !=, <, <=, >, >=, contains or "
                                         "is empty")
                                      .arg(c);
                    return;
                }
                m_words.push_back({Word::Symbol, QString::fromLatin1(found)});
                i += qsizetype(qstrlen(found));
            }
        }
        m_words.push_back({Word::End, {}});
    }

    const Word &peek(size_t ahead = 0) const { return m_words.at(qMin(m_at + ahead, m_words.size() - 1)); }
    bool isName(const char *name, size_t ahead = 0) const
    {
        return peek(ahead).kind == Word::Name
                && peek(ahead).text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(const char *symbol) const
    {
        return peek().kind == Word::Symbol && peek().text == QLatin1String(symbol);
    }

    Condition joined(Condition::Op op, const char *keyword, Condition (ConditionParser::*next)())
    {
        Condition first = (this->*next)();
        if (!isName(keyword))
            return first;
        Condition all;
        all.op = op;
        all.operands.push_back(std::move(first));
        while (m_error.isEmpty() && isName(keyword)) {
            ++m_at;
            all.operands.push_back((this->*next)());
        }
        return all;
    }
    Condition disjunction() { return joined(Condition::Op::Or, "or", &ConditionParser::conjunction); }
    Condition conjunction() { return joined(Condition::Op::And, "and", &ConditionParser::negation); }

    Condition negation()
    {
        if (isName("not")) {
            ++m_at;
            Condition c;
            c.op = Condition::Op::Not;
            c.operands.push_back(negation());
            return c;
        }
        if (isSymbol("(")) {
            ++m_at;
            Condition c = disjunction();
            if (m_error.isEmpty() && !isSymbol(")"))
                m_error = Syntax::tr("a bracket is not closed");
            ++m_at;
            return c;
        }
        return comparison();
    }

    Operand operand(const QString &after)
    {
        const Word &w = peek();
        if (w.kind == Word::Text || w.kind == Word::Number || (w.kind == Word::Name && !isKeyword(w.text))) {
            ++m_at;
            return {w.kind == Word::Name, w.text};
        }
        if (!m_error.isEmpty())
            return {};
        if (after.isEmpty())
            m_error = Syntax::tr("expected a field, a text in quotes or a number at the start");
        else
            m_error = Syntax::tr("expected a field, a text in quotes or a number after “%1”").arg(after);
        return {};
    }

    Condition comparison()
    {
        Condition c;
        c.left = operand({});
        if (!m_error.isEmpty())
            return c;
        static const QList<std::pair<QString, Condition::Op>> symbols {
                {QStringLiteral("=="), Condition::Op::Equals},        {QStringLiteral("="), Condition::Op::Equals},
                {QStringLiteral("!="), Condition::Op::NotEquals},     {QStringLiteral("<"), Condition::Op::Less},
                {QStringLiteral("<="), Condition::Op::LessOrEqual},   {QStringLiteral(">"), Condition::Op::Greater},
                {QStringLiteral(">="), Condition::Op::GreaterOrEqual}};
        for (const auto &[symbol, op] : symbols) {
            if (peek().kind == Word::Symbol && peek().text == symbol) {
                ++m_at;
                c.op = op;
                c.right = operand(symbol);
                return c;
            }
        }
        if (isName("contains") || (isName("not") && isName("contains", 1))) {
            c.op = isName("not") ? Condition::Op::NotContains : Condition::Op::Contains;
            m_at += c.op == Condition::Op::NotContains ? 2 : 1;
            c.right = operand(QStringLiteral("contains"));
            return c;
        }
        if (isName("is")) {
            const bool negated = isName("not", 1);
            m_at += negated ? 2 : 1;
            if (!isName("empty")) {
                m_error = Syntax::tr("expected “empty” after “%1”")
                                  .arg(negated ? QStringLiteral("is not") : QStringLiteral("is"));
                return c;
            }
            ++m_at;
            c.op = negated ? Condition::Op::IsNotEmpty : Condition::Op::IsEmpty;
            return c;
        }
        c.op = Condition::Op::IsNotEmpty; // {{#if first_name}}
        return c;
    }

    std::vector<Word> m_words;
    size_t m_at = 0;
    QString m_error;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_tokens(tokenize(text, &m_parsed.problems))
    { }

    Parsed run()
    {
        m_parsed.nodes = nodes(false);
        return std::move(m_parsed);
    }

private:
    QString written(const Token &t) const { return m_text.mid(t.start, t.end - t.start); }

    Node textNode(const Token &t) const
    {
        Node n;
        n.text = written(t);
        return n;
    }

    // Nodes up to the end of the text, or inside a block up to its next {{else…}} or {{/if}}, left for the block.
    std::vector<Node> nodes(bool inBlock)
    {
        std::vector<Node> result;
        while (m_at < m_tokens.size()) {
            const Token &t = m_tokens.at(m_at);
            if (!t.tag) {
                result.push_back(textNode(t));
                ++m_at;
            } else if (isElse(t.content) || isEndIf(t.content)) {
                if (inBlock)
                    return result;
                m_parsed.problems.append(Syntax::tr("“%1” has no {{#if …}} before it.").arg(written(t)));
                result.push_back(textNode(t));
                ++m_at;
            } else if (t.content.startsWith(u'#') || t.content.startsWith(u'/')) {
                result.push_back(block());
            } else {
                result.push_back(field(t));
                ++m_at;
            }
        }
        return result;
    }

    Node field(const Token &t)
    {
        static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        Node n;
        n.kind = Node::Kind::Field;
        n.text = written(t);
        n.filters = splitFilters(t.content);
        n.field = n.filters.takeFirst();
        n.inUrl = insideUrl(QStringView(m_text).left(t.start));
        if (!fieldName.match(n.field).hasMatch())
            m_parsed.problems.append(Syntax::tr("“%1” is not a field name: use letters, digits and _ as in "
                                                "{{first_name}}.")
                                             .arg(n.text));
        for (const QString &filter : std::as_const(n.filters)) {
            if (!isKnownFilter(filter))
                m_parsed.problems.append(Syntax::tr("Unknown filter “%1” in %2: use upper, lower, capitalize or "
                                                    "default:\"…\".")
                                                 .arg(filter, n.text));
        }
        return n;
    }

    Condition condition(const Token &t, const QString &source)
    {
        QString error;
        std::optional<Condition> c = ConditionParser(source).parse(&error);
        if (c)
            return std::move(*c);
        m_parsed.problems.append(Syntax::tr("In “%1”: %2.").arg(written(t), error));
        Condition never; // a broken condition never holds
        never.op = Condition::Op::Or;
        return never;
    }

    Node block()
    {
        static const QRegularExpression opening(QStringLiteral(R"(^#\s*if\b\s*(.*)$)"));
        const Token &open = m_tokens.at(m_at++);
        const QRegularExpressionMatch m = opening.match(open.content);
        if (!m.hasMatch()) {
            m_parsed.problems.append(
                    Syntax::tr("“%1” is not known: a block is {{#if …}} … {{else}} … {{/if}}.").arg(written(open)));
            return textNode(open);
        }
        m_parsed.hasBlocks = true;
        Node n;
        n.kind = Node::Kind::Block;
        n.text = written(open);
        n.branches.push_back({false, condition(open, m.captured(1)), nodes(true)});
        while (true) {
            if (m_at >= m_tokens.size()) {
                m_parsed.problems.append(
                        Syntax::tr("“%1” is not closed: add {{/if}} where its text ends.").arg(written(open)));
                return n;
            }
            const Token &t = m_tokens.at(m_at++);
            if (isEndIf(t.content))
                return n;
            const QString rest = t.content.mid(4).trimmed(); // after "else"
            static const QRegularExpression elseIf(QStringLiteral(R"(^if\b\s*(.*)$)"));
            const QRegularExpressionMatch alternative = elseIf.match(rest);
            if (n.branches.back().otherwise)
                m_parsed.problems.append(
                        Syntax::tr("“%1” comes after {{else}}: {{else}} is the last part of a block.").arg(written(t)));
            if (rest.isEmpty()) {
                n.branches.push_back({true, {}, nodes(true)});
            } else if (alternative.hasMatch()) {
                n.branches.push_back({false, condition(t, alternative.captured(1)), nodes(true)});
            } else {
                m_parsed.problems.append(
                        Syntax::tr("“%1” is not understood: write {{else}} or {{else if …}}.").arg(written(t)));
                n.branches.push_back({false, condition(t, QString()), nodes(true)});
            }
        }
    }

    const QString &m_text;
    Parsed m_parsed;
    std::vector<Token> m_tokens;
    size_t m_at = 0;
};

std::optional<double> number(const QString &value)
{
    static const QRegularExpression thousands(QStringLiteral(R"(^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$)"));
    static const QRegularExpression decimalComma(QStringLiteral(R"(^[+-]?\d+,\d{1,2}$)"));
    QString text = value.trimmed();
    if (thousands.match(text).hasMatch())
        text.remove(u','); // 1,000.50
    else if (decimalComma.match(text).hasMatch())
        text.replace(u',', u'.'); // 9,5
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

} // namespace

bool Condition::holds(const QVariantMap &values) const
{
    const auto valueOf = [&values](const Operand &o) { return o.isField ? values.value(o.text).toString() : o.text; };
    switch (op) {
    case Op::And:
        return std::all_of(operands.cbegin(), operands.cend(), [&](const Condition &c) { return c.holds(values); });
    case Op::Or:
        return std::any_of(operands.cbegin(), operands.cend(), [&](const Condition &c) { return c.holds(values); });
    case Op::Not:
        return !operands.empty() && !operands.front().holds(values);
    case Op::IsEmpty:
        return valueOf(left).trimmed().isEmpty();
    case Op::IsNotEmpty:
        return !valueOf(left).trimmed().isEmpty();
    default:
        break;
    }
    const QString a = valueOf(left).trimmed();
    const QString b = valueOf(right).trimmed();
    const std::optional<double> x = number(a);
    const std::optional<double> y = number(b);
    switch (op) {
    case Op::Equals:
        return x && y ? *x == *y : a.compare(b, Qt::CaseInsensitive) == 0;
    case Op::NotEquals:
        return x && y ? *x != *y : a.compare(b, Qt::CaseInsensitive) != 0;
    case Op::Contains:
        return a.contains(b, Qt::CaseInsensitive);
    case Op::NotContains:
        return !a.contains(b, Qt::CaseInsensitive);
    case Op::Less:
        return x && y && *x < *y;
    case Op::LessOrEqual:
        return x && y && *x <= *y;
    case Op::Greater:
        return x && y && *x > *y;
    case Op::GreaterOrEqual:
        return x && y && *x >= *y;
    default:
        return false;
    }
}

Parsed Syntax::parse(const QString &text)
{
    return Parser(text).run();
}

QList<std::pair<qsizetype, qsizetype>> Syntax::tags(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const Token &t : tokenize(text, nullptr)) {
        if (t.tag)
            spans.append({t.start, t.end});
    }
    return spans;
}

} // namespace cm::templ
