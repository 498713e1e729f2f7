#include "templatelanguages.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

namespace cm {

TemplateLanguages::TemplateLanguages(std::function<TemplateVersion()> read,
                                     std::function<void(const TemplateVersion &)> write, QWidget *parent)
    : QWidget(parent)
    , m_read(std::move(read))
    , m_write(std::move(write))
    , m_choice(new QComboBox(this))
    , m_add(new QPushButton(tr("Add language…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_choice->setAccessibleName(tr("Language version"));
    m_choice->setToolTip(tr("A contact whose language field is “es” (or “es-MX”) gets the Spanish version; everyone "
                            "else the template's own text."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
    fillChoice();
    connect(m_choice, &QComboBox::activated, this,
            [this](int index) { showLanguage(m_choice->itemData(index).toString()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString code = QInputDialog::getText(this, tr("Add language"),
                                                   tr("Language code of the contacts who get this version (their "
                                                      "language field), such as es, tr or pt-BR:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            addLanguage(code);
    });
    connect(m_remove, &QPushButton::clicked, this, &TemplateLanguages::removeCurrent);
}

void TemplateLanguages::setTemplate(const Template &tmpl)
{
    m_own = {QString(), tmpl.subject, tmpl.body, tmpl.textBody};
    m_versions = tmpl.versions;
    m_current.clear();
    fillChoice();
}

void TemplateLanguages::store()
{
    TemplateVersion shown = m_read();
    shown.language = m_current;
    if (m_current.isEmpty()) {
        m_own = shown;
        return;
    }
    for (TemplateVersion &v : m_versions) {
        if (v.language == m_current)
            v = shown;
    }
}

void TemplateLanguages::fill(Template &tmpl) const
{
    auto self = const_cast<TemplateLanguages *>(this); // the editors' text is the entry shown's
    self->store();
    tmpl.subject = m_own.subject;
    tmpl.body = m_own.body;
    tmpl.textBody = m_own.textBody;
    tmpl.versions = m_versions;
}

QString TemplateLanguages::current() const
{
    return m_current;
}

bool TemplateLanguages::addLanguage(const QString &code)
{
    if (!Template::isLanguageCode(code))
        return false;
    const QString key = Template::languageKey(code);
    store();
    for (const TemplateVersion &v : std::as_const(m_versions)) {
        if (v.language == key)
            return showLanguage(key);
    }
    TemplateVersion version = m_read(); // starts as the text shown, to translate
    version.language = key;
    m_versions.append(version);
    std::sort(m_versions.begin(), m_versions.end(),
              [](const TemplateVersion &a, const TemplateVersion &b) { return a.language < b.language; });
    m_current = key;
    fillChoice();
    emit languageShown(key);
    return true;
}

bool TemplateLanguages::showLanguage(const QString &code)
{
    const QString key = code.isEmpty() ? QString() : Template::languageKey(code);
    if (key == m_current)
        return true;
    const auto found = std::find_if(m_versions.cbegin(), m_versions.cend(),
                                    [&key](const TemplateVersion &v) { return v.language == key; });
    if (!key.isEmpty() && found == m_versions.cend())
        return false;
    store();
    m_current = key;
    m_write(key.isEmpty() ? m_own : *found);
    fillChoice();
    emit languageShown(key);
    return true;
}

void TemplateLanguages::removeCurrent()
{
    if (m_current.isEmpty())
        return;
    m_versions.removeIf([this](const TemplateVersion &v) { return v.language == m_current; });
    m_current.clear();
    m_write(m_own);
    fillChoice();
    emit languageShown({});
}

void TemplateLanguages::fillChoice()
{
    m_choice->clear();
    m_choice->addItem(m_versions.isEmpty() ? tr("Everyone (one language)") : tr("Everyone else"), QString());
    for (const TemplateVersion &v : std::as_const(m_versions)) {
        const QString name = QLocale(v.language).nativeLanguageName();
        m_choice->addItem(name.isEmpty() ? v.language : QStringLiteral("%1 (%2)").arg(name, v.language), v.language);
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(m_current)));
    m_remove->setEnabled(!m_current.isEmpty());
}

} // namespace cm
