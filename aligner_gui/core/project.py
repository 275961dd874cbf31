"""The project file: one SQLite database per project, opened through sqlite-utils.

A :class:`Project` owns one connection and must be used from the thread that opened it;
other threads open their own (WAL lets readers and one writer proceed together).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from aligner_gui import __version__
from aligner_gui.core import schema
from aligner_gui.core.errors import ProjectBusyError, ProjectError
from aligner_gui.core.writer_lock import WriterLock

PROJECT_SUFFIX = ".aligner"
BUSY_TIMEOUT_MS = 10_000


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Project:
    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project; refuses to overwrite anything."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path} already exists")
        if not path.parent.is_dir():
            raise ProjectError(f"cannot create {path}: folder {path.parent} does not exist")
        try:
            db = sqlite_utils.Database(str(path))
        except sqlite3.Error as exc:
            raise ProjectError(f"cannot create {path}: {exc}") from exc
        db.conn.execute("PRAGMA journal_mode=WAL")
        db.conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
        project = cls(path, db)
        project._configure()
        with WriterLock(path, "creating the project"):
            project._migrate(0)
            with project.transaction():
                db.conn.executemany(
                    "INSERT INTO project_info(key, value) VALUES (?, ?)",
                    [("created_at", utc_now()), ("created_by", f"aligner_gui {__version__}")],
                )
        return project

    @classmethod
    def open(cls, path: str | Path, on_upgrade: Callable[[int, Path], None] | None = None) -> Project:
        """Open an existing project, upgrading its schema if it is older than this app.

        ``on_upgrade(old_version, backup)`` is called before an upgrade starts, with the
        copy of the old file it is about to write: copying the old file and rebuilding
        what changed can take a minute for a large project.
        """
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"no project at {path}")
        try:
            db = sqlite_utils.Database(str(path))
            app_id = db.conn.execute("PRAGMA application_id").fetchone()[0]
            version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise ProjectError(f"{path} is not an aligner project ({exc})") from exc
        if app_id != schema.APPLICATION_ID:
            db.close()
            raise ProjectError(f"{path} is not an aligner project")
        if version > schema.LATEST_VERSION:
            db.close()
            raise ProjectError(
                f"{path} was written by a newer aligner_gui (schema version {version}); "
                f"this one ({__version__}) reads up to version {schema.LATEST_VERSION}. "
                "Update aligner_gui to open it."
            )
        project = cls(path, db)
        project._configure()
        if version < schema.LATEST_VERSION:
            with WriterLock(path, "upgrading the project"):
                # Re-read under the lock: another process may have upgraded it meanwhile.
                version = project.schema_version
                if version < schema.LATEST_VERSION:
                    backup = project._backup_path(f".v{version}.bak")
                    if on_upgrade is not None:
                        on_upgrade(version, backup)
                    project._backup(backup)
                    project._migrate(version)
        return project

    def _configure(self) -> None:
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        # Decisions must survive a power cut; bulk jobs relax this per connection.
        conn.execute("PRAGMA synchronous=FULL")

    def _migrate(self, from_version: int, to_version: int = schema.LATEST_VERSION) -> None:
        for version in range(from_version + 1, to_version + 1):
            with self.transaction():
                schema.MIGRATIONS[version - 1](self.db.conn)
                self.db.conn.execute(
                    "INSERT INTO schema_migrations(version, applied_at, app_version) VALUES (?, ?, ?)",
                    (version, utc_now(), __version__),
                )
                self.db.conn.execute(f"PRAGMA user_version={version}")

    def _backup_path(self, suffix: str) -> Path:
        """NAME + suffix, or with a timestamp after it if that file is already there."""
        target = self.path.with_name(self.path.name + suffix)
        if target.exists():
            target = self.path.with_name(f"{self.path.name}{suffix}.{int(time.time())}")
        return target

    def _backup(self, target: Path) -> None:
        dest = sqlite3.connect(target)
        with dest:
            self.db.conn.backup(dest)
        dest.close()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def writer_lock(self, purpose: str) -> WriterLock:
        """Hold for a long job that commits many times (import, rewrite run)."""
        return WriterLock(self.path, purpose)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on error.

        Taking the write lock up front means a busy project fails here, before any
        work is done, with a message instead of SQLite's "database is locked".
        """
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise ProjectBusyError(
                    f"{self.path} is busy: another process has been writing to it for "
                    f"over {BUSY_TIMEOUT_MS // 1000} seconds. Try again later."
                ) from exc
            raise
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
