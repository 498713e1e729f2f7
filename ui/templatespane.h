#pragma once

#include "models/types.h"
#include "pane.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace cm {

class TemplateModel;

class TemplatesPane : public Pane
{
    Q_OBJECT
public:
    explicit TemplatesPane(const UiContext &context, QWidget *parent = nullptr);
    QString previewText() const;
    QString saveTemplate(Template &tmpl); // from the editor: adds or updates; what to fix, or empty
    bool duplicateTemplate(qint64 id);
    bool deleteTemplate(qint64 id); // asks first

protected:
    void currentChanged(qint64 id) override;

private:
    void updatePreview();

    TemplateModel *m_model;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_meta;
    QFormLayout *m_form;
    QLabel *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_counter;
    QComboBox *m_previewGroup;
    QTextBrowser *m_preview;
    QAction *m_editAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
};

} // namespace cm
