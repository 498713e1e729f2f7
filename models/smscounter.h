// SMS length: GSM-7 (with its extension table) or UCS-2, and the number of parts (160/153, 70/67).
#pragma once

#include <QMap>
#include <QString>

namespace cm {

struct SmsCount
{
    enum Encoding { Gsm7, Ucs2 };
    Encoding encoding = Gsm7;
    int units = 0;          // septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2
    int parts = 0;          // 0 for an empty text
    int perPart = 0;        // capacity of each part at this length
    int remaining = 0;      // units left in the last part
    QString ucs2Characters; // the characters that force UCS-2, each once
};

SmsCount countSms(const QString &text);
bool isGsm7(QChar c); // in the basic set or the extension table
// What a character that forces UCS-2 can become in GSM-7: ’ → ', “ → ", – → -, … → ..., ş → s; empty if nothing.
QString gsmReplacement(QChar c);
// The text with those replacements made: for every such character, or only for those in `only`.
QString replaceWithGsm(const QString &text, const QString &only = {});

// What one SMS text comes to over many recipients, each with the text rendered for them: the parts in all, and how
// many recipients need how many parts and why. The pre-send check and the template editor both add every
// recipient's rendered text here, so that both show the same numbers.
class SmsEstimate
{
public:
    struct Split
    {
        qint64 recipients = 0;
        qint64 madeUnicode = 0; // of those, texts that are Unicode only because of what was filled in for them
        QString characters;     // the characters that made them Unicode, each once
    };
    // `ownText`: the template with only its defaults filled in, to tell what the fields bring.
    explicit SmsEstimate(const QString &ownText = {});
    void add(const QString &rendered);

    qint64 recipients = 0;
    qint64 parts = 0;                // in all; an empty text has none
    QMap<int, Split> byParts;        // parts a message → its recipients
    QMap<QString, qint64> byCountry; // phone numbers by country, for the price (set by whoever reads the group)

private:
    QString m_ownUnicode; // the characters of the template itself that force UCS-2
};

} // namespace cm
