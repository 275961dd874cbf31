"""Projects this process may read but not change: finding out why, and opening them.

A project is read-only here when its file (or its -wal or -shm) cannot be written, or
when its folder cannot be written: SQLite creates the -wal and -shm files
there, and the writer lock lives there too.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from aligner_gui.core.errors import ProjectError
from aligner_gui.core.store.faults import primary_code


def sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside a WAL database."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def why_read_only(path: Path) -> str | None:
    """Why this process cannot change the project at ``path``; None when it can.

    Asked with access(), never by opening the files: closing any descriptor of a file
    drops every POSIX lock this process holds on it, those of SQLite's own connections
    included, and another connection of this process may have the project open.
    """
    for file in (path, *sidecars(path)):
        if file.exists() and not _can_write(file, os.W_OK):
            if _on_read_only_file_system(file.parent):
                return "it is on a read-only file system"
            if _mode_allows_writing(file):  # the permissions say yes, the kernel no: chattr +i
                return f"{file.name} cannot be written: it is marked immutable"
            return f"{file.name} cannot be written: it is read-only for this user"
    folder = path.absolute().parent
    if not _can_write(folder, os.W_OK | os.X_OK):
        if _on_read_only_file_system(folder):
            return "it is on a read-only file system"
        return f"its folder {folder} cannot be written"
    return None


def _can_write(file: Path, mode: int) -> bool:
    if os.access in os.supports_effective_ids:
        return os.access(file, mode, effective_ids=True)
    return os.access(file, mode)


def _mode_allows_writing(file: Path) -> bool:
    if not hasattr(os, "geteuid"):  # Windows: access() already read the read-only attribute
        return False
    info = file.stat()
    if os.geteuid() == 0:
        return True
    if info.st_uid == os.geteuid():
        return bool(info.st_mode & stat.S_IWUSR)
    if info.st_gid in (os.getegid(), *os.getgroups()):
        return bool(info.st_mode & stat.S_IWGRP)
    return bool(info.st_mode & stat.S_IWOTH)


def _on_read_only_file_system(folder: Path) -> bool:
    if not hasattr(os, "statvfs"):  # Windows
        return False
    return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)


def connect(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """A connection to the project at ``path``, and why it is read-only (None: it is not)."""
    reason = why_read_only(path)
    if reason is not None:
        return connect_read_only(path), reason
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # SQLite opens files lazily
        return conn, None
    except sqlite3.OperationalError as exc:
        conn.close()
        disk_fault = primary_code(exc) in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL)
        if not disk_fault or not _disk_full(path.absolute().parent):
            raise
    # A writer needs a -shm file, which a full disk has no room for; reading needs none.
    return connect_read_only(path), "the disk is full"


def _disk_full(folder: Path) -> bool:
    return hasattr(os, "statvfs") and os.statvfs(folder).f_bavail == 0


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads ``path``, leaving nothing behind in its folder.

    Changes not yet copied from the -wal into the file can only be read the WAL way
    (``mode=ro``), which needs the -shm file: the one there, else one SQLite creates.
    Without such changes the file is opened ``immutable`` instead: no locks, no -shm.
    That matters because a -shm that a reader creates takes the project file's
    permission bits and the reader as owner: left behind by a reader of a read-only
    file, it would refuse the owner's writes later; and where the folder cannot be
    written, SQLite refuses to open a WAL file without a -shm at all.

    What ``immutable`` gives up: if someone who can write the project starts changing it
    while this connection is open, this connection does not see the changes (and a read
    meeting a page being rewritten may fail as "damaged"); opening it again does. When a
    writer has it open already, its -shm is there and ``mode=ro`` reads along properly.
    """
    wal, shm = sidecars(path)
    uri = path.absolute().as_uri()
    pending = wal.exists() and wal.stat().st_size > 0
    if pending or shm.exists():
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # SQLite opens files lazily
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if primary_code(exc) not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR):
                raise
        if pending:
            raise ProjectError(
                f"{path} cannot be read here: its latest changes are still in {wal.name}, which SQLite can only"
                f" read with a {shm.name} file beside it, and its folder cannot be written. Open it once where it"
                " can be written, or copy the project and its -wal file to a folder that can be."
            )
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)
