// A segment's rule as rows, one condition each: a field compared with a value, group membership, suppression, or
// what a contact did with a campaign; all of them joined by "and" or by "or". The builder writes the rule's text
// (the language of models/segmentrule.h, which stays the source), and reads a rule back into rows when it is made of
// such conditions; one written by hand with brackets or mixed and/or stays text, and the builder says so.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cm {

class Workspace;

class RuleBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit RuleBuilder(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the rule as rows; false (the rows cleared, a note shown) when it is not one the rows can hold.
    bool setRule(const QString &rule);
    QString rule() const; // the rows as rule text
    int conditionCount() const;
    // A new row: its subject (a field name, "group", "suppressed", or an event such as "opened"), its operator as the
    // row offers it ("=", "is empty", "did", "did not", …) and its value (a text, a group's or campaign's name, or
    // "" for any campaign); `days` for an event (0: ever).
    void addCondition(const QString &subject = QStringLiteral("country"), const QString &op = QStringLiteral("="),
                      const QString &value = {}, int days = 0);
    void setMatchAll(bool all);

signals:
    void ruleChanged(const QString &rule); // the user changed a row: the rule text to show and count

private:
    struct Row;
    void fillOperators(Row *row);
    void changed();

    Workspace *m_workspace;
    QComboBox *m_match;
    QVBoxLayout *m_rows;
    QLabel *m_note;
    QList<Row *> m_list;
    bool m_loading = false;
};

} // namespace cm
