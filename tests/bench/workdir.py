"""The temporary folder each benchmark script works in (kept with --keep)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def make_workdir(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"aligner-bench-{name}"))


def clean_up(workdir: Path, keep: bool) -> None:
    if keep:
        print(f"kept {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)


def finish_build(conn: sqlite3.Connection, path: Path, built: str, start: float) -> None:
    """Close a project built with the journal off, back in WAL mode as the app keeps it."""
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    conn.close()
    if mode != "wal":
        raise SystemExit(f"build: could not put the project back in WAL mode (got {mode!r})")
    print(f"built {built} in {time.perf_counter() - start:.0f} s ({path.stat().st_size / 1e9:.2f} GB)")


def ensure_project(path: Path, n: int, what: str, count_sql: str, build: Callable[[Path, int], None]) -> None:
    """Reuse the project at ``path`` if ``count_sql`` finds its ``n`` items (``what``), else build it."""
    if path.exists():
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        count = conn.execute(count_sql).fetchone()[0] or 0
        conn.close()
        if count != n:
            raise SystemExit(f"{path} holds {count:,} {what}, not {n:,}: remove it or give --n {count}")
        print(f"reusing {path} ({n:,} {what})")
        return
    build(path, n)
