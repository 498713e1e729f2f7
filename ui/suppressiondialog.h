// The workspace-wide suppression list: who no campaign may reach. Search, add, remove, import and export.
#pragma once

#include "models/csvwriter.h"
#include "uicontext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableView;

namespace cm {

class MessageBanner;
class SuppressionModel;

class SuppressionDialog : public QDialog
{
    Q_OBJECT
public:
    SuppressionDialog(const UiContext &context, QWidget *parent = nullptr);

    SuppressionModel *model() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }
    // What the buttons do; the outcome shows in the banner.
    bool addAddress(const QString &address, const QString &channel, const QString &reason);
    bool removeSelected(); // asks first
    bool importFile(const QString &filePath, const QString &region);
    bool exportTo(const QString &filePath, const CsvWriteOptions &options);
    // Both ways with the account's opt-out list, in the background; the outcome shows in the banner.
    bool syncWith(qint64 accountId);

private:
    UiContext m_context;
    SuppressionModel *m_model;
    MessageBanner *m_banner;
    QLineEdit *m_search;
    QLineEdit *m_address;
    QComboBox *m_channel;
    QComboBox *m_reason;
    QComboBox *m_region;
    QTableView *m_view;
};

} // namespace cm
