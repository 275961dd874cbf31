"""Argument types, project opening and Ctrl+C handling shared by the `aligner` commands."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aligner_gui.core.errors import ProjectError, UsageError
from aligner_gui.core.flags.queries import check_flag_filter
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.schema import LATEST_VERSION


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def passage_ids(value: str) -> tuple[int, ...]:
    """``--ids 3,17,42``: passage ids separated by commas."""
    try:
        ids = tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        ids = ()
    if not ids:
        raise argparse.ArgumentTypeError(f"expected passage ids separated by commas, got {value!r}")
    return ids


def flag_filter(value: str) -> str:
    """``--flag``: flagged, unflagged or a flag code."""
    try:
        check_flag_filter(value)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def prompt_name(value: str) -> str:
    """``--prompt NAME`` or ``NAME:VERSION``."""
    name, colon, version = value.partition(":")
    if not name or (colon and not version.isdigit()):
        raise argparse.ArgumentTypeError(f"expected NAME or NAME:VERSION (a number), got {value!r}")
    return value


def open_project(path: Path, writing: bool = False) -> Project:
    """Open the project for a command; ``writing``: refuse a read-only one at once,
    before any work (loading a model, reading input) is done."""

    def upgrading(version: int, backup: Path) -> None:
        print(
            f"{path}: upgrading from schema {version} to {LATEST_VERSION} (the old file is kept as"
            f" {backup.name}); a large project takes a minute or so",
            file=sys.stderr,
        )

    try:
        project = Project.open(path, on_upgrade=upgrading)
    except ProjectError as exc:
        if not path.exists():
            raise ProjectError(f"{exc}; create one with `aligner init {path}`") from exc
        raise
    if writing and project.read_only:
        project.close()
        project.require_writable()
    return project


@contextmanager
def first_ctrl_c_stops(what: str) -> Iterator[threading.Event]:
    """The first Ctrl+C sets the event (the job ends cleanly at its next check); a second
    one interrupts at once, as Ctrl+C usually does. Where Ctrl+C is ignored (a job started
    in the background by a shell script), it stays ignored."""
    stop = threading.Event()
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield stop
        return

    def on_ctrl_c(_signum: int, _frame: object) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        print(f"\nstopping {what}; Ctrl+C again to interrupt at once", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
