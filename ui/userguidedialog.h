// The user guide (Help → User guide, F1): the Markdown pages built into the app (resources/guide, under ":/guide"),
// their list on the left and the page on the right. Links between pages work; nothing is read from the network or
// from the disk.
#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace cm {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The pages in the order of the list, as resource URLs; the index (qrc:/guide/index.md) first.
    static QList<QUrl> pages();
    // A page's title: the text of its first "# " heading, or its file name.
    static QString pageTitle(const QUrl &page);
    // Shows a page of the guide, given as "campaigns.md" or as its URL; false for one the guide does not have.
    bool showPage(const QString &page);
    QUrl currentPage() const; // without a #fragment

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followLink(const QUrl &link);
    void pageShown(const QUrl &url);

    QListWidget *m_pages;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace cm
