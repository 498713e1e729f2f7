// The sidebar's pane icons, drawn as vectors at whatever size is asked: sharp at 200 % and free to create (no files
// to read at start-up). They follow the palette, so they read in light and dark themes.
#pragma once

#include <QIcon>

namespace cm {

enum class PaneIcon { Accounts, Groups, Templates, Campaigns, Reports };
QIcon paneIcon(PaneIcon which);

} // namespace cm
