"""Faults: read-only, immutable, full-disk, locked and damaged projects.

Each project already holds committed passages (the populated template): a fault must
exit 1 with a message naming the project, and keep all of them. A read-only project
still answers `stats` and `search`. Cases needing root or a mount skip without them.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.hostile.harness import Case, Input, Ran, Workspace, good, record


def _new_records(ws: Workspace, count: int = 3, filler: str = "") -> tuple[Path, list[str]]:
    texts = [good(i, f"جديدة {filler}") for i in range(1, count + 1)]
    path = ws.write("new.jsonl", "".join(record(t) + "\n" for t in texts))
    return path, texts


def _read_only_input(ws: Workspace, kept: list[str], search: bool = False) -> Input:
    """Import into a project that cannot be written; then stats (and search) must work."""
    path, _ = _new_records(ws)
    reads = [(["stats", ws.project], 0)]
    if search:
        reads.append((["search", ws.project, "محفوظة", "--json"], 0))
    return Input(ws.import_(path), kept, after=reads)


def file_mode_444(ws: Workspace) -> Input:
    ws.run_as_user()
    kept = ws.populate()
    ws.project.chmod(0o444)
    return _read_only_input(ws, kept)


def folder_mode_555(ws: Workspace) -> Input:
    ws.run_as_user()
    folder = ws.dir / "shelf"
    folder.mkdir()
    ws.project = folder / "p.aligner"
    kept = ws.populate()
    folder.chmod(0o555)
    ws.cleanup.callback(folder.chmod, 0o755)
    return _read_only_input(ws, kept)


def read_only_mount(ws: Workspace) -> Input:
    mount = ws.mount_tmpfs(ws.dir / "mnt", "8m")
    ws.project = mount / "p.aligner"
    kept = ws.populate()
    done = subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {done.stderr.decode(errors='replace').strip()}")
    return _read_only_input(ws, kept, search=True)


def immutable_file(ws: Workspace) -> Input:
    kept = ws.populate()
    done = subprocess.run(["chattr", "+i", str(ws.project)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {done.stderr.decode(errors='replace').strip()}")
    ws.cleanup.callback(subprocess.run, ["chattr", "-i", str(ws.project)])
    return _read_only_input(ws, kept)


def disk_full(ws: Workspace) -> Input:
    mount = ws.mount_tmpfs(ws.dir / "small", "2m")
    ws.project = mount / "p.aligner"
    kept = ws.populate()
    path, texts = _new_records(ws, 3000, "حشو " * 150)  # ~4 MB of passages, twice that indexed
    return Input(ws.import_(path), kept, maybe={t: "{project}" for t in texts})


def writer_lock_held(ws: Workspace) -> Input:
    from aligner_gui.core.store.writer_lock import WriterLock

    kept = ws.populate()
    ws.cleanup.enter_context(WriterLock(ws.project, "another import (held by the hostile-input test)"))
    path, _ = _new_records(ws)
    return Input(ws.import_(path), kept)


def _hold_write_transaction(ws: Workspace) -> None:
    conn = sqlite3.connect(ws.project, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    ws.cleanup.callback(conn.close)
    ws.cleanup.callback(conn.rollback)


def write_transaction_held(ws: Workspace) -> Input:
    kept = ws.populate()
    _hold_write_transaction(ws)
    path, _ = _new_records(ws)
    return Input(ws.import_(path), kept)


def reads_while_another_writes(ws: Workspace) -> Input:
    kept = ws.populate()
    _hold_write_transaction(ws)
    return Input(["stats", ws.project], kept, after=[(["search", ws.project, "محفوظة", "--json"], 0)])


def swapped_arguments(ws: Workspace) -> Input:
    """`aligner import data.jsonl p.aligner`: the data file must come out unchanged."""
    path, _ = _new_records(ws)
    before = path.read_bytes()

    def unchanged(ws: Workspace, runs: list[Ran]) -> list[str]:
        return [] if path.read_bytes() == before else [f"{path.name} was changed"]

    return Input(["import", path, ws.project], file=path, check=unchanged)


def damaged_project(ws: Workspace) -> Input:
    ws.populate()
    data = ws.project.read_bytes()
    ws.project.write_bytes(data[: len(data) // 2])
    path, _ = _new_records(ws)
    return Input(ws.import_(path), project_intact=False)


NAMES_PROJECT = ("{project}",)

CASES = [
    Case("project file mode 444", file_mode_444, exit=1, messages=NAMES_PROJECT),
    Case("project folder mode 555", folder_mode_555, exit=1, messages=NAMES_PROJECT),
    Case("project on a read-only mount", read_only_mount, exit=1, messages=NAMES_PROJECT),
    Case("project file immutable (chattr +i)", immutable_file, exit=1, messages=NAMES_PROJECT),
    Case("disk full during the import (2 MiB tmpfs)", disk_full, exit=1, messages=NAMES_PROJECT),
    Case("another process holds the writer lock", writer_lock_held, exit=1, messages=("{project}.*busy",)),
    Case(
        "another process holds a write transaction",
        write_transaction_held,
        exit=1,
        messages=("{project}.*busy",),
        slow=True,
    ),
    Case("stats and search while another process writes", reads_while_another_writes),
    Case("project and data file swapped on the command line", swapped_arguments, exit=1, messages=("{file}",)),
    Case("project file truncated", damaged_project, exit=1, messages=NAMES_PROJECT),
]
