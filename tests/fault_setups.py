"""Real faults for tests: a full disk, read-only files and mounts, another user.

Each needs something CI may not allow (root, mount, chattr); where it is missing the
test is skipped with the reason.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _why(result: subprocess.CompletedProcess) -> str:
    return (result.stderr.strip().splitlines() or ["failed"])[0]


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size``: a disk that fills up."""
    folder.mkdir(parents=True, exist_ok=True)
    result = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {_why(result)}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill_disk(folder: Path) -> None:
    """Write a file in ``folder`` until its disk is full."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
    try:  # the last few blocks
        while True:
            os.write(fd, b"\0" * 512)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
    finally:
        os.close(fd)


@contextmanager
def read_only_view(folder: Path, view: Path) -> Iterator[Path]:
    """``folder`` seen through ``view``, a read-only bind mount."""
    view.mkdir(parents=True, exist_ok=True)
    if _run("mount", "--bind", str(folder), str(view)).returncode != 0:
        pytest.skip("cannot bind-mount here (needs root and mount)")
    try:
        result = _run("mount", "-o", "remount,bind,ro", str(view))
        if result.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {_why(result)}")
        yield view
    finally:
        _run("umount", "-l", str(view))


@contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """``path`` marked immutable (chattr +i): not even root may write it."""
    if shutil.which("chattr") is None or _run("chattr", "+i", str(path)).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and a file system that supports it)")
    try:
        yield path
    finally:
        _run("chattr", "-i", str(path))


def read_only_for_me(path: Path):  # noqa: ANN201 - a context manager
    """``path`` read-only for this process: immutable when root (root ignores chmod),
    else its permission bits."""
    if os.geteuid() == 0:
        return immutable(path)
    return _chmod_read_only(path)


@contextmanager
def _chmod_read_only(path: Path) -> Iterator[Path]:
    mode = path.stat().st_mode
    path.chmod(0o444)
    try:
        yield path
    finally:
        path.chmod(mode)


def as_nobody() -> list[str]:
    """A command prefix that runs the rest as the unprivileged user nobody."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a command as another user")
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if _run(*prefix, sys.executable, "-c", "import aligner_gui").returncode != 0:
        pytest.skip("the user nobody cannot run this Python and the project's code")
    return prefix


@contextmanager
def shared_folder(name: str) -> Iterator[Path]:
    """A folder that nobody can reach too (pytest's tmp_path is private to its user)."""
    folder = Path("/tmp") / f"aligner-faults-{os.getpid()}-{name}"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
