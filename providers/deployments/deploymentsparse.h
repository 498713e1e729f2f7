// The "Deployments" SMS platform (../shared/providers/deployments.md): a Django REST Framework API whose document
// gives schemas but no paths, auth or pagination. Pure functions from its bodies to our types.
#pragma once

#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

namespace cm::deployments {

// A page: a bare array (pagination off) or DRF's {"count", "next", "previous", "results"} envelope.
QJsonArray pageResults(const QByteArray &body, QUrl *next);
// DRF's error bodies as one sentence: {"detail": …}, {"field": ["…"]}, [{"destination": ["…"]}, {}].
QString errorText(const QByteArray &body);
// ISO 8601 with or without fraction and zone; a naive time is in `zone`.
QDateTime parseDateTime(const QJsonValue &value, const QTimeZone &zone);
// +27815854565 → 27815854565; empty for anything that is not E.164.
QString destination(const QString &e164);

RemoteGroup contactList(const QJsonObject &object);
Contact contact(const QJsonObject &object, const QString &phoneKey);
RemoteCampaign deployment(const QJsonObject &object, const QTimeZone &zone);
StatBucket stat(const QJsonObject &object, const QTimeZone &zone);
OptOut optOut(const QJsonObject &object, const QTimeZone &zone);

// The provider's own credit estimate: ceil(characters / 160) per message (§10).
int documentedCredits(const QString &message);

} // namespace cm::deployments
