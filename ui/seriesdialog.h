// A series written or edited: its name, who enters (a group or a segment, from when, only new contacts), its time
// zone and its steps. Once started, only the steps change (edited, added; removed from the end if nobody reached
// them), and saving says first whom the change affects.
#pragma once

#include "models/series.h"
#include "uicontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace cm {

class MessageBanner;

class SeriesDialog : public QDialog
{
    Q_OBJECT
public:
    SeriesDialog(const UiContext &context, const std::optional<Series> &existing, QWidget *parent = nullptr);
    const Series &saved() const { return m_series; }
    void accept() override; // saves through the series service; stays open saying why it cannot

    // For tests and the step buttons: the steps as they stand, and a step added or replaced without its dialog.
    QList<SeriesStep> steps() const { return m_series.steps; }
    void setStep(int position, const SeriesStep &step); // position == steps().size(): added

private:
    void editStep(int position); // opens the step's dialog; a new one at the end
    void showSteps();
    void updateEnabled();
    Series collect() const; // the dialog's series with the steps it holds

    UiContext m_context;
    Series m_series;
    bool m_started;
    int m_reached = 0; // steps someone has reached: not removed
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QRadioButton *m_byGroup;
    QRadioButton *m_bySegment;
    QComboBox *m_group;
    QComboBox *m_segment;
    QCheckBox *m_useStart;
    QDateTimeEdit *m_start;
    QCheckBox *m_onlyNew;
    QComboBox *m_zone;
    QTableWidget *m_steps;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace cm
