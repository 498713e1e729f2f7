#include "abtestdialog.h"

#include "app/services/experiments.h"
#include "app/services/workspace.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/templatestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cm {

namespace {
enum Column { TemplateColumn, SubjectColumn, SenderColumn, AccountColumn, ColumnCount };

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

VariantsTable::VariantsTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Variants side by side"));
}

QString VariantsTable::show(ExperimentService *experiments, const AbTest &test)
{
    const ExperimentService::Standings s = experiments->standings(test);
    setColumnCount(6);
    setHorizontalHeaderLabels({tr("Variant"), tr("Template"), tr("Account"), tr("Sent"), tr("Counted"),
                               capitalised(abMeasureName(test.measure))});
    setRowCount(int(s.rows.size()));
    const QLocale locale;
    for (int i = 0; i < s.rows.size(); ++i) {
        const ExperimentService::Standing &row = s.rows.at(i);
        const AbVariant &v = row.variant;
        QString label = v.label;
        if (v.label == test.winner)
            label = tr("%1 (winner)").arg(v.label);
        else if (test.state != AbState::Decided && v.label == s.leader)
            label = tr("%1 (leads)").arg(v.label);
        QString what = v.templateName;
        if (!v.subject.isEmpty())
            what += QStringLiteral(" · ") + v.subject;
        if (!v.sender.isEmpty())
            what += QStringLiteral(" · ") + v.sender;
        const QStringList cells
                = {label,
                   what,
                   v.accountName,
                   locale.toString(row.sent),
                   lowerWins(test.measure)
                           ? locale.toString(row.successes)
                           : tr("%1 of %2").arg(locale.toString(row.successes), locale.toString(row.trials)),
                   ExperimentService::valueText(test.measure, row.value, row.currency)};
        for (int c = 0; c < cells.size(); ++c)
            setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    resizeColumnsToContents();
    return s.verdict;
}

AbTestDialog::AbTestDialog(Workspace *workspace, ExperimentService *experiments, const Campaign &campaign,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_experiments(experiments)
    , m_campaign(campaign)
    , m_problem(new MessageBanner(this))
{
    const auto existing = workspace->experiments()->byCampaign(campaign.id);
    m_test = existing ? *existing : experiments->draft(campaign);
    setWindowTitle(tr("A/B test of “%1”").arg(campaign.name));
    if (m_test.state == AbState::Ready)
        buildEditor(m_test);
    else
        buildResults(m_test);
    resize(760, 420);
}

void AbTestDialog::buildEditor(const AbTest &test)
{
    auto *intro = new QLabel(tr("Each variant goes to its share of the audience, drawn at random. When the wait is "
                                "over, the variant with the best measure goes to everyone else; you can also pick it "
                                "yourself sooner. A variant may differ in its template, subject, sender or the "
                                "account that carries it (the route)."),
                             this);
    intro->setWordWrap(true);
    m_variants = new QTableWidget(0, ColumnCount, this);
    m_variants->setHorizontalHeaderLabels({tr("Template"), tr("Subject"), tr("Sender"), tr("Account")});
    m_variants->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_variants->setAccessibleName(tr("Variants"));
    m_share = new QSpinBox(this);
    m_share->setRange(1, 49);
    m_share->setSuffix(QStringLiteral("%"));
    m_share->setValue(test.sharePercent);
    m_share->setAccessibleName(tr("Share of the audience for each variant"));
    m_measure = new QComboBox(this);
    m_measure->setAccessibleName(tr("Winning measure"));
    m_wait = new QSpinBox(this);
    m_wait->setRange(0, 30 * 24);
    m_wait->setSuffix(tr(" h"));
    m_wait->setValue(test.waitMinutes / 60);
    m_wait->setAccessibleName(tr("Wait before the winner is picked, in hours"));
    m_add = new QPushButton(tr("&Add variant"), this);
    m_remove = new QPushButton(tr("&Remove last variant"), this);
    auto *removeTest = new QPushButton(tr("Remove the &test"), this);
    removeTest->setEnabled(m_workspace->experiments()->byCampaign(m_campaign.id).has_value());
    for (const AbVariant &v : test.variants) {
        const int row = addVariant();
        setVariant(row, v.templateId, v.accountId, v.sender, v.subject);
    }
    connect(m_add, &QPushButton::clicked, this, [this] { addVariant(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_variants->rowCount() > 2)
            m_variants->removeRow(m_variants->rowCount() - 1);
        m_add->setEnabled(true);
        m_remove->setEnabled(m_variants->rowCount() > 2);
        fillMeasures();
    });
    connect(removeTest, &QPushButton::clicked, this, &AbTestDialog::removeTest);

    auto *form = new QFormLayout;
    form->addRow(tr("Each variant &to:"), m_share);
    form->addRow(tr("The &winner has the best:"), m_measure);
    form->addRow(tr("Picked &after:"), m_wait);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(removeTest);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AbTestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_variants, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    fillMeasures();
    if (const int index = m_measure->findData(abMeasureKey(test.measure)); index >= 0)
        m_measure->setCurrentIndex(index);
}

void AbTestDialog::buildResults(const AbTest &test)
{
    auto *state = new QLabel(test.stateText(), this);
    state->setWordWrap(true);
    m_results = new VariantsTable(this);
    auto *verdict = new QLabel(m_results->show(m_experiments, test), this);
    verdict->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(state);
    layout->addWidget(m_results, 1);
    layout->addWidget(verdict);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (test.state == AbState::Testing) {
        m_pick = new QComboBox(this);
        m_pick->setAccessibleName(tr("Winner"));
        for (const AbVariant &v : test.variants)
            m_pick->addItem(tr("Variant %1 (%2, %3)").arg(v.label, v.templateName, v.accountName), v.label);
        const ExperimentService::Standings s = m_experiments->standings(test);
        if (const int index = m_pick->findData(s.leader); index >= 0)
            m_pick->setCurrentIndex(index);
        auto *pickRow = new QHBoxLayout;
        pickRow->addWidget(new QLabel(tr("Send to the rest now:"), this));
        pickRow->addWidget(m_pick, 1);
        layout->addLayout(pickRow);
        buttons->addButton(tr("&Send the winner"), QDialogButtonBox::AcceptRole);
        connect(buttons, &QDialogButtonBox::accepted, this, &AbTestDialog::accept);
    }
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

int AbTestDialog::addVariant()
{
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    m_variants->setVerticalHeaderItem(row, new QTableWidgetItem(QString(QChar(char16_t(u'A' + row)))));
    auto *tmpl = new QComboBox(m_variants);
    for (const Template &t : m_workspace->templates()->templates()) {
        if (templateFits(t.channel, m_campaign.channel))
            tmpl->addItem(t.name, t.id);
    }
    auto *account = new QComboBox(m_variants);
    for (const Account &a : m_workspace->accounts()->accounts()) {
        const auto info = m_workspace->providers().info(a.provider);
        if (info && info->supports(m_campaign.channel))
            account->addItem(a.name, a.id);
    }
    auto *subject = new QLineEdit(m_variants);
    subject->setPlaceholderText(m_campaign.channel == Channel::Email ? tr("the template's") : tr("(email only)"));
    subject->setEnabled(m_campaign.channel == Channel::Email);
    auto *sender = new QLineEdit(m_variants);
    sender->setPlaceholderText(tr("the account's default"));
    tmpl->setAccessibleName(tr("Template of variant %1").arg(QChar(char16_t(u'A' + row))));
    account->setAccessibleName(tr("Account of variant %1").arg(QChar(char16_t(u'A' + row))));
    m_variants->setCellWidget(row, TemplateColumn, tmpl);
    m_variants->setCellWidget(row, SubjectColumn, subject);
    m_variants->setCellWidget(row, SenderColumn, sender);
    m_variants->setCellWidget(row, AccountColumn, account);
    if (row == 0) { // A is the campaign as it is: edited with the campaign
        for (QWidget *w : {static_cast<QWidget *>(tmpl), static_cast<QWidget *>(subject),
                           static_cast<QWidget *>(sender), static_cast<QWidget *>(account)})
            w->setEnabled(false);
        tmpl->setToolTip(tr("Variant A is the campaign itself: change it with Edit…"));
    } else if (row > 1 || m_variants->rowCount() > 1) {
        // A new variant starts as the one before it, to change in one place.
        const auto copy = [this, row](int column) { return m_variants->cellWidget(row - 1, column); };
        tmpl->setCurrentIndex(static_cast<QComboBox *>(copy(TemplateColumn))->currentIndex());
        account->setCurrentIndex(static_cast<QComboBox *>(copy(AccountColumn))->currentIndex());
        sender->setText(static_cast<QLineEdit *>(copy(SenderColumn))->text());
        subject->setText(static_cast<QLineEdit *>(copy(SubjectColumn))->text());
    }
    connect(account, &QComboBox::currentIndexChanged, this, &AbTestDialog::fillMeasures);
    m_add->setEnabled(m_variants->rowCount() < AbTest::MaxVariants);
    m_remove->setEnabled(m_variants->rowCount() > 2);
    fillMeasures();
    return row;
}

void AbTestDialog::setVariant(int row, qint64 templateId, qint64 accountId, const QString &sender,
                              const QString &subject)
{
    auto *tmpl = static_cast<QComboBox *>(m_variants->cellWidget(row, TemplateColumn));
    auto *account = static_cast<QComboBox *>(m_variants->cellWidget(row, AccountColumn));
    tmpl->setCurrentIndex(std::max(0, tmpl->findData(templateId)));
    account->setCurrentIndex(std::max(0, account->findData(accountId)));
    static_cast<QLineEdit *>(m_variants->cellWidget(row, SenderColumn))->setText(sender);
    static_cast<QLineEdit *>(m_variants->cellWidget(row, SubjectColumn))->setText(subject);
}

void AbTestDialog::setShare(int percent)
{
    m_share->setValue(percent);
}

void AbTestDialog::setMeasure(AbMeasure measure)
{
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(abMeasureKey(measure))));
}

void AbTestDialog::setWaitHours(int hours)
{
    m_wait->setValue(hours);
}

AbTest AbTestDialog::test() const
{
    AbTest test = m_test;
    test.campaignId = m_campaign.id;
    if (!m_variants)
        return test;
    test.sharePercent = m_share->value();
    // In hours here; a wait of minutes given on the command line (90m) stays as it was unless the hours changed.
    if (m_wait->value() != m_test.waitMinutes / 60)
        test.waitMinutes = m_wait->value() * 60;
    test.measure = abMeasureFromKey(m_measure->currentData().toString()).value_or(AbMeasure::Delivery);
    test.variants.clear();
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        AbVariant v;
        v.label = QString(QChar(char16_t(u'A' + row)));
        v.templateId
                = static_cast<QComboBox *>(m_variants->cellWidget(row, TemplateColumn))->currentData().toLongLong();
        v.accountId = static_cast<QComboBox *>(m_variants->cellWidget(row, AccountColumn))->currentData().toLongLong();
        v.sender = static_cast<QLineEdit *>(m_variants->cellWidget(row, SenderColumn))->text().trimmed();
        v.subject = static_cast<QLineEdit *>(m_variants->cellWidget(row, SubjectColumn))->text().trimmed();
        test.variants.append(v);
    }
    return test;
}

void AbTestDialog::fillMeasures()
{
    if (!m_measure || !m_variants)
        return;
    const QString current = m_measure->currentData().toString();
    // Only what every variant's account reports: a route that does not count opens cannot be judged by them.
    const QList<AbMeasure> offered = m_experiments->measuresFor(m_campaign, test().variants);
    m_measure->clear();
    for (const AbMeasure m : offered)
        m_measure->addItem(capitalised(abMeasureName(m)), abMeasureKey(m));
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(current)));
    m_measure->setToolTip(offered.size() < allAbMeasures().size()
                                  ? tr("Measures some variant's account does not report are not offered.")
                                  : QString());
}

void AbTestDialog::removeTest()
{
    QString error;
    if (!m_experiments->remove(m_campaign.id, &error))
        return m_problem->showMessage(MessageBanner::Error, error);
    QDialog::accept();
}

QString AbTestDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AbTestDialog::accept()
{
    if (m_pick) {
        emit winnerPicked(m_campaign.id, m_pick->currentData().toString());
        return QDialog::accept();
    }
    if (!m_variants)
        return QDialog::accept();
    AbTest edited = test();
    QString error;
    if (!m_experiments->save(edited, &error))
        return m_problem->showMessage(MessageBanner::Error, error);
    m_test = edited;
    QDialog::accept();
}

} // namespace cm
