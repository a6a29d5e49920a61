#!/bin/sh
# Set up MediaKit on a fresh Debian-like machine, then run it or its tests.
#   sh packaging/setup.sh run [FILE]   install what is needed and open the app (default release without FILE)
#   sh packaging/setup.sh test         install what is needed and run the whole test suite
# It installs the system libraries Qt needs (with sudo when not root, only those missing),
# makes .venv beside the project and installs MediaKit into it in editable mode.
set -eu
cd "$(dirname "$0")/.."
mode=${1:-run}
[ $# -gt 0 ] && shift

# Qt's xcb and offscreen platforms, fonts, binutils for PyInstaller's build test, and the
# validators the packaging test runs on the desktop entry and the AppStream metainfo.
debs="python3-venv libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core binutils desktop-file-utils appstream"
missing=""
for deb in $debs; do
    dpkg -s "$deb" >/dev/null 2>&1 || missing="$missing $deb"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system libraries:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
case "$mode" in
    run)
        .venv/bin/python -m pip install -q -e .
        exec .venv/bin/mediakit "$@"
        ;;
    test)
        .venv/bin/python -m pip install -q -e ".[test,build]"
        # The wheel's test (a fresh venv with MediaKit installed from the wheel, run from
        # outside the tree) and the frozen-build test (the PyInstaller bundle) run as their own steps.
        # Gates: lint (ruff, settings in pyproject.toml) and strict typing of the Qt-free core (mypy).
        .venv/bin/ruff check .
        .venv/bin/mypy
        .venv/bin/python -m pytest -m "not frozen and not installed" "$@"
        .venv/bin/python -m pytest -m installed "$@"
        exec .venv/bin/python -m pytest -m frozen "$@"
        ;;
    *)
        echo "usage: sh packaging/setup.sh run [FILE] | test" >&2
        exit 2
        ;;
esac
