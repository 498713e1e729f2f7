#include "segmentsdialog.h"

#include "rulebuilder.h"

#include "app/services/contactimport.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "choices.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/groupstore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cm {

namespace {

// What the background work finds: how many match, and the first of them.
struct Found
{
    qint64 count = -1;
    QList<Contact> first;
    QString error;
};

} // namespace

struct SegmentsDialog::Pending
{
    std::atomic<bool> cancel = false;
};

SegmentsDialog::SegmentsDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_rule(new QLineEdit(this))
    , m_builder(new RuleBuilder(context.workspace, this))
    , m_status(new QLabel(this))
    , m_preview(new QTableWidget(0, 5, this))
    , m_typing(new QTimer(this))
{
    setWindowTitle(tr("Segments"));
    resize(960, 600);
    auto *intro = new QLabel(tr("A segment is a rule over all your contacts, such as <code>country = ES and not "
                                "opened \"March newsletter\"</code>. Campaigns can be sent to it beside groups; it "
                                "holds whoever matches when the send starts."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Segments"));
    m_list->setMaximumWidth(240);
    m_name->setPlaceholderText(tr("Spanish customers"));
    m_rule->setPlaceholderText(tr("country = ES and opened any campaign in last 90 days"));
    m_rule->setToolTip(tr("Fields (email, phone, first_name, last_name, city, country, or a custom field) with =, !=, "
                          "<, >, contains, starts with, in (…), is empty; group = NAME; suppressed; sent, delivered, "
                          "opened, clicked, bounced, failed, unsubscribed \"Campaign\" or any campaign, in last N "
                          "days; joined with and, or, not and brackets."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setHorizontalHeaderLabels({tr("Email"), tr("Phone"), tr("First name"), tr("Last name"), tr("Country")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("The first contacts that match"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &SegmentsDialog::evaluate);
    connect(m_rule, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    // The rows write the rule; a rule typed by hand shows as rows when it is made of simple conditions.
    connect(m_builder, &RuleBuilder::ruleChanged, m_rule, &QLineEdit::setText);
    connect(m_rule, &QLineEdit::textEdited, m_builder, &RuleBuilder::setRule);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            select(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(tr("Conditions:"), m_builder);
    form->addRow(QString(), m_status);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(m_preview, 1);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list);
    panes->addLayout(editor, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&New"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    auto *removeButton = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setEnabled(m_context.contactImport != nullptr);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the segment"),
                                                          m_name->text().trimmed() + QStringLiteral(".csv"),
                                                          tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportTo(path, ui::excelCsvOptions());
    });
    auto *copyButton = buttons->addButton(tr("&Copy into a new group"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("A group holding the contacts that match now, for a provider or to keep as they are."));
    connect(add, &QPushButton::clicked, this, &SegmentsDialog::newSegment);
    connect(saveButton, &QPushButton::clicked, this, &SegmentsDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &SegmentsDialog::remove);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        copyToGroup(tr("%1 (%2)").arg(m_name->text().trimmed(),
                                      QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    reload(0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newSegment();
}

SegmentsDialog::~SegmentsDialog()
{
    if (m_pending)
        m_pending->cancel = true; // the workspace waits for the work itself (Workspace::inBackground)
}

QString SegmentsDialog::statusText() const
{
    return m_status->text();
}

void SegmentsDialog::reload(qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Segment &s : m_context.workspace->segments()->segments()) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.rule);
        if (s.id == selectId)
            m_list->setCurrentItem(item);
    }
}

void SegmentsDialog::newSegment()
{
    m_current = 0;
    m_list->clearSelection();
    m_name->clear();
    m_rule->clear();
    m_builder->setRule({});
    m_builder->addCondition(); // a first row to fill in
    m_name->setFocus();
    evaluate();
}

bool SegmentsDialog::select(qint64 segmentId)
{
    const auto segment = m_context.workspace->segments()->byId(segmentId);
    if (!segment)
        return false;
    m_current = segment->id;
    m_name->setText(segment->name);
    m_rule->setText(segment->rule);
    m_builder->setRule(segment->rule);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == segmentId) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
        }
    }
    m_typing->stop();
    evaluate();
    return true;
}

void SegmentsDialog::evaluate()
{
    if (m_pending)
        m_pending->cancel = true;
    m_pending.reset();
    m_preview->setRowCount(0);
    if (m_rule->text().trimmed().isEmpty()) {
        m_status->setText(tr("Write a rule to see who it holds."));
        emit counted();
        return;
    }
    SegmentStore *store = m_context.workspace->segments();
    SegmentRuleError error;
    const auto rule = store->compile(m_rule->text(), &error);
    if (!rule) {
        m_status->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg(palette().color(QPalette::Link).name(), error.message.toHtmlEscaped()));
        emit counted();
        return;
    }
    m_status->setText(tr("Counting…"));
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    Workspace *workspace = m_context.workspace;
    workspace
            ->inBackground([workspace, store, rule = *rule, pending] {
                Found found;
                found.count = store->count(rule, &pending->cancel, &found.error);
                if (found.count > 0 && !pending->cancel)
                    found.first = workspace->groups()->contactsByIds(
                            store->contactIds(rule, 0, 20).value_or(QList<qint64>()));
                return found;
            })
            .then(this, [this, pending](const Found &found) {
                if (pending != m_pending)
                    return; // the rule changed since
                m_pending.reset();
                if (found.count < 0) {
                    m_status->setText(tr("The contacts cannot be counted: %1").arg(found.error));
                } else {
                    m_status->setText(tr("%n contact(s) match now.", nullptr, int(qMin<qint64>(found.count, INT_MAX)))
                                      + (found.count > found.first.size() ? QLatin1Char(' ')
                                                         + tr("The first %n:", nullptr, int(found.first.size()))
                                                                          : QString()));
                }
                m_preview->setRowCount(int(found.first.size()));
                for (int row = 0; row < found.first.size(); ++row) {
                    const Contact &c = found.first.at(row);
                    const QStringList cells {c.email, c.phone, c.firstName, c.lastName, c.country};
                    for (int column = 0; column < cells.size(); ++column)
                        m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
                }
                m_preview->resizeColumnsToContents();
                emit counted();
            });
}

bool SegmentsDialog::save()
{
    Segment segment;
    if (m_current)
        segment = m_context.workspace->segments()->byId(m_current).value_or(Segment {});
    segment.name = m_name->text();
    segment.rule = m_rule->text();
    SegmentStore *store = m_context.workspace->segments();
    if (!store->save(segment)) {
        m_banner->showMessage(MessageBanner::Error, store->lastError().message);
        return false;
    }
    m_current = segment.id;
    reload(segment.id);
    m_banner->showMessage(MessageBanner::Success, tr("Segment “%1” saved.").arg(segment.name));
    return true;
}

bool SegmentsDialog::remove()
{
    const auto segment = m_context.workspace->segments()->byId(m_current);
    if (!segment)
        return false;
    if (!ui::confirm(this, tr("Delete segment"),
                     tr("Delete the segment “%1”? Its contacts stay where they are.").arg(segment->name),
                     tr("Delete segment")))
        return false;
    SegmentStore *store = m_context.workspace->segments();
    if (!store->remove(segment->id)) {
        m_banner->showMessage(MessageBanner::Error, store->lastError().message);
        return false;
    }
    reload(0);
    m_banner->showMessage(MessageBanner::Success, tr("Segment “%1” deleted.").arg(segment->name));
    newSegment();
    return true;
}

std::optional<SegmentRule> SegmentsDialog::typedRule()
{
    SegmentRuleError error;
    auto rule = m_context.workspace->segments()->compile(m_rule->text(), &error);
    if (!rule)
        m_banner->showMessage(MessageBanner::Error, error.message);
    return rule;
}

bool SegmentsDialog::exportTo(const QString &filePath, const CsvWriteOptions &options)
{
    const auto rule = m_context.contactImport ? typedRule() : std::nullopt;
    if (!rule)
        return false;
    // Whoever matches now, found in the background; then the file written by a job, with progress.
    Workspace *workspace = m_context.workspace;
    SegmentStore *store = workspace->segments();
    workspace
            ->inBackground([store, rule = *rule] {
                QString error;
                auto ids = store->contactIds(rule, 0, 0, &error);
                return std::pair {std::move(ids), error};
            })
            .then(this, [this, filePath, options](const std::pair<std::optional<QList<qint64>>, QString> &found) {
                if (!found.first) {
                    m_banner->showMessage(MessageBanner::Error,
                                          tr("The contacts cannot be counted: %1").arg(found.second));
                    emit exported(false);
                    return;
                }
                Job *job = m_context.contactImport->startExport(0, filePath, options, *found.first);
                connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
                    m_banner->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
                    emit exported(ok);
                });
            });
    return true;
}

bool SegmentsDialog::copyToGroup(const QString &groupName)
{
    const auto rule = typedRule();
    if (!rule)
        return false;
    QString failure;
    const auto ids = m_context.workspace->segments()->contactIds(*rule, 0, 0, &failure);
    if (!ids) {
        m_banner->showMessage(MessageBanner::Error, tr("The contacts cannot be counted: %1").arg(failure));
        return false;
    }
    Group group;
    group.name = groupName.trimmed();
    const qint64 copied = m_context.workspace->groups()->createWithContacts(group, *ids);
    if (copied < 0) {
        m_banner->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    m_banner->showMessage(MessageBanner::Success,
                          tr("Group “%1” made with %n contact(s).", nullptr, int(copied)).arg(group.name));
    return true;
}

} // namespace cm
