"""The reviewed passages an export reads: each passage's standing decision, with the
rewrite it judged, the prompt that made it, its flags and who decided, filtered, in
passage order or worst first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from aligner_gui.core.errors import ExportError, UsageError
from aligner_gui.core.flags.queries import check_flag_filter, check_order, rewrite_flag_condition
from aligner_gui.core.review.queue import standing_conditions
from aligner_gui.core.store.project import Project

DECIDED = ("accepted", "edited", "rejected")
FETCH_ROWS = 2048


@dataclass(frozen=True)
class ExportFilter:
    decisions: frozenset[str] = frozenset(DECIDED)
    reviewer: str | None = None
    reason: str | None = None
    prompt: str | None = None  # a prompt's name, or NAME:VERSION
    model: str | None = None
    since: str | None = None  # decided at or after (an ISO date or time)
    until: str | None = None  # decided before
    search: str | None = None
    flag: str | None = None  # a flag code, "flagged" or "unflagged", on the rewrite reviewed
    order: str = "id"  # or "worst-first": the reviewed rewrite's worst flag first

    def as_dict(self) -> dict:
        return {
            "decisions": sorted(self.decisions),
            "reviewer": self.reviewer,
            "reason": self.reason,
            "prompt": self.prompt,
            "model": self.model,
            "since": self.since,
            "until": self.until,
            "search": self.search,
            "flag": self.flag,
            "order": self.order,
        }

    def check(self) -> None:
        """Refuse an unknown flag or order, or a prompt version that is not a number (UsageError)."""
        check_flag_filter(self.flag)
        check_order(self.order)
        version = (self.prompt or "").partition(":")[2]
        if version and not version.isdigit():
            raise UsageError(f"prompt {self.prompt!r}: the version after ':' must be a number, as in conduct-ar:2")


class ReviewedRow(NamedTuple):
    """One reviewed passage. A tuple: a million are made per export. Its texts are the
    UTF-8 bytes the project holds: they go into the files as they are, and decoding and
    encoding them again took longer than anything else an export does."""

    passage_id: int
    uid: str
    source: str | None
    raw: bytes | None  # None when the export asked not to read it
    rewrite_id: int | None
    rewrite: bytes | None  # the rewrite the reviewer judged (the very object ``final`` is, when equal)
    origin: str | None
    model: str | None
    prompt_name: str | None
    prompt_version: int | None
    prompt_text: bytes | None
    decision: str
    final: bytes | None  # the text kept (accepted or edited), else None
    reviewer: str
    reasons: list[str]
    note: str | None
    decided_at: str
    flags: list[str]  # the codes flagged on the rewrite reviewed, in code order


# passage_state is read in its own (passage id) order, never through an index on it: a
# sort of the whole result, texts and all, would cost far more than reading the states
# a filter then skips.
_FROM = """
FROM passage_state s NOT INDEXED
JOIN reviews r ON r.id = s.review_id
JOIN passages p ON p.id = s.passage_id
LEFT JOIN rewrites w ON w.id = r.rewrite_id
"""
# The reviewed rewrite's flags (it need not be the passage's newest, which passage_flags
# holds). Most rewrites have none, and a checked one without flags says so itself.
_ON_REVIEWED = "FROM flags f WHERE f.rewrite_id = r.rewrite_id"
_CODES = f"CASE WHEN w.flag_severity IS NOT 0 THEN (SELECT group_concat(DISTINCT f.kind) {_ON_REVIEWED}) END"
# Texts as their UTF-8 bytes (a project's encoding, see check_utf8). Most decisions accept
# the rewrite as it is: its text is then read once, as the final text.
_SELECT = f"""
SELECT p.id, p.uid, p.source, {{raw}}, r.rewrite_id, r.final_text IS w.text,
       CASE WHEN r.final_text IS w.text THEN NULL ELSE CAST(w.text AS BLOB) END, w.origin, w.model, w.prompt_id,
       r.decision, CAST(r.final_text AS BLOB), r.reviewer, r.reasons, r.note, r.created_at, {_CODES}""" + _FROM
_FLAGGED = f"EXISTS (SELECT 1 {_ON_REVIEWED})"
_WORST_FIRST = f"(SELECT max(f.severity) {_ON_REVIEWED}) DESC, (SELECT count(*) {_ON_REVIEWED}) DESC, s.passage_id"


def _where(export_filter: ExportFilter) -> tuple[list[str], list]:
    where, params = [], []
    decisions = sorted(export_filter.decisions)
    where.append(f"s.decision IN ({','.join('?' * len(decisions))})")
    params += decisions
    if export_filter.prompt:
        name, _, version = export_filter.prompt.partition(":")
        versions = " AND version = ?" if version else ""
        where.append(f"w.prompt_id IN (SELECT id FROM prompts WHERE name = ?{versions})")
        params += [name, int(version)] if version else [name]
    if export_filter.model:
        where.append("w.model = ?")
        params.append(export_filter.model)
    if export_filter.since:
        where.append("r.created_at >= ?")
        params.append(export_filter.since)
    if export_filter.until:
        where.append("r.created_at < ?")
        params.append(export_filter.until)
    flagged, flag_params = rewrite_flag_condition(export_filter.flag, "r.rewrite_id")
    if flagged:
        where.append(flagged)
        params += flag_params
    more, more_params = standing_conditions(export_filter.reviewer, export_filter.reason, export_filter.search)
    return where + more, params + more_params


def count_rows(project: Project, export_filter: ExportFilter) -> int:
    where, params = _where(export_filter)
    return project.conn.execute("SELECT count(*)" + _FROM + " WHERE " + " AND ".join(where), params).fetchone()[0]


def reviewed_rows(project: Project, export_filter: ExportFilter, raw: bool = True) -> Iterator[ReviewedRow]:
    """The matching passages, in passage id order or worst first (stable from one export
    to the next); ``raw=False``: without the passages' texts. Worst first reads the flagged
    passages, sorted by their reviewed rewrite's worst flag, then how many it has, then
    passage id; then the unflagged ones in passage order: the same as one sort, which only
    the flagged few go through."""
    where, params = _where(export_filter)
    select = _SELECT.format(raw="CAST(p.text AS BLOB)" if raw else "NULL")
    if export_filter.order == "worst-first":
        yield from _read(project, select, [*where, _FLAGGED], params, _WORST_FIRST)
        yield from _read(project, select, [*where, f"NOT {_FLAGGED}"], params, "s.passage_id")
    else:
        yield from _read(project, select, where, params, "s.passage_id")


def _read(project: Project, select: str, where: list[str], params: list, order: str) -> Iterator[ReviewedRow]:
    # The few prompts once, not their texts once per row.
    known = project.conn.execute("SELECT id, name, version, CAST(text AS BLOB) FROM prompts")
    prompts = {row[0]: row[1:] for row in known}
    no_prompt = (None, None, None)
    cursor = project.conn.execute(select + " WHERE " + " AND ".join(where) + " ORDER BY " + order, params)
    while batch := cursor.fetchmany(FETCH_ROWS):
        for row in batch:
            (pid, uid, source, raw, rewrite_id, same, rewrite, origin, model, prompt_id,
             decision, final, reviewer, reasons, note, decided_at, codes) = row  # fmt: skip
            if same:
                rewrite = final
            prompt_name, prompt_version, prompt_text = prompts.get(prompt_id, no_prompt)
            yield ReviewedRow(
                pid, uid, source, raw, rewrite_id, rewrite, origin, model, prompt_name, prompt_version, prompt_text,
                decision, final, reviewer, [] if reasons in (None, "[]") else json.loads(reasons), note, decided_at,
                sorted(codes.split(",")) if codes else [],
            )  # fmt: skip


@contextmanager
def read_snapshot(project: Project) -> Iterator[None]:
    """One read transaction, so every query inside sees the project in the same state
    (unless the connection is in a transaction already)."""
    conn = project.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.rollback()  # nothing was written


def check_utf8(project: Project) -> None:
    """Texts are read as the bytes SQLite keeps them in: UTF-8, as in every project
    Project.create makes (a database's encoding is fixed when it is created)."""
    encoding = project.conn.execute("PRAGMA encoding").fetchone()[0]
    if encoding != "UTF-8":
        raise ExportError(f"{project.path} keeps its text as {encoding}; an export reads UTF-8 projects only")


def other_candidates(project: Project, passage_id: int, kept: int | None) -> list[bytes]:
    """The passage's model rewrites other than the one kept (the ones a reviewer passed over)."""
    rows = project.conn.execute(
        "SELECT CAST(text AS BLOB) FROM rewrites WHERE passage_id = ? AND id IS NOT ? AND origin = 'model' ORDER BY id",
        (passage_id, kept),
    )
    return [text for (text,) in rows]
