#include "templatespane.h"

#include "app/services/workspace.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cm {

namespace {
// A text browser that never fetches anything: remote images and scripts of a preview stay blocked.
class OfflineBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};
} // namespace

TemplatesPane::TemplatesPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("templates"), parent)
    , m_model(new TemplateModel(context.workspace->templates(), this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_meta(new QLabel(m_detail))
    , m_form(new QFormLayout)
    , m_subject(new QLabel(m_detail))
    , m_body(new QPlainTextEdit(m_detail))
    , m_counter(new QLabel(m_detail))
    , m_previewGroup(new QComboBox(m_detail))
    , m_preview(new OfflineBrowser(m_detail))
{
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("Template text"));
    m_counter->setWordWrap(true);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_previewGroup->setAccessibleName(tr("Preview as the first contact of this group"));

    m_form->addRow(tr("Subject:"), m_subject);
    m_form->addRow(tr("Text:"), m_body);
    m_form->addRow(QString(), m_counter);
    m_form->addRow(tr("Preview for:"), m_previewGroup);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addLayout(m_form);
    layout->addWidget(m_preview, 1);

    setupList(m_model, tr("Templates"),
              tr("No templates yet.\nA template is the text of an SMS or an email, with fields such as "
                 "{{first_name}} filled in for each contact."),
              m_detail);
    for (const Group &g : context.workspace->groups()->groups())
        m_previewGroup->addItem(g.name, g.id);
    connect(m_previewGroup, &QComboBox::currentIndexChanged, this, &TemplatesPane::updatePreview);
    finishSetup();
}

void TemplatesPane::currentChanged(qint64 id)
{
    const auto t = id ? m_context.workspace->templates()->byId(id) : std::nullopt;
    m_detail->setVisible(t.has_value());
    if (!t)
        return;
    m_heading->setText(t->name);
    QStringList fields;
    for (const auto &p : TemplateRenderer::placeholders(t->body + t->subject))
        fields.append(p.field);
    m_meta->setText(
            channelName(t->channel) + QStringLiteral(" · ")
            + (fields.isEmpty() ? tr("no personalisation") : tr("fields: %1").arg(fields.join(QStringLiteral(", ")))));
    m_form->setRowVisible(m_subject, t->channel == Channel::Email);
    m_subject->setText(t->subject);
    m_body->setPlainText(t->body);
    if (t->channel == Channel::Sms) {
        const SmsCount count = countSms(t->body);
        QString text = tr("%n character(s)", nullptr, count.units) + QStringLiteral(" · ")
                + (count.encoding == SmsCount::Gsm7 ? tr("GSM-7") : tr("Unicode (UCS-2)")) + QStringLiteral(" · ")
                + tr("%n part(s) before personalisation", nullptr, count.parts);
        if (!count.ucs2Characters.isEmpty())
            text += QLatin1Char('\n') + tr("Unicode because of: %1").arg(count.ucs2Characters);
        m_counter->setText(text);
    } else {
        m_counter->setText(TemplateRenderer::problems(t->body).join(QLatin1Char('\n')));
    }
    updatePreview();
}

void TemplatesPane::updatePreview()
{
    const auto t = m_context.workspace->templates()->byId(currentId());
    if (!t)
        return;
    QVariantMap values;
    const qint64 groupId = m_previewGroup->currentData().toLongLong();
    const QList<Contact> first = groupId ? m_context.workspace->groups()->contacts(groupId, 0, 1) : QList<Contact>();
    if (!first.isEmpty())
        values = first.first().templateValues();
    values.insert(QStringLiteral("unsubscribe_url"), QStringLiteral("https://example.com/u/preview"));
    if (t->channel == Channel::Email) {
        // The contact's values are text: escape them before they go into the HTML body.
        for (auto it = values.begin(); it != values.end(); ++it)
            it.value() = it.value().toString().toHtmlEscaped();
        m_preview->setHtml(
                QStringLiteral("<p><b>%1</b></p><hr>").arg(TemplateRenderer::render(t->subject, values).toHtmlEscaped())
                + TemplateRenderer::render(t->body, values));
    } else {
        m_preview->setPlainText(TemplateRenderer::render(t->body, values));
    }
}

QString TemplatesPane::previewText() const
{
    return m_preview->toPlainText();
}

} // namespace cm
