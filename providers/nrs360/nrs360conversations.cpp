// 360NRS WhatsApp conversations (§3.7.2–3.7.5): the list, one with its messages, and a free-text reply.
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"

namespace cm {

ProviderReply *Nrs360Provider::listConversations()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, QStringLiteral("/whatsapp/conversations"), {}, [](ProviderReply *r, const QJsonArray &items) {
        QList<Conversation> list;
        for (const QJsonValue &v : items)
            list.append(nrs360::parseConversation(v.toObject()));
        r->finishWith(QVariant::fromValue(list));
    });
    return reply;
}

ProviderReply *Nrs360Provider::conversation(const QString &from, const QString &to)
{
    auto *reply = new ProviderReply(this);
    const QString path = nrs360::conversationPath(from, to);
    call(reply, nrs360::getRequest(path), [this, path, from](ProviderReply *r, const HttpResponse &response) {
        ConversationThread thread;
        thread.conversation = nrs360::parseConversation(nrs360::parseData(response.body));
        // The messages' pages: built by us, as their "next" links are malformed (§1.4).
        getAll(r, path + QStringLiteral("/messages"), {},
               [thread, from](ProviderReply *done, const QJsonArray &items) mutable {
                   for (const QJsonValue &v : items)
                       thread.messages.append(nrs360::parseConversationMessage(v.toObject(), from));
                   std::stable_sort(thread.messages.begin(), thread.messages.end(),
                                    [](const ConversationMessage &a, const ConversationMessage &b) {
                                        return a.sentAt < b.sentAt;
                                    });
                   done->finishWith(QVariant::fromValue(thread));
               });
    });
    return reply;
}

ProviderReply *Nrs360Provider::replyInConversation(const QString &from, const QString &to, const QString &text)
{
    auto *reply = new ProviderReply(this);
    const QString path = nrs360::conversationPath(from, to) + QStringLiteral("/messages");
    // Not retried: a lost answer may have sent it. Any 2xx is success (§3.7.5); the message is ours if it says none.
    call(reply, nrs360::jsonRequest("POST", path, QJsonObject {{QStringLiteral("content"), text}}, false),
         [from, text, this](ProviderReply *r, const HttpResponse &response) {
             ConversationMessage m = nrs360::parseConversationMessage(nrs360::parseData(response.body), from);
             m.inbound = false;
             if (m.content.isEmpty())
                 m.content = text;
             if (!m.sentAt.isValid())
                 m.sentAt = m_clock->now();
             if (m.type.isEmpty())
                 m.type = QStringLiteral("text");
             r->finishWith(QVariant::fromValue(m));
         });
    return reply;
}

} // namespace cm
