// The rules a campaign and a template must meet before they are saved, shared by the composer dialogs and
// campaignctl so that both refuse the same things with the same words.
#pragma once

#include "models/types.h"

#include <QCoreApplication>

namespace cm {

class Workspace;

class Composer
{
    Q_DECLARE_TR_FUNCTIONS(cm::Composer)
public:
    // A wall-clock time in an IANA zone (empty: the system's) as UTC. Invalid, with `problem` set, when the zone is
    // unknown or the time does not exist there (skipped by a daylight-saving change).
    static QDateTime toUtc(const QDate &date, const QTime &time, const QString &zoneId, QString *problem);
    // "2026-12-01 09:30" in the zone, with the same checks.
    static QDateTime parseLocal(const QString &text, const QString &zoneId, QString *problem);
    // Empty when `utc` is a time a send can be scheduled for (after `now`).
    static QString scheduleProblem(const QDateTime &utc, const QDateTime &now);
    // "09:00-21:00" → minutes after midnight; false when it does not read as two times.
    static bool parseWindow(const QString &text, int *start, int *end);
    static QString windowText(int start, int end); // "09:00–21:00"

    // What keeps the campaign from being saved: its name, template, account (able to send the template's
    // channel), groups; empty when nothing does.
    static QString campaignProblem(Workspace *workspace, const Campaign &campaign);
    // What keeps the template from being saved: its syntax, an empty text, a marketing email without
    // {{unsubscribe_url}}; empty when nothing does.
    static QStringList templateProblems(const Template &tmpl);
};

} // namespace cm
