// 360NRS answers about content: the CSV reader (§15.2, §8.4), templates (§10), email validation (§8) and WhatsApp
// conversations (§3.7.2–3.7.4). Declared in nrs360parse.h.
#include "nrs360parse.h"

#include <QRegularExpression>

namespace cm::nrs360 {

QList<QStringList> parseCsv(const QByteArray &csv, QChar delimiter)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == delimiter) {
            row.append(cell);
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !cell.isEmpty()) {
                row.append(cell);
                rows.append(row);
            }
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell.append(c);
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

RemoteTemplate parseTemplate(const QJsonObject &o, const QString &version)
{
    return {version + QLatin1Char(':') + QString::number(o.value(QStringLiteral("id")).toInteger()),
            o.value(QStringLiteral("name")).toString(), fromProviderSyntax(o.value(QStringLiteral("html")).toString()),
            parseDate(o.value(QStringLiteral("updatedAt")).toString().isEmpty()
                              ? o.value(QStringLiteral("createdAt")).toString()
                              : o.value(QStringLiteral("updatedAt")).toString())};
}

QString fromProviderSyntax(const QString &html)
{
    static const QRegularExpression field(QStringLiteral("(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_]*)\\}(?!\\})"));
    QString out = html;
    out.replace(field, QStringLiteral("{{\\1}}"));
    return out.replace(QStringLiteral("[unsubscribe_link]"), QStringLiteral("{{unsubscribe_url}}"));
}

EmailValidation parseValidation(const QJsonObject &o)
{
    EmailValidation v;
    v.id = QString::number(o.value(QStringLiteral("id")).toInteger());
    v.status = o.value(QStringLiteral("status")).toString().toLower();
    v.total = o.value(QStringLiteral("total")).toInteger();
    v.processed = o.value(QStringLiteral("processed")).toInteger();
    v.valid = o.value(QStringLiteral("valid")).toInteger();
    v.cost = o.value(QStringLiteral("cost")).toDouble();
    v.currency = o.value(QStringLiteral("currency")).toString();
    return v;
}

QHash<QString, QString> parseValidationResults(const QByteArray &csv)
{
    QHash<QString, QString> results;
    const QByteArray header = csv.left(csv.indexOf('\n'));
    const QChar delimiter = header.contains(';') ? QLatin1Char(';') : QLatin1Char(',');
    const QList<QStringList> rows = parseCsv(csv, delimiter);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i).size() >= 2)
            results.insert(rows.at(i).at(0).trimmed().toLower(), rows.at(i).at(1).trimmed().toLower());
    }
    return results;
}

Conversation parseConversation(const QJsonObject &object)
{
    Conversation c;
    c.from = object.value(QStringLiteral("from")).toString();
    c.to = object.value(QStringLiteral("to")).toString();
    // Only "OPEN" is documented; anything else counts as closed (§3.7.2).
    c.status = object.value(QStringLiteral("status")).toString();
    c.sessionActive = object.value(QStringLiteral("isSessionActive")).toBool()
            && c.status.compare(QLatin1String("OPEN"), Qt::CaseInsensitive) == 0;
    c.sessionExpiresAt = parseDate(object.value(QStringLiteral("sessionExpiresAt")).toString());
    c.messageCount = object.value(QStringLiteral("totalMessages")).toInteger(-1);
    c.updatedAt = parseDate(object.value(QStringLiteral("updatedAt")).toString());
    const QJsonObject contact
            = object.value(QStringLiteral("contact")).toObject().value(QStringLiteral("data")).toObject();
    c.contactName = QStringList {contact.value(QStringLiteral("firstName")).toString(),
                                 contact.value(QStringLiteral("lastName")).toString()}
                            .join(QLatin1Char(' '))
                            .trimmed();
    return c;
}

ConversationMessage parseConversationMessage(const QJsonObject &object, const QString &business)
{
    ConversationMessage m;
    m.id = object.value(QStringLiteral("id")).toString();
    m.type = object.value(QStringLiteral("type")).toString();
    m.content = object.value(QStringLiteral("content")).toString();
    m.inbound = msisdn(object.value(QStringLiteral("msisdn")).toString()) != msisdn(business);
    m.sentAt = parseDate(object.value(QStringLiteral("sentAt")).toString());
    m.deliveredAt = parseDate(object.value(QStringLiteral("deliveredAt")).toString());
    m.readAt = parseDate(object.value(QStringLiteral("readAt")).toString());
    m.failedAt = parseDate(object.value(QStringLiteral("failedAt")).toString());
    return m;
}

} // namespace cm::nrs360
