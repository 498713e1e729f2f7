#include "flow.h"

namespace cm {

Flow::Flow(ProviderReply *reply, HttpClient *http, ErrorMap errors)
    : QObject(reply)
    , m_reply(reply)
    , m_http(http)
    , m_errors(std::move(errors))
{ }

Flow *Flow::on(ProviderReply *reply, HttpClient *http, ErrorMap errors)
{
    if (auto *existing = reply->findChild<Flow *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new Flow(reply, http, std::move(errors));
}

void Flow::request(const HttpRequest &request, Next next, Failed failed)
{
    if (m_reply->isFinished())
        return;
    HttpJob *job = m_http->send(request);
    connect(m_reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, this, [this, job, next = std::move(next), failed = std::move(failed)] {
        if (m_reply->isFinished())
            return;
        if (!job->hasError())
            return next(job->response());
        const std::optional<ProviderError> error = m_errors ? m_errors(job) : job->error();
        if (!error)
            return next(job->response());
        if (failed)
            return failed(*error);
        m_reply->failWith(*error);
    });
}

void Flow::pages(std::function<HttpRequest(int)> page, std::function<bool(const HttpResponse &)> take,
                 std::function<void()> done, int maxPages)
{
    m_page = std::move(page);
    m_take = std::move(take);
    m_pagesDone = std::move(done);
    m_maxPages = maxPages;
    m_pageNumber = 0;
    m_lastPage.clear();
    nextPage();
}

void Flow::nextPage()
{
    ++m_pageNumber;
    if (m_pageNumber > m_maxPages) {
        m_reply->failWith({ProviderError::Kind::Permanent,
                           {},
                           tr("The provider kept answering with more pages after %1 of them; the list was not read.")
                                   .arg(m_maxPages),
                           false,
                           -1});
        return;
    }
    request(m_page(m_pageNumber), [this](const HttpResponse &response) {
        if (m_pageNumber > 1 && !response.body.isEmpty() && response.body == m_lastPage) {
            m_reply->failWith({ProviderError::Kind::Permanent,
                               {},
                               tr("The provider answered page %1 with the page before it again; the list was not "
                                  "read.")
                                       .arg(m_pageNumber),
                               false,
                               -1});
            return;
        }
        m_lastPage = response.body;
        if (m_take(response)) {
            nextPage();
        } else if (!m_reply->isFinished()) {
            const auto done = std::move(m_pagesDone); // `done` may start the next pages() on this flow
            done();
        }
    });
}

void Flow::forEach(qsizetype count, std::function<void(qsizetype)> step, std::function<void()> done)
{
    m_step = std::move(step);
    m_stepsDone = std::move(done);
    m_count = count;
    m_index = -1;
    advance();
}

void Flow::advance()
{
    if (m_reply->isFinished())
        return;
    if (++m_index < m_count) {
        m_step(m_index);
    } else {
        const auto done = std::move(m_stepsDone); // `done` may start the next forEach() on this flow
        done();
    }
}

} // namespace cm
