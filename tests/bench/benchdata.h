// The generated contact file the import and browsing benchmarks share: email, phone, first and last name, city and
// two custom fields, with Turkish, Polish, Spanish and Zulu names.
#pragma once

#include <QElapsedTimer>

#include "app/services/contactimport.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cm {
class Clock;
class Workspace;
} // namespace cm

namespace bench {

// Writes `rows` contacts (and a header) to `path`. Returns the file's size in bytes.
qint64 writeContactsCsv(const QString &path, qint64 rows);
// Imports the file into a new group "Bench" as the app does (full validation, numbers read as Turkish ones).
// Sets `groupId` and `seconds` (the import's own time).
cm::ImportReport importIntoNewGroup(cm::Workspace &workspace, const QString &csv, qint64 *groupId, double *seconds);
// A workspace in a temporary folder with a group "Bench" of `rows` generated contacts, imported as above; what the
// browsing and segment benchmarks start from. ok() is false (and the error printed) when any step failed.
class ContactsWorkspace
{
public:
    explicit ContactsWorkspace(qint64 rows);
    ~ContactsWorkspace();
    bool ok() const { return m_ok; }
    cm::Workspace &workspace() { return *m_workspace; }
    qint64 groupId() const { return m_groupId; }
    double importSeconds() const { return m_importSeconds; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<cm::Clock> m_clock;
    std::unique_ptr<cm::Workspace> m_workspace;
    qint64 m_groupId = 0;
    double m_importSeconds = 0;
    bool m_ok = false;
};

// Peak resident memory of this process so far, in MB.
double peakMegabytes();
// From now on, peakMegabytes() counts from the memory the process has now (Linux's clear_refs).
void resetPeak();
// The heap this process has allocated and not freed, in MB: what a structure costs, whether or not its pages were
// resident already (after an import they are).
double heapMegabytes();
// Resident memory of this process now, in MB.
double currentMegabytes();
double ms(const QElapsedTimer &timer); // elapsed milliseconds, to a fraction

} // namespace bench
