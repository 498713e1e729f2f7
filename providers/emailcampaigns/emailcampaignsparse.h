// Email Campaigns: pure functions from the documented answers to our types (../shared/providers/emailcampaigns.md).
// Ids come as {"$_id": {"$oid": …}}; timestamps with six fractional digits, no zone.
#pragma once

#include "providers/provider.h"

#include <QJsonObject>

#include <optional>

namespace cm::emailcampaigns {

// §10 #2: an object's id from "$_id", "_id" or "id", each a {"$oid": …} or a bare string.
QString idOf(const QJsonObject &object);
QString oid(const QJsonValue &value);
QString idOf(const QByteArray &body); // of the object an answer is
// §1.1: "2016-08-22T12:05:39.571000" (any fraction, none, no zone) as UTC.
QDateTime parseTimestamp(const QString &text);
// §7: a result's disposition as an event type; nullopt for a disposition that says neither.
std::optional<EventType> dispositionEvent(const QString &disposition);
// §1.2: the client's verdict, by the HTTP status only (the body is shown as it came); 404 is "not found", not a
// validation problem.
ProviderError providerError(const ProviderError &clientError, int httpStatus);

// §3.1: the registered From addresses, lowercase email → id.
QVariantMap parseSenders(const QByteArray &body);
// §3.2: the opt-out list, or the entries of one address when it is given.
QList<OptOut> parseOptOuts(const QByteArray &body, const QString &address);
// §3.3: the contact groups (named by their tag), and one group's contacts (extra CSV columns as fields).
QList<RemoteGroup> parseGroups(const QByteArray &body);
QList<Contact> parseContacts(const QByteArray &body);
// §3.4: a message as a remote template: description (name and subject) and email_message (the body).
RemoteTemplate parseTemplate(const QJsonObject &object);
QList<RemoteTemplate> parseTemplates(const QByteArray &body);
// §3.6: the campaigns, their start_date (a wall time in the campaign's zone) as UTC.
QList<RemoteCampaign> parseCampaigns(const QByteArray &body);
// §3.5: the results as events: each recipient's send, then its disposition once the result is complete; a result
// seen twice counts once.
QList<DeliveryEvent> parseResults(const QByteArray &body);

} // namespace cm::emailcampaigns
