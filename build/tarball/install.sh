#!/bin/sh
# Install FieldMon for you alone, under ~/.local, from this unpacked folder (no root needed):
#   the program in ~/.local/lib/fieldmon, the command ~/.local/bin/fieldmon, the menu entry, the
#   icons and the software-centre description in ~/.local/share.
# ./uninstall.sh removes them again; neither touches your vault.
set -eu
here=$(cd "$(dirname "$0")" && pwd -P)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib="$HOME/.local/lib/fieldmon"
bin="$HOME/.local/bin"
rm -rf "$lib"
mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo" \
    "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps"
cp -a "$here/app/." "$lib/"
ln -sf "$lib/fieldmon" "$bin/fieldmon"
sed "s|@PREFIX@/app/fieldmon|$lib/fieldmon|" "$here/fieldmon.desktop" \
    > "$data/applications/fieldmon.desktop"
cp "$here/icons/fieldmon.svg" "$data/icons/hicolor/scalable/apps/fieldmon.svg"
cp "$here/icons/fieldmon.png" "$data/icons/hicolor/256x256/apps/fieldmon.png"
cp "$here"/*.metainfo.xml "$data/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "FieldMon is installed: it is in your applications menu, and the command is $bin/fieldmon."
