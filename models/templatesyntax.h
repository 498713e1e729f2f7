// The personalisation syntax, parsed once: text, {{field|filter…}} placeholders, and conditional blocks
//   {{#if city == "İstanbul"}}…{{else if tier is not empty}}…{{else}}…{{/if}}
// Only these are tags. A "}}" or "{{" that does not begin one is text, so email HTML is taken as designers write it:
// minified CSS (`@media (max-width:480px){.a{display:none}}`), Outlook's conditional comments, braces in a style.
// A tag never spans lines.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace cm::templ {

// A condition of an {{#if}}: comparisons of fields, texts in quotes and numbers, with and, or, not and brackets.
//   city == "Paris"   city != "Paris"   name contains "ann"   name not contains "x"   age >= 18   visits < 3.5
//   phone is empty    phone is not empty    first_name (the same as "is not empty")
// Texts compare without regard to case or surrounding blanks; two numbers compare as numbers; <, <=, >, >= hold
// only between numbers.
struct Condition
{
    enum class Op {
        Equals,
        NotEquals,
        Contains,
        NotContains,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        IsEmpty,
        IsNotEmpty,
        And,
        Or,
        Not
    };
    struct Operand
    {
        bool isField = false;
        QString text; // the field's name, or the literal
    };
    Op op = Op::IsNotEmpty;
    Operand left;
    Operand right;
    std::vector<Condition> operands; // And, Or (two or more), Not (one)

    bool holds(const QVariantMap &values) const;
};

struct Node
{
    enum class Kind { Text, Field, Block };
    struct Branch;

    Kind kind = Kind::Text;
    QString text;                 // Text: the text. Field: the tag as written
    QString field;                // Field
    QStringList filters;          // Field: "upper", "default:\"x\"", …
    bool inUrl = false;           // Field: it stands in an href or src value (checked as a link)
    std::vector<Branch> branches; // Block: if, else if…, else
};

struct Node::Branch
{
    bool otherwise = false; // {{else}}: no condition
    Condition condition;
    std::vector<Node> nodes;
};

struct Parsed
{
    std::vector<Node> nodes;
    QStringList problems; // translated, each saying what to fix
    bool hasBlocks = false;
};

class Syntax
{
    Q_DECLARE_TR_FUNCTIONS(cm::TemplateRenderer)
public:
    static Parsed parse(const QString &text);
    // The spans of the tags of a text, in order: [start, end).
    static QList<std::pair<qsizetype, qsizetype>> tags(const QString &text);
};

// Calls `visit` for every field placeholder, blocks' branches included, in the order of the text.
template<typename Visit> void forEachField(const std::vector<Node> &nodes, Visit &&visit)
{
    for (const Node &node : nodes) {
        if (node.kind == Node::Kind::Field)
            visit(node);
        for (const Node::Branch &branch : node.branches)
            forEachField(branch.nodes, visit);
    }
}

} // namespace cm::templ
