"""Session-wide test setup.

With ALIGNER_BLOCK_QT=1 (see `make test-headless`) PySide6 cannot be imported at all,
as if it were not installed: core and CLI tests must still pass.
"""

from __future__ import annotations

import os
import sys
from importlib.abc import MetaPathFinder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _BlockQt(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked for the headless run)")
        return None


if os.environ.get("ALIGNER_BLOCK_QT"):
    sys.meta_path.insert(0, _BlockQt())


import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def project(tmp_path: Path):
    from aligner_gui.core.store.project import Project

    with Project.create(tmp_path / "test.aligner") as opened:
        yield opened


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def as_schema_4(path: Path) -> None:
    """Make a project look as schema 4 left it, so that opening it upgrades it again."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE version > 4")
        conn.execute("PRAGMA user_version=4")
    conn.close()


def ctrl_c_as_in_a_terminal() -> None:
    """For preexec_fn: a command that a test stops with Ctrl+C gets SIGINT's default, as a
    terminal's foreground job does, even when the test run was started in the background
    (`make test &`), where the shell makes every process it starts ignore SIGINT."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ignore_ctrl_c() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def start_import(*args, ignoring_ctrl_c: bool = False):
    """`aligner import ARGS` started in a session of its own (a test stops it with Ctrl+C
    sent to its whole group, as a terminal does), its output piped. ``ignoring_ctrl_c``:
    started as a shell starts a job in the background with `&` in a script."""
    import subprocess

    command = [sys.executable, "-m", "aligner_gui.cli", "import", *map(str, args)]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_ignore_ctrl_c if ignoring_ctrl_c else ctrl_c_as_in_a_terminal,
    )


def run_module(module: str, *args, env: dict | None = None, timeout: int = 120):
    """Run `python -m module args...` as a user would, capturing its output."""
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env
    )


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A real (random) two-layer Llama with a trained tokenizer and a chat template."""
    from tests.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def stopping_model(tmp_path_factory) -> Path:
    """Like tiny_model, but it answers the end-of-text token straight away."""
    from tests.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("stopping-model"), stops_at_once=True)


@pytest.fixture
def demo_project(tmp_path: Path):
    """The bundled demo project (68 passages with imported rewrites), opened."""
    from aligner_gui.core.ingest.demo import create_demo_project
    from aligner_gui.core.store.project import Project

    with Project.open(create_demo_project(tmp_path / "demo.aligner")) as opened:
        yield opened
