#include "rulebuilder.h"

#include "app/services/workspace.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>

namespace cm {

namespace {

const QStringList fields {QStringLiteral("country"), QStringLiteral("city"),       QStringLiteral("email"),
                          QStringLiteral("phone"),   QStringLiteral("first_name"), QStringLiteral("last_name")};
const QStringList events {QStringLiteral("opened"),      QStringLiteral("clicked"), QStringLiteral("delivered"),
                          QStringLiteral("sent"),        QStringLiteral("bounced"), QStringLiteral("failed"),
                          QStringLiteral("unsubscribed")};
const QStringList comparisons {
        QStringLiteral("="),  QStringLiteral("!="),     QStringLiteral("contains"), QStringLiteral("starts with"),
        QStringLiteral("<"),  QStringLiteral("<="),     QStringLiteral(">"),        QStringLiteral(">="),
        QStringLiteral("in"), QStringLiteral("not in"), QStringLiteral("is empty"), QStringLiteral("is not empty")};

// A value as the rule language reads it: one word or number as it is, anything else in quotes.
QString quoted(const QString &value)
{
    static const QRegularExpression word(QStringLiteral("^[\\w.@+-]+$"));
    static const QStringList keywords {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                       QStringLiteral("in"),  QStringLiteral("is"), QStringLiteral("any")};
    if (word.match(value).hasMatch() && !keywords.contains(value.toLower()))
        return value;
    return QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"');
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
        return value.mid(1, value.size() - 2);
    return value;
}

// The rule cut at its top-level " and " or " or " (outside quotes); empty when it mixes them or has brackets
// outside an "in (…)" list.
QStringList splitRule(const QString &rule, bool *all)
{
    QStringList parts;
    QString current;
    QChar quote;
    int depth = 0;
    std::optional<bool> joinedByAnd;
    const QStringList words = rule.simplified().split(QLatin1Char(' '));
    for (const QString &w : words) {
        if (quote.isNull() && depth == 0 && (w == QLatin1String("and") || w == QLatin1String("or"))) {
            const bool isAnd = w == QLatin1String("and");
            if (joinedByAnd && *joinedByAnd != isAnd)
                return {};
            joinedByAnd = isAnd;
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        for (const QChar c : w) {
            if (!quote.isNull()) {
                if (c == quote || (quote == u'“' && c == u'”'))
                    quote = QChar();
            } else if (c == u'"' || c == u'\'' || c == u'“') {
                quote = c;
            } else if (c == u'(') {
                if (!current.trimmed().endsWith(QLatin1String("in"))) // only an "in (…)" list
                    return {};
                ++depth;
            } else if (c == u')') {
                --depth;
            }
        }
        current += w + QLatin1Char(' ');
    }
    parts.append(current.trimmed());
    *all = joinedByAnd.value_or(true);
    return parts;
}

} // namespace

struct RuleBuilder::Row
{
    QWidget *widget = nullptr;
    QComboBox *subject = nullptr;
    QComboBox *op = nullptr;
    QLineEdit *value = nullptr;
    QComboBox *choice = nullptr; // a group's or campaign's name
    QSpinBox *days = nullptr;

    // The parts its subject and operator use: a typed value, a name to choose, the days of an event.
    void showParts() const
    {
        const QString s = subject->currentText().trimmed();
        const bool event = events.contains(s);
        const bool group = s == QLatin1String("group");
        choice->setVisible(event || group);
        days->setVisible(event);
        value->setVisible(!event && !group && s != QLatin1String("suppressed")
                          && !op->currentText().startsWith(QLatin1String("is ")));
    }
};

RuleBuilder::RuleBuilder(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_match(new QComboBox(this))
    , m_rows(new QVBoxLayout)
    , m_note(new QLabel(this))
{
    m_match->addItem(tr("Contacts matching all of these"), true);
    m_match->addItem(tr("Contacts matching any of these"), false);
    m_match->setAccessibleName(tr("How the conditions combine"));
    auto *add = new QPushButton(tr("Add &condition"), this);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_match, 1);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_rows);
    layout->addWidget(m_note);
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_match, &QComboBox::currentIndexChanged, this, &RuleBuilder::changed);
}

void RuleBuilder::addCondition(const QString &subject, const QString &op, const QString &value, int days)
{
    auto *row = new Row;
    row->widget = new QWidget(this);
    row->subject = new QComboBox(row->widget);
    row->subject->setEditable(true); // a custom field by its name
    row->subject->addItems(fields);
    row->subject->insertSeparator(row->subject->count());
    row->subject->addItem(QStringLiteral("group"));
    row->subject->addItem(QStringLiteral("suppressed"));
    row->subject->insertSeparator(row->subject->count());
    row->subject->addItems(events);
    row->subject->setCurrentText(subject);
    row->subject->setAccessibleName(tr("Field or event"));
    row->op = new QComboBox(row->widget);
    row->op->setAccessibleName(tr("Comparison"));
    row->value = new QLineEdit(value, row->widget);
    row->value->setAccessibleName(tr("Value"));
    row->value->setPlaceholderText(tr("value; for in: a, b, c"));
    row->choice = new QComboBox(row->widget);
    row->choice->setAccessibleName(tr("Group or campaign"));
    row->days = new QSpinBox(row->widget);
    row->days->setRange(0, 3650);
    row->days->setSpecialValueText(tr("ever"));
    row->days->setPrefix(tr("in the last "));
    row->days->setSuffix(tr(" days"));
    row->days->setValue(days);
    row->days->setAccessibleName(tr("In the last days"));
    auto *remove = new QToolButton(row->widget);
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this condition"));
    auto *line = new QHBoxLayout(row->widget);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(row->subject, 2);
    line->addWidget(row->op, 2);
    line->addWidget(row->value, 3);
    line->addWidget(row->choice, 3);
    line->addWidget(row->days, 2);
    line->addWidget(remove);
    m_rows->addWidget(row->widget);
    m_list.append(row);
    const bool loading = std::exchange(m_loading, true);
    fillOperators(row);
    if (const int i = row->op->findText(op); i >= 0)
        row->op->setCurrentIndex(i);
    if (row->choice->count() > 0)
        row->choice->setCurrentIndex(std::max(0, row->choice->findData(value)));
    row->showParts();
    m_loading = loading;
    connect(row->subject, &QComboBox::currentTextChanged, this, [this, row] {
        fillOperators(row);
        changed();
    });
    connect(row->op, &QComboBox::currentIndexChanged, this, [this, row] {
        row->showParts();
        changed();
    });
    connect(row->value, &QLineEdit::textChanged, this, &RuleBuilder::changed);
    connect(row->choice, &QComboBox::currentIndexChanged, this, &RuleBuilder::changed);
    connect(row->days, &QSpinBox::valueChanged, this, &RuleBuilder::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        m_list.removeOne(row);
        row->widget->deleteLater();
        delete row;
        changed();
    });
    m_note->hide();
    m_match->setEnabled(true);
    changed();
}

void RuleBuilder::fillOperators(Row *row)
{
    const QString subject = row->subject->currentText().trimmed();
    const bool event = events.contains(subject);
    const bool group = subject == QLatin1String("group");
    const bool suppressed = subject == QLatin1String("suppressed");
    const QString op = row->op->currentText();
    row->op->blockSignals(true);
    row->op->clear();
    if (event)
        row->op->addItems({tr("did"), tr("did not")});
    else if (group)
        row->op->addItems({QStringLiteral("="), QStringLiteral("!=")});
    else if (suppressed)
        row->op->addItems({tr("is"), tr("is not")});
    else
        row->op->addItems(comparisons);
    row->op->setCurrentIndex(std::max(0, row->op->findText(op)));
    row->op->blockSignals(false);
    row->choice->blockSignals(true);
    row->choice->clear();
    if (event) {
        row->choice->addItem(tr("any campaign"), QString());
        for (const Campaign &c : m_workspace->campaigns()->campaigns())
            row->choice->addItem(c.name, c.name);
    } else if (group) {
        for (const Group &g : m_workspace->groups()->groups())
            row->choice->addItem(g.name, g.name);
    }
    row->choice->blockSignals(false);
    row->showParts();
}

void RuleBuilder::setMatchAll(bool all)
{
    m_match->setCurrentIndex(all ? 0 : 1);
}

int RuleBuilder::conditionCount() const
{
    return int(m_list.size());
}

QString RuleBuilder::rule() const
{
    QStringList conditions;
    for (const Row *row : m_list) {
        const QString subject = row->subject->currentText().trimmed();
        const QString op = row->op->currentText();
        const int opIndex = row->op->currentIndex();
        if (subject.isEmpty())
            continue;
        if (events.contains(subject)) {
            const QString campaign = row->choice->currentData().toString();
            QString text = (opIndex == 1 ? QStringLiteral("not ") : QString()) + subject + QLatin1Char(' ')
                    + (campaign.isEmpty() ? QStringLiteral("any campaign")
                                          : QLatin1Char('"') + campaign + QLatin1Char('"'));
            if (row->days->value() > 0)
                text += QStringLiteral(" in last %1 days").arg(row->days->value());
            conditions.append(text);
        } else if (subject == QLatin1String("group")) {
            if (row->choice->currentData().toString().isEmpty())
                continue; // no group yet
            conditions.append(QStringLiteral("group %1 %2").arg(op, quoted(row->choice->currentData().toString())));
        } else if (subject == QLatin1String("suppressed")) {
            conditions.append(opIndex == 1 ? QStringLiteral("not suppressed") : QStringLiteral("suppressed"));
        } else if (op.startsWith(QLatin1String("is "))) {
            conditions.append(QStringLiteral("%1 %2").arg(subject, op));
        } else if (op == QLatin1String("in") || op == QLatin1String("not in")) {
            QStringList values;
            for (const QString &v : row->value->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                values.append(quoted(v.trimmed()));
            if (values.isEmpty())
                continue;
            conditions.append(QStringLiteral("%1 %2 (%3)").arg(subject, op, values.join(QStringLiteral(", "))));
        } else if (!row->value->text().trimmed().isEmpty()) { // a row still to fill in says nothing yet
            conditions.append(QStringLiteral("%1 %2 %3").arg(subject, op, quoted(row->value->text().trimmed())));
        }
    }
    return conditions.join(m_match->currentData().toBool() ? QStringLiteral(" and ") : QStringLiteral(" or "));
}

bool RuleBuilder::setRule(const QString &rule)
{
    const bool loading = std::exchange(m_loading, true);
    for (Row *row : std::as_const(m_list)) {
        row->widget->deleteLater();
        delete row;
    }
    m_list.clear();
    bool all = true;
    const QStringList parts = rule.trimmed().isEmpty() ? QStringList() : splitRule(rule, &all);
    static const QRegularExpression event(QStringLiteral("^(not\\s+)?(sent|delivered|opened|clicked|bounced|failed|"
                                                         "unsubscribed)(?:\\s+(any campaign|\"[^\"]*\"|'[^']*'|\\S+))?"
                                                         "(?:\\s+in last (\\d+) days?)?$"));
    static const QRegularExpression suppressed(QStringLiteral("^(not\\s+)?suppressed$"));
    static const QRegularExpression group(QStringLiteral("^group\\s*(=|!=)\\s*(\"[^\"]*\"|'[^']*'|\\S+)$"));
    static const QRegularExpression empty(QStringLiteral("^([\\w.-]+)\\s+(is empty|is not empty)$"));
    static const QRegularExpression list(QStringLiteral("^([\\w.-]+)\\s+(not in|in)\\s*\\((.*)\\)$"));
    static const QRegularExpression compare(
            QStringLiteral("^([\\w.-]+)\\s*(=|!=|<=|>=|<|>|contains|starts with)\\s*(\"[^\"]*\"|'[^']*'|\\S+)$"));
    bool ok = !rule.trimmed().isEmpty() ? !parts.isEmpty() : true;
    for (const QString &part : parts) {
        if (!ok)
            break;
        if (const auto m = event.match(part); m.hasMatch()) {
            const QString campaign
                    = m.captured(3) == QLatin1String("any campaign") ? QString() : unquoted(m.captured(3));
            addCondition(m.captured(2), m.captured(1).isEmpty() ? tr("did") : tr("did not"), campaign,
                         m.captured(4).toInt());
            ok = m_list.last()->choice->currentData().toString() == campaign; // a campaign the list does not have
        } else if (const auto s = suppressed.match(part); s.hasMatch()) {
            addCondition(QStringLiteral("suppressed"), s.captured(1).isEmpty() ? tr("is") : tr("is not"));
        } else if (const auto g = group.match(part); g.hasMatch()) {
            addCondition(QStringLiteral("group"), g.captured(1), unquoted(g.captured(2)));
            ok = m_list.last()->choice->currentData().toString() == unquoted(g.captured(2)); // a group it has
        } else if (const auto e = empty.match(part); e.hasMatch()) {
            addCondition(e.captured(1), e.captured(2));
        } else if (const auto l = list.match(part); l.hasMatch()) {
            QStringList values;
            for (const QString &v : l.captured(3).split(QLatin1Char(',')))
                values.append(unquoted(v));
            addCondition(l.captured(1), l.captured(2), values.join(QStringLiteral(", ")));
        } else if (const auto c = compare.match(part); c.hasMatch()) {
            addCondition(c.captured(1), c.captured(2), unquoted(c.captured(3)));
        } else {
            ok = false;
        }
    }
    if (!ok) {
        for (Row *row : std::as_const(m_list)) {
            row->widget->deleteLater();
            delete row;
        }
        m_list.clear();
    }
    setMatchAll(all);
    m_loading = loading;
    m_note->setText(tr("This rule uses brackets, not, mixes and with or, or names a group or campaign the lists do "
                       "not have: edit it as text above, or start the rows again with Add condition."));
    m_note->setVisible(!ok);
    m_match->setEnabled(ok); // nothing to join: changing it must not write an empty rule over the text
    return ok;
}

void RuleBuilder::changed()
{
    if (!m_loading && (!m_list.isEmpty() || m_note->isHidden()))
        emit ruleChanged(rule());
}

} // namespace cm
