#!/bin/sh
# Checks the Debian packages the kiosk needs and installs the missing ones when
# it can (root with apt-get); otherwise it names them and, for the runtime set,
# stops. Usage: debian-deps.sh runtime|test
set -eu
want=${1:-runtime}

# Qt offscreen and on a real X screen (Xvfb or a desktop), and a working venv;
# printing: Qt's CUPS plugin needs libcups2, and pdftoppm/pdfinfo (poppler-utils)
# rasterise the documents for QPrinter.
runtime="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libcups2 poppler-utils"
# Outside programs the test suite drives for real (each test skips without it).
testing="zbar-tools cups cups-client printer-driver-cups-pdf
postgresql xvfb xdotool"

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing to check

missing_from() {
    for p in $1; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$p"
    done
}

need=$(missing_from "$runtime")
python3 -c 'import ensurepip, venv' 2>/dev/null || need="$need python3-venv"
optional=""
[ "$want" = test ] && optional=$(missing_from "$testing")

all=$(echo $need $optional)
[ -z "$all" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages: $all"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $all >/dev/null; then
        exit 0
    fi
    echo "apt-get could not install: $all" >&2
fi

if [ -n "$(echo $need)" ]; then
    echo "Missing Debian packages for Qt: run  sudo apt-get install $(echo $need)" >&2
    exit 1
fi
echo "Note: tests that drive these programs will be skipped: $(echo $optional)" >&2
echo "      install them with  sudo apt-get install $(echo $optional)" >&2
exit 0
