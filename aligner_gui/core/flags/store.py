"""Flags in the project file: stored when a rewrite arrives (imported or generated),
checked again on request, and read back for the queue, the review panel and the CLI.

A rewrite's ``flag_severity`` says it was checked (0: nothing found). ``passage_flags``
mirrors each passage's newest rewrite when it has flags, for worst-first ordering.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from aligner_gui.core.flags.check import Checker, thresholds_with
from aligner_gui.core.flags.model import Span
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now

THRESHOLDS_KEY = "flag_thresholds"  # project_info: the project's overrides, as JSON
RECHECK_CHUNK = 2000  # rewrites a transaction when checking again


@dataclass(frozen=True)
class StoredFlag:
    code: str
    severity: int
    detail: str
    spans: tuple[Span, ...]
    thresholds: dict[str, float]


@dataclass(frozen=True)
class PassageFlags:
    passage_id: int
    uid: str
    rewrite_id: int
    severity: int
    flags: list[StoredFlag]


@dataclass(frozen=True)
class CheckReport:
    checked: int
    flagged: int


# -- thresholds ----------------------------------------------------------------------


def overrides(conn: sqlite3.Connection) -> dict[str, float]:
    row = conn.execute("SELECT value FROM project_info WHERE key = ?", (THRESHOLDS_KEY,)).fetchone()
    return json.loads(row[0]) if row else {}


def project_thresholds(conn: sqlite3.Connection) -> dict[str, float]:
    """Every threshold in force in this project: the defaults, with its overrides."""
    return thresholds_with(overrides(conn))


def set_thresholds(project: Project, changes: Mapping[str, float | None]) -> dict[str, float]:
    """Override thresholds (None: back to the default); returns the overrides now kept.
    Flags already stored keep the thresholds they were measured against until checked again."""
    with project.transaction() as conn:
        kept = {**overrides(conn), **changes}
        kept = {name: value for name, value in kept.items() if value is not None}
        thresholds_with(kept)  # refuses an unknown name
        conn.execute(
            "INSERT INTO project_info(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (THRESHOLDS_KEY, json.dumps(kept, sort_keys=True)),
        )
    return kept


# -- writing -------------------------------------------------------------------------


def save_flags(conn: sqlite3.Connection, passage_id: int, rewrite_id: int, rows: tuple[tuple, ...], now: str) -> None:
    """Store one checked rewrite's flags (Checker.rows), replacing any it had."""
    conn.execute("DELETE FROM flags WHERE rewrite_id = ?", (rewrite_id,))
    conn.executemany(
        _INSERT_FLAG,
        [(rewrite_id, *row, now) for row in rows],
    )
    conn.execute("UPDATE rewrites SET flag_severity = ? WHERE id = ?", (worst_severity(rows), rewrite_id))
    newest = conn.execute("SELECT max(id) FROM rewrites WHERE passage_id = ?", (passage_id,)).fetchone()[0]
    if newest == rewrite_id:
        mirror_newest(conn, passage_id, rewrite_id, rows)


def mirror_newest(conn: sqlite3.Connection, passage_id: int, rewrite_id: int, rows: tuple[tuple, ...]) -> None:
    """Make passage_flags show the passage's newest rewrite, ``rewrite_id``, with ``rows``."""
    if rows:
        conn.execute(_MIRROR, _mirrored(passage_id, rewrite_id, rows))
    else:
        conn.execute("DELETE FROM passage_flags WHERE passage_id = ?", (passage_id,))


def save_first_flags(conn: sqlite3.Connection, flagged: list[tuple[int, tuple[tuple, ...]]], now: str) -> None:
    """Store the flags of rewrites just inserted as their new passages' first, with their
    flag_severity already set: (passage id, Checker.rows) each. One statement per table,
    where save_flags takes several per rewrite."""
    if not flagged:
        return
    passages = json.dumps([passage_id for passage_id, _ in flagged])
    rewrite_of = dict(
        conn.execute(
            "SELECT passage_id, min(id) FROM rewrites WHERE passage_id IN (SELECT value FROM json_each(?))"
            " GROUP BY passage_id",
            (passages,),
        )
    )
    conn.executemany(
        _INSERT_FLAG,
        [(rewrite_of[passage_id], *row, now) for passage_id, rows in flagged for row in rows],
    )
    # New passages have no mirrored row to replace: a plain INSERT. INSERT OR REPLACE (or an
    # upsert) takes a savepoint for each row, and at each the search index (FTS5) writes out
    # the entries the import's transaction holds: 70-250 µs a row against 5, the index in
    # a segment per chunk, and an import with flags 10-15% slower.
    conn.executemany(_MIRROR_NEW, [_mirrored(passage_id, rewrite_of[passage_id], rows) for passage_id, rows in flagged])


def worst_severity(rows: tuple[tuple, ...]) -> int:
    """A checked rewrite's flag_severity: its worst flag's, 0 without flags."""
    return max((row[1] for row in rows), default=0)


_INSERT_FLAG = (
    "INSERT INTO flags(rewrite_id, kind, severity, detail, spans, thresholds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_MIRROR_NEW = "INSERT INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes) VALUES (?, ?, ?, ?, ?)"
_MIRROR = (
    "INSERT OR REPLACE INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes) VALUES (?, ?, ?, ?, ?)"
)


def _mirrored(passage_id: int, rewrite_id: int, rows: tuple[tuple, ...]) -> tuple:
    return (passage_id, rewrite_id, worst_severity(rows), len(rows), " ".join(sorted({row[0] for row in rows})))


def check_and_save(
    conn: sqlite3.Connection, checker: Checker, passage_id: int, rewrite_id: int, rewrite: str,
    finish_reason: str | None, now: str,
) -> tuple[tuple, ...]:  # fmt: skip
    raw = conn.execute("SELECT text FROM passages WHERE id = ?", (passage_id,)).fetchone()[0]
    rows = checker.rows(raw, rewrite, finish_reason)
    save_flags(conn, passage_id, rewrite_id, rows, now)
    return rows


def recheck(
    project: Project,
    everything: bool = False,
    progress: Callable[[int, int], None] | None = None,
    between_chunks: Callable[[], None] | None = None,
) -> CheckReport:
    """Check the rewrites not checked yet (from an older project), or all of them again
    under the thresholds now in force; a transaction per chunk, so a stop keeps what is done."""
    conn = project.conn
    checker = Checker(project_thresholds(conn))
    unchecked = "" if everything else " AND flag_severity IS NULL"
    total = conn.execute(f"SELECT count(*) FROM rewrites WHERE 1{unchecked}").fetchone()[0]
    checked = flagged = 0
    after = 0
    while True:
        chunk = conn.execute(
            "SELECT w.id, w.passage_id, p.text, w.text, w.finish_reason FROM rewrites w"
            f" JOIN passages p ON p.id = w.passage_id WHERE w.id > ?{unchecked} ORDER BY w.id LIMIT ?",
            (after, RECHECK_CHUNK),
        ).fetchall()
        if not chunk:
            break
        now = utc_now()
        with project.transaction() as tx:
            for rewrite_id, passage_id, raw, text, finish_reason in chunk:
                rows = checker.rows(raw, text, finish_reason)
                save_flags(tx, passage_id, rewrite_id, rows, now)
                flagged += bool(rows)
        checked += len(chunk)
        after = chunk[-1][0]
        if progress is not None:
            progress(checked, total)
        if between_chunks is not None:
            between_chunks()
    return CheckReport(checked, flagged)


# -- reading -------------------------------------------------------------------------


def _stored(row: tuple) -> StoredFlag:
    code, severity, detail, spans, thresholds = row
    return StoredFlag(
        code, severity, detail or "", tuple(Span(*s) for s in json.loads(spans)), json.loads(thresholds or "{}")
    )


def rewrite_flags(conn: sqlite3.Connection, rewrite_id: int | None) -> list[StoredFlag]:
    """One rewrite's flags, worst first."""
    if rewrite_id is None:
        return []
    rows = conn.execute(
        "SELECT kind, severity, detail, spans, thresholds FROM flags WHERE rewrite_id = ?"
        " ORDER BY severity DESC, kind, id",
        (rewrite_id,),
    )
    return [_stored(row) for row in rows]


def flagged_passages(project: Project, worst_first: bool = False) -> Iterator[PassageFlags]:
    """Every passage whose newest rewrite has flags, in passage order or worst first."""
    conn = project.conn
    order = "pf.severity DESC, pf.flag_count DESC, pf.passage_id" if worst_first else "pf.passage_id"
    cursor = conn.execute(
        "SELECT pf.passage_id, p.uid, pf.rewrite_id, pf.severity FROM passage_flags pf"
        f" JOIN passages p ON p.id = pf.passage_id ORDER BY {order}"
    )
    while batch := cursor.fetchmany(1000):
        for passage_id, uid, rewrite_id, severity in batch:
            yield PassageFlags(passage_id, uid, rewrite_id, severity, rewrite_flags(conn, rewrite_id))


def flag_counts(project: Project) -> dict[str, int]:
    """How many passages' newest rewrite carries each code."""
    rows = project.conn.execute(
        "SELECT f.kind, count(DISTINCT pf.passage_id) FROM passage_flags pf"
        " JOIN flags f ON f.rewrite_id = pf.rewrite_id GROUP BY f.kind"
    )
    return dict(rows.fetchall())


def unchecked_count(project: Project) -> int:
    return project.conn.execute("SELECT count(*) FROM rewrites WHERE flag_severity IS NULL").fetchone()[0]
