// A stateful loopback fake of the "Deployments" platform, speaking the spec's assumed protocol (DRF): token auth,
// page envelopes with absolute "next" links, 201s, field errors, 404 "detail", multipart CSV import, stats, opt-outs.
#pragma once

#include "fakeserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

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

private:
    bool authorised(const RecordedRequest &r, FakeReply *denied) const;
    FakeReply page(const RecordedRequest &r, const QList<QJsonObject> &items) const;
    QByteArray m_token;
    qint64 m_nextId = 100;
};

} // namespace cm::test
