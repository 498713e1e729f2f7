#include "redaction.h"

#include <QList>
#include <QRegularExpression>

namespace cm {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
            // A member that carries a credential (see the next rule) with a quoted value, which may hold spaces or
            // the other quote: redacted up to its closing quote.
            {QRegularExpression(QStringLiteral(R"(\b([\w-]*(?:key|token|secret|passwd|password|sign|signature|)"
                                               R"(authorization))(["']?\s*[:=]\s*)(["'])(Basic |Bearer |Token )?)"
                                               R"((?:\\.|(?!\3).)*\3)"),
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1\\2\\3\\4[redacted]\\3")},
            // Header, body and query members that carry a credential: any name ending in key, token, secret,
            // password or sign(ature), e.g. AuthKey, api_key, X-Rest-ApiSign, Authorization. Keep the name.
            {QRegularExpression(QStringLiteral(R"(\b([\w-]*(?:key|token|secret|passwd|password|sign|signature|)"
                                               R"(authorization))(["']?\s*[:=]\s*["']?)(Basic |Bearer |Token )?)"
                                               R"([^\s"'&,<}]+)"),
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1\\2\\3[redacted]")},
            {QRegularExpression(QStringLiteral(R"(<(AuthKey)>[^<]*</AuthKey>)"),
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("<\\1>[redacted]</\\1>")},
            // Email addresses: keep the domain for diagnosis.
            {QRegularExpression(QStringLiteral(R"([A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,}))")),
             QStringLiteral("[email]@\\1")},
            // Phone numbers: E.164 or long digit runs; keep the last two digits.
            {QRegularExpression(QStringLiteral(R"((?<![\w.])\+?\d[\d \-]{6,16}(\d{2})(?![\w.]))")),
             QStringLiteral("[phone]…\\1")},
    };
    return list;
}

} // namespace

QString redact(const QString &message)
{
    QString out = message;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

} // namespace cm
