// Segments: saved rules over contacts (models/segmentrule.h), written with a live count of who matches, computed in
// the background, and the first of them; a segment can be copied into a new group.
#pragma once

#include "models/csvwriter.h"
#include "models/segmentstore.h"
#include "uicontext.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTimer;

namespace cm {

class RuleBuilder;

class MessageBanner;

class SegmentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SegmentsDialog(const UiContext &context, QWidget *parent = nullptr);
    ~SegmentsDialog() override;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ruleEdit() const { return m_rule; }
    RuleBuilder *builder() const { return m_builder; }
    MessageBanner *banner() const { return m_banner; }
    QString statusText() const;
    QTableWidget *preview() const { return m_preview; }
    bool isCounting() const { return m_pending != nullptr; }

    void newSegment();
    bool select(qint64 segmentId);
    bool save();                                // the outcome shows in the banner
    bool remove();                              // asks first
    bool copyToGroup(const QString &groupName); // a new group with copies of the matching contacts
    // The matching contacts to a CSV file or an .xlsx workbook, in the background; the outcome shows in the banner.
    bool exportTo(const QString &filePath, const CsvWriteOptions &options);

signals:
    void counted(); // the live count and the first contacts are in
    void exported(bool ok);

private:
    struct Pending;
    void reload(qint64 selectId);
    void evaluate();                        // the rule as typed: its mistake at once, or its count in the background
    std::optional<SegmentRule> typedRule(); // the rule as typed, or nothing with its mistake in the banner

    UiContext m_context;
    MessageBanner *m_banner;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_rule;
    RuleBuilder *m_builder;
    QLabel *m_status;
    QTableWidget *m_preview;
    QTimer *m_typing;
    qint64 m_current = 0;
    std::shared_ptr<Pending> m_pending;
};

} // namespace cm
