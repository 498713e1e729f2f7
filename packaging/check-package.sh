#!/usr/bin/env bash
# CI: the package as a user gets it. Validates the desktop entry and the AppStream metadata, builds the .deb,
# installs it with apt (its dependencies resolved from the archive), and starts the installed app (offscreen: it
# renders its window to a PNG and quits) and the installed campaignctl.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh --tests
desktop-file-validate resources/desktop/org.campaignmanager.CampaignManager.desktop
appstreamcli validate --no-net resources/desktop/org.campaignmanager.CampaignManager.metainfo.xml

deb=$(packaging/build-package.sh | tail -1)
echo "Package: $deb"
dpkg-deb --field "$deb" Package Version Depends
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null

for f in /usr/bin/campaign-manager /usr/bin/campaignctl \
         /usr/share/applications/org.campaignmanager.CampaignManager.desktop \
         /usr/share/metainfo/org.campaignmanager.CampaignManager.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.campaignmanager.CampaignManager.svg \
         /usr/share/icons/hicolor/48x48/apps/org.campaignmanager.CampaignManager.png \
         /usr/share/man/man1/campaignctl.1.gz /usr/lib/campaign-manager/libcm_smtp.so; do
  [ -e "$f" ] || { echo "missing from the package: $f" >&2; exit 1; }
done
# The SMTP adapter's module, loaded on first use: every library it needs is installed.
if ldd /usr/lib/campaign-manager/libcm_smtp.so | grep "not found"; then
  echo "the SMTP module's libraries are not all installed" >&2
  exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
/usr/bin/campaignctl --version
HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" QT_QPA_PLATFORM=offscreen \
  /usr/bin/campaign-manager --db "$scratch/workspace.sqlite" --screenshot "$scratch/installed.png"
[ -s "$scratch/installed.png" ] || { echo "the installed app did not render its window" >&2; exit 1; }
echo "The installed package starts: $(stat -c %s "$scratch/installed.png") bytes of screenshot."
