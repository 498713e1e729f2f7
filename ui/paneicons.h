// The icons of the sidebar's panes and of the panes' actions, one line-drawn set on a 24-unit grid, drawn as vectors
// at whatever size is asked: sharp at 200 % and free to create (no files to read at start-up). They follow the
// palette, so they read in light and dark themes.
#pragma once

#include <QIcon>

namespace cm {

enum class PaneIcon {
    Overview,
    Accounts,
    Groups,
    Templates,
    Campaigns,
    Series,
    Reports,
    // Actions
    Add,
    Edit,
    Delete,
    Copy,
    Cancel,
    Test,
    Retry,
    Resolve,
    Upload,
    Download,
    Import,
    Export,
    Merge,
    Block,
    Check,
    Cloud,
};
QIcon paneIcon(PaneIcon which);

} // namespace cm
