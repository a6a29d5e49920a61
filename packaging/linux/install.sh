#!/bin/sh
# Install the frozen MediaKit (the onedir bundle) with its desktop entry, icon and AppStream
# metadata, so that it shows up in the application menu and opens .md, .txt and .html files.
#
#   pyinstaller packaging/mediakit.spec             # first: builds dist/mediakit/
#   sh packaging/linux/install.sh                   # into ~/.local, no root needed
#   PREFIX=/usr/local sh packaging/linux/install.sh # for every user (as root)
#   DESTDIR=/tmp/stage PREFIX=/usr sh packaging/linux/install.sh   # staged, for a package
#   sh packaging/linux/install.sh --uninstall       # removes what the same PREFIX installed
#
# BUNDLE=/path/to/mediakit installs another onedir bundle than dist/mediakit.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$here")")
app_id=org.mediakit.MediaKit
prefix=${PREFIX:-$HOME/.local}
destdir=${DESTDIR:-}
bundle=${BUNDLE:-$root/dist/mediakit}

libdir=$prefix/lib/mediakit
bindir=$prefix/bin
appsdir=$prefix/share/applications
icondir=$prefix/share/icons/hicolor/scalable/apps
metadir=$prefix/share/metainfo

refresh_caches() {
    [ -z "$destdir" ] || return 0  # a package's scripts refresh them on the target
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$appsdir" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$destdir$libdir"
    rm -f "$destdir$bindir/mediakit" "$destdir$appsdir/$app_id.desktop" \
          "$destdir$icondir/$app_id.svg" "$destdir$metadir/$app_id.metainfo.xml"
    refresh_caches
    echo "MediaKit removed from $destdir$prefix"
    exit 0
fi

if [ ! -x "$bundle/mediakit" ]; then
    echo "install.sh: no bundle at $bundle; build it first: pyinstaller packaging/mediakit.spec" >&2
    exit 1
fi

icon=$root/mediakit/resources/icon.svg  # the same icon the window shows

rm -rf "$destdir$libdir"
mkdir -p "$destdir$libdir" "$destdir$bindir" "$destdir$appsdir" "$destdir$icondir" "$destdir$metadir"
cp -R "$bundle/." "$destdir$libdir/"
ln -sf "$libdir/mediakit" "$destdir$bindir/mediakit"
# Exec and TryExec name the installed program by its full path: ~/.local/bin is not always on PATH.
sed -e "s|^Exec=mediakit |Exec=$libdir/mediakit |" -e "s|^TryExec=mediakit\$|TryExec=$libdir/mediakit|" \
    "$here/$app_id.desktop" >"$destdir$appsdir/$app_id.desktop"
cp "$icon" "$destdir$icondir/$app_id.svg"
cp "$here/$app_id.metainfo.xml" "$destdir$metadir/$app_id.metainfo.xml"
chmod 644 "$destdir$appsdir/$app_id.desktop" "$destdir$icondir/$app_id.svg" "$destdir$metadir/$app_id.metainfo.xml"

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$destdir$appsdir/$app_id.desktop"
fi
refresh_caches
echo "MediaKit installed in $destdir$libdir; menu entry $destdir$appsdir/$app_id.desktop"
