#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {

namespace {

// The pages in the order of the list; each is resources/guide/<name>.
const char *const pageFiles[] = {
        "index.md",
        "accounts.md",
        "groups.md",
        "templates.md",
        "campaigns.md",
        "series.md",
        "reports.md",
        "provider-sandbox.md",
        "provider-outbox.md",
        "provider-deployments.md",
        "provider-360nrs.md",
        "provider-freshmail.md",
        "provider-emailcampaigns.md",
        "provider-smtp.md",
        "campaignctl.md",
};

const QString &guidePrefix()
{
    static const QString prefix = QStringLiteral("/guide/");
    return prefix;
}

// A page or picture of the guide: qrc:/guide/…, nothing else.
bool isGuideUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String("qrc") && url.path().startsWith(guidePrefix())
            && !url.path().contains(QLatin1String("/../"));
}

QUrl withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment);
}

QByteArray readGuideFile(const QUrl &url)
{
    if (!isGuideUrl(url))
        return {};
    QFile file(QLatin1Char(':') + url.path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A text browser that reads only the guide's own resources: never a file on the disk, never the network.
class GuideBrowser : public QTextBrowser
{
public:
    explicit GuideBrowser(QWidget *parent)
        : QTextBrowser(parent)
    {
        setOpenLinks(false); // UserGuideDialog::followLink() decides where a link goes
        setOpenExternalLinks(false);
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        const QByteArray data = readGuideFile(source().resolved(name));
        if (data.isEmpty())
            return {};
        if (type == QTextDocument::ImageResource)
            return data;
        return QString::fromUtf8(data);
    }

protected:
    // Every page is Markdown, however it is reached: from the list, a link, Back or Forward.
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override
    {
        if (type == QTextDocument::UnknownResource && name.path().endsWith(QLatin1String(".md")))
            type = QTextDocument::MarkdownResource;
        QTextBrowser::doSetSource(name, type);
    }
};

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_browser(new GuideBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    m_pages->setObjectName(QStringLiteral("guidePages"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_back->setObjectName(QStringLiteral("guideBack"));
    m_forward->setObjectName(QStringLiteral("guideForward"));

    for (const QUrl &page : pages()) {
        auto *item = new QListWidgetItem(pageTitle(page), m_pages);
        item->setData(Qt::UserRole, page);
    }
    m_pages->setMinimumWidth(m_pages->sizeHintForColumn(0) + 24);
    m_browser->document()->setDocumentMargin(12);

    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forward->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_forward->setAutoRaise(true);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::pageShown);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QUrl page = m_pages->item(row)->data(Qt::UserRole).toUrl();
        if (withoutFragment(m_browser->source()) != page)
            m_browser->setSource(page, QTextDocument::MarkdownResource);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("guideButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addWidget(m_forward);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1000, 700);
    retranslate();

    showPage(QStringLiteral("index.md"));
}

QList<QUrl> UserGuideDialog::pages()
{
    QList<QUrl> urls;
    for (const char *file : pageFiles)
        urls.append(QUrl(QStringLiteral("qrc:") + guidePrefix() + QLatin1String(file)));
    return urls;
}

QString UserGuideDialog::pageTitle(const QUrl &page)
{
    const QString text = QString::fromUtf8(readGuideFile(page));
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed().toString();
    }
    return page.fileName();
}

bool UserGuideDialog::showPage(const QString &page)
{
    const QUrl url = QUrl(QStringLiteral("qrc:") + guidePrefix()).resolved(QUrl(page));
    if (!pages().contains(withoutFragment(url)))
        return false;
    m_browser->setSource(url, QTextDocument::MarkdownResource);
    return true;
}

QUrl UserGuideDialog::currentPage() const
{
    return withoutFragment(m_browser->source());
}

void UserGuideDialog::followLink(const QUrl &link)
{
    const QUrl url = m_browser->source().resolved(link);
    // Another page of the guide, or a place in this one. Anything else (a web address, a file) stays unopened: the
    // guide reads nothing from the network or the disk.
    if (pages().contains(withoutFragment(url)))
        m_browser->setSource(url, QTextDocument::MarkdownResource);
}

void UserGuideDialog::pageShown(const QUrl &url)
{
    const int row = int(pages().indexOf(withoutFragment(url)));
    if (row >= 0 && row != m_pages->currentRow()) {
        const QSignalBlocker block(m_pages);
        m_pages->setCurrentRow(row);
    }
}

void UserGuideDialog::retranslate()
{
    setWindowTitle(tr("Campaign Manager user guide"));
    m_pages->setAccessibleName(tr("Pages of the guide"));
    m_browser->setAccessibleName(tr("Guide page"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cm
