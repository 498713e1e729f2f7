// The workspace a fresh install opens on: a sandbox account, three groups of realistic contacts, templates, one
// finished campaign with its report and one scheduled campaign.
#pragma once

#include "models/database.h"

namespace cm {

class Workspace;

class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(cm::DemoWorkspace)
public:
    // Fills an empty workspace. Deterministic for a given seed, except that times are relative to the clock.
    static DatabaseError populate(Workspace &workspace, quint64 seed = 2026);
    // The workspace setting that holds the id of the demo's Sandbox account.
    static QString demoAccountKey();

private:
    static DatabaseError fill(Workspace &workspace, quint64 seed);
};

} // namespace cm
