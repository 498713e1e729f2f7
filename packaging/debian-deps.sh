#!/usr/bin/env bash
# Installs what building, running and testing Campaign Manager needs on Debian 12, and nothing when it is all
# there already. As root it runs apt-get itself; otherwise through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev
  qt6-tools-dev qt6-l10n-tools qt6-charts-dev qt6-svg-dev qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libphonenumber-dev libicu-dev librsvg2-bin libminizip-dev libxlsxwriter-dev libcurl4-openssl-dev libgmime-3.0-dev
  dbus gnome-keyring libsecret-1-0 fonts-dejavu-core
)
# Only for the tests: a headless X server for screenshots under xcb, clang with libFuzzer for the fuzz run, and the
# validators of the desktop entry and the AppStream metadata; LibreOffice Calc and poppler to open the report exports;
# an SMTP server (aiosmtpd) and an IMAP server (Dovecot) that the SMTP adapter's tests start on loopback.
if [ "${1:-}" = "--tests" ]; then
  packages+=(xvfb xauth clang libclang-rt-14-dev desktop-file-utils appstream libreoffice-calc-nogui poppler-utils
             python3-aiosmtpd dovecot-imapd)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
