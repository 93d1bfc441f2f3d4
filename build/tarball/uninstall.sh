#!/bin/sh
# Remove what install.sh put under ~/.local. Your vault is NOT removed: it stays in
# ~/.local/share/FieldMon/vault (or where you chose); FieldMon's panic wipe destroys a vault.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/lib/fieldmon"
rm -f "$HOME/.local/bin/fieldmon" "$data/applications/fieldmon.desktop" \
    "$data/icons/hicolor/scalable/apps/fieldmon.svg" "$data/icons/hicolor/256x256/apps/fieldmon.png" \
    "$data/metainfo/org.fieldmon.FieldMon.metainfo.xml"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "FieldMon's program, menu entry and icons are removed. The vault was left where it is."
