// A campaign's A/B test: before it starts, its variants (template, subject, sender and account; A is the campaign
// itself), each one's share of the audience, the measure that picks the winner and the wait; once it runs, the
// variants side by side (VariantsTable) and the winner picked by hand.
#pragma once

#include "models/experiment.h"

#include <QDialog>
#include <QTableWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cm {

class ExperimentService;
class MessageBanner;
class Workspace;

// The variants side by side: each one's route, counts and measure, the winner marked, the verdict below.
class VariantsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit VariantsTable(QWidget *parent = nullptr);
    // Fills it from the test's standings; returns the verdict (translated) for a label beside it.
    QString show(ExperimentService *experiments, const AbTest &test);
};

class AbTestDialog : public QDialog
{
    Q_OBJECT
public:
    AbTestDialog(Workspace *workspace, ExperimentService *experiments, const Campaign &campaign,
                 QWidget *parent = nullptr);

    // Before it starts: the test as the editor has it now.
    AbTest test() const;
    void setShare(int percent);
    void setMeasure(AbMeasure measure);
    void setWaitHours(int hours);
    // Adds a variant (B, C, D) like the last one; returns its row.
    int addVariant();
    void setVariant(int row, qint64 templateId, qint64 accountId, const QString &sender, const QString &subject);
    QString problem() const; // shown above the buttons; empty when none
    void accept() override;  // saves (before it starts), else picks the chosen winner

signals:
    void winnerPicked(qint64 campaignId, const QString &label); // the caller sends it (ExperimentService::pick)

private:
    void buildEditor(const AbTest &test);
    void buildResults(const AbTest &test);
    void fillMeasures();
    void removeTest();

    Workspace *m_workspace;
    ExperimentService *m_experiments;
    Campaign m_campaign;
    AbTest m_test;
    QTableWidget *m_variants = nullptr;
    QSpinBox *m_share = nullptr;
    QComboBox *m_measure = nullptr;
    QSpinBox *m_wait = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    VariantsTable *m_results = nullptr;
    QComboBox *m_pick = nullptr;
    MessageBanner *m_problem;
};

} // namespace cm
