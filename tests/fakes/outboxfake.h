// A stateful loopback fake of Outbox, literal to ../shared/providers/outbox.md: the paths, field names, the key in
// the body (a header for GET /groups), the junk-suffixed dates, numbers as strings, and the error bodies of §5.2
// (mostly with HTTP 200: Outbox says "error" in the body).
#pragma once

#include "fakeserver.h"

#include <QJsonObject>
#include <QMap>

namespace cm::test {

class OutboxFake : public FakeServer
{
    Q_OBJECT
public:
    explicit OutboxFake(const QByteArray &authKey, QObject *parent = nullptr);

    struct Group
    {
        qint64 id = 0;
        QString name;
        QMap<QString, QJsonObject> contacts; // by email
    };
    struct Message
    {
        QString recipient;
        QString reference;
        QString content;
        QString subject;
        QString when;
        QString priority;
        QString type;
        QVariantMap variables;
        QString attachment;
        QString sender;
        QString delivered; // Content with the Variables put in, as Outbox would
    };
    QMap<qint64, Group> groups;
    QHash<QString, Message> messages;             // by TrackingID
    QHash<qint64, QJsonObject> messageInfo;       // /info/message rows, by MessageID
    QList<QPair<QString, QString>> statusChanges; // (email, Type)
    // What /get/status answers for a TrackingID (Code, Status): {0, "Success"} unless set here. Only code 0 is
    // documented; a test sets others to see them stay undelivered.
    QHash<QString, QPair<int, QString>> statuses;

private:
    bool keyOk(const QJsonObject &body) const;
    QByteArray m_key;
    qint64 m_nextGroup = 10;
    qint64 m_nextContact = 1000;
    quint64 m_nextTracking = 0x52ad371d92ce420bULL;
};

} // namespace cm::test
