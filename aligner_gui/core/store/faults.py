"""What a failed write to a project means for the user: SQLite's and the OS's errors
turned into project errors that name the project, say what happened and what was kept.

Every write goes through ``Project.transaction`` (or the writer lock), which translates
here, so no caller matches error strings.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from aligner_gui.core.errors import (
    ProjectBusyError,
    ProjectDiskFullError,
    ProjectError,
    ProjectReadOnlyError,
    ProjectWriteError,
)

NOTHING_AFTER_LAST_COMMIT = "nothing after the last commit was written"


def busy_message(path: Path, timeout_s: int) -> str:
    return f"{path} is busy: another process has been writing to it for over {timeout_s} seconds. Try again later."


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``exc`` (an extended code keeps it in its low
    byte); None for an error that carries no code."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def sqlite_fault(
    path: Path, exc: sqlite3.Error, busy_timeout_s: int, consequence: str = NOTHING_AFTER_LAST_COMMIT
) -> ProjectError | None:
    """The project error that ``exc`` stands for, or None when it is not a fault of the
    disk or the file (a bug: let it surface as one)."""
    primary = primary_code(exc)
    if primary is None:
        return None
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return ProjectBusyError(busy_message(path, busy_timeout_s))
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return ProjectError(f"{path} is damaged ({exc}); restore it from a backup")
    if primary == sqlite3.SQLITE_FULL:
        kind, reason = ProjectDiskFullError, "the disk is full"
    elif primary == sqlite3.SQLITE_IOERR:
        kind, reason = ProjectWriteError, f"the disk reported an error ({exc})"
    elif exc.sqlite_errorcode == sqlite3.SQLITE_READONLY_DIRECTORY:
        kind, reason = ProjectReadOnlyError, f"its folder {path.parent} cannot be written"
    elif primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        kind, reason = ProjectReadOnlyError, "it cannot be written (read-only)"
    elif primary == sqlite3.SQLITE_CANTOPEN:
        kind, reason = ProjectWriteError, f"the files beside it ({path.name}-wal, {path.name}-shm) cannot be opened"
    else:
        return None
    return kind(f"{path}: {reason}; {consequence}")


def os_fault(path: Path, exc: OSError, what: Path, consequence: str = NOTHING_AFTER_LAST_COMMIT) -> ProjectError:
    """The project error for ``exc``, raised while writing ``what`` (the project file or
    a file beside it)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        kind, reason = ProjectDiskFullError, "the disk is full"
    elif exc.errno == errno.EROFS:
        kind, reason = ProjectReadOnlyError, "it is on a read-only file system"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        kind, reason = ProjectReadOnlyError, f"{what} cannot be written ({exc.strerror})"
    else:
        kind, reason = ProjectWriteError, f"{what}: {exc.strerror or exc}"
    return kind(f"{path}: {reason}; {consequence}")
