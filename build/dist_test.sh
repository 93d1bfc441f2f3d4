#!/bin/sh
# `make dist-test`: try the artefacts `make dist` wrote to build/output/, not the source tree.
#
# Each archive is unpacked into an empty folder under a new temporary folder (outside the
# checkout) and run with a clean environment: no .venv, no PYTHONPATH, HOME a new empty folder,
# the working folder outside the checkout. Through the packaged program: --version, demo, cases,
# dossier (English and Russian), identity export-root and verify; then the desktop app on a
# virtual screen (Xvfb): the unlock window is waited for and shot, the demo passphrase typed, the
# case list shot (build/output/dist-test/*.png: look at them). The portable archive gets the same
# through its launcher, renamed by setup-portable, and then HOME and TMPDIR must still be empty
# and nothing outside the folder may have been written. The .deb is unpacked with dpkg-deb and
# its layout checked; the desktop entry and the metainfo are validated.
set -eu
cd "$(dirname "$0")/.."
src=$(pwd -P)
out=$src/build/output
shots=$out/dist-test
passphrase="correct horse battery staple 2026"
version=$(python3 -c 'import tomllib
print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
tarball=$out/fieldmon-$version-linux-$arch.tar.gz
portable=$out/portable-$version-linux-$arch.tar.gz
deb=$(ls "$out"/fieldmon_"$version"_*.deb)
top=$(mktemp -d /tmp/dist-test.XXXXXX)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$top"
}
trap cleanup EXIT
rm -rf "$shots"
mkdir -p "$shots"

fail() {
    echo "dist-test: FAILED: $*" >&2
    exit 1
}
step() {
    echo "dist-test: $*"
}

step "SHA256SUMS"
(cd "$out" && sha256sum --quiet -c SHA256SUMS) || fail "a checksum does not match"

# run HOME TMPDIR PROGRAM ARGS...: the program with nothing of this shell's environment but
# PATH, a UTF-8 locale and the virtual screen, from a working folder outside the checkout.
run() {
    home=$1 tmp=$2
    shift 2
    # exec: the subshell becomes the program (the launcher execs it too), so $! is its pid.
    (cd "$top/work" && exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" TMPDIR="$tmp" \
        ${DISPLAY:+DISPLAY=$DISPLAY} "$@")
}

# The virtual screen, started by this script (not xvfb-run, whose temporary files would mix with
# the ones checked below), with a display number of its own choosing.
step "Xvfb"
mkfifo "$top/displayfd"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$top/displayfd" >"$top/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r number <"$top/displayfd"
DISPLAY=:$number
export DISPLAY
mkdir -p "$top/work"

# smoke NAME HOME TMPDIR PROGRAM [--vault DIR]: the command line and the desktop app.
smoke() {
    name=$1 home=$2 tmp=$3 program=$4
    shift 4
    vault_args="$*"
    mkdir -p "$home" "$tmp"
    step "$name: --version"
    run "$home" "$tmp" "$program" --version | grep -qx "FieldMon $version" || fail "$name: --version"
    step "$name: demo"
    echo "$passphrase" | run "$home" "$tmp" "$program" demo $vault_args --name "Monitor 7" \
        --org "Fictional Rights Centre" --passphrase-stdin >"$top/$name-demo.txt" 2>&1 ||
        { cat "$top/$name-demo.txt"; fail "$name: demo"; }
    step "$name: cases"
    echo "$passphrase" | run "$home" "$tmp" "$program" cases $vault_args --passphrase-stdin \
        >"$top/$name-cases.txt" || fail "$name: cases"
    grep -q "^AZ-2026-001" "$top/$name-cases.txt" || fail "$name: cases lists no AZ-2026-001"
    for lang in en ru; do
        step "$name: dossier ($lang)"
        echo "$passphrase" | run "$home" "$tmp" "$program" dossier $vault_args AZ-2026-001 \
            --profile echr --lang $lang --out "$top/work/$name-echr-$lang.pdf" \
            --passphrase-stdin >"$top/$name-dossier.txt" 2>&1 ||
            { cat "$top/$name-dossier.txt"; fail "$name: dossier $lang"; }
    done
    echo "$passphrase" | run "$home" "$tmp" "$program" identity $vault_args export-root \
        "$top/work/$name-root.pem" --passphrase-stdin >/dev/null || fail "$name: export-root"
    step "$name: verify"
    for lang in en ru; do
        run "$home" "$tmp" "$program" verify "$top/work/$name-echr-$lang.pdf" \
            --trust "$top/work/$name-root.pem" >"$top/$name-verify.txt" 2>&1 ||
            { cat "$top/$name-verify.txt"; fail "$name: verify $lang"; }
    done
    sed 's/^/    /' "$top/$name-verify.txt"
    step "$name: the desktop app"
    # As run does, but in the background and with $! the program's own pid.
    (cd "$top/work" && exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" TMPDIR="$tmp" \
        DISPLAY="$DISPLAY" "$program" $vault_args) >"$top/$name-gui.log" 2>&1 &
    app_pid=$!
    window=""
    for _ in $(seq 1 120); do
        window=$(xdotool search --all --onlyvisible --pid "$app_pid" --name "^FieldMon" \
            2>/dev/null | head -n 1) || true
        [ -n "$window" ] && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$top/$name-gui.log"; fail "$name: the app quit"; }
        sleep 0.5
    done
    [ -n "$window" ] || { cat "$top/$name-gui.log"; fail "$name: no window after 60 s"; }
    sleep 3
    xwd -root -silent | convert xwd:- "$shots/$name-1-unlock.png"
    # Type the passphrase and wait for the screen to change (the case list); a loaded machine
    # may not have given the field the keyboard yet: try again, three times at most.
    unlocked=""
    for _ in 1 2 3; do
        xdotool windowfocus --sync "$window" 2>/dev/null || true
        sleep 1
        xdotool key --clearmodifiers ctrl+a BackSpace
        xdotool type --delay 30 "$passphrase"
        xdotool key Return
        sleep 10
        xwd -root -silent | convert xwd:- "$shots/$name-2-unlocked.png"
        changed=$(compare -metric AE "$shots/$name-1-unlock.png" "$shots/$name-2-unlocked.png" \
            null: 2>&1 || true)
        [ "${changed%%[!0-9]*}" -gt 20000 ] 2>/dev/null && unlocked=yes && break
    done
    [ -n "$unlocked" ] || fail "$name: the app did not unlock (see $shots/$name-2-unlocked.png)"
    kill -0 "$app_pid" 2>/dev/null || { cat "$top/$name-gui.log"; fail "$name: the app died"; }
    kill "$app_pid"
    wait "$app_pid" || true
    app_pid=""
    [ -z "$(xdotool search --onlyvisible --name "^FieldMon" 2>/dev/null)" ] ||
        fail "$name: a window is still open after the app was ended"
    if grep -iE "could not (load|find) the qt platform plugin|Traceback|cannot open shared" \
        "$top/$name-gui.log"; then
        fail "$name: the desktop app reported the errors above"
    fi
    step "$name: screenshots in $shots"
}

step "the .tar.gz: unpacked into an empty folder"
mkdir "$top/tarball"
tar -xzf "$tarball" -C "$top/tarball"
app=$top/tarball/fieldmon-$version
for f in app/fieldmon fieldmon.desktop icons/fieldmon.svg icons/fieldmon.png install.sh \
    org.fieldmon.FieldMon.metainfo.xml; do
    [ -e "$app/$f" ] || fail "the .tar.gz has no $f"
done
desktop-file-validate "$app/fieldmon.desktop" || fail "fieldmon.desktop"
appstreamcli validate --no-net --pedantic "$app/org.fieldmon.FieldMon.metainfo.xml" ||
    fail "the AppStream metainfo"
smoke tarball "$top/home-tarball" "$top/tmp-tarball" "$app/app/fieldmon" --vault "$top/vault-tarball"
step "the .tar.gz: install.sh into an empty HOME"
run "$top/home-install" "$top/tmp-tarball" sh -c 'mkdir -p "$HOME" && "$1/install.sh"' _ "$app" \
    >/dev/null || fail "install.sh"
run "$top/home-install" "$top/tmp-tarball" "$top/home-install/.local/bin/fieldmon" --version \
    >/dev/null || fail "the installed command"
grep -q "^Exec=$top/home-install/.local/lib/fieldmon/fieldmon$" \
    "$top/home-install/.local/share/applications/fieldmon.desktop" || fail "installed Exec="
run "$top/home-install" "$top/tmp-tarball" "$app/uninstall.sh" >/dev/null || fail "uninstall.sh"
# update-desktop-database's index of every entry may stay, rebuilt without FieldMon's.
left=$(find "$top/home-install" -type f ! -name mimeinfo.cache)
[ -z "$left" ] || fail "uninstall.sh left $left"
! grep -rqi fieldmon "$top/home-install" || fail "uninstall.sh left a file naming FieldMon"

step "the .deb"
dpkg-deb --info "$deb" >/dev/null
mkdir "$top/deb"
dpkg-deb -x "$deb" "$top/deb"
for f in opt/fieldmon/fieldmon usr/bin/fieldmon usr/share/applications/fieldmon.desktop \
    usr/share/icons/hicolor/scalable/apps/fieldmon.svg \
    usr/share/icons/hicolor/256x256/apps/fieldmon.png \
    usr/share/metainfo/org.fieldmon.FieldMon.metainfo.xml usr/share/doc/fieldmon/copyright; do
    [ -e "$top/deb/$f" ] || fail "the .deb has no /$f"
done
desktop-file-validate "$top/deb/usr/share/applications/fieldmon.desktop" || fail "deb desktop entry"
run "$top/home-deb" "$top/tmp-tarball" "$top/deb/opt/fieldmon/fieldmon" --version >/dev/null ||
    fail "the .deb's program"
grep -q '^exec /opt/fieldmon/fieldmon "$@"$' "$top/deb/usr/bin/fieldmon" || fail "/usr/bin/fieldmon"

step "the portable archive: unpacked into an empty folder (a stand-in for a USB stick)"
mkdir "$top/stick"
tar -xzf "$portable" -C "$top/stick"
folder=$top/stick/portable
(cd "$folder" && ./setup-portable notes >/dev/null) || fail "setup-portable"
[ -x "$folder/notes" ] && [ ! -e "$folder/start" ] || fail "setup-portable did not rename start"
# Nothing in the folder but app/ names the program, before it runs and after.
names() {
    find "$folder" -mindepth 1 -path "$folder/app" -prune -o -print | sed "s|^$folder/||" |
        grep -i fieldmon || true
}
[ -z "$(names)" ] || fail "names outside app/: $(names)"
mkdir -p "$top/home-portable" "$top/tmp-portable"
smoke portable "$top/home-portable" "$top/tmp-portable" "$folder/notes"
[ -d "$folder/vault" ] || fail "the portable vault is not in the folder"
left=$(find "$top/home-portable" "$top/tmp-portable" -mindepth 1)
[ -z "$left" ] || fail "the portable build wrote outside its folder: $left"
# At its top, the folder holds the launcher, setup-portable, README.txt, app/, vault/, data/.
top_names=$(cd "$folder" && ls -A | sort | tr '\n' ' ')
[ "$top_names" = "README.txt app data notes setup-portable vault " ] || fail "the folder: $top_names"
step "portable: HOME and TMPDIR still empty; vault/ and data/ in the folder"

echo "dist-test: passed (screenshots: $shots)"
