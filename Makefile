# Two commands for a newcomer: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint sysdeps schema translations update-translations clean lock dist dist-test sysdeps-dist

# Interface translations: Qt Linguist sources (.ts, committed) compiled to .qm.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

# Every package comes from the lock (requirements/dev.txt, made by `make lock`), each file checked
# against its SHA-256 there; then FieldMon itself, editable, built by the locked hatchling without
# a build environment of its own: nothing unpinned or unhashed is downloaded.
LOCK := requirements/dev.txt

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

run: $(STAMP) sysdeps translations
	$(BIN)/fieldmon

# System libraries Qt needs (on screen and offscreen), and the tools the tests check against.
sysdeps:
	@sh build/sysdeps.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(STAMP) sysdeps lint translations
	# One worker per core (-n auto); each test makes its own vault and folders, so none shares
	# state with another. worksteal: an idle worker takes tests queued for a busy one, so the
	# long ones (crash safety, the exchange) do not leave the other core idle at the end.
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -n auto --dist worksteal

# Issue 12's disk-image test alone, verbosely: builds ext4 images, wipes, carves (see
# docs/forensics.md). Needs root and loop devices, or fuse2fs and /dev/fuse; it says why it skips.
.PHONY: forensics
forensics: $(STAMP)
	$(BIN)/pytest -v -s -rs tests/test_forensics_image.py

translations: $(QM)

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing interface strings: refresh the .ts sources, then translate the new entries.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts $(wildcard resources/i18n/fieldmon_*.ts)

# Regenerate the committed JSON Schema after changing the model or a vocabulary.
schema: $(STAMP)
	$(BIN)/python -m fieldmon.vault.schema > resources/schema/fieldmon-case-1.schema.json
	$(BIN)/python -m fieldmon.vault.migrations.snapshot

# The packaged app (issue 17; build/README.md): PyInstaller from an environment of its own,
# installed from requirements/dist.txt with hash checking, then the .tar.gz, the .deb and the
# portable archive with SHA256SUMS in build/output/. dist-test tries them outside the checkout.
DIST_VENV := build/output/venv
DIST_STAMP := $(DIST_VENV)/.installed

$(DIST_STAMP): requirements/dist.txt
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/dist.txt
	touch $@

sysdeps-dist:
	@sh build/sysdeps-dist.sh

dist: $(DIST_STAMP) sysdeps sysdeps-dist translations
	sh build/dist.sh

dist-test: sysdeps sysdeps-dist
	sh build/dist_test.sh

# Refresh requirements/*.txt from pyproject.toml after changing a dependency (build/lock.sh says
# what each holds); `make lock UPGRADE=1` moves every pin to the newest version allowed. uv runs
# from a venv of its own, at a fixed version: it only writes the lock, pip installs from it.
UV_VERSION := 0.13.9
UV_VENV := build/output/uv

lock:
	test -x $(UV_VENV)/bin/uv || { $(PYTHON) -m venv $(UV_VENV) && \
	  $(UV_VENV)/bin/python -m pip install --quiet uv==$(UV_VERSION); }
	UV=$(UV_VENV)/bin/uv sh build/lock.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
