// The one way an adapter chains the HTTP requests of one provider operation ("then"): a Flow runs them one after
// another on behalf of the operation's reply. It belongs to the reply and goes with it, so no step outlives the
// operation; aborting the reply aborts the request in flight, once, here; a request's error finishes the reply
// (mapped by the adapter) unless the step takes it. Paging and batches are loops the flow drives, with their state
// held once, not copied on every step.
//
//     auto reply = Reply<QList<RemoteGroup>>::make(this);
//     auto groups = std::make_shared<QList<RemoteGroup>>();
//     Flow::on(reply, m_http, &errorOf)
//             ->pages([](int page) { return pageRequest(page); },
//                     [groups](const HttpResponse &r) { *groups += parseGroups(r.body); return hasMore(r.body); },
//                     [reply, groups] { reply.finish(*groups); });
#pragma once

#include "httpclient.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cm {

class Flow : public QObject
{
    Q_OBJECT
public:
    // What a failed request means in the provider's terms; nullopt where the provider's answer says it worked after
    // all (FreshMail's OK envelope that comes with an error status): the step then gets the response as an answer.
    using ErrorMap = std::function<std::optional<ProviderError>(const HttpJob *job)>;
    using Next = std::function<void(const HttpResponse &response)>;
    using Failed = std::function<void(const ProviderError &error)>;

    // The flow of `reply` (made on first use): its requests go through `http`, their errors are mapped by `errors`.
    static Flow *on(ProviderReply *reply, HttpClient *http, ErrorMap errors);

    ProviderReply *reply() const { return m_reply; }

    // Sends one request; `next` gets the answer. Without `failed`, an error finishes the reply with it.
    void request(const HttpRequest &request, Next next, Failed failed = {});

    // Reads pages 1, 2, … : `page(n)` is the request for page n; `take` keeps a page's items and says whether another
    // page follows. After the last, `done`. More than `maxPages` pages, or a page whose body repeats the one before
    // (a "next" that points to itself), finishes the reply with an error instead of looping.
    void pages(std::function<HttpRequest(int page)> page, std::function<bool(const HttpResponse &response)> take,
               std::function<void()> done, int maxPages = 1000);

    // One pages() and one forEach() run at a time on a flow; `done` may start the next.
    // Runs step(0), step(1), … step(count - 1) one after another, then `done`. A step ends by calling advance() (or
    // by finishing the reply, which ends the flow).
    void forEach(qsizetype count, std::function<void(qsizetype index)> step, std::function<void()> done);
    void advance();

private:
    Flow(ProviderReply *reply, HttpClient *http, ErrorMap errors);
    void nextPage();

    ProviderReply *m_reply;
    HttpClient *m_http;
    ErrorMap m_errors;

    // pages()
    std::function<HttpRequest(int)> m_page;
    std::function<bool(const HttpResponse &)> m_take;
    std::function<void()> m_pagesDone;
    int m_pageNumber = 0;
    int m_maxPages = 0;
    QByteArray m_lastPage;

    // forEach()
    std::function<void(qsizetype)> m_step;
    std::function<void()> m_stepsDone;
    qsizetype m_index = 0;
    qsizetype m_count = 0;
};

} // namespace cm
