"""Review decisions, drafts and positions: everything a reviewer does that must not be lost.

Decisions go to the append-only ``reviews`` log, one committed row per action; undo and
corrections are new rows. The current state is derived (``passage_state``, kept by a
trigger). Drafts hold edits in progress until a decision replaces them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace

from aligner_gui.core.flags.store import StoredFlag, rewrite_flags
from aligner_gui.core.rewrite.types import FINISH_LENGTH
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now
from aligner_gui.core.text.arabic import normalize, text_hash
from aligner_gui.core.text.diff import edit_distance

DECISIONS = ("accepted", "edited", "rejected", "skipped")
# Decisions that count as done; a skipped passage still waits for review.
DONE_DECISIONS = ("accepted", "edited", "rejected")
KEPT = ("accepted", "edited")  # decisions that keep a final text
RESET = "reset"


@dataclass(frozen=True)
class Decision:
    passage_id: int
    rewrite_id: int | None
    reviewer: str
    decision: str  # one of DECISIONS, or RESET (back to pending)
    final_text: str | None = None
    reasons: tuple[str, ...] = ()
    note: str | None = None
    seconds: float | None = None


@dataclass(frozen=True)
class Draft:
    passage_id: int
    reviewer: str
    rewrite_id: int | None
    text: str
    updated_at: str


@dataclass(frozen=True)
class Candidate:
    """One rewrite of a passage: imported, or made by a model (one per regeneration)."""

    rewrite_id: int
    origin: str
    model: str | None
    finish_reason: str | None

    @property
    def truncated(self) -> bool:
        return self.finish_reason == FINISH_LENGTH


@dataclass
class ReviewItem:
    """What the review panel needs for one passage."""

    passage_id: int
    uid: str
    source: str | None
    text: str
    rewrite_id: int | None
    rewrite: str | None
    rewrite_origin: str | None
    rewrite_model: str | None
    current: Decision | None
    draft: Draft | None
    meta: dict = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)  # oldest first
    flags: list[StoredFlag] = field(default_factory=list)  # the shown rewrite's, worst first

    @property
    def candidate_index(self) -> int:
        """Position of the shown rewrite among the candidates (-1 when there is none)."""
        return next((i for i, c in enumerate(self.candidates) if c.rewrite_id == self.rewrite_id), -1)


def record_decision(project: Project, decision: Decision) -> int:
    """Append one decision, committed before this returns; return its row id.

    A text kept for a passage without a rewrite (``rewrite_id`` None) is a rewrite the
    reviewer wrote: it is stored as one, origin human, and the decision is about it."""
    if decision.decision not in (*DECISIONS, RESET):
        raise ValueError(f"unknown decision {decision.decision!r}")
    if not decision.reviewer.strip():
        raise ValueError("a decision needs a reviewer name")
    words = chars = None
    with project.transaction() as conn:
        if decision.rewrite_id is None and decision.final_text is not None and decision.decision in KEPT:
            decision = replace(decision, rewrite_id=_human_rewrite(conn, decision.passage_id, decision.final_text))
        if decision.final_text is not None and decision.rewrite_id is not None:
            row = conn.execute("SELECT text FROM rewrites WHERE id = ?", (decision.rewrite_id,)).fetchone()
            if row is not None:
                words, chars = edit_distance(row[0], decision.final_text)
        review = {
            "passage_id": decision.passage_id,
            "rewrite_id": decision.rewrite_id,
            "reviewer": decision.reviewer,
            "decision": decision.decision,
            "final_text": decision.final_text,
            "reasons": json.dumps(list(decision.reasons), ensure_ascii=False),
            "note": decision.note,
            "seconds": decision.seconds,
            "word_distance": words,
            "char_distance": chars,
            "created_at": utc_now(),
        }
        review_id = project.db.table("reviews").insert(review).last_rowid
        if decision.decision != RESET:
            conn.execute(
                "DELETE FROM drafts WHERE passage_id = ? AND reviewer = ?", (decision.passage_id, decision.reviewer)
            )
        return review_id or 0


def _human_rewrite(conn: sqlite3.Connection, passage_id: int, text: str) -> int:
    """The rewrite a reviewer wrote by hand for a passage that had none (origin human),
    made once per text: redoing the decision finds it again."""
    found = conn.execute(
        "SELECT id FROM rewrites WHERE passage_id = ? AND origin = 'human' AND text = ?", (passage_id, text)
    ).fetchone()
    if found is not None:
        return found[0]
    # Automatic flags judge a model's output: a reviewer's own text is not checked (0).
    return conn.execute(
        "INSERT INTO rewrites(passage_id, text, text_hash, origin, created_at, flag_severity)"
        " VALUES (?, ?, ?, 'human', ?, 0)",
        (passage_id, text, text_hash(normalize(text)), utc_now()),
    ).lastrowid


def current_decision(project: Project, passage_id: int, reviewer: str) -> Decision | None:
    """This reviewer's standing decision on the passage; None when pending."""
    row = project.conn.execute(
        "SELECT passage_id, rewrite_id, reviewer, decision, final_text, reasons, note, seconds FROM reviews"
        " WHERE passage_id = ? AND reviewer = ? ORDER BY id DESC LIMIT 1",
        (passage_id, reviewer),
    ).fetchone()
    if row is None or row[3] == RESET:
        return None
    return Decision(row[0], row[1], row[2], row[3], row[4], tuple(json.loads(row[5])), row[6], row[7])


# -- drafts ----------------------------------------------------------------------------


def save_draft(project: Project, passage_id: int, reviewer: str, rewrite_id: int | None, text: str) -> None:
    with project.transaction() as conn:
        conn.execute(
            "INSERT INTO drafts(passage_id, reviewer, rewrite_id, text, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(passage_id, reviewer) DO UPDATE SET rewrite_id = excluded.rewrite_id,"
            " text = excluded.text, updated_at = excluded.updated_at",
            (passage_id, reviewer, rewrite_id, text, utc_now()),
        )


def load_draft(project: Project, passage_id: int, reviewer: str) -> Draft | None:
    row = project.conn.execute(
        "SELECT passage_id, reviewer, rewrite_id, text, updated_at FROM drafts WHERE passage_id = ? AND reviewer = ?",
        (passage_id, reviewer),
    ).fetchone()
    return Draft(*row) if row else None


def discard_draft(project: Project, passage_id: int, reviewer: str) -> None:
    with project.transaction() as conn:
        conn.execute("DELETE FROM drafts WHERE passage_id = ? AND reviewer = ?", (passage_id, reviewer))


def drafts_of(project: Project, reviewer: str) -> list[Draft]:
    rows = project.conn.execute(
        "SELECT passage_id, reviewer, rewrite_id, text, updated_at FROM drafts WHERE reviewer = ? ORDER BY updated_at",
        (reviewer,),
    ).fetchall()
    return [Draft(*row) for row in rows]


# -- reasons and positions -----------------------------------------------------------------


def review_reasons(project: Project) -> list[tuple[str, str]]:
    """(code, label) pairs in display order; the first nine get the keys 1-9."""
    return project.conn.execute("SELECT code, label FROM reasons ORDER BY position, code").fetchall()


def set_review_reasons(project: Project, reasons: list[tuple[str, str]]) -> None:
    """Replace the project's reason list. Codes already used in reviews stay valid."""
    with project.transaction() as conn:
        conn.execute("DELETE FROM reasons")
        rows = ({"code": code, "label": label, "position": i} for i, (code, label) in enumerate(reasons))
        project.db.table("reasons").insert_all(rows)


def save_position(project: Project, reviewer: str, passage_id: int) -> None:
    with project.transaction() as conn:
        conn.execute(
            "INSERT INTO bookmarks(reviewer, passage_id, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(reviewer) DO UPDATE SET passage_id = excluded.passage_id, updated_at = excluded.updated_at",
            (reviewer, passage_id, utc_now()),
        )


def last_position(project: Project, reviewer: str) -> int | None:
    row = project.conn.execute("SELECT passage_id FROM bookmarks WHERE reviewer = ?", (reviewer,)).fetchone()
    return row[0] if row else None


# -- loading an item -------------------------------------------------------------------------


def load_item(project: Project, passage_id: int, reviewer: str, rewrite_id: int | None = None) -> ReviewItem:
    """The passage with one of its rewrites: ``rewrite_id`` if given, else the one this
    reviewer's draft or standing decision is about, else the newest."""
    conn = project.conn
    uid, source, text, meta = conn.execute(
        "SELECT uid, source, text, meta FROM passages WHERE id = ?", (passage_id,)
    ).fetchone()
    candidates = [
        Candidate(*row)
        for row in conn.execute(
            "SELECT id, origin, model, finish_reason FROM rewrites WHERE passage_id = ? ORDER BY id", (passage_id,)
        )
    ]
    current = current_decision(project, passage_id, reviewer)
    draft = load_draft(project, passage_id, reviewer)
    known = {c.rewrite_id for c in candidates}
    preferred = [rewrite_id, draft.rewrite_id if draft else None, current.rewrite_id if current else None]
    chosen = next((i for i in preferred if i in known), candidates[-1].rewrite_id if candidates else None)
    rewrite = conn.execute(
        "SELECT id, text, origin, model FROM rewrites WHERE id = ?", (chosen,)
    ).fetchone() or (None, None, None, None)
    return ReviewItem(
        passage_id,
        uid,
        source,
        text,
        *rewrite,
        current=current,
        draft=draft,
        meta=json.loads(meta) if meta else {},
        candidates=candidates,
        flags=rewrite_flags(conn, rewrite[0]),
    )


def passage_text(project: Project, passage_id: int) -> str:
    return project.conn.execute("SELECT text FROM passages WHERE id = ?", (passage_id,)).fetchone()[0]
