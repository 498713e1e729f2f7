// FreshMail lists and subscribers (§4.2–4.4): lists and their custom fields, subscribers pushed a hundred at a time
// (new ones added, known ones edited and left in their state), one subscriber read, edited or deleted, and the
// account's block list, which can be written and not read.
#include "freshmailprovider.h"

#include <QTimer>

namespace cm {

ProviderReply *FreshMailProvider::listGroups()
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/subscribers_list/lists"), {}, true,
         [](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(QVariant::fromValue(freshmail::parseLists(envelope)));
         });
    return reply;
}

ProviderReply *FreshMailProvider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/create"), {{QStringLiteral("name"), name}}, false,
         [name](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(QVariant::fromValue(
                     RemoteGroup {freshmail::anyCase(envelope, QStringLiteral("hash")).toString(), name, 0}));
         });
    return reply;
}

ProviderReply *FreshMailProvider::renameGroup(const QString &groupId, const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/update"),
         {{QStringLiteral("hash"), groupId}, {QStringLiteral("name"), name}}, true,
         [groupId, name](ProviderReply *r, const QJsonObject &) {
             r->finishWith(QVariant::fromValue(RemoteGroup {groupId, name, -1}));
         });
    return reply;
}

ProviderReply *FreshMailProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    QList<Contact> withEmail;
    for (const Contact &c : contacts) {
        if (!c.email.isEmpty())
            withEmail.append(c);
    }
    // The list's fields first: values go only to tags it has (an unknown tag fails the address, 1303).
    call(reply, "POST", QStringLiteral("/subscribers_list/getFields"), {{QStringLiteral("hash"), groupId}}, true,
         [this, groupId, withEmail](ProviderReply *r, const QJsonObject &envelope) {
             QStringList tags;
             for (const QVariant &field : freshmail::parseFields(envelope))
                 tags.append(field.toMap().value(QStringLiteral("tag")).toString());
             pushChunk(r, groupId, withEmail, tags, 0, 0);
         });
    return reply;
}

void FreshMailProvider::pushChunk(ProviderReply *reply, QString list, QList<Contact> contacts, QStringList tags,
                                  qsizetype next, int accepted)
{
    if (next >= contacts.size())
        return reply->finishWith(accepted);
    const QList<Contact> chunk = contacts.mid(next, freshmail::MultipleChunk);
    QJsonArray lookup;
    for (const Contact &c : chunk)
        lookup.append(QJsonObject {{QStringLiteral("email"), c.email}});
    call(reply, "POST", QStringLiteral("/subscriber/getMultiple"),
         {{QStringLiteral("list"), list}, {QStringLiteral("subscribers"), lookup}}, true,
         [this, list, contacts, tags, next, accepted, chunk](ProviderReply *r, const QJsonObject &found) {
             const freshmail::SubscriberItems items
                     = freshmail::subscriberItems(chunk, tags, freshmail::knownSubscribers(found));
             const QJsonArray existing = items.existing;
             const qsizetype after = next + chunk.size();
             const auto edit = [this, list, contacts, tags, after, existing,
                                anyFields = items.anyFields](ProviderReply *r2, int added) {
                 if (!anyFields) {
                     r2->reportProgress(after, contacts.size());
                     return pushChunk(r2, list, contacts, tags, after, added + int(existing.size()));
                 }
                 // No state: whoever left the list, or bounced, stays so.
                 call(r2, "POST", QStringLiteral("/subscriber/editMultiple"),
                      {{QStringLiteral("list"), list}, {QStringLiteral("subscribers"), existing}}, true,
                      [this, list, contacts, tags, after, existing, added](ProviderReply *r3,
                                                                           const QJsonObject &edited) {
                          r3->reportProgress(after, contacts.size());
                          pushChunk(r3, list, contacts, tags, after,
                                    added + int(existing.size() - freshmail::addressErrors(edited).size()));
                      });
             };
             if (items.fresh.isEmpty())
                 return edit(r, accepted);
             call(r, "POST", QStringLiteral("/subscriber/addMultiple"), freshmail::addMultipleBody(list, items.fresh),
                  false, [edit, accepted, fresh = items.fresh](ProviderReply *r2, const QJsonObject &added) {
                      edit(r2, accepted + int(fresh.size() - freshmail::addressErrors(added).size()));
                  });
         });
}

ProviderReply *FreshMailProvider::getContact(const QString &groupId, const QString &email)
{
    auto *reply = new ProviderReply(this);
    exchange(reply, "GET", QStringLiteral("/subscriber/get/%1/%2").arg(groupId, email.trimmed()), {}, true,
             [email](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 // §4.2: 1311 (or 1313) is "not on this list".
                 if (error && (error->code == QLatin1String("1311") || error->code == QLatin1String("1313")))
                     return r->failWith({ProviderError::Kind::Permanent, error->code,
                                         tr("%1 is not on this FreshMail list.").arg(email), false, -1});
                 if (error)
                     return r->failWith(*error);
                 r->finishWith(QVariant::fromValue(freshmail::parseSubscriber(envelope)));
             });
    return reply;
}

ProviderReply *FreshMailProvider::deleteContact(const QString &groupId, const QString &email)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscriber/delete"),
         {{QStringLiteral("email"), email}, {QStringLiteral("list"), groupId}}, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::optOuts(const QString &)
{
    // §4.3: there is no call that lists the block list; ours is the master copy and is pushed.
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [reply] { reply->finishWith(QVariant::fromValue(QList<OptOut> {})); });
    return reply;
}

ProviderReply *FreshMailProvider::changeContact(const QString &address, ContactChange change)
{
    if (change != ContactChange::Block && change != ContactChange::Unblock)
        return unsupported(tr("change a subscription outside a list"));
    auto *reply = new ProviderReply(this);
    if (!address.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, reply, [reply] { reply->finishWith(false); }); // blocks are email addresses only
        return reply;
    }
    const bool block = change == ContactChange::Block;
    call(reply, "POST", block ? QStringLiteral("/subscriber/addBlocks") : QStringLiteral("/subscriber/removeBlocks"),
         {{QStringLiteral("emails"), QJsonArray {address.trimmed().toLower()}}}, true,
         [](ProviderReply *r, const QJsonObject &envelope) {
             const QJsonObject stats = freshmail::anyCase(envelope, QStringLiteral("stats")).toObject();
             r->finishWith(freshmail::number(stats.value(QStringLiteral("incorrect"))) == 0);
         });
    return reply;
}

ProviderReply *FreshMailProvider::deleteList(const QString &listHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/delete"), {{QStringLiteral("hash"), listHash}}, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::listFields(const QString &listHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/getFields"), {{QStringLiteral("hash"), listHash}}, true,
         [](ProviderReply *r, const QJsonObject &envelope) { r->finishWith(freshmail::parseFields(envelope)); });
    return reply;
}

ProviderReply *FreshMailProvider::addField(const QString &listHash, const QString &name, const QString &tag, int type)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body {
            {QStringLiteral("hash"), listHash}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    if (!tag.isEmpty())
        body.insert(QStringLiteral("tag"), tag);
    call(reply, "POST", QStringLiteral("/subscribers_list/addField"), body, false,
         [](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(freshmail::anyCase(envelope, QStringLiteral("personalization_tag")).toString());
         });
    return reply;
}

ProviderReply *FreshMailProvider::editSubscriber(const QString &listHash, const QString &email,
                                                 const QVariantMap &fields, int state)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscriber/edit"),
         freshmail::editSubscriberBody(listHash, email, fields, state), true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::updateContact(const QString &listHash, const Contact &contact)
{
    // Only the list's own tags: an unknown one fails the call (1303).
    auto *reply = new ProviderReply(this);
    ProviderReply *fields = listFields(listHash);
    connect(fields, &ProviderReply::finished, reply, [this, reply, fields, listHash, contact] {
        if (fields->hasError())
            return reply->failWith(fields->error());
        QVariantMap values;
        const QVariantMap all = contact.templateValues();
        for (const QVariant &f : fields->result().toList()) {
            const QString tag = f.toMap().value(QStringLiteral("tag")).toString();
            if (!all.value(tag).toString().isEmpty())
                values.insert(tag, all.value(tag));
        }
        ProviderReply *edited = editSubscriber(listHash, contact.email, values);
        connect(edited, &ProviderReply::finished, reply, [reply, edited, contact] {
            if (edited->hasError())
                return reply->failWith(edited->error());
            reply->finishWith(QVariant::fromValue(contact));
        });
    });
    return reply;
}

ProviderReply *FreshMailProvider::updateFieldValue(const QString &listHash, const QString &tag, const QString &value,
                                                   const QString &callbackUrl)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscriber/updateFieldValue"),
         {{QStringLiteral("listHash"), listHash},
          {QStringLiteral("tag"), tag},
          {QStringLiteral("value"), value},
          {QStringLiteral("url"), callbackUrl}},
         false, [](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(freshmail::number(freshmail::anyCase(envelope, QStringLiteral("id"))));
         });
    return reply;
}

} // namespace cm
