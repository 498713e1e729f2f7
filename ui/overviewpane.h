// The marketer's home, first in the sidebar: what needs attention, the accounts and their health, what is scheduled in
// the next days and how the recent campaigns did. One list of items, each opening where it is handled (a click, or
// Enter); the lists show at once and the rates and attention items follow from a background read.
#pragma once

#include "app/services/overview.h"
#include "models/roles.h"
#include "models/tablemodel.h"
#include "pane.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace cm {

class OverviewModel;

class OverviewPane : public Pane
{
    Q_OBJECT
public:
    enum Section { Attention, Accounts, Scheduled, Recent };
    // `service` outlives the pane (the main window owns it).
    OverviewPane(const UiContext &context, OverviewService *service, QWidget *parent = nullptr);

    OverviewModel *model() const { return m_model; }
    bool isLoading() const;
    // Opens the item at the list's `row` where it is handled: emits showPaneRequested.
    void openRow(int row);

signals:
    void loaded(); // the background read is in

protected:
    void showEvent(QShowEvent *event) override;
    void currentChanged(qint64 id) override;

private:
    void reload();

    OverviewService *m_service;
    OverviewModel *m_model;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_text;
    QPushButton *m_open;
    QTimer *m_reloadTimer;
};

struct OverviewItem
{
    int section = 0; // OverviewPane::Section
    qint64 id = 0;   // unique in the list
    QString pane;    // where it is handled
    qint64 target = 0;
    QString item;
    QString details;
    bool warning = false;
};

// The overview's items, as rows: section, item, details. IdRole is unique per item and stable across reloads.
class OverviewModel : public RowsModel<OverviewItem>
{
    Q_OBJECT
public:
    enum Column { SectionColumn, ItemColumn, DetailsColumn };
    enum ExtraRole { PaneRole = NameRole + 10, TargetRole, SectionRole };
    OverviewModel(OverviewService *service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override; // the lists now, then everything from the background
    bool isLoading() const { return m_loading > 0; }
    const Overview &overview() const { return m_overview; }
    static QString sectionName(int section);

signals:
    void loaded();

protected:
    QStringList headers() const override;

private:
    void show(const Overview &overview);

    OverviewService *m_service;
    Overview m_overview;
    int m_loading = 0;
    bool m_read = false; // a background read came in
};

} // namespace cm
