// One step of a series: its message (template, account, sender), when it goes (a delay after the previous step or
// the entry, a time of day, quiet hours) and what it asks of the previous message.
#pragma once

#include "models/series.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace cm {

class MessageBanner;
class Workspace;

class StepDialog : public QDialog
{
    Q_OBJECT
public:
    // `position`: the step's place (the first has no previous message for a condition); `zone`: the series' zone,
    // which its times are in.
    StepDialog(Workspace *workspace, const SeriesStep &step, int position, const QString &zone,
               QWidget *parent = nullptr);
    SeriesStep step() const; // as the user set it (names joined for display)
    void accept() override;  // refuses, saying why, what cannot be saved

private:
    void updateEnabled();

    int m_position;
    QLineEdit *m_name;
    QComboBox *m_template;
    QComboBox *m_account;
    QLineEdit *m_sender;
    QSpinBox *m_delay;
    QComboBox *m_unit;
    QComboBox *m_from;
    QCheckBox *m_useTime;
    QTimeEdit *m_time;
    QCheckBox *m_useQuiet;
    QLineEdit *m_quiet;
    QComboBox *m_condition;
    QComboBox *m_otherwise;
    MessageBanner *m_problem;
};

} // namespace cm
