# CPack: a Debian package and a tarball of what `install()` puts under the prefix (the app, campaignctl, the
# desktop entry, the AppStream metadata and the icons). Made by packaging/build-package.sh; CI installs the .deb
# with apt on its fresh machine and starts the app from it.
set(CPACK_PACKAGE_NAME campaign-manager)
set(CPACK_PACKAGE_VENDOR "The Campaign Manager team")
set(CPACK_PACKAGE_CONTACT "The Campaign Manager team <team@campaignmanager.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop SMS and email campaign manager")
set(CPACK_PACKAGE_DESCRIPTION
    "Compose, schedule and send SMS and email campaigns through several messaging providers, with contact groups,\n"
    "templates and reports on a local database that works offline; provider secrets in the system keychain.\n"
    "Includes campaignctl, the command line for scripts and cron.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://campaignmanager.example.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY campaign-manager)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# Debian: the libraries the binaries link come from dpkg-shlibdeps; the Qt plugins loaded at run time (the xcb and
# Wayland platforms, SQLite, SVG icons) and the keychain service are named here, as dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, libminizip1, libxlsxwriter4")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")

set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
include(CPack)
