"""Bulk decisions: one decision recorded for many passages at once, and taken back at once.

A bulk decision is an ordinary row in the ``reviews`` log, like the one ``record_decision``
writes when a reviewer accepts or rejects a passage's newest rewrite, with ``bulk_id``
pointing at its ``bulk_batches`` row. It only touches passages that have a rewrite and no
standing decision by anyone: it never overwrites a reviewer's own decision, nor an earlier
batch's. Undoing a batch appends 'reset' rows (also marked with the batch) and leaves alone
every passage that a reviewer decided again since.

Everything is set-based SQL, one transaction per call (a batch of 700,000 passages in a
1,000,000-passage project: 50 to 70 s on two shared cores, tests/bench/bench_bulk.py). A skip counts as a
decision here (someone looked at the passage). Drafts are left as they are: a reviewer's
edit in progress is not lost, and saving it later replaces the bulk decision. Typical use::

    selection = BulkSelection(queue_filter=QueueFilter(flag="unflagged", prompt="conduct-ar:2"))
    preview = preview_bulk(project, selection)  # for the confirmation
    result = decide_bulk(project, selection, "accepted", "huda")
    undo_bulk(project, result.batch_id)
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace

from aligner_gui.core.errors import UsageError
from aligner_gui.core.review.decisions import RESET
from aligner_gui.core.review.queue import QueueFilter, filter_sql
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now

BULK_DECISIONS = ("accepted", "rejected")


@dataclass(frozen=True)
class BulkSelection:
    """The passages a bulk decision is about: those matching ``queue_filter`` (every
    passage when it is empty) and, when ``passage_ids`` is given, only those among them
    (the queue's selected rows). Of these, only the undecided ones with a rewrite are decided."""

    passage_ids: tuple[int, ...] | None = None
    queue_filter: QueueFilter = field(default_factory=QueueFilter)

    def as_dict(self) -> dict:
        """What the batch records: the filter's narrowing fields, and how many ids were chosen."""
        narrowing = {k: v for k, v in asdict(self.queue_filter).items() if v and k != "order"}
        if "states" in narrowing:
            narrowing["states"] = sorted(narrowing["states"])
        recorded: dict = {"filter": narrowing}
        if self.passage_ids is not None:
            recorded["ids"] = len(set(self.passage_ids))
        return recorded


@dataclass(frozen=True)
class BulkPreview:
    touched: int  # undecided passages with a rewrite: the ones a decision would record
    already_decided: int  # matching passages with a standing decision, left alone


@dataclass(frozen=True)
class BulkResult:
    batch_id: int | None  # None when nothing was decided (and no batch recorded)
    decided: int
    already_decided: int = 0  # matching passages left alone: they had a decision


@dataclass(frozen=True)
class BulkBatch:
    id: int
    reviewer: str
    decision: str
    selection: dict  # BulkSelection.as_dict()
    decided: int
    created_at: str
    undone_at: str | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def preview_bulk(project: Project, selection: BulkSelection) -> BulkPreview:
    """How many passages a bulk decision on ``selection`` would decide, and how many it
    would leave alone because they are decided already. Reads only."""
    sql, params = _candidates(selection)
    return BulkPreview(*project.conn.execute(_COUNTS + f" FROM ({sql})", params).fetchone())


def decide_bulk(project: Project, selection: BulkSelection, decision: str, reviewer: str) -> BulkResult:
    """Record ``decision`` ("accepted" or "rejected") by ``reviewer`` on the newest rewrite
    of every undecided passage in ``selection``, as one batch, in one transaction. Accepted
    keeps the rewrite's text as the final text. Nothing matching: no batch, nothing written.
    Raises UsageError for a bad decision or reviewer, ProjectWriteError when the project
    cannot be written (nothing of the batch is then kept)."""
    if decision not in BULK_DECISIONS:
        raise UsageError(f"a bulk decision is {' or '.join(BULK_DECISIONS)}, not {decision!r}")
    if not reviewer.strip():
        raise UsageError("a bulk decision needs a reviewer name")
    sql, params = _candidates(selection)
    with project.transaction() as conn:
        # The candidates are fixed first: the selection reads passage_state, which the
        # trigger on reviews changes with every row inserted.
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_candidates"
            "(passage_id INTEGER PRIMARY KEY, rewrite_id INTEGER, decided INTEGER NOT NULL)"
        )
        conn.execute("DELETE FROM temp.bulk_candidates")
        conn.execute(f"INSERT INTO temp.bulk_candidates(passage_id, rewrite_id, decided) {sql}", params)
        touched, already_decided = conn.execute(_COUNTS + " FROM temp.bulk_candidates").fetchone()
        batch_id = _record_batch(project, selection, decision, reviewer, touched) if touched else None
        conn.execute("DELETE FROM temp.bulk_candidates")  # (a failure rolls its rows back with the rest)
    return BulkResult(batch_id, touched, already_decided)


def _record_batch(project: Project, selection: BulkSelection, decision: str, reviewer: str, touched: int) -> int:
    """The batch row, and a review row for each undecided candidate; return the batch id."""
    now = utc_now()
    batch = {
        "reviewer": reviewer,
        "decision": decision,
        "selection": json.dumps(selection.as_dict(), ensure_ascii=False, sort_keys=True),
        "decided": touched,
        "created_at": now,
    }
    batch_id = project.db.table("bulk_batches").insert(batch).last_rowid
    # As record_decision writes them: the accepted text is the rewrite's own, at distance
    # 0 from it; a rejection keeps no text and has no distances.
    accepted = decision == "accepted"
    distance = 0 if accepted else None
    project.conn.execute(
        "INSERT INTO reviews(passage_id, rewrite_id, reviewer, decision, final_text, reasons,"
        " word_distance, char_distance, created_at, bulk_id)"
        " SELECT c.passage_id, c.rewrite_id, ?, ?, CASE WHEN ? THEN w.text END, '[]', ?, ?, ?, ?"
        " FROM temp.bulk_candidates c JOIN rewrites w ON w.id = c.rewrite_id"
        " WHERE NOT c.decided ORDER BY c.passage_id",
        (reviewer, decision, accepted, distance, distance, now, batch_id),
    )
    return batch_id


def preview_undo(project: Project, batch_id: int) -> int:
    """How many passages undoing the batch would take back to pending: those whose
    standing decision is still the batch's. Raises UsageError like ``undo_bulk``."""
    _undoable(project, batch_id)
    return _still_standing(project, batch_id)


def undo_bulk(project: Project, batch_id: int) -> int:
    """Take the batch back; return how many passages went back to pending.

    A passage decided again since (by anyone) keeps that decision. Every batch row that is
    still its reviewer's latest on the passage gets a 'reset' row, so a batch decision
    shadowed by another reviewer's cannot come back when that one is undone. Refuses
    (UsageError) an unknown batch or one already undone."""
    with project.transaction() as conn:
        _undoable(project, batch_id)
        back_to_pending = _still_standing(project, batch_id)
        now = utc_now()
        conn.execute(
            "INSERT INTO reviews(passage_id, rewrite_id, reviewer, decision, reasons, created_at, bulk_id)"
            " SELECT r.passage_id, r.rewrite_id, r.reviewer, ?, '[]', ?, r.bulk_id FROM reviews r"
            " WHERE r.bulk_id = ? AND r.decision != ?"
            " AND r.id = (SELECT max(id) FROM reviews x WHERE x.passage_id = r.passage_id AND x.reviewer = r.reviewer)"
            " ORDER BY r.passage_id",
            (RESET, now, batch_id, RESET),
        )
        conn.execute("UPDATE bulk_batches SET undone_at = ? WHERE id = ?", (now, batch_id))
    return back_to_pending


def bulk_batches(project: Project) -> list[BulkBatch]:
    """Every batch of the project, newest first."""
    return [_batch(row) for row in project.conn.execute(_BATCH_SELECT + " ORDER BY id DESC")]


def last_bulk(project: Project, reviewer: str) -> BulkBatch | None:
    """The reviewer's newest batch that is not undone (what an Undo would take back)."""
    row = project.conn.execute(
        _BATCH_SELECT + " WHERE reviewer = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1", (reviewer,)
    ).fetchone()
    return _batch(row) if row else None


def get_bulk(project: Project, batch_id: int) -> BulkBatch | None:
    row = project.conn.execute(_BATCH_SELECT + " WHERE id = ?", (batch_id,)).fetchone()
    return _batch(row) if row else None


_BATCH_SELECT = "SELECT id, reviewer, decision, selection, decided, created_at, undone_at FROM bulk_batches"


def _batch(row: tuple) -> BulkBatch:
    batch_id, reviewer, decision, selection, decided, created_at, undone_at = row
    return BulkBatch(batch_id, reviewer, decision, json.loads(selection), decided, created_at, undone_at)


def _matching(selection: BulkSelection) -> tuple[str, list]:
    """A SELECT of the ids (column ``id``) of the passages the selection names."""
    sql, params = filter_sql(replace(selection.queue_filter, order="id"))
    if selection.passage_ids is None:
        return sql, params
    # Driven from the ids, the filter checked for each: a few rows chosen in a million-passage
    # project cost a few lookups, not a scan of the project.
    chosen = "SELECT DISTINCT value AS id FROM json_each(?)"
    return (
        f"SELECT c.id FROM ({chosen}) c WHERE EXISTS (SELECT 1 FROM ({sql}) f WHERE f.id = c.id)",
        [json.dumps(list(selection.passage_ids)), *params],
    )


def _candidates(selection: BulkSelection) -> tuple[str, list]:
    """A SELECT of (passage_id, rewrite_id, decided) for the selection's passages: the
    newest rewrite (NULL: none) and whether anyone's decision stands on the passage."""
    sql, params = _matching(selection)
    return (
        "SELECT m.id AS passage_id, (SELECT max(id) FROM rewrites w WHERE w.passage_id = m.id) AS rewrite_id,"
        " EXISTS (SELECT 1 FROM passage_state s WHERE s.passage_id = m.id) AS decided"
        f" FROM ({sql}) m",
        params,
    )


# Over candidates: (passages a decision would record, passages left alone as decided).
_COUNTS = "SELECT count(*) FILTER (WHERE NOT decided AND rewrite_id IS NOT NULL), count(*) FILTER (WHERE decided)"


def _undoable(project: Project, batch_id: int) -> BulkBatch:
    batch = get_bulk(project, batch_id)
    if batch is None:
        raise UsageError(f"{project.path.name} has no bulk batch {batch_id}")
    if batch.undone:
        raise UsageError(f"bulk batch {batch_id} of {project.path.name} was already undone at {batch.undone_at}")
    return batch


def _still_standing(project: Project, batch_id: int) -> int:
    return project.conn.execute(
        "SELECT count(*) FROM reviews r JOIN passage_state s ON s.passage_id = r.passage_id AND s.review_id = r.id"
        " WHERE r.bulk_id = ?",
        (batch_id,),
    ).fetchone()[0]
