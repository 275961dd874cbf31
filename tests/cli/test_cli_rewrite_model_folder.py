"""`aligner rewrite --model FOLDER` with a folder that cannot be a model: said at once (not
after torch and transformers have loaded, seconds), naming the folder and --model."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from aligner_gui.core.ingest.demo import create_demo_project
from tests.conftest import run_module

# Whether making the rewriter imported torch or transformers, in a fresh interpreter.
PROBE = """
import sys
from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.factory import BackendChoice, make_rewriter
try:
    make_rewriter(BackendChoice("transformers", sys.argv[1]))
except AlignerError as error:
    print(type(error).__name__, error)
print(sorted({"torch", "transformers"} & set(sys.modules)))
"""


def folders(tmp_path):
    empty = tmp_path / "empty-model"
    empty.mkdir()
    a_file = tmp_path / "model.safetensors"
    a_file.write_bytes(b"\0" * 16)
    weightless = tmp_path / "no-weights"
    weightless.mkdir()
    (weightless / "config.json").write_text("{}")
    return {
        "missing": (tmp_path / "no-such-model", "no model folder at"),
        "empty": (empty, "is not a model folder: it has no config.json"),
        "file": (a_file, "is a file, not a model folder"),
        "weightless": (weightless, "has no model weights"),
    }


@pytest.mark.parametrize("case", ["missing", "empty", "file", "weightless"])
def test_a_wrong_model_folder_is_told_before_torch_loads(tmp_path, case):
    folder, said = folders(tmp_path)[case]
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True, timeout=120, check=True
    )
    told, imported = probe.stdout.splitlines()
    assert said in told and str(folder) in told
    assert imported == "[]"


def test_aligner_rewrite_says_so_at_once_with_exit_1(tmp_path):
    demo = create_demo_project(tmp_path / "demo.aligner")
    folder = tmp_path / "no-such-model"
    started = time.monotonic()
    result = run_module("aligner_gui.cli", "rewrite", demo, "--model", folder, "--limit", "1")
    elapsed = time.monotonic() - started
    last = result.stderr.strip().splitlines()[-1]
    assert result.returncode == 1 and "Traceback" not in result.stderr  # a user's error, not 70
    assert last.startswith("aligner: error:") and f"no model folder at {folder}" in last and "--model" in last
    assert elapsed < 4.0, f"{elapsed:.1f} s"  # the interpreter's start included; torch alone takes longer
