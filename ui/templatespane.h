#pragma once

#include "models/types.h"
#include "pane.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace cm {

class SmsEstimates;
class TemplateModel;

class TemplatesPane : public Pane
{
    Q_OBJECT
public:
    explicit TemplatesPane(const UiContext &context, QWidget *parent = nullptr);
    QString previewText() const;
    QString counterText() const;  // the SMS length as sent to the preview contact
    QString estimateText() const; // the preview group's SMS estimate: the pre-send check's numbers
    bool previewGroup(qint64 groupId);
    QString saveTemplate(Template &tmpl); // from the editor: adds or updates; what to fix, or empty
    bool duplicateTemplate(qint64 id);
    bool deleteTemplate(qint64 id); // asks first
    // With an account that keeps templates (360NRS), in the background; the outcome shows in the banner.
    bool pushTemplate(qint64 templateId, qint64 accountId);
    bool pullTemplates(qint64 accountId);
    // A template kept at the account's provider, as the provider renders it, in a window of its own (remote images
    // and scripts blocked); its HTML stays in lastRemotePreview() (for tests).
    bool previewRemote(qint64 accountId, const QString &remoteId);
    QString lastRemotePreview() const { return m_lastRemotePreview; }

protected:
    void currentChanged(qint64 id) override;

private:
    void updatePreview();
    qint64 chooseTemplateAccount(const QString &question); // 0: none, or the user said no

    TemplateModel *m_model;
    SmsEstimates *m_estimates; // shared with the editor: one estimate per group and text
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_meta;
    QFormLayout *m_form;
    QLabel *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_counter;
    QLabel *m_estimate;
    QComboBox *m_previewGroup;
    QTextBrowser *m_preview;
    QAction *m_editAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_pushAction;
    QAction *m_pullAction;
    QAction *m_remotePreviewAction;
    QString m_lastRemotePreview;
};

} // namespace cm
