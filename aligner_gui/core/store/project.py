"""The project file: one SQLite database per project, opened through sqlite-utils.

A :class:`Project` owns one connection and must be used from the thread that opened it;
other threads open their own (WAL lets readers and one writer proceed together).

Core inserts its rows through sqlite-utils, a dict of named columns
(``project.db.table(name).insert(row)`` inside :meth:`Project.transaction`, where it nests
as a savepoint), and reads rows that become a dataclass by name with ``rows_where``. Raw
SQL stays where it is faster or clearer: the import's bulk inserts, reads on the review
path (each sqlite-utils table lookup reads the schema twice), joins, aggregates, FTS5,
INSERT ... SELECT, UPDATE, DELETE, upserts and the migrations.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from aligner_gui import __version__
from aligner_gui.core.errors import ProjectError, ProjectReadOnlyError
from aligner_gui.core.store import schema
from aligner_gui.core.store.faults import NOTHING_AFTER_LAST_COMMIT, os_fault, primary_code, sqlite_fault
from aligner_gui.core.store.read_only import connect, sidecars
from aligner_gui.core.store.sqlite_utils_import import sqlite_utils
from aligner_gui.core.store.timestamps import utc_now
from aligner_gui.core.store.writer_lock import WriterLock, lock_path

PROJECT_SUFFIX = ".aligner"
BUSY_TIMEOUT_MS = 10_000


class Project:
    def __init__(self, path: Path, db: sqlite_utils.Database, read_only_reason: str | None = None) -> None:
        self.path = path
        self.db = db
        # Why this process can only read the project (see core.read_only); None: it can write.
        self.read_only_reason = read_only_reason

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project; refuses to overwrite anything."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path} already exists")
        if not path.parent.is_dir():
            raise ProjectError(f"cannot create {path}: folder {path.parent} does not exist")
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise ProjectReadOnlyError(f"cannot create {path}: folder {path.parent} cannot be written")
        created = [path, *sidecars(path)] + ([] if lock_path(path).exists() else [lock_path(path)])
        db = None
        try:
            db = sqlite_utils.Database(str(path))
            db.conn.execute("PRAGMA journal_mode=WAL")
            db.conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
            project = cls(path, db)
            project._configure()
            with WriterLock(path, "creating the project"):
                project._migrate(0)
                with project.transaction():
                    db.table("project_info").insert_all(
                        [
                            {"key": "created_at", "value": utc_now()},
                            {"key": "created_by", "value": f"aligner_gui {__version__}"},
                        ]
                    )
        except (sqlite3.Error, OSError, ProjectError) as exc:
            # A half-made project would only be refused later as "not an aligner project".
            if db is not None:
                db.close()
            for file in created:
                file.unlink(missing_ok=True)
            raise _creation_fault(path, exc) from exc
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
        if not os.access(path, os.R_OK):
            raise ProjectError(f"cannot read {path}: permission denied")
        try:
            conn, read_only = connect(path)
            db = sqlite_utils.Database(conn)
            app_id = db.conn.execute("PRAGMA application_id").fetchone()[0]
            version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if primary_code(exc) in (None, sqlite3.SQLITE_NOTADB):
                raise ProjectError(f"{path} is not an aligner project ({exc})") from exc
            _raise_fault(path, exc, "it was not opened")
            raise
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
        project = cls(path, db, read_only)
        project._configure()
        if version < schema.LATEST_VERSION and read_only:
            if version >= schema.READABLE_FROM_VERSION:
                return project  # read as it is; writing it would need the upgrade
            db.close()
            raise ProjectReadOnlyError(
                f"{path} was written by an older aligner_gui (schema version {version}) and must be upgraded to"
                f" version {schema.LATEST_VERSION} before this one ({__version__}) can open it, but it is"
                f" read-only ({read_only}). Open it once where it can be written, or copy it to a folder"
                " that can be."
            )
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
                self.db.table("schema_migrations").insert(
                    {"version": version, "applied_at": utc_now(), "app_version": __version__}
                )
                self.db.conn.execute(f"PRAGMA user_version={version}")

    def _backup_path(self, suffix: str) -> Path:
        """NAME + suffix, or with a timestamp after it if that file is already there."""
        target = self.path.with_name(self.path.name + suffix)
        if target.exists():
            target = self.path.with_name(f"{self.path.name}{suffix}.{int(time.time())}")
        return target

    def _backup(self, target: Path) -> None:
        try:
            copy_database(self.db.conn, target)
        except sqlite3.Error as exc:
            _raise_fault(target, exc, f"{self.path} was not upgraded")
            raise

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

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def read_only_error(self) -> ProjectReadOnlyError | None:
        """What to tell someone who tries to change this project, when it can only be read."""
        if self.read_only_reason is None:
            return None
        return ProjectReadOnlyError(
            f"{self.path} is read-only ({self.read_only_reason}): it can be read and searched, but not changed"
        )

    def require_writable(self) -> None:
        error = self.read_only_error()
        if error is not None:
            raise error

    def writer_lock(self, purpose: str) -> WriterLock:
        """Hold for a long job that commits many times (import, rewrite run)."""
        self.require_writable()
        return WriterLock(self.path, purpose)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on error.

        Taking the write lock up front means a busy project fails here, before any
        work is done, with a message instead of SQLite's "database is locked". A full
        disk, a read-only file or a disk error raises a ProjectWriteError that says so;
        everything committed before stays.
        """
        self.require_writable()
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            _raise_fault(self.path, exc)
            raise
        try:
            yield conn
        except sqlite3.Error as exc:
            self._rollback()
            _raise_fault(self.path, exc)
            raise
        except BaseException:
            self._rollback()
            raise
        try:
            conn.commit()
        except sqlite3.Error as exc:
            self._rollback()
            _raise_fault(self.path, exc)
            raise

    def _rollback(self) -> None:
        # After a full disk or an I/O error SQLite may have rolled back already.
        with suppress(sqlite3.Error):
            self.conn.rollback()


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database open as ``source`` to ``target`` through SQLite's backup API, so
    that what is still in its -wal is in the copy. On failure the sqlite3.Error is raised
    and no partial ``target`` is left."""
    dest = None
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
    except sqlite3.Error:
        if dest is not None:
            dest.close()
        target.unlink(missing_ok=True)
        raise
    dest.close()


def _raise_fault(path: Path, exc: sqlite3.Error, consequence: str = NOTHING_AFTER_LAST_COMMIT) -> None:
    """Raise the project error that ``exc`` stands for; return when it is none (a bug,
    which the caller re-raises as it is)."""
    fault = sqlite_fault(path, exc, BUSY_TIMEOUT_MS // 1000, consequence)
    if fault is not None:
        raise fault from exc


def _creation_fault(path: Path, exc: Exception) -> Exception:
    """``exc`` (or the SQLite or OS error behind it) as a message about creating ``path``."""
    cause = exc.__cause__ if isinstance(exc, ProjectError) and exc.__cause__ is not None else exc
    left = "nothing was left behind"
    if isinstance(cause, sqlite3.Error):
        fault = sqlite_fault(path, cause, BUSY_TIMEOUT_MS // 1000, left)
    elif isinstance(cause, OSError):
        fault = os_fault(path, cause, path, left)
    else:
        fault = None
    return type(fault)(f"cannot create {fault}") if fault is not None else exc
