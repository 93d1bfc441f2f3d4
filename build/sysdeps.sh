#!/bin/sh
# Install the Debian packages the test suite and the offscreen Qt platform need, when missing.
# As root (CI, a fresh container) it installs them; otherwise it says what to install.
set -eu
# Qt offscreen and on X11 (xcb), fonts with Cyrillic and Azerbaijani Latin, and the sqlite3 and
# sqlcipher tools the tests use to show that an outsider cannot read a vault; poppler (pdfsig,
# pdftotext, pdffonts), qpdf and NSS's certutil, the independent checks of signed dossiers;
# Xvfb and xdotool for the panic chord held with real key events on a real X server
# (tests/gui/test_panic_x11.py), and xauth for xvfb-run (docs/make_screenshots.py); mkfs.ext4 and
# fuse2fs for the disk-image test without loop devices (tests/test_forensics_image.py).
packages="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core sqlite3 sqlcipher
  poppler-utils qpdf libnss3-tools xvfb xdotool xauth e2fsprogs fuse2fs"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "sysdeps: not a Debian-like system; install the equivalents of:$missing" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "sysdeps: please install:$missing  (sudo apt-get install$missing)" >&2
    exit 1
fi
