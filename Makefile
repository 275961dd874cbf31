# Two entry points (see README): `make run` and `make test`. Both create or reuse .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Installed only when the venv has no torch yet; an existing torch (CPU or CUDA) is kept.
TORCH ?= torch==2.13.0

.PHONY: run test test-headless test-kill test-hostile lint setup bench-import bench-resume bench-rewrite bench-gui-thread bench-flags bench-export bench-search translations package

run: setup
	sh packaging/desktop-prereqs.sh $(PY)
	$(VENV)/bin/aligner-gui --demo

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m 'not kill and not campaign'
	$(MAKE) --no-print-directory test-headless lint

# Core and CLI tests again, with PySide6 made unimportable: core must not need Qt.
test-headless: setup
	ALIGNER_BLOCK_QT=1 $(PY) -m pytest -q -p no:pytest-qt tests/core tests/cli

# SIGKILLs the app at random moments during review and during an import (about 5 minutes;
# ALIGNER_KILLS, ALIGNER_KILL_SEED), then checks that nothing it showed was lost.
test-kill: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -m kill tests/ui/test_kill_campaign.py

# Every hostile input and fault through the real CLI, the minutes-long ones included.
test-hostile: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/hostile

lint: setup
	$(VENV)/bin/ruff check aligner_gui tests
	$(VENV)/bin/lint-imports

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("aligner_gui needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -c 'import torch' 2>/dev/null || $(PY) -m pip install "$(TORCH)"
	$(PY) -m pip install -e '.[test]'
	touch $(STAMP)

bench-import: setup
	$(PY) tests/bench/bench_import.py

bench-resume: setup
	$(PY) tests/bench/bench_resume.py

bench-rewrite: setup
	$(PY) tests/bench/bench_rewrite.py

# The GUI thread beside an import and a rewrite job, this tree against the commit before issue 12.
bench-gui-thread: setup
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/bench_gui_thread.py

bench-flags: setup
	$(PY) tests/bench/bench_flags.py

# Exports of 1,000,000 reviewed passages against json.dumps and write_table (about 20 minutes,
# 7 of them building the project; run the script with --project PATH to keep it for the next run).
bench-export: setup
	$(PY) tests/bench/bench_export.py

# The queue's search on 1,000,000 passages against a bare FTS5 MATCH ... LIMIT 50 (target: p95
# <= 50 ms; building the project takes about 9 minutes: run the script with --project PATH to keep it).
bench-search: setup
	$(PY) tests/bench/bench_search.py

# After changing interface strings: extract them, translate the new ones in the .ts
# (Qt Linguist: .venv/bin/pyside6-linguist), then run this again to compile.
translations: setup
	$(VENV)/bin/pyside6-lupdate $$(find aligner_gui/ui -name "*.py" | sort) -ts resources/i18n/aligner_gui_ar.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/aligner_gui_ar.ts -qm resources/i18n/aligner_gui_ar.qm

# Desktop build (dist/aligner_gui/ with `aligner-gui` and `aligner`), see packaging/.
package: setup
	$(PY) -m pip install pyinstaller
	$(VENV)/bin/pyinstaller packaging/aligner_gui.spec --noconfirm
