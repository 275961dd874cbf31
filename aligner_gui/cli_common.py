"""Argument types and project opening shared by the `aligner` commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from aligner_gui.core.errors import ProjectError
from aligner_gui.core.project import Project


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def open_project(path: Path) -> Project:
    try:
        return Project.open(path)
    except ProjectError as exc:
        if not path.exists():
            raise ProjectError(f"{exc}; create one with `aligner init {path}`") from exc
        raise
