#include "columnmapping.h"

#include "models/contactcheck.h"
#include "models/country.h"
#include "models/csvwriter.h"

#include <QRegularExpression>
#include <QSet>

namespace cm::columns {

namespace {

// Lower case, accents and punctuation gone, split into words ("E-mail 1 - Value" → e, mail, 1, value; "Soyadı" →
// soyadi; "EmailAddress" → email, address).
QStringList words(const QString &header)
{
    QString spaced;
    const QString text = header.trimmed();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // camelCase: a capital after a small letter starts a word
        if (i > 0 && c.isUpper() && text.at(i - 1).isLower())
            spaced += QLatin1Char(' ');
        spaced += c;
    }
    QString plain;
    for (const QChar c : withoutAccents(spaced)) {
        if (c.isLetter())
            plain += c;
        else if (c.isDigit())
            plain += QLatin1Char(' ') + c + QLatin1Char(' ');
        else
            plain += QLatin1Char(' ');
    }
    QStringList list = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "e mail" and "e posta" are one word
    for (qsizetype i = 0; i + 1 < list.size(); ++i) {
        if (list[i] == QLatin1String("e")
            && (list[i + 1] == QLatin1String("mail") || list[i + 1] == QLatin1String("posta"))) {
            list[i] += list[i + 1];
            list.removeAt(i + 1);
        }
    }
    return list;
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *n : names)
        set.insert(QLatin1String(n));
    return set;
}

// Words that say nothing of the field ("Value", "Address", "Number", "No", "Adresi").
const QSet<QString> &filler()
{
    static const QSet<QString> set
            = setOf({"value",    "address", "addr", "adres", "adresi", "number", "num",  "no",        "nr",     "numer",
                     "numarasi", "numara",  "de",   "del",   "the",    "of",     "your", "direccion", "numero", "s"});
    return set;
}

// Words that make a header not an address, whatever else it says.
const QSet<QString> &notAddress()
{
    static const QSet<QString> set = setOf(
            {"type",         "label",      "tipo",    "typ",      "etiket", "tur",      "etiqueta", "fax",
             "faks",         "pager",      "car",     "radio",    "tty",    "tdd",      "telex",    "callback",
             "assistant",    "assistants", "manager", "managers", "yomi",   "phonetic", "status",   "opt",
             "optin",        "confirm",    "ip",      "verified", "bounce", "valid",    "company",  "organization",
             "organisation", "firma",      "sirket",  "empresa",  "owner",  "spouse"});
    return set;
}

// How a qualifier ranks a column among those of its field: a plain or primary one first, then home, work, other.
enum Qualifier { Plain = 30, Home = 25, Work = 20, Other = 10 };

int qualifierRank(const QString &word, bool *isQualifier)
{
    static const QSet<QString> plain = setOf({"primary", "personal", "main", "private", "kisisel", "ozel", "principal",
                                              "prywatny", "glowny", "contact", "kontakt", "iletisim"});
    static const QSet<QString> home = setOf({"home", "ev", "casa", "domowy", "particular"});
    static const QSet<QString> work = setOf({"work", "business", "office", "is", "isyeri", "trabajo", "oficina",
                                             "sluzbowy", "firmowy", "praca", "biuro"});
    static const QSet<QString> other = setOf({"other", "diger", "otro", "otra", "inny", "alternative", "alt"});
    *isQualifier = true;
    if (plain.contains(word))
        return Plain;
    if (home.contains(word))
        return Home;
    if (work.contains(word))
        return Work;
    if (other.contains(word))
        return Other;
    *isQualifier = false;
    return 0;
}

struct Vocabulary
{
    const char *field;
    QSet<QString> core;   // any of these makes the field
    QSet<QString> strong; // these too, ranked above the core (a mobile phone)
    QSet<QString> extra;  // words that may stand beside the core ("name" in "first name")
};

const QList<Vocabulary> &vocabularies()
{
    static const QList<Vocabulary> list = {
            {"email", setOf({"email", "mail", "eposta", "correo", "electronico", "emailaddress", "courriel"}), {}, {}},
            {"phone",
             setOf({"phone", "telephone", "tel", "telefon", "telefonu", "telefono", "msisdn", "phonenumber", "numer",
                    "telefonnummer", "fono"}),
             setOf({"mobile", "cell", "cellphone", "cellular", "gsm", "cep", "celular", "movil", "komorka", "komorkowy",
                    "komorkowego", "handy", "mobil", "sms"}),
             {}},
            {"first_name",
             setOf({"firstname", "first", "given", "givenname", "fname", "ad", "adi", "isim", "nombre", "imie",
                    "forename"}),
             {},
             setOf({"name"})},
            {"last_name",
             setOf({"lastname", "last", "surname", "family", "familyname", "lname", "soyad", "soyadi", "soyisim",
                    "soyismi", "apellido", "apellidos", "nazwisko"}),
             setOf({}), setOf({"name"})},
            {"city",
             setOf({"city", "town", "sehir", "il", "ciudad", "miasto", "localidad", "miejscowosc", "poblacion",
                    "municipio"}),
             {},
             {}},
            {"country",
             setOf({"country", "ulke", "pais", "kraj", "cc", "nation"}),
             {},
             setOf({"region", "code", "kodu", "codigo", "kod"})},
    };
    return list;
}

} // namespace

QString customKey(const QString &header)
{
    QString key;
    bool gap = false;
    QString lower = header.trimmed();
    lower.replace(QChar(0x0130), QLatin1Char('i')); // "İş" → "iş", never "i" + U+0307
    for (const QChar c : lower.toLower()) {
        if (c.isLetterOrNumber()) {
            if (gap && !key.isEmpty())
                key += QLatin1Char('_');
            key += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return key;
}

Guess guess(const QString &header)
{
    Guess result;
    result.field = customKey(header);
    QStringList list = words(header);
    int index = 0; // "E-mail 2", "Phone 3": a second address of its kind ranks below the first
    list.removeIf([&index](const QString &w) {
        if (w.at(0).isDigit()) {
            index = qMax(index, w.toInt());
            return true;
        }
        return filler().contains(w);
    });
    if (list.isEmpty())
        return result;
    if (std::any_of(list.cbegin(), list.cend(), [](const QString &w) { return notAddress().contains(w); })) {
        result.known = true;
        return result;
    }
    // A lone "Name" (a full name) is a first name only when nothing better claims it.
    if (list == QStringList {QStringLiteral("name")}
        || list == QStringList {QStringLiteral("full"), QStringLiteral("name")}
        || list == QStringList {QStringLiteral("nombre"), QStringLiteral("completo")}
        || list == QStringList {QStringLiteral("ad"), QStringLiteral("soyad")}) {
        result.field = QStringLiteral("first_name");
        result.rank = 1;
        result.known = true;
        return result;
    }
    for (const Vocabulary &v : vocabularies()) {
        bool core = false, strong = false, foreign = false;
        int qualifier = Plain;
        bool qualified = false;
        for (const QString &w : std::as_const(list)) {
            bool isQualifier = false;
            const int rank = qualifierRank(w, &isQualifier);
            if (v.strong.contains(w))
                strong = true;
            else if (v.core.contains(w))
                core = true;
            else if (isQualifier) {
                qualifier = qualified ? qMin(qualifier, rank) : rank;
                qualified = true;
            } else if (!v.extra.contains(w))
                foreign = true;
        }
        if ((!core && !strong) || foreign)
            continue;
        result.field = QLatin1String(v.field);
        result.known = true;
        // A mobile first, then by the qualifier, then by the index (E-mail 1 before E-mail 2).
        result.rank = (strong ? 50 : 0) + qualifier - qMin(index, 4);
        return result;
    }
    return result;
}

QHash<QString, QList<qsizetype>> fallbacks(const QStringList &columns, const QStringList &fields, bool headerless)
{
    QHash<QString, QList<qsizetype>> result;
    if (headerless)
        return result;
    const QStringList automatic = map(columns, {}, false); // what a column is when nobody says otherwise
    QList<Guess> guesses;
    for (const QString &column : columns)
        guesses.append(guess(column));
    for (qsizetype p = 0; p < fields.size(); ++p) {
        const QString &field = fields.at(p);
        static const QStringList standard {QStringLiteral("email"),      QStringLiteral("phone"),
                                           QStringLiteral("first_name"), QStringLiteral("last_name"),
                                           QStringLiteral("city"),       QStringLiteral("country")};
        if (!standard.contains(field))
            continue;
        QList<qsizetype> others;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            // Only a column kept as its own custom field (not one ignored or mapped to something else).
            if (i != p && guesses[i].field == field && fields.value(i) == automatic.value(i)
                && fields.value(i) != field)
                others.append(i);
        }
        std::stable_sort(others.begin(), others.end(),
                         [&guesses](qsizetype a, qsizetype b) { return guesses[a].rank > guesses[b].rank; });
        if (!others.isEmpty())
            result.insert(field, others);
    }
    return result;
}

QString addressKind(const QString &cell)
{
    const QString value = CsvWriter::unneutralise(cell.trimmed());
    if (value.isEmpty())
        return {};
    if (isEmailAddress(value))
        return QStringLiteral("email");
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\d\s().\-/]{7,24}$)"));
    static const QRegularExpression date(QStringLiteral(R"(^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}( .*)?$)"));
    if (phone.match(value).hasMatch() && !date.match(value).hasMatch()
        && std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }) >= 7)
        return QStringLiteral("phone");
    return {};
}

QStringList map(const QStringList &columns, const QList<QStringList> &sample, bool headerless,
                const QHash<QString, QString> &given)
{
    static const QStringList standard {QStringLiteral("email"),      QStringLiteral("phone"),
                                       QStringLiteral("first_name"), QStringLiteral("last_name"),
                                       QStringLiteral("city"),       QStringLiteral("country")};
    QStringList fields;
    QList<Guess> guesses;
    for (const QString &column : columns) {
        Guess g = headerless ? Guess {customKey(column), 0, false} : guess(column);
        if (given.contains(column)) {
            g = Guess {given.value(column), 1000, true};
        }
        guesses.append(g);
        fields.append(g.field);
    }
    // One column per standard field: the best ranked; the others keep their values under their own names.
    for (const QString &field : standard) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < guesses.size(); ++i) {
            if (guesses[i].field == field && (best < 0 || guesses[i].rank > guesses[best].rank))
                best = i;
        }
        for (qsizetype i = 0; i < guesses.size(); ++i) {
            if (i != best && guesses[i].field == field && !given.contains(columns[i]))
                fields[i] = QString(); // named below
        }
    }
    // Every other column a custom field of its own: never a standard field's name ("Phone" beside "Mobile" is
    // "phone_2"), never another column's.
    QSet<QString> used;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (standard.contains(fields[i]) || given.contains(columns[i]))
            used.insert(fields[i]);
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (given.contains(columns[i]) || standard.contains(fields[i]))
            continue;
        const QString base = fields[i].isEmpty() ? customKey(columns[i]) : fields[i];
        QString key = base.isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : base;
        for (int n = 2; used.contains(key) || standard.contains(key); ++n)
            key = base + QStringLiteral("_%1").arg(n);
        used.insert(key);
        fields[i] = key;
    }
    // No address column by name: by content, among the columns whose header said nothing.
    for (const QString &kind : {QStringLiteral("email"), QStringLiteral("phone")}) {
        if (fields.contains(kind))
            continue;
        qsizetype best = -1;
        double bestShare = 0.5;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (guesses[i].known || standard.contains(fields[i]))
                continue;
            int filled = 0, matching = 0;
            for (const QStringList &row : sample) {
                const QString cell = row.value(i).trimmed();
                if (cell.isEmpty())
                    continue;
                ++filled;
                matching += addressKind(cell) == kind;
            }
            const double share = filled ? double(matching) / filled : 0;
            if (share > bestShare || (best < 0 && share >= bestShare && matching > 0)) {
                best = i;
                bestShare = share;
            }
        }
        if (best >= 0)
            fields[best] = kind;
    }
    return fields;
}

} // namespace cm::columns
