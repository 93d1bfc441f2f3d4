#!/bin/sh
# `make lock`: refresh the hashed lock files under requirements/ from pyproject.toml.
#
#   requirements/dev.txt   the runtime and development dependencies and the build backend
#                          (hatchling): what `make test` and `make run` install into .venv
#   requirements/dist.txt  the runtime dependencies and PyInstaller: what `make dist` installs
#                          into the build's own environment; every package both files hold has
#                          the same version in both (dev.txt is its constraint)
#
# uv resolves once for every platform (--universal), so the lock also holds what Windows and
# macOS builds need (pywin32-ctypes, macholib: build/README.md), with the hash of every file PyPI
# serves for each version; pip installs it with --require-hashes, so uv is needed only here.
# Pins already in the files are kept; `make lock UPGRADE=1` moves every one to the newest
# version pyproject.toml allows. tests/test_lock.py fails when the two disagree.
set -eu
cd "$(dirname "$0")/.."
UV=${UV:-uv}
# A fixed path (ignored by git), since the lock files name it in their "# via" comments.
tmp=build/output/lock
mkdir -p "$tmp"
# The build backend, from [build-system] requires, and what hatchling asks for to build an
# editable install (editables: pyproject's force-include needs it): installed hashed too, since
# the Makefile installs FieldMon with pip --no-build-isolation.
python3 -c 'import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))' \
    > "$tmp/build-backend.in"
echo "editables~=0.3" >> "$tmp/build-backend.in"
upgrade=""
[ -n "${UPGRADE:-}" ] && upgrade="--upgrade"
common="--quiet --no-config --universal --python-version 3.11 --generate-hashes
  --index-url https://pypi.org/simple --custom-compile-command 'make lock' $upgrade"
mkdir -p requirements
eval "$UV" pip compile $common pyproject.toml "$tmp/build-backend.in" --extra dev \
    -o requirements/dev.txt
eval "$UV" pip compile $common pyproject.toml --extra dist --constraint requirements/dev.txt \
    -o requirements/dist.txt
