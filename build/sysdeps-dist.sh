#!/bin/sh
# The Debian packages `make dist` and `make dist-test` need beyond build/sysdeps.sh's: dpkg-deb
# (dpkg-dev) for the .deb, binutils' strip (PyInstaller strips the libraries), Xvfb, xdotool and
# xwd (x11-apps) with ImageMagick's convert to start the packaged app on a virtual screen and
# take a screenshot, and desktop-file-validate and appstreamcli to check the desktop entry and
# the metainfo. As root it installs them; otherwise it says what to install.
set -eu
packages="dpkg-dev binutils xvfb xdotool x11-apps imagemagick desktop-file-utils appstream"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "sysdeps-dist: not a Debian-like system; install the equivalents of:$missing" >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "sysdeps-dist: please install:$missing  (sudo apt-get install$missing)" >&2
    exit 1
fi
