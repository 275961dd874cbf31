"""One bulk writer per project at a time, across processes.

SQLite already serializes single transactions, so the file itself cannot be corrupted by
two writers. Long jobs (an import, a rewrite run) commit in many chunks, though, and two
of them interleaving on one project would be confusing at best. Such a job holds an OS
file lock on ``PROJECT-lock`` beside the project for its whole run; a second one is
refused at once with a message naming the holder. The OS drops the lock when the holder
exits, even when it crashes, so a stale lock cannot block anyone.

A lock file this process cannot write (left by another user, or marked immutable) is
locked through a read-only descriptor, which flock and LockFile accept; the note naming
the holder is then not written.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from contextlib import suppress
from pathlib import Path
from types import TracebackType

from aligner_gui.core.errors import ProjectBusyError
from aligner_gui.core.store.faults import os_fault

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + "-lock")


class WriterLock:
    """Context manager holding the project's bulk-writer lock for ``purpose``."""

    def __init__(self, project_path: Path, purpose: str) -> None:
        self.path = lock_path(project_path)
        self.project_path = project_path
        self.purpose = purpose
        self._fd: int | None = None
        self._writable = False

    def __enter__(self) -> WriterLock:
        fd, writable = self._open()
        if not _try_lock(fd):
            holder = _describe_holder(fd)
            os.close(fd)
            raise ProjectBusyError(
                f"{self.project_path} is busy: {holder} is writing to it. Try again when it has finished."
            )
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "purpose": self.purpose,
            "since": time.strftime("%Y-%m-%d %H:%M:%S"),
        }
        self._fd, self._writable = fd, writable
        if writable:
            # Written after byte 0, which msvcrt locks; readers seek past it. Only a
            # courtesy to whoever is refused: a full disk must not stop the job here.
            with suppress(OSError):
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, b" " + json.dumps(holder).encode())
        return self

    def _open(self) -> tuple[int, bool]:
        """The lock file's descriptor, and whether it could be opened for writing."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644), True
        except OSError as exc:
            with suppress(OSError):
                return os.open(self.path, os.O_RDONLY), False
            raise os_fault(self.project_path, exc, self.path, "nothing was changed") from exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            if self._writable:
                with suppress(OSError):
                    os.ftruncate(self._fd, 0)
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def _describe_holder(fd: int) -> str:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        raw = os.read(fd, 4096)
        info = json.loads(raw)
        where = f"pid {info['pid']} on {info['host']}, since {info['since']}"
        return f"another process ({info['purpose']}, {where})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"
