// A stateful loopback fake of the "Deployments" platform, speaking the spec's assumed protocol (DRF): token auth,
// page envelopes with absolute "next" links, 201s, field errors, 404 "detail", multipart CSV import, stats, opt-outs.
#pragma once

#include "fakeserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

namespace cm::test {

class DeploymentsFake : public FakeServer
{
    Q_OBJECT
public:
    explicit DeploymentsFake(const QByteArray &token, QObject *parent = nullptr);

    struct List
    {
        qint64 id = 0;
        QString title;
        QList<QJsonObject> contacts;
    };
    QMap<qint64, List> lists;
    QList<QJsonObject> sent; // every SMS accepted: {destination, message, campaign_pk?}
    QList<QJsonObject> deployments;
    QMap<qint64, QList<QJsonObject>> stats; // by deployment id, every period mixed (period_type 1..4)
    QList<QJsonObject> optouts;
    // Attribution (spec, FAKE): a send whose campaign_pk is some deployment's linked_campaign is counted in that
    // deployment's hour and day stats of `today` (sent, or opted out when its destination has an active opt-out).
    QDateTime today = QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC);

private:
    bool authorised(const RecordedRequest &r, FakeReply *denied) const;
    FakeReply page(const RecordedRequest &r, const QList<QJsonObject> &items) const;
    void attribute(const QJsonObject &message);
    QByteArray m_token;
    qint64 m_nextId = 100;
};

} // namespace cm::test
