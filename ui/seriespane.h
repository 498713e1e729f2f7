// The Series pane: automated series (welcome and follow-up messages), each with its steps' reports (who waits, what
// was sent, skipped, delivered, opened) and any contact's timeline through it.
#pragma once

#include "pane.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cm {

class Job;
class SeriesModel;

class SeriesPane : public Pane
{
    Q_OBJECT
public:
    explicit SeriesPane(const UiContext &context, QWidget *parent = nullptr);

    // The pane's actions, callable from tests; the outcome shows in the banner.
    bool startSeries(qint64 id);
    bool pauseSeries(qint64 id);
    bool stopSeries(qint64 id);   // asks first
    bool deleteSeries(qint64 id); // asks first
    Job *runDueNow();
    // Reads a series from its text file (the format of `campaignctl series create --file`), and writes one.
    bool importFile(const QString &path);
    // The series' messages the provider may or may not have sent (unknown): looked up at the provider where it can
    // be asked (`ask`), or recorded as sent, or as not sent and sent again. Returns how many were settled, or -1.
    enum class Unknown { Ask, Sent, NotSent };
    qint64 resolveUnknown(qint64 id, Unknown how);
    bool exportFile(qint64 id, const QString &path);
    // The timeline of the contact with this email address or phone number in the current series.
    bool showTimeline(const QString &address);

    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QString timelineStatus() const;

protected:
    void currentChanged(qint64 id) override;

private:
    void refresh(); // the list and the current series' details, after a change anywhere
    void updateActions(qint64 id);

    SeriesModel *m_model;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_meta;
    QTableWidget *m_steps;
    QLineEdit *m_contact;
    QLabel *m_status;
    QTableWidget *m_timeline;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_start;
    QAction *m_pause;
    QAction *m_stop;
    QAction *m_export;
    QAction *m_resolve;
    QString m_shownAddress; // the contact whose timeline shows
    int m_generation = 0;   // of the details shown: counters read for an earlier one are dropped
};

} // namespace cm
