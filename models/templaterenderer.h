// Our personalisation syntax: {{first_name}}, {{name|upper}}, {{city|default:"there"}}, filters chained with |.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

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
    // The placeholders a text uses, in order of first appearance.
    static QList<Placeholder> placeholders(const QString &text);
    // Syntax problems ("unknown filter “x” at {{…}}"), translated; empty when the text is fine.
    static QStringList problems(const QString &text);
};

} // namespace cm
