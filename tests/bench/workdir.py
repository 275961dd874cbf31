"""The temporary folder each benchmark script works in (kept with --keep)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def make_workdir(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"aligner-bench-{name}"))


def clean_up(workdir: Path, keep: bool) -> None:
    if keep:
        print(f"kept {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
