// Light or dark: the Fusion style with a palette the whole UI (icons, charts, banners) takes its colours from.
#pragma once

#include <QString>

namespace cm {

// "light", "dark", or "" for the system's palette.
void applyAppearance(const QString &mode);

} // namespace cm
