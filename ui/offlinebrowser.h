// A text browser that never fetches anything: remote images and scripts of an email preview stay blocked.
#pragma once

#include <QTextBrowser>

namespace cm {

class OfflineBrowser : public QTextBrowser
{
public:
    explicit OfflineBrowser(QWidget *parent = nullptr)
        : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
    }
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace cm
