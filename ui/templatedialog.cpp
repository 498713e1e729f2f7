#include "templatedialog.h"

#include "templatelanguages.h"

#include "app/services/composer.h"
#include "app/services/translations.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/groupstore.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "offlinebrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {

namespace {

// Marks the characters that force an SMS into UCS-2 (70 characters a part instead of 160).
class Ucs2Highlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    bool enabled = true;

protected:
    void highlightBlock(const QString &text) override
    {
        // The tags ({{first_name}}, {{#if …}}) in the link colour: they are replaced, not sent, so what is in them
        // never makes the SMS Unicode. A tag never spans lines, and a block here is one.
        const QList<std::pair<qsizetype, qsizetype>> tags = templ::Syntax::tags(text);
        QTextCharFormat tag;
        tag.setForeground(QGuiApplication::palette().color(QPalette::Link));
        for (const auto &[start, end] : tags)
            setFormat(int(start), int(end - start), tag);
        if (!enabled)
            return;
        QTextCharFormat format;
        format.setBackground(QColor(255, 183, 77, 170));
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setToolTip(TemplateDialog::tr("This character makes the SMS Unicode: 70 characters a part instead of "
                                             "160."));
        auto inTag = tags.cbegin();
        for (qsizetype i = 0; i < text.size(); ++i) {
            while (inTag != tags.cend() && inTag->second <= i)
                ++inTag;
            if (inTag != tags.cend() && inTag->first <= i)
                continue;
            if (!isGsm7(text.at(i)))
                setFormat(int(i), 1, format);
        }
    }
};

const QStringList standardFields {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                  QStringLiteral("phone"),      QStringLiteral("city"),      QStringLiteral("country")};

} // namespace

TemplateDialog::TemplateDialog(Workspace *workspace, Save save, QWidget *parent,
                               const std::optional<Template> &existing, SmsEstimates *estimates)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_save(std::move(save))
    , m_estimates(estimates ? estimates : new SmsEstimates(workspace, this))
    , m_name(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_marketing(new QCheckBox(tr("&Marketing email: it must carry an unsubscribe link"), this))
    , m_body(new QPlainTextEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
    , m_counter(new QLabel(this))
    , m_replace(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_links(new QListWidget(this))
    , m_group(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_who(new QLabel(this))
    , m_preview(new OfflineBrowser(this))
    , m_missing(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_smsOnly(new QWidget(this))
    , m_emailOnly(new QWidget(this))
    , m_form(new QFormLayout)
{
    setWindowTitle(existing ? tr("Edit template “%1”").arg(existing->name) : tr("New template"));
    for (const Channel channel : allChannels())
        m_channel->addItem(channelName(channel), channelKey(channel));
    m_name->setPlaceholderText(tr("Weekend offer"));
    m_subject->setPlaceholderText(tr("{{first_name|default:\"Hello\"}}, our picks for you"));
    m_marketing->setChecked(true);
    m_marketing->setToolTip(tr("Untick for transactional email (a receipt, a password reset), which needs no "
                               "unsubscribe link."));
    m_body->setAccessibleName(tr("Template text"));
    m_body->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Plain-text alternative"));
    m_text->setPlaceholderText(tr("The text mail programs show when they do not show HTML; leave empty to send HTML "
                                  "only."));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(110);
    auto *highlighter = new Ucs2Highlighter(m_body->document());

    m_insert->setText(tr("Insert field"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setMenu(new QMenu(m_insert));
    m_insert->setToolTip(tr("Insert a personalisation field at the cursor."));
    m_counter->setWordWrap(true);
    m_counter->setAccessibleName(tr("SMS length"));
    m_replace->setWordWrap(true);
    m_replace->setTextFormat(Qt::RichText);
    m_replace->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_replace, &QLabel::linkActivated, this, [this](const QString &link) {
        replaceCharacters(link == QLatin1String("all") ? replaceableCharacters().join(QString()) : link);
    });
    m_cost->setWordWrap(true);
    m_cost->setAccessibleName(tr("Estimated cost"));
    m_links->setAccessibleName(tr("Links in the email"));
    m_links->setMaximumHeight(90);
    m_missing->setWordWrap(true);
    m_preview->setAccessibleName(tr("Preview"));
    m_previous->setText(QStringLiteral("◀"));
    m_next->setText(QStringLiteral("▶"));
    m_previous->setAccessibleName(tr("Previous contact"));
    m_next->setAccessibleName(tr("Next contact"));
    m_previous->setToolTip(tr("Preview as the previous contact"));
    m_next->setToolTip(tr("Preview as the next contact"));
    m_group->setAccessibleName(tr("Preview as a contact of this group"));
    for (const Group &g : workspace->groups()->groups())
        m_group->addItem(g.name, g.id);

    // Left: the text. Right: the preview for one contact and what the group says about the template.
    auto *smsLayout = new QVBoxLayout(m_smsOnly);
    smsLayout->setContentsMargins(0, 0, 0, 0);
    smsLayout->addWidget(m_counter);
    smsLayout->addWidget(m_replace);
    auto *emailForm = new QFormLayout(m_emailOnly);
    emailForm->setContentsMargins(0, 0, 0, 0);
    emailForm->addRow(tr("Te&xt version:"), m_text);
    emailForm->addRow(tr("Links:"), m_links);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Channel:"), m_channel);
    m_languages = new TemplateLanguages(
            [this] {
                return TemplateVersion {QString(), m_subject->text(), m_body->toPlainText(), m_text->toPlainText()};
            },
            [this](const TemplateVersion &v) {
                m_subject->setText(v.subject);
                m_body->setPlainText(v.body);
                m_text->setPlainText(v.textBody);
            },
            this);
    m_form->addRow(tr("&Language:"), m_languages);
    m_form->addRow(tr("&Subject:"), m_subject);
    m_form->addRow(QString(), m_marketing);
    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addStretch(1);
    bodyHeader->addWidget(m_insert);
    auto *bodyBox = new QVBoxLayout;
    bodyBox->addLayout(bodyHeader);
    bodyBox->addWidget(m_body, 1);
    auto *bodyLabel = new QLabel(tr("&Text:"), this);
    bodyLabel->setBuddy(m_body);
    m_form->addRow(bodyLabel, bodyBox);
    m_form->addRow(QString(), m_smsOnly);
    m_form->addRow(QString(), m_emailOnly);
    auto *left = new QWidget(this);
    left->setLayout(m_form);

    auto *right = new QWidget(this);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(new QLabel(tr("Preview as:"), right));
    previewRow->addWidget(m_group, 1);
    previewRow->addWidget(m_previous);
    previewRow->addWidget(m_next);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(previewRow);
    rightLayout->addWidget(m_who);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_missing);
    rightLayout->addWidget(m_cost);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1000, 640);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(120); // typing stays fluid: the counter and the preview follow a moment later
    connect(m_refresh, &QTimer::timeout, this, &TemplateDialog::refresh);
    for (QPlainTextEdit *edit : {m_body, m_text})
        connect(edit, &QPlainTextEdit::textChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_subject, &QLineEdit::textChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this, highlighter] {
        highlighter->enabled = value().channel == Channel::Sms;
        highlighter->rehighlight();
        channelChanged();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, &TemplateDialog::groupChanged);
    connect(m_estimates, &SmsEstimates::ready, this, [this](qint64 groupId) {
        if (groupId == m_group->currentData().toLongLong() && value().channel == Channel::Sms)
            refresh();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { stepContact(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepContact(1); });

    if (existing) {
        m_id = existing->id;
        m_name->setText(existing->name);
        setChannel(existing->channel);
        m_subject->setText(existing->subject);
        m_body->setPlainText(existing->body);
        m_text->setPlainText(existing->textBody);
        m_marketing->setChecked(existing->marketing);
        m_languages->setTemplate(*existing);
    }
    highlighter->enabled = value().channel == Channel::Sms;
    channelChanged();
    groupChanged();
}

void TemplateDialog::groupChanged()
{
    const qint64 groupId = m_group->currentData().toLongLong();
    const QList<Contact> first = groupId ? m_workspace->groups()->contacts(groupId, 0, 1) : QList<Contact>();
    m_contact = first.isEmpty() ? std::nullopt : std::optional<Contact>(first.first());
    analyseGroup();
    refresh();
}

Template TemplateDialog::value() const
{
    Template t;
    t.id = m_id;
    t.name = m_name->text().trimmed();
    t.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Sms);
    t.body = m_body->toPlainText();
    if (t.channel == Channel::Email) {
        t.subject = m_subject->text();
        t.textBody = m_text->toPlainText();
        t.marketing = m_marketing->isChecked();
    }
    return t;
}

void TemplateDialog::channelChanged()
{
    const Channel channel = value().channel;
    const bool sms = reachesPhones(channel); // a text, a call's text or WhatsApp's variables: no subject, no HTML
    m_form->setRowVisible(m_subject, !sms);
    m_form->setRowVisible(m_marketing, !sms);
    m_smsOnly->setVisible(sms);
    m_emailOnly->setVisible(!sms);
    m_cost->setVisible(channel == Channel::Sms);
    m_replace->setVisible(false);
    m_counter->setAccessibleName(channel == Channel::Sms ? tr("SMS length") : tr("Text length"));
    m_body->setPlaceholderText(channel == Channel::WhatsApp
                                       ? tr("{{first_name|default:\"there\"}}\nheader: Spring sale")
                                       : sms ? tr("Hi {{first_name|default:\"there\"}}, …")
                                             : tr("<p>Hello {{first_name|default:\"there\"}},</p>\n…\n<p><a "
                                                  "href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"));
    rebuildFieldMenu();
    refresh();
}

void TemplateDialog::rebuildFieldMenu()
{
    QMenu *menu = m_insert->menu();
    menu->clear();
    QStringList fields = standardFields;
    if (value().channel == Channel::Email)
        fields.append(QStringLiteral("unsubscribe_url"));
    for (const QString &f : std::as_const(fields))
        menu->addAction(f, this, [this, f] { insertField(f); });
    if (!m_customFields.isEmpty()) {
        menu->addSection(tr("Fields of this group"));
        for (const QString &f : std::as_const(m_customFields))
            menu->addAction(f, this, [this, f] { insertField(f); });
    }
    menu->addSeparator();
    menu->addAction(tr("With a default: {{first_name|default:\"there\"}}"), this, [this] {
        m_body->insertPlainText(QStringLiteral("{{first_name|default:\"%1\"}}").arg(tr("there")));
    });
    // Around the selected text, if any: shown to the contacts the condition holds for.
    menu->addAction(tr("A condition: {{#if city == \"Paris\"}}…{{else}}…{{/if}}"), this, [this] {
        QTextCursor cursor = m_body->textCursor();
        const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        cursor.insertText(QStringLiteral("{{#if city == \"Paris\"}}") + selected + QStringLiteral("{{else}}{{/if}}"));
        m_body->setFocus();
    });
}

void TemplateDialog::setChannel(Channel channel)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channelKey(channel))));
}

void TemplateDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void TemplateDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void TemplateDialog::insertField(const QString &field)
{
    m_body->insertPlainText(QStringLiteral("{{%1}}").arg(field));
    m_body->setFocus();
}

QStringList TemplateDialog::replaceableCharacters() const
{
    QStringList result;
    for (const QChar c : countSms(m_body->toPlainText()).ucs2Characters) {
        if (!gsmReplacement(c).isEmpty())
            result.append(QString(c));
    }
    return result;
}

void TemplateDialog::replaceCharacters(const QString &characters)
{
    QTextCursor cursor(m_body->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(replaceWithGsm(m_body->toPlainText(), characters)); // one step for Undo
    refresh();
}

void TemplateDialog::refresh()
{
    m_refresh->stop();
    const Template t = value();
    QVariantMap values = m_contact ? m_contact->templateValues() : QVariantMap();
    const TemplateRenderer::Rendered r = TemplateRenderer::renderTemplate(t, values);
    const QLocale locale;
    if (t.channel != Channel::Sms && m_awaitingEstimate) { // no longer an SMS: no estimate to wait for
        m_awaitingEstimate = m_analysing = false;
        emit analysed();
    }
    if (t.channel == Channel::Sms) {
        const SmsCount raw = countSms(t.body); // the characters the user can replace are the template's own
        m_counter->setText(Composer::smsLength(t.body, m_contact)); // what is sent, never the {{ }}
        QStringList offers;
        for (const QString &c : replaceableCharacters())
            offers.append(
                    QStringLiteral("<a href=\"%1\">%2 → %3</a>")
                            .arg(c.toHtmlEscaped(), c.toHtmlEscaped(), gsmReplacement(c.front()).toHtmlEscaped()));
        QString replace;
        if (!raw.ucs2Characters.isEmpty()) {
            replace = tr("Unicode because of: %1").arg(raw.ucs2Characters.toHtmlEscaped());
            if (!offers.isEmpty())
                replace += QStringLiteral("<br>") + tr("Replace: %1").arg(offers.join(QStringLiteral(" · ")))
                        + QStringLiteral(" · <a href=\"all\">%1</a>").arg(tr("all of them"));
        }
        m_replace->setText(replace);
        m_replace->setVisible(!replace.isEmpty());
        m_preview->setPlainText(r.body);
        updateCost();
    } else if (reachesPhones(t.channel)) {
        m_counter->setText(phoneCounter(t.channel, t.body, r.body));
        m_replace->setVisible(false);
        m_preview->setPlainText(r.body);
    } else {
        m_preview->setHtml(QStringLiteral("<p><b>%1</b></p><hr>").arg(r.subject.toHtmlEscaped()) + r.body);
        m_links->clear();
        static const QRegularExpression href(QStringLiteral("href\\s*=\\s*[\"']([^\"']+)[\"']"),
                                             QRegularExpression::CaseInsensitiveOption);
        for (auto it = href.globalMatch(t.body); it.hasNext();)
            m_links->addItem(it.next().captured(1));
    }
    m_who->setText(m_contact ? tr("%1 %2 · %3")
                                       .arg(m_contact->firstName, m_contact->lastName,
                                            reachesPhones(t.channel) ? m_contact->phone : m_contact->email)
                                       .simplified()
                             : tr("This group has no contacts; the fields show empty."));
    // Fields this contact lacks show at once; the whole group's count comes from the analysis.
    QStringList lines;
    if (!r.missing.isEmpty())
        lines.append(tr("This contact has no value for %1.").arg(r.missing.join(QStringLiteral(", "))));
    if (m_analysing) {
        lines.append(tr("Counting the group's contacts without these fields…"));
    } else {
        const QStringList used = TemplateRenderer::fieldsWithoutDefault(t.subject + t.body + t.textBody);
        bool uncounted = false; // a field the last count did not cover: count again
        for (const QString &f : std::as_const(used)) {
            if (const auto it = m_byFieldMissing.constFind(f); it != m_byFieldMissing.cend() && *it > 0)
                lines.append(tr("%1 of %2 contacts have no %3: add a default, such as {{%3|default:\"…\"}}.")
                                     .arg(locale.toString(*it), locale.toString(m_groupSize), f));
            else
                uncounted = uncounted || !m_requestedFields.contains(f); // asked already: no endless recount
        }
        if (uncounted && m_group->currentData().toLongLong())
            analyseGroup();
    }
    m_missing->setText(lines.join(QLatin1Char('\n')));
    m_missing->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b26a00;"));
}

QString TemplateDialog::phoneCounter(Channel channel, const QString &text, const QString &rendered) const
{
    if (channel == Channel::WhatsApp) {
        // Each line fills one of the approved template's variables, in order (header:, button:… lines their own).
        int lines = 0;
        for (const QString &line : rendered.split(QLatin1Char('\n')))
            lines += line.trimmed().isEmpty() ? 0 : 1;
        return tr("%n line(s): each fills one variable of the WhatsApp template, in order.", nullptr, lines);
    }
    // A call: characters, against the least any provider reads (360NRS: 500).
    int most = 0;
    for (const ProviderInfo &info : m_workspace->providers().providers()) {
        if (const int limit = info.can.sending.maxLength.value(channel); limit > 0)
            most = most > 0 ? qMin(most, limit) : limit;
    }
    // What is read: the contact's text, or without one each field at a typical length; never the {{ }}.
    const QString read = m_contact ? rendered : TemplateRenderer::withTypicalValues(text);
    QString counted = tr("%n character(s)", nullptr, int(read.size()));
    if (most > 0)
        counted += QStringLiteral(" · ") + tr("a call reads at most %1").arg(most);
    if (!TemplateRenderer::placeholders(text).isEmpty())
        counted += QStringLiteral(" · ")
                + (m_contact ? tr("as sent to %1")
                                       .arg(QStringLiteral("%1 %2")
                                                    .arg(m_contact->firstName, m_contact->lastName)
                                                    .simplified())
                             : tr("with fields at typical length"));
    return counted;
}

void TemplateDialog::updateCost()
{
    // One estimate per group and text, from every recipient's rendered text: the pre-send check's numbers, whoever
    // the preview shows. Computed in the background; refresh() runs again when it is in.
    const qint64 groupId = m_group->currentData().toLongLong();
    const auto estimate = groupId ? m_estimates->estimate(groupId, value().body) : std::optional(SmsEstimate());
    m_cost->setText(estimate ? Composer::estimateText(m_workspace, *estimate) : tr("Estimating the cost…"));
    if (estimate && m_awaitingEstimate) {
        m_awaitingEstimate = false;
        m_analysing = false;
        emit analysed();
    }
}

void TemplateDialog::analyseGroup()
{
    const qint64 groupId = m_group->currentData().toLongLong();
    if (!groupId)
        return;
    const Template t = value();
    QStringList fields = standardFields;
    for (const auto &p : TemplateRenderer::placeholders(t.subject + t.body + t.textBody)) {
        if (p.field != QLatin1String("unsubscribe_url") && !fields.contains(p.field))
            fields.append(p.field);
    }
    m_requestedFields = fields;
    const int request = ++m_analysis;
    m_analysing = true;
    m_awaitingEstimate = false;
    Composer::analyseGroup(m_workspace, groupId, fields).then(this, [this, request](const Composer::GroupAnalysis &a) {
        if (request != m_analysis)
            return; // a newer question is on its way
        // An SMS's analysis ends with the estimate of its text (updateCost), so that both show together.
        const bool sms = value().channel == Channel::Sms;
        m_awaitingEstimate = sms;
        m_analysing = sms;
        m_customFields = a.customFields;
        m_byFieldMissing = a.missing;
        m_groupSize = a.size;
        rebuildFieldMenu();
        refresh();
        if (!sms)
            emit analysed();
    });
}

void TemplateDialog::stepContact(int direction)
{
    const qint64 groupId = m_group->currentData().toLongLong();
    if (!groupId || !m_contact)
        return;
    std::optional<Contact> next;
    if (direction > 0) {
        const QList<Contact> after = m_workspace->groups()->contacts(groupId, m_contact->id, 1);
        if (!after.isEmpty())
            next = after.first();
    } else {
        next = m_workspace->groups()->contactBefore(groupId, m_contact->id);
    }
    if (next) {
        m_contact = next;
        refresh();
    }
}

bool TemplateDialog::previewGroup(qint64 groupId)
{
    const int index = m_group->findData(groupId);
    if (index >= 0)
        m_group->setCurrentIndex(index);
    return index >= 0;
}

QString TemplateDialog::counterText() const
{
    return m_counter->text();
}

QString TemplateDialog::costText() const
{
    return m_cost->text();
}

QString TemplateDialog::missingText() const
{
    return m_missing->text();
}

QString TemplateDialog::previewText() const
{
    return m_preview->toPlainText();
}

QStringList TemplateDialog::links() const
{
    QStringList result;
    for (int i = 0; i < m_links->count(); ++i)
        result.append(m_links->item(i)->text());
    return result;
}

QString TemplateDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TemplateDialog::accept()
{
    Template t = value();
    m_languages->fill(t); // its own text and every language's
    QStringList problems = Composer::templateProblems(t);
    if (problems.isEmpty() && m_save) {
        if (const QString problem = m_save(t); !problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    m_saved = t;
    QDialog::accept();
}

} // namespace cm
