#include "segmentrule.h"

#include "sqlhelpers.h"

#include <QRegularExpression>

#include <vector>

namespace cm {

namespace {

struct Token
{
    enum Kind { Word, Text, Number, Symbol, End } kind = End;
    QString text;
    qsizetype position = 0; // 1-based
};

const char *const standardColumns[] = {"email", "phone", "first_name", "last_name", "city", "country"};

// What a contact did, and where the workspace keeps it: events, or the recipient's state.
struct Engagement
{
    const char *word;
    const char *eventType; // an event of this type, or
    const char *states;    // the recipient in one of these states
};
const Engagement engagements[] = {
        {"sent", nullptr, "'accepted', 'delivered', 'bounced'"},
        {"delivered", nullptr, "'delivered'"},
        {"bounced", nullptr, "'bounced'"},
        {"failed", nullptr, "'failed'"},
        {"opened", "opened", nullptr},
        {"clicked", "clicked", nullptr},
        {"unsubscribed", "unsubscribed", nullptr},
};

QString likeEscaped(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

} // namespace

class SegmentRuleParser
{
public:
    SegmentRuleParser(const QString &rule, const SegmentRule::Names &names)
        : m_names(names)
    {
        lex(rule);
    }

    std::optional<SegmentRule> run(SegmentRuleError *error)
    {
        if (!m_error && m_tokens.size() == 1)
            fail(m_tokens.front(), SegmentRule::tr("a condition, such as country = ES"));
        if (!m_error) {
            m_rule.m_where = disjunction();
            if (!m_error && peek().kind != Token::End)
                fail(peek(), SegmentRule::tr("and, or, or the end of the rule"));
        }
        if (m_error) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return m_rule;
    }

private:
    void lex(const QString &s)
    {
        static const QRegularExpression number(QStringLiteral(R"(-?\d+(?:\.\d+)?(?![\w@.\-]))"));
        static const QRegularExpression word(QStringLiteral(R"([\w@.+\-]+)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s.at(i);
            const qsizetype at = i + 1;
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (c == u'"' || c == u'\'' || c == u'“') {
                const QChar close = c == u'“' ? u'”' : c;
                const qsizetype end = s.indexOf(close, i + 1);
                if (end < 0) {
                    m_error = {at,
                               SegmentRule::tr("At %1: a text in quotes is not closed; add %2 at its end.")
                                       .arg(at)
                                       .arg(close)};
                    return;
                }
                m_tokens.push_back({Token::Text, s.mid(i + 1, end - i - 1), at});
                i = end + 1;
                continue;
            }
            if (const auto m
                = number.match(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                m.hasMatch()) {
                m_tokens.push_back({Token::Number, m.captured(), at});
                i = m.capturedEnd();
                continue;
            }
            bool symbol = false;
            for (const char *op : {"==", "!=", "<=", ">=", "<", ">", "=", "(", ")", ","}) {
                if (QStringView(s).mid(i).startsWith(QLatin1String(op))) {
                    m_tokens.push_back({Token::Symbol, QString::fromLatin1(op), at});
                    i += qsizetype(qstrlen(op));
                    symbol = true;
                    break;
                }
            }
            if (symbol)
                continue;
            if (const auto m
                = word.match(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                m.hasMatch()) {
                m_tokens.push_back({Token::Word, m.captured(), at});
                i = m.capturedEnd();
                continue;
            }
            m_error = {at,
                       SegmentRule::tr("At %1: “%2” is not understood; compare with =, !=, <, >, contains, "
                                       "starts with, is empty or in (…).")
                               .arg(at)
                               .arg(c)};
            return;
        }
        m_tokens.push_back({Token::End, {}, s.size() + 1});
    }

    const Token &peek(size_t ahead = 0) const { return m_tokens.at(qMin(m_at + ahead, m_tokens.size() - 1)); }
    bool isWord(const char *w, size_t ahead = 0) const
    {
        return peek(ahead).kind == Token::Word && peek(ahead).text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(const char *s, size_t ahead = 0) const
    {
        return peek(ahead).kind == Token::Symbol && peek(ahead).text == QLatin1String(s);
    }

    // Records the first mistake: where it is, what was there, and what was expected.
    QString fail(const Token &at, const QString &expected)
    {
        if (m_error)
            return {};
        const QString found = at.kind == Token::End ? SegmentRule::tr("the end of the rule")
                : at.kind == Token::Text            ? QStringLiteral("“\"%1\"”").arg(at.text)
                                                    : QStringLiteral("“%1”").arg(at.text);
        m_error = {at.position, SegmentRule::tr("At %1: expected %2, found %3.").arg(at.position).arg(expected, found)};
        return {};
    }
    QString failWith(const Token &at, const QString &message)
    {
        if (!m_error)
            m_error = {at.position, SegmentRule::tr("At %1: %2").arg(at.position).arg(message)};
        return {};
    }

    QString joined(const char *keyword, QString (SegmentRuleParser::*next)())
    {
        QString sql = (this->*next)();
        bool several = false;
        while (!m_error && isWord(keyword)) {
            ++m_at;
            sql += QLatin1Char(' ') + QString::fromLatin1(keyword).toUpper() + QLatin1Char(' ') + (this->*next)();
            several = true;
        }
        return several ? QLatin1Char('(') + sql + QLatin1Char(')') : sql;
    }
    QString disjunction() { return joined("or", &SegmentRuleParser::conjunction); }
    QString conjunction() { return joined("and", &SegmentRuleParser::negation); }

    QString negation()
    {
        if (isWord("not")) {
            ++m_at;
            return QStringLiteral("NOT ") + negation();
        }
        if (isSymbol("(")) {
            ++m_at;
            const QString inner = disjunction();
            if (!isSymbol(")"))
                return fail(peek(), SegmentRule::tr("“)” to close the bracket"));
            ++m_at;
            return QLatin1Char('(') + inner + QLatin1Char(')');
        }
        return condition();
    }

    // A value after an operator: a number, a text in quotes or one word.
    std::optional<Token> value(const QString &after)
    {
        const Token &t = peek();
        if (t.kind == Token::Word || t.kind == Token::Text || t.kind == Token::Number) {
            ++m_at;
            return t;
        }
        fail(t, SegmentRule::tr("a value after “%1” (a number, a word or a text in quotes)").arg(after));
        return std::nullopt;
    }

    QString bind(const QVariant &v)
    {
        m_rule.m_binds.append(v);
        return QStringLiteral("?");
    }

    QString condition()
    {
        const Token &t = peek();
        if (t.kind != Token::Word)
            return fail(t, SegmentRule::tr("a field, group, suppressed, or what contacts did (opened, clicked…)"));
        for (const Engagement &e : engagements) {
            if (isWord(e.word))
                return engagement(e);
        }
        if (isWord("suppressed")) {
            ++m_at;
            return QStringLiteral("EXISTS (SELECT 1 FROM suppressions s WHERE s.address IN (c.email, c.phone))");
        }
        if (isWord("group")) {
            if (isSymbol("=", 1) || isSymbol("==", 1) || isSymbol("!=", 1))
                return group();
            ++m_at;
            return fail(peek(), SegmentRule::tr("= or != and a group's name after “group”"));
        }
        static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!fieldName.match(t.text).hasMatch())
            return failWith(t,
                            SegmentRule::tr("“%1” is not a field name: use letters, digits and _, as in "
                                            "first_name.")
                                    .arg(t.text));
        ++m_at;
        // A missing value makes a comparison NULL in SQL; here it is false, so that `not` turns it into true.
        const QString compared = comparison(t);
        return compared.isEmpty() ? compared : QStringLiteral("coalesce(%1, 0)").arg(compared);
    }

    QString column(const Token &field)
    {
        const QString name = field.text.toLower();
        for (const char *standard : standardColumns) {
            if (name == QLatin1String(standard))
                return QStringLiteral("c.") + name;
        }
        return QStringLiteral("json_extract(c.fields, %1)").arg(bind(QStringLiteral("$.\"%1\"").arg(field.text)));
    }

    QString comparison(const Token &field)
    {
        const Token &op = peek();
        if (isWord("is")) {
            const bool negated = isWord("not", 1);
            m_at += negated ? 2 : 1;
            if (!isWord("empty"))
                return fail(peek(),
                            SegmentRule::tr("“empty” after “%1”")
                                    .arg(negated ? QStringLiteral("is not") : QStringLiteral("is")));
            ++m_at;
            const QString x = column(field);
            return negated ? QStringLiteral("coalesce(trim(%1), '') <> ''").arg(x)
                           : QStringLiteral("coalesce(trim(%1), '') = ''").arg(x);
        }
        if (isWord("in") || (isWord("not") && isWord("in", 1)))
            return inList(field);
        if (isWord("contains") || (isWord("starts") && isWord("with", 1))) {
            const bool starts = isWord("starts");
            m_at += starts ? 2 : 1;
            const auto v = value(starts ? QStringLiteral("starts with") : QStringLiteral("contains"));
            if (!v)
                return {};
            const QString x = column(field);
            const QString pattern
                    = (starts ? QString() : QStringLiteral("%")) + likeEscaped(v->text) + QLatin1Char('%');
            return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(x, bind(pattern));
        }
        static const char *const operators[] = {"==", "=", "!=", "<", "<=", ">", ">="};
        const char *sqlOp = nullptr;
        for (const char *o : operators) {
            if (isSymbol(o))
                sqlOp = qstrcmp(o, "==") == 0 ? "=" : qstrcmp(o, "!=") == 0 ? "<>" : o;
        }
        if (!sqlOp)
            return fail(op,
                        SegmentRule::tr("=, !=, <, <=, >, >=, contains, starts with, in (…) or is empty after "
                                        "“%1”")
                                .arg(field.text));
        ++m_at;
        const auto v = value(op.text);
        if (!v)
            return {};
        if (v->kind == Token::Number) {
            // Numbers as numbers; a value that is not one ("unknown", "12-14", "2026-03-01", blank) is no number at
            // all (cm_number, Database), where a plain CAST would read 0, 12 or 2026.
            const QString x = column(field); // bound before the value: the order of the ?s
            return QStringLiteral("cm_number(%1) %2 %3").arg(x, QLatin1String(sqlOp), bind(v->text.toDouble()));
        }
        const QString x = column(field);
        if (qstrcmp(sqlOp, "=") == 0 || qstrcmp(sqlOp, "<>") == 0)
            return QStringLiteral("coalesce(%1, '') %2 %3 COLLATE NOCASE").arg(x, QLatin1String(sqlOp), bind(v->text));
        return QStringLiteral("%1 %2 %3").arg(x, QLatin1String(sqlOp), bind(v->text));
    }

    QString inList(const Token &field)
    {
        const bool negated = isWord("not");
        m_at += negated ? 2 : 1;
        if (!isSymbol("("))
            return fail(peek(), SegmentRule::tr("“(” and a list of values after “in”"));
        ++m_at;
        const QString x = column(field);
        QStringList items;
        while (true) {
            const auto v = value(items.isEmpty() ? QStringLiteral("(") : QStringLiteral(","));
            if (!v)
                return {};
            items.append(bind(v->text));
            if (!isSymbol(","))
                break;
            ++m_at;
        }
        if (!isSymbol(")"))
            return fail(peek(), SegmentRule::tr("“,” and another value, or “)” to end the list"));
        ++m_at;
        return QStringLiteral("coalesce(%1, '') COLLATE NOCASE %2 (%3)")
                .arg(x, negated ? QStringLiteral("NOT IN") : QStringLiteral("IN"), items.join(QStringLiteral(", ")));
    }

    QString group()
    {
        ++m_at; // "group"
        const bool negated = isSymbol("!=");
        ++m_at;
        const Token name = peek();
        if (!value(QStringLiteral("=")))
            return {};
        const std::optional<qint64> id = m_names.group ? m_names.group(name.text) : std::nullopt;
        if (!id)
            return failWith(name, SegmentRule::tr("there is no group “%1”.").arg(name.text));
        return QStringLiteral("c.group_id %1 %2").arg(negated ? QStringLiteral("<>") : QStringLiteral("="), bind(*id));
    }

    // The addresses that did it, then the contacts with one of those addresses: whichever group they are in now,
    // and even if the contact the campaign was sent to was deleted since.
    QString engagement(const Engagement &e)
    {
        ++m_at;
        std::optional<qint64> campaign;
        if (isWord("any") && isWord("campaign", 1)) {
            m_at += 2;
        } else if (peek().kind == Token::Text) {
            const Token name = peek();
            ++m_at;
            campaign = m_names.campaign ? m_names.campaign(name.text) : std::nullopt;
            if (!campaign)
                return failWith(name, SegmentRule::tr("there is no campaign “%1”.").arg(name.text));
        }
        std::optional<QDateTime> since;
        if (isWord("in") && isWord("last", 1)) {
            m_at += 2;
            const Token days = peek();
            if (days.kind != Token::Number || days.text.toInt() <= 0)
                return fail(days, SegmentRule::tr("a number of days after “in last”"));
            ++m_at;
            if (!isWord("days") && !isWord("day"))
                return fail(peek(), SegmentRule::tr("“days” after the number"));
            ++m_at;
            since = m_names.now.addDays(-days.text.toInt());
        }
        // Written twice (email, phone), so bound twice.
        const auto subquery = [&] {
            QString sql;
            if (e.eventType) {
                sql = QStringLiteral("SELECT r.address FROM events e JOIN campaign_recipients r ON r.id = "
                                     "e.recipient_id WHERE e.type = %1")
                              .arg(bind(QString::fromLatin1(e.eventType)));
                if (campaign)
                    sql += QStringLiteral(" AND e.campaign_id = %1").arg(bind(*campaign));
                if (since)
                    sql += QStringLiteral(" AND e.occurred_at >= %1").arg(bind(sql::timeValue(*since)));
            } else {
                sql = QStringLiteral("SELECT r.address FROM campaign_recipients r WHERE r.state IN (%1)")
                              .arg(QLatin1String(e.states));
                if (campaign)
                    sql += QStringLiteral(" AND r.campaign_id = %1").arg(bind(*campaign));
                if (since)
                    sql += QStringLiteral(" AND r.updated_at >= %1").arg(bind(sql::timeValue(*since)));
            }
            return sql;
        };
        // coalesce: a contact without a phone is not "unknown" for NOT (… OR c.phone IN …), it is not in there.
        QString where = QStringLiteral("(coalesce(c.email, '') IN (%1)").arg(subquery());
        return where + QStringLiteral(" OR coalesce(c.phone, '') IN (%1))").arg(subquery());
    }

    const SegmentRule::Names &m_names;
    std::vector<Token> m_tokens;
    size_t m_at = 0;
    SegmentRuleError m_error;
    SegmentRule m_rule;
};

std::optional<SegmentRule> SegmentRule::compile(const QString &rule, const Names &names, SegmentRuleError *error)
{
    return SegmentRuleParser(rule, names).run(error);
}

} // namespace cm
