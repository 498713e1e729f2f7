// A segment's rule: which contacts it holds, written in a small language and turned into SQL with bound values only.
//
//   country = ES and not opened "March newsletter"
//   (city = Madrid or city = Barcelona) and tier in (gold, silver) and clicked any campaign in last 30 days
//   group = "Customers" and email is not empty and not suppressed
//
// Conditions on a field (email, phone, first_name, last_name, city, country, or any custom field by its name):
//   = != contains "starts with" < <= > >=, "is empty", "is not empty", "in (a, b, …)", "not in (…)"
// Texts compare without regard to capitals; a number compares as a number, a text in quotes as text (so ISO dates
// compare: signup >= "2026-01-01"). A value is a number, a text in quotes, or one word.
// Other conditions: group = NAME (membership), suppressed, and what a contact did:
//   sent | delivered | opened | clicked | bounced | failed | unsubscribed  [CAMPAIGN | any campaign]
//   [in last N days]
// Joined with and (first) and or, turned around with not, grouped with brackets.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cm {

struct SegmentRuleError
{
    qsizetype position = -1; // 1-based character of the rule where the mistake is
    QString message;         // translated: where, and what was expected there
    explicit operator bool() const { return position >= 0; }
};

class SegmentRule
{
    Q_DECLARE_TR_FUNCTIONS(cm::SegmentRule)
public:
    // Names the rule uses, resolved by the caller (the store): a campaign's or a group's id, or nothing.
    struct Names
    {
        std::function<std::optional<qint64>(const QString &)> campaign;
        std::function<std::optional<qint64>(const QString &)> group;
        QDateTime now; // "in last N days" counts back from here
    };

    // The rule as SQL, or nothing with `error` set.
    static std::optional<SegmentRule> compile(const QString &rule, const Names &names, SegmentRuleError *error);

    QString where() const { return m_where; }      // a condition on the contacts table, aliased `c`
    QVariantList binds() const { return m_binds; } // its values, in order

private:
    friend class SegmentRuleParser;
    QString m_where;
    QVariantList m_binds;
};

} // namespace cm
