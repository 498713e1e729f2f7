#include "templatespane.h"

#include "app/services/composer.h"
#include "app/services/libraryservice.h"

#include "offlinebrowser.h"

#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "choices.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "templatedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cm {

TemplatesPane::TemplatesPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("templates"), parent)
    , m_model(new TemplateModel(context.workspace->templates(), this))
    , m_estimates(new SmsEstimates(context.workspace, this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_meta(new QLabel(m_detail))
    , m_form(new QFormLayout)
    , m_subject(new QLabel(m_detail))
    , m_body(new QPlainTextEdit(m_detail))
    , m_counter(new QLabel(m_detail))
    , m_estimate(new QLabel(m_detail))
    , m_previewGroup(new QComboBox(m_detail))
    , m_preview(new OfflineBrowser(m_detail))
{
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("Template text"));
    m_counter->setWordWrap(true);
    m_estimate->setWordWrap(true);
    m_estimate->setAccessibleName(tr("Estimated cost"));
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_previewGroup->setAccessibleName(tr("Preview as the first contact of this group"));

    m_form->addRow(tr("Subject:"), m_subject);
    m_form->addRow(tr("Text:"), m_body);
    m_form->addRow(QString(), m_counter);
    m_form->addRow(tr("Preview for:"), m_previewGroup);
    m_form->addRow(QString(), m_estimate);
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
    connect(m_estimates, &SmsEstimates::ready, this, [this](qint64 groupId) {
        if (groupId == m_previewGroup->currentData().toLongLong())
            updatePreview();
    });

    connect(addPaneAction(tr("New template…"), QKeySequence::New, PaneIcon::Add, PaneSlot::Create), &QAction::triggered,
            this, [this] {
                TemplateDialog dialog(
                        m_context.workspace, [this](Template &t) { return saveTemplate(t); }, this, std::nullopt,
                        m_estimates);
                if (dialog.exec() == QDialog::Accepted)
                    selectById(dialog.saved().id);
            });
    m_editAction = addPaneAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), PaneIcon::Edit, PaneSlot::Change);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const auto t = m_context.workspace->templates()->byId(currentId());
        if (!t)
            return;
        TemplateDialog dialog(
                m_context.workspace, [this](Template &edited) { return saveTemplate(edited); }, this, t, m_estimates);
        if (dialog.exec() == QDialog::Accepted)
            selectById(t->id);
    });
    m_duplicateAction
            = addPaneAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), PaneIcon::Copy, PaneSlot::Copy);
    connect(m_duplicateAction, &QAction::triggered, this, [this] { duplicateTemplate(currentId()); });
    m_deleteAction = addPaneAction(tr("Delete…"), QKeySequence::Delete, PaneIcon::Delete, PaneSlot::Remove);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteTemplate(currentId()); });
    // Email templates kept at a provider (360NRS): send one there, or bring theirs here.
    m_pushAction = addPaneAction(tr("Send to account…"), QKeySequence(), PaneIcon::Upload, PaneSlot::Exchange);
    connect(m_pushAction, &QAction::triggered, this, [this] {
        if (const qint64 account = chooseTemplateAccount(tr("Send the template to")))
            pushTemplate(currentId(), account);
    });
    m_pullAction = addPaneAction(tr("Bring in from account…"), QKeySequence(), PaneIcon::Download, PaneSlot::Exchange);
    connect(m_pullAction, &QAction::triggered, this, [this] {
        if (const qint64 account = chooseTemplateAccount(tr("Bring in the templates of")))
            pullTemplates(account);
    });
    m_remotePreviewAction
            = addPaneAction(tr("Preview at account…"), QKeySequence(), PaneIcon::Cloud, PaneSlot::Exchange);
    connect(m_remotePreviewAction, &QAction::triggered, this, [this] {
        const qint64 account = chooseTemplateAccount(tr("Preview a template of"));
        if (!account || !m_context.groupSync)
            return;
        // The account's templates by name, then the chosen one as the provider renders it.
        m_context.groupSync->remoteTemplates(
                account, this, [this, account](bool ok, const QString &error, const QList<RemoteTemplate> &list) {
                    if (!ok)
                        return banner()->showMessage(MessageBanner::Error, error);
                    if (list.isEmpty())
                        return banner()->showMessage(MessageBanner::Information,
                                                     tr("That account keeps no templates."));
                    QStringList names;
                    for (const RemoteTemplate &t : list)
                        names.append(QStringLiteral("%1 (%2)").arg(t.name, t.id));
                    bool chosen = false;
                    const QString name = QInputDialog::getItem(this, tr("Preview at account"), tr("Template:"), names,
                                                               0, false, &chosen);
                    if (chosen)
                        previewRemote(account, list.at(names.indexOf(name)).id);
                });
    });
    finishSetup();
}

QString TemplatesPane::saveTemplate(Template &t)
{
    TemplateStore *store = m_context.workspace->templates();
    if (const auto other = store->byName(t.name); other && other->id != t.id)
        return tr("A template named “%1” exists already. Choose another name.").arg(t.name);
    if (const QString error = TemplateService::save(m_context.workspace, t); !error.isEmpty())
        return error;
    emit statusMessage(tr("Template “%1” saved.").arg(t.name));
    return {};
}

bool TemplatesPane::duplicateTemplate(qint64 id)
{
    TemplateStore *store = m_context.workspace->templates();
    auto t = store->byId(id);
    if (!t)
        return false;
    QString name = tr("%1 (copy)").arg(t->name);
    for (int n = 2; store->byName(name); ++n)
        name = tr("%1 (copy %2)").arg(t->name).arg(n);
    t->id = 0;
    t->name = name;
    if (const QString error = TemplateService::save(m_context.workspace, *t); !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    selectById(t->id);
    return true;
}

bool TemplatesPane::deleteTemplate(qint64 id)
{
    TemplateStore *store = m_context.workspace->templates();
    const auto t = store->byId(id);
    if (!t)
        return false;
    // Campaigns keep what they sent (their recipients hold the rendered text); a draft loses its template.
    qint64 drafts = 0;
    for (const Campaign &c : m_context.workspace->campaigns()->campaigns())
        drafts += c.templateId == id && c.isEditable();
    QString text = tr("Delete the template “%1”?").arg(t->name);
    if (drafts > 0)
        text += QLatin1Char('\n')
                + tr("%n draft or scheduled campaign(s) use it and will need another.", nullptr, int(drafts));
    if (!ui::confirm(this, tr("Delete template"), text, tr("Delete template")))
        return false;
    if (const QString error = TemplateService::remove(m_context.workspace, id); !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    return true;
}

qint64 TemplatesPane::chooseTemplateAccount(const QString &question)
{
    return ui::chooseAccount(
            this, m_context.workspace, [](const ProviderCapabilities &c) { return c.audience.remoteTemplates; },
            tr("Templates at a provider"), question, banner(),
            tr("No account keeps templates at its provider. %1 accounts do."));
}

bool TemplatesPane::pushTemplate(qint64 templateId, qint64 accountId)
{
    if (!m_context.groupSync)
        return false;
    Job *job = m_context.groupSync->pushTemplate(templateId, accountId);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

bool TemplatesPane::pullTemplates(qint64 accountId)
{
    if (!m_context.groupSync)
        return false;
    Job *job = m_context.groupSync->pullTemplates(accountId);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

bool TemplatesPane::previewRemote(qint64 accountId, const QString &remoteId)
{
    if (!m_context.groupSync)
        return false;
    m_context.groupSync->remotePreview(accountId, remoteId, this, [this, remoteId](bool ok, const QString &result) {
        if (!ok)
            return banner()->showMessage(MessageBanner::Error, result);
        m_lastRemotePreview = result;
        auto *window = new QDialog(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Template %1 at the provider").arg(remoteId));
        auto *browser = new OfflineBrowser(window);
        browser->setHtml(result);
        auto *layout = new QVBoxLayout(window);
        layout->addWidget(browser);
        window->resize(720, 640);
        window->show();
    });
    return true;
}

void TemplatesPane::currentChanged(qint64 id)
{
    const auto t = id ? m_context.workspace->templates()->byId(id) : std::nullopt;
    m_detail->setVisible(t.has_value());
    m_pushAction->setEnabled(t && t->channel == Channel::Email && m_context.groupSync);
    m_pullAction->setEnabled(m_context.groupSync != nullptr);
    m_remotePreviewAction->setEnabled(m_context.groupSync != nullptr);
    m_editAction->setEnabled(t.has_value());
    m_duplicateAction->setEnabled(t.has_value());
    m_deleteAction->setEnabled(t.has_value());
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
    updatePreview();
}

void TemplatesPane::updatePreview()
{
    const auto t = m_context.workspace->templates()->byId(currentId());
    if (!t)
        return;
    const qint64 groupId = m_previewGroup->currentData().toLongLong();
    const QList<Contact> first = groupId ? m_context.workspace->groups()->contacts(groupId, 0, 1) : QList<Contact>();
    const std::optional<Contact> contact = first.isEmpty() ? std::nullopt : std::optional(first.first());
    const TemplateRenderer::Rendered r
            = TemplateRenderer::renderTemplate(*t, contact ? contact->templateValues() : QVariantMap());
    // What is sent to the preview contact, never the {{ }}; and the group's estimate, the pre-send check's numbers.
    const bool sms = t->channel == Channel::Sms;
    if (sms) {
        QString text = Composer::smsLength(t->body, contact);
        if (const QString own = countSms(t->body).ucs2Characters; !own.isEmpty())
            text += QLatin1Char('\n') + tr("Unicode because of: %1").arg(own);
        m_counter->setText(text);
        const auto estimate = groupId ? m_estimates->estimate(groupId, t->body) : std::optional(SmsEstimate());
        m_estimate->setText(estimate ? Composer::estimateText(m_context.workspace, *estimate)
                                     : tr("Estimating the cost…"));
    } else if (reachesPhones(t->channel)) { // a call's text, WhatsApp's variables: counted in characters
        const QString read = contact ? r.body : TemplateRenderer::withTypicalValues(t->body);
        m_counter->setText(tr("%n character(s)", nullptr, int(read.size())));
    } else {
        m_counter->setText(TemplateRenderer::problems(t->body).join(QLatin1Char('\n')));
    }
    m_form->setRowVisible(m_estimate, sms);
    if (t->channel == Channel::Email)
        m_preview->setHtml(QStringLiteral("<p><b>%1</b></p><hr>").arg(r.subject.toHtmlEscaped()) + r.body);
    else
        m_preview->setPlainText(r.body);
}

QString TemplatesPane::previewText() const
{
    return m_preview->toPlainText();
}

QString TemplatesPane::counterText() const
{
    return m_counter->text();
}

QString TemplatesPane::estimateText() const
{
    return m_estimate->text();
}

bool TemplatesPane::previewGroup(qint64 groupId)
{
    const int index = m_previewGroup->findData(groupId);
    if (index >= 0)
        m_previewGroup->setCurrentIndex(index);
    return index >= 0;
}

} // namespace cm
