// FreshMail lists and subscribers (§4.2–4.4): lists and their custom fields, subscribers pushed a hundred at a time
// (new ones added, known ones edited and left in their state), one subscriber read, edited or deleted, and the
// account's block list, which can be written and not read.
#include "freshmailprovider.h"

#include <QTimer>

namespace cm {

// Contacts on their way to a list: those with an email, the list's field tags, and how many it took so far.
struct FreshMailProvider::ContactPush
{
    QString list;
    QList<Contact> contacts;
    QStringList tags;
    int accepted = 0;
};

namespace {

HttpRequest fieldsRequest(const QString &listHash)
{
    return freshmail::jsonRequest("POST", QStringLiteral("/subscribers_list/getFields"),
                                  {{QStringLiteral("hash"), listHash}}, true);
}

HttpRequest editRequest(const QString &listHash, const QString &email, const QVariantMap &fields, int state)
{
    return freshmail::jsonRequest("POST", QStringLiteral("/subscriber/edit"),
                                  freshmail::editSubscriberBody(listHash, email, fields, state), true);
}

QStringList tagsOf(const QJsonObject &fieldsEnvelope)
{
    QStringList tags;
    for (const QVariant &field : freshmail::parseFields(fieldsEnvelope))
        tags.append(field.toMap().value(QStringLiteral("tag")).toString());
    return tags;
}

} // namespace

Reply<QList<RemoteGroup>> FreshMailProvider::listGroups()
{
    auto reply = Reply<QList<RemoteGroup>>::make(this);
    exchange(flowOf(reply), freshmail::jsonRequest("GET", QStringLiteral("/subscribers_list/lists"), {}, true),
             [reply](const QJsonObject &envelope) { reply.finish(freshmail::parseLists(envelope)); });
    return reply;
}

Reply<RemoteGroup> FreshMailProvider::createGroup(const QString &name)
{
    auto reply = Reply<RemoteGroup>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST", QStringLiteral("/subscribers_list/create"),
                                    {{QStringLiteral("name"), name}}, false),
             [reply, name](const QJsonObject &envelope) {
                 reply.finish({freshmail::anyCase(envelope, QStringLiteral("hash")).toString(), name, 0});
             });
    return reply;
}

Reply<RemoteGroup> FreshMailProvider::renameGroup(const QString &groupId, const QString &name)
{
    auto reply = Reply<RemoteGroup>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST", QStringLiteral("/subscribers_list/update"),
                                    {{QStringLiteral("hash"), groupId}, {QStringLiteral("name"), name}}, true),
             [reply, groupId, name](const QJsonObject &) {
                 reply.finish({groupId, name, -1});
             });
    return reply;
}

Reply<int> FreshMailProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto reply = Reply<int>::make(this);
    auto push = std::make_shared<ContactPush>();
    push->list = groupId;
    for (const Contact &c : contacts) {
        if (!c.email.isEmpty())
            push->contacts.append(c);
    }
    Flow *flow = flowOf(reply);
    // The list's fields first: values go only to tags it has (an unknown tag fails the address, 1303).
    exchange(flow, fieldsRequest(groupId), [this, flow, reply, push](const QJsonObject &envelope) {
        push->tags = tagsOf(envelope);
        flow->forEach((push->contacts.size() + freshmail::MultipleChunk - 1) / freshmail::MultipleChunk,
                      [this, flow, push](qsizetype index) { pushChunk(flow, push, index); },
                      [reply, push] { reply.finish(push->accepted); });
    });
    return reply;
}

void FreshMailProvider::pushChunk(Flow *flow, const std::shared_ptr<ContactPush> &push, qsizetype index)
{
    const QList<Contact> chunk = push->contacts.mid(index * freshmail::MultipleChunk, freshmail::MultipleChunk);
    const qsizetype after = index * freshmail::MultipleChunk + chunk.size();
    QJsonArray lookup;
    for (const Contact &c : chunk)
        lookup.append(QJsonObject {{QStringLiteral("email"), c.email}});
    const auto done = [flow, push, after] {
        flow->reply()->reportProgress(after, push->contacts.size());
        flow->advance();
    };
    const QJsonObject found {{QStringLiteral("list"), push->list}, {QStringLiteral("subscribers"), lookup}};
    exchange(flow, freshmail::jsonRequest("POST", QStringLiteral("/subscriber/getMultiple"), found, true),
             [flow, push, chunk, done](const QJsonObject &known) {
                 const freshmail::SubscriberItems items
                         = freshmail::subscriberItems(chunk, push->tags, freshmail::knownSubscribers(known));
                 const auto edit = [flow, push, done, existing = items.existing, anyFields = items.anyFields] {
                     if (!anyFields) {
                         push->accepted += int(existing.size());
                         return done();
                     }
                     // No state: whoever left the list, or bounced, stays so.
                     const QJsonObject body {{QStringLiteral("list"), push->list},
                                             {QStringLiteral("subscribers"), existing}};
                     exchange(flow,
                              freshmail::jsonRequest("POST", QStringLiteral("/subscriber/editMultiple"), body, true),
                              [push, done, count = existing.size()](const QJsonObject &edited) {
                                  push->accepted += int(count - freshmail::addressErrors(edited).size());
                                  done();
                              });
                 };
                 if (items.fresh.isEmpty())
                     return edit();
                 exchange(flow,
                          freshmail::jsonRequest("POST", QStringLiteral("/subscriber/addMultiple"),
                                                 freshmail::addMultipleBody(push->list, items.fresh), false),
                          [push, edit, count = items.fresh.size()](const QJsonObject &added) {
                              push->accepted += int(count - freshmail::addressErrors(added).size());
                              edit();
                          });
             });
}

Reply<QList<OptOut>> FreshMailProvider::optOuts(const QString &)
{
    // §4.3: there is no call that lists the block list; ours is the master copy and is pushed.
    auto reply = Reply<QList<OptOut>>::make(this);
    QTimer::singleShot(0, reply.get(), [reply] { reply.finish({}); });
    return reply;
}

Reply<bool> FreshMailProvider::changeContact(const QString &address, ContactChange change)
{
    if (change != ContactChange::Block && change != ContactChange::Unblock)
        return unsupported<bool>(tr("change a subscription outside a list"));
    auto reply = Reply<bool>::make(this);
    if (!address.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, reply.get(), [reply] { reply.finish(false); }); // blocks are email addresses only
        return reply;
    }
    const bool block = change == ContactChange::Block;
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST",
                                    block ? QStringLiteral("/subscriber/addBlocks")
                                          : QStringLiteral("/subscriber/removeBlocks"),
                                    {{QStringLiteral("emails"), QJsonArray {address.trimmed().toLower()}}}, true),
             [reply](const QJsonObject &envelope) {
                 const QJsonObject stats = freshmail::anyCase(envelope, QStringLiteral("stats")).toObject();
                 reply.finish(freshmail::number(stats.value(QStringLiteral("incorrect"))) == 0);
             });
    return reply;
}

Reply<bool> FreshMailProvider::deleteList(const QString &listHash)
{
    auto reply = Reply<bool>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST", QStringLiteral("/subscribers_list/delete"),
                                    {{QStringLiteral("hash"), listHash}}, true),
             [reply](const QJsonObject &) { reply.finish(true); });
    return reply;
}

Reply<QVariantList> FreshMailProvider::listFields(const QString &listHash)
{
    auto reply = Reply<QVariantList>::make(this);
    exchange(flowOf(reply), fieldsRequest(listHash),
             [reply](const QJsonObject &envelope) { reply.finish(freshmail::parseFields(envelope)); });
    return reply;
}

Reply<QString> FreshMailProvider::addField(const QString &listHash, const QString &name, const QString &tag, int type)
{
    auto reply = Reply<QString>::make(this);
    QJsonObject body {
            {QStringLiteral("hash"), listHash}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    if (!tag.isEmpty())
        body.insert(QStringLiteral("tag"), tag);
    exchange(flowOf(reply), freshmail::jsonRequest("POST", QStringLiteral("/subscribers_list/addField"), body, false),
             [reply](const QJsonObject &envelope) {
                 reply.finish(freshmail::anyCase(envelope, QStringLiteral("personalization_tag")).toString());
             });
    return reply;
}

Reply<bool> FreshMailProvider::editSubscriber(const QString &listHash, const QString &email, const QVariantMap &fields,
                                              int state)
{
    auto reply = Reply<bool>::make(this);
    exchange(flowOf(reply), editRequest(listHash, email, fields, state),
             [reply](const QJsonObject &) { reply.finish(true); });
    return reply;
}

Reply<qint64> FreshMailProvider::updateFieldValue(const QString &listHash, const QString &tag, const QString &value,
                                                  const QString &callbackUrl)
{
    auto reply = Reply<qint64>::make(this);
    exchange(flowOf(reply),
             freshmail::jsonRequest("POST", QStringLiteral("/subscriber/updateFieldValue"),
                                    {{QStringLiteral("listHash"), listHash},
                                     {QStringLiteral("tag"), tag},
                                     {QStringLiteral("value"), value},
                                     {QStringLiteral("url"), callbackUrl}},
                                    false),
             [reply](const QJsonObject &envelope) {
                 reply.finish(freshmail::number(freshmail::anyCase(envelope, QStringLiteral("id"))));
             });
    return reply;
}

} // namespace cm
