// The template editor: SMS or email text with personalisation fields. For SMS, a live count of characters,
// encoding and parts, the characters that force Unicode highlighted with a one-click replacement, and what the
// send would cost per account for a group. For email, subject, HTML body, text alternative, the links, and the
// unsubscribe link a marketing email needs. A preview as any contact of a group, and a warning for the fields some
// of its contacts lack (counted off the GUI thread).
#pragma once

#include "models/types.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace cm {

class TemplateLanguages;

class OfflineBrowser;
class SmsEstimates;
class Workspace;

class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(Template &tmpl)>; // stores it; returns what to fix, or empty
    // `estimates`: the SMS estimates to share (the Templates pane's); without, the dialog keeps its own.
    TemplateDialog(Workspace *workspace, Save save, QWidget *parent = nullptr,
                   const std::optional<Template> &existing = std::nullopt, SmsEstimates *estimates = nullptr);

    Template value() const; // what the editors hold now: the text of the language shown, without the others
    TemplateLanguages *languages() const { return m_languages; }
    Template saved() const { return m_saved; }
    QString problem() const;

    // For tests and for the pane: the form's parts.
    QPlainTextEdit *bodyEdit() const { return m_body; }
    void setChannel(Channel channel);
    void setName(const QString &name);
    void setSubject(const QString &subject);
    void insertField(const QString &field); // at the cursor: {{field}}
    QString counterText() const;
    QString costText() const; // the group's SMS estimate (Composer::estimateText), the pre-send check's numbers
    QString missingText() const;
    QString previewText() const;
    QStringList links() const;
    QStringList replaceableCharacters() const; // shown with a one-click replacement
    void replaceCharacters(const QString &characters);
    bool previewGroup(qint64 groupId);
    void stepContact(int direction); // the preview as the next (1) or previous (-1) contact of the group
    bool isAnalysing() const { return m_analysing; } // until the group's missing fields and estimate are known

    void accept() override;

signals:
    void analysed(); // the group's missing fields and costs are known

private:
    void channelChanged();
    // The counter of a call's text (characters, and the limit) or of WhatsApp's variables (lines).
    QString phoneCounter(Channel channel, const QString &text, const QString &rendered) const;
    void refresh(); // counter, highlight, links, preview
    void analyseGroup();
    void updateCost(); // the group's estimate for the text, or "estimating…" until it is known
    void groupChanged();
    void rebuildFieldMenu();

    Workspace *m_workspace;
    Save m_save;
    SmsEstimates *m_estimates;
    Template m_saved;
    qint64 m_id = 0;
    TemplateLanguages *m_languages;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QLineEdit *m_subject;
    QCheckBox *m_marketing;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_text;
    QToolButton *m_insert;
    QLabel *m_counter;
    QLabel *m_replace;
    QLabel *m_cost;
    QListWidget *m_links;
    QComboBox *m_group;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_who;
    OfflineBrowser *m_preview;
    QLabel *m_missing;
    QLabel *m_problem;
    QTimer *m_refresh;
    QWidget *m_smsOnly;
    QWidget *m_emailOnly;
    QFormLayout *m_form;
    std::optional<Contact> m_contact; // the preview's
    QStringList m_customFields;       // of the preview group
    QMap<QString, qint64> m_byFieldMissing;
    QStringList m_requestedFields; // what the newest count was asked for
    qint64 m_groupSize = 0;
    bool m_analysing = false;
    bool m_awaitingEstimate = false; // the analysis is in; it ends with the estimate of the text
    int m_analysis = 0;              // the newest request; older answers are dropped
};

} // namespace cm
