// A template's language versions in its editor: a choice of the text everyone else gets and each language's, with
// Add language… and Remove. Switching keeps what the editors hold for the text being left and loads the chosen one's,
// so the editors (and their preview and counter) always show one text; fill() puts them all in the template saved.
#pragma once

#include "models/types.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;

namespace cm {

class TemplateLanguages : public QWidget
{
    Q_OBJECT
public:
    // `read` gives the editors' subject, body and plain text; `write` shows a text in them.
    TemplateLanguages(std::function<TemplateVersion()> read, std::function<void(const TemplateVersion &)> write,
                      QWidget *parent = nullptr);

    void setTemplate(const Template &tmpl); // its own text is in the editors already
    // The template's own text and its versions, the one being edited from the editors.
    void fill(Template &tmpl) const;
    QString current() const;                // the language shown; empty: everyone else's text
    bool addLanguage(const QString &code);  // a new version, starting as a copy of the text shown; shows it
    bool showLanguage(const QString &code); // empty: everyone else's text
    void removeCurrent();                   // the version shown (not the template's own text)

signals:
    void languageShown(const QString &code);

private:
    void store(); // the editors' text into the entry shown
    void fillChoice();

    std::function<TemplateVersion()> m_read;
    std::function<void(const TemplateVersion &)> m_write;
    TemplateVersion m_own;
    QList<TemplateVersion> m_versions;
    QString m_current;
    QComboBox *m_choice;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace cm
