// The campaign composer: a name, the template (which sets the channel), an account that can send on that channel,
// the sender, the groups sent to and the groups left out, when (now, or at a time in a chosen time zone) and the
// sending window. It edits a draft or a scheduled campaign too. Sending and scheduling, with the pre-send check,
// are the Campaigns pane's.
#pragma once

#include "models/types.h"
#include "providers/providertypes.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTimeEdit;

namespace cm {

class Workspace;

class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    // `save` stores the campaign; it returns what to fix, or an empty string.
    using Save = std::function<QString(Campaign &campaign)>;
    // A new campaign; or, with `existing`, that campaign to change.
    CampaignDialog(Workspace *workspace, Save save, QWidget *parent = nullptr,
                   const std::optional<Campaign> &existing = std::nullopt);

    Campaign campaign() const { return m_campaign; } // as saved
    QString problem() const;
    void setName(const QString &name);
    // "template", "account"; "group" ticks that group alone; "exclude" ticks a group to leave out; "segment" and
    // "exclude-segment" the same for a segment.
    bool choose(const QString &what, qint64 id);
    void setSender(const QString &sender);
    // At this wall-clock time in the zone (an IANA id; empty: the user's own); an invalid time: send now.
    void setSchedule(const QDateTime &wallClock, const QString &zoneId);
    void setWindow(int startMinute, int endMinute); // -1, -1: any time
    // At `minutes` after midnight in each recipient's time zone (-1: no); `lateNow`: where it has passed, at once.
    void setLocalTime(int minutes, bool lateNow = false);
    // The chosen account's provider's own options for the template's channel (none for most providers).
    QStringList optionKeys() const { return m_optionWidgets.keys(); }
    QStringList shownOptionKeys() const; // those that apply with the values chosen (a call's voice, not with audio)
    bool setOption(const QString &key, const QVariant &value);
    void accept() override;

private:
    Channel channel() const; // the campaign's: its template's, or a call's or WhatsApp's with an SMS template
    void fillAccounts();
    void fillOptions();               // the widgets for the account's provider's options, keeping values already chosen
    QVariantMap optionValues() const; // those that apply with the others
    QVariantMap allOptionValues() const; // every widget's
    void showApplicableOptions();
    void updateEnabled();
    static void tickOnly(QListWidget *list, qint64 id, bool alone);
    // The ticked groups' ids, or with `segments` the ticked segments' (kept as negative ids in the same lists).
    static QList<qint64> ticked(const QListWidget *list, bool segments = false);

    Workspace *m_workspace;
    Save m_save;
    Campaign m_campaign;
    QLineEdit *m_name;
    QComboBox *m_template;
    QComboBox *m_account;
    QLineEdit *m_sender;
    QListWidget *m_groups;
    QListWidget *m_excluded;
    QRadioButton *m_now;
    QRadioButton *m_at;
    QDateTimeEdit *m_when;
    QComboBox *m_zone;
    QCheckBox *m_useWindow;
    QCheckBox *m_useLocal;
    QTimeEdit *m_localTime;
    QComboBox *m_localLate;
    QTimeEdit *m_windowStart;
    QTimeEdit *m_windowEnd;
    QLabel *m_problem;
    QGroupBox *m_optionsBox;
    QFormLayout *m_optionsForm;
    QMap<QString, QWidget *> m_optionWidgets;
    QList<CampaignOption> m_optionDefs;
    QVariantMap m_options; // as last chosen, kept across account changes
};

} // namespace cm
