#!/bin/sh
# `make dist`: build the packaged app with PyInstaller (build/fieldmon.spec) from the build's own
# environment (build/output/venv, installed from requirements/dist.txt with hashes by make), then
# pack the .tar.gz, the .deb and the portable archive with SHA256SUMS (build/package.py).
# Everything goes to build/output/, which git ignores.
set -eu
cd "$(dirname "$0")/.."
out=build/output
venv=$out/venv
# Reproducible builds: every time in the archives is the commit's, and Python's string hashing
# (the order of sets in the analysis) is fixed.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
fi
PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH PYTHONHASHSEED
version=$($venv/bin/python -c 'import tomllib
print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
echo "dist: FieldMon $version, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"
rm -rf $out/pyi
$venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath $out/pyi/dist --workpath $out/pyi/work build/fieldmon.spec \
    > $out/pyinstaller.log 2>&1 || { tail -n 40 $out/pyinstaller.log >&2; exit 1; }
$venv/bin/python build/package.py --version "$version"
