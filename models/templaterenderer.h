// Our personalisation syntax: {{first_name}}, {{name|upper}}, {{city|default:"there"}}, filters chained with |, and
// conditional blocks {{#if city == "Paris"}}…{{else if …}}…{{else}}…{{/if}} (templatesyntax.h).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "templatesyntax.h"
#include "types.h"

namespace cm {

class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(cm::TemplateRenderer)
public:
    struct Placeholder
    {
        QString field;
        QStringList filters; // "upper", "default:\"x\"", …
        bool hasDefault = false;
    };

    // Renders the text; an unknown field without a default renders as empty.
    static QString render(const QString &text, const QVariantMap &values);
    // The text as it reads with each field at a typical length (a first name of 6 letters, a city of 8…) and its
    // filters applied: what an SMS counts when no contact is at hand, never the {{ }} themselves.
    static QString withTypicalValues(const QString &text);
    static int typicalLength(const QString &field);
    // The placeholders a text uses, in order of first appearance.
    static QList<Placeholder> placeholders(const QString &text);
    // The fields a text uses without a default (not {{unsubscribe_url}}, which the provider fills), once each; not
    // those inside an {{#if}}, which the condition is there to choose for.
    static QStringList fieldsWithoutDefault(const QString &text);
    // {{unsubscribe_url}} as it stays in a rendered text for the provider: whether a text has it, and the text with
    // the provider's own link or placeholder in its place.
    static bool hasUnsubscribeLink(const QString &text);
    // An email body as the HTML that is sent: HTML as written; a plain text (no element of HTML) escaped, with its
    // line breaks kept ("<br>"), so the mail reads as typed.
    static QString emailHtml(const QString &body);
    static QString withUnsubscribeLink(const QString &text, const QString &link);
    // A template made for one contact: the email body with the values HTML-escaped (after their filters), the
    // subject and text as they are. {{unsubscribe_url}} stays as it is unless `values` has one: the provider puts
    // its own link there.
    struct Rendered
    {
        QString subject;
        QString body;
        QString text;
        QStringList missing; // with listMissing: the fields used without a default that have no value here
    };
    static Rendered renderTemplate(const Template &tmpl, const QVariantMap &values, bool listMissing = false);
    static Rendered renderTemplate(const Template &tmpl, const Contact &contact)
    {
        return renderTemplate(tmpl, contact.templateValues(), true);
    }

    // For a provider that personalises one text for many recipients (Capability::BulkPersonalisation): the text
    // with each placeholder expression as a marker /*vN*/ (the same expression, the same N), {{unsubscribe_url}}
    // left as it is, and each marker's value for these values, filtered as render() filters it; so that
    // substitute(content, variables) == render(text, values). With `escapeHtml` the values are HTML-escaped after
    // their filters, as an email body renders them.
    struct Bulk
    {
        QString content;
        QVariantMap variables;
    };
    static Bulk bulk(const QString &text, const QVariantMap &values, bool escapeHtml = false);
    static QString substitute(const QString &content, const QVariantMap &variables); // every /*KEY*/ by its value

    // Whether every reader of the text gets {{unsubscribe_url}}, whatever its conditions choose.
    static bool everyoneGetsUnsubscribeLink(const QString &text);
    // Whether a text has a conditional block ({{#if …}}): its content depends on each contact beyond the fields.
    static bool hasConditions(const QString &text);

    // Syntax problems ("unknown filter “x” at {{…}}"), translated; empty when the text is fine.
    static QStringList problems(const QString &text);
};

// A text parsed once and rendered for many contacts: what a send does for every recipient.
class CompiledText
{
public:
    explicit CompiledText(const QString &text = {});
    QString render(const QVariantMap &values, bool escapeHtml = false) const;
    TemplateRenderer::Bulk bulk(const QVariantMap &values, bool escapeHtml = false) const; // TemplateRenderer::bulk

private:
    std::vector<templ::Node> m_nodes;
};

// A template parsed once, with its language versions: render() picks the one the values' `language` names.
class CompiledTemplate
{
public:
    explicit CompiledTemplate(const Template &tmpl);
    TemplateRenderer::Rendered render(const QVariantMap &values) const;

private:
    struct Parts
    {
        CompiledText subject;
        CompiledText body;
        CompiledText text;
    };
    Parts compile(const QString &subject, const QString &body, const QString &text) const;

    Template m_template; // for its versions' languages
    Channel m_channel;
    Parts m_own;
    std::vector<Parts> m_versions;
};

} // namespace cm
