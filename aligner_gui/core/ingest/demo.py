"""The bundled demo project: Arabic web passages with model rewrites, good and flawed.

A reviewer's decisions on the demo are real work: an existing copy is always opened as
it is. It is only replaced when asked (``reset_demo_project``), and never without a
backup: the old copy is kept as ``demo.aligner.TIMESTAMP.bak`` beside it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from aligner_gui.core.errors import ProjectError, ProjectWriteError
from aligner_gui.core.ingest import ImportOptions, import_files
from aligner_gui.core.resources import resources_dir
from aligner_gui.core.store.project import Project, copy_database
from aligner_gui.core.store.read_only import sidecars
from aligner_gui.core.store.writer_lock import lock_path


@dataclass(frozen=True)
class SetAside:
    """An existing demo file that could not be opened, moved to ``backup``."""

    backup: Path
    reason: str


def demo_source() -> Path:
    return resources_dir() / "demo" / "passages.jsonl"


def create_demo_project(target: Path) -> Path:
    """Write a new demo project at ``target``, which must not exist yet."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with Project.create(target) as project:
        options = ImportOptions(format="jsonl", text_field="text", id_field="id", rewrite_field="rewrite")
        [report] = import_files(project, [demo_source()], options)
    if report.failed or report.errors:
        raise RuntimeError(f"the bundled demo data is broken: {report}")
    return target


def ensure_demo_project(target: Path) -> SetAside | None:
    """Make ``target`` a demo project that opens: kept as it is when it opens, created
    when missing. A file there that is not a usable project (damaged, or from a newer
    aligner_gui) is never deleted: it is moved aside and said so (the return value)."""
    if not target.exists():
        create_demo_project(target)
        return None
    try:
        Project.open(target).close()
        return None
    except (sqlite3.OperationalError, ProjectWriteError):
        raise  # locked, busy, read-only or a full disk: nothing says the file itself is bad
    except (ProjectError, sqlite3.DatabaseError) as exc:
        reason = str(exc)
    backup = demo_backup_path(target)
    try:
        for moved, kept in zip(_with_sidecars(target), _with_sidecars(backup), strict=True):
            if moved.exists():
                moved.rename(kept)
    except OSError as exc:
        raise ProjectError(f"cannot open the demo project {target} ({reason}) nor move it aside: {exc}") from exc
    create_demo_project(target)
    return SetAside(backup, reason)


def demo_backup_path(target: Path) -> Path:
    """``demo.aligner.YYYYMMDD-HHMMSS.bak`` beside ``target``, a name not used yet."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = target.with_name(f"{target.name}.{stamp}.bak")
    number = 2
    while any(file.exists() for file in _with_sidecars(backup)):
        backup = target.with_name(f"{target.name}.{stamp}-{number}.bak")
        number += 1
    return backup


def reset_demo_project(target: Path, backup: Path) -> None:
    """Copy the demo project at ``target`` to ``backup``, then replace it with a new one.

    The copy goes through SQLite's backup API, so it holds everything committed, also
    what is still in the write-ahead log. Nothing is replaced until the copy is whole.
    The project must not be open anywhere while this runs.
    """
    if backup.exists():
        raise ProjectError(f"cannot back up {target}: {backup} already exists")
    _copy_project(target, backup)
    fresh = target.with_name(target.name + ".new")
    for file in _with_sidecars(fresh):
        file.unlink(missing_ok=True)  # left by an earlier reset that was cut short
    create_demo_project(fresh)
    # The old file's log goes first: a log left beside the new file would be replayed into it.
    for file in sidecars(target):
        file.unlink(missing_ok=True)
    os.replace(fresh, target)
    lock_path(fresh).unlink(missing_ok=True)  # the lock file made while it was built


def _copy_project(source: Path, backup: Path) -> None:
    try:
        src = sqlite3.connect(source)
        try:
            copy_database(src, backup)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot back up {source} to {backup}: {exc}") from exc


def _with_sidecars(path: Path) -> list[Path]:
    """A project file and SQLite's files beside it, which belong to it and move with it."""
    return [path, *sidecars(path)]
