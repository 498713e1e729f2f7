// 360NRS WhatsApp conversations (§3.7.2–3.7.5): the list, one with its messages, and a free-text reply.
#include "nrs360provider.h"

#include "models/clock.h"
#include "nrs360parse.h"

namespace cm {

Reply<QList<Conversation>> Nrs360Provider::listConversations()
{
    return listing<QList<Conversation>>(QStringLiteral("/whatsapp/conversations"), {}, [](const QJsonArray &items) {
        QList<Conversation> list;
        for (const QJsonValue &v : items)
            list.append(nrs360::parseConversation(v.toObject()));
        return list;
    });
}

Reply<ConversationThread> Nrs360Provider::conversation(const QString &from, const QString &to)
{
    auto reply = Reply<ConversationThread>::make(this);
    const QString path = nrs360::conversationPath(from, to);
    flow(reply)->request(nrs360::getRequest(path), [this, reply, path, from](const HttpResponse &response) {
        ConversationThread thread;
        thread.conversation = nrs360::parseConversation(nrs360::parseData(response.body));
        // The messages' pages: built by us, as their "next" links are malformed (§1.4).
        readAll(reply, path + QStringLiteral("/messages"), {}, [reply, thread, from](const QJsonArray &items) mutable {
            for (const QJsonValue &v : items)
                thread.messages.append(nrs360::parseConversationMessage(v.toObject(), from));
            std::stable_sort(
                    thread.messages.begin(), thread.messages.end(),
                    [](const ConversationMessage &a, const ConversationMessage &b) { return a.sentAt < b.sentAt; });
            reply.finish(thread);
        });
    });
    return reply;
}

Reply<ConversationMessage> Nrs360Provider::replyInConversation(const QString &from, const QString &to,
                                                               const QString &text)
{
    const QString path = nrs360::conversationPath(from, to) + QStringLiteral("/messages");
    // Not retried: a lost answer may have sent it. Any 2xx is success (§3.7.5); the message is ours if it says none.
    return single<ConversationMessage>(
            nrs360::jsonRequest("POST", path, QJsonObject {{QStringLiteral("content"), text}}, false),
            [this, from, text](const HttpResponse &response) {
                ConversationMessage m = nrs360::parseConversationMessage(nrs360::parseData(response.body), from);
                m.inbound = false;
                if (m.content.isEmpty())
                    m.content = text;
                if (!m.sentAt.isValid())
                    m.sentAt = m_clock->now();
                if (m.type.isEmpty())
                    m.type = QStringLiteral("text");
                return m;
            });
}

} // namespace cm
