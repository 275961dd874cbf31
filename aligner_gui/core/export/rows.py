"""The reviewed passages an export reads: each passage's standing decision, with the
rewrite it judged, the prompt that made it and who decided, filtered and in passage order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from aligner_gui.core.review.queue import standing_conditions
from aligner_gui.core.store.project import Project

DECIDED = ("accepted", "edited", "rejected")


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
        }


@dataclass(frozen=True)
class ReviewedRow:
    passage_id: int
    uid: str
    source: str | None
    raw: str
    rewrite_id: int | None
    rewrite: str | None  # the rewrite the reviewer judged
    origin: str | None
    model: str | None
    prompt_name: str | None
    prompt_version: int | None
    prompt_text: str | None
    decision: str
    final: str | None  # the text kept (accepted or edited), else None
    reviewer: str
    reasons: list[str] = field(default_factory=list)
    note: str | None = None
    decided_at: str = ""


_FROM = """
FROM passage_state s
JOIN reviews r ON r.id = s.review_id
JOIN passages p ON p.id = s.passage_id
LEFT JOIN rewrites w ON w.id = r.rewrite_id
LEFT JOIN prompts pr ON pr.id = w.prompt_id
"""
_SELECT = """
SELECT p.id, p.uid, p.source, p.text, r.rewrite_id, w.text, w.origin, w.model, pr.name, pr.version, pr.text,
       r.decision, r.final_text, r.reviewer, r.reasons, r.note, r.created_at""" + _FROM


def _where(export_filter: ExportFilter) -> tuple[str, list]:
    where, params = [], []
    decisions = sorted(export_filter.decisions)
    where.append(f"s.decision IN ({','.join('?' * len(decisions))})")
    params += decisions
    if export_filter.prompt:
        name, _, version = export_filter.prompt.partition(":")
        where.append("pr.name = ?")
        params.append(name)
        if version:
            where.append("pr.version = ?")
            params.append(int(version))
    if export_filter.model:
        where.append("w.model = ?")
        params.append(export_filter.model)
    if export_filter.since:
        where.append("r.created_at >= ?")
        params.append(export_filter.since)
    if export_filter.until:
        where.append("r.created_at < ?")
        params.append(export_filter.until)
    more, more_params = standing_conditions(export_filter.reviewer, export_filter.reason, export_filter.search)
    return " WHERE " + " AND ".join(where + more), params + more_params


def count_rows(project: Project, export_filter: ExportFilter) -> int:
    where, params = _where(export_filter)
    return project.conn.execute("SELECT count(*)" + _FROM + where, params).fetchone()[0]


def reviewed_rows(project: Project, export_filter: ExportFilter) -> Iterator[ReviewedRow]:
    """The matching passages, in passage id order (stable from one export to the next)."""
    where, params = _where(export_filter)
    cursor = project.conn.execute(_SELECT + where + " ORDER BY p.id", params)
    while batch := cursor.fetchmany(4096):
        for row in batch:
            (pid, uid, source, raw, rewrite_id, rewrite, origin, model, prompt_name, prompt_version, prompt_text,
             decision, final, reviewer, reasons, note, decided_at) = row  # fmt: skip
            yield ReviewedRow(
                pid, uid, source, raw, rewrite_id, rewrite, origin, model, prompt_name, prompt_version, prompt_text,
                decision, final, reviewer, json.loads(reasons or "[]"), note, decided_at,
            )  # fmt: skip


def other_candidates(project: Project, passage_id: int, kept: int | None) -> list[str]:
    """The passage's model rewrites other than the one kept (the ones a reviewer passed over)."""
    rows = project.conn.execute(
        "SELECT text FROM rewrites WHERE passage_id = ? AND id IS NOT ? AND origin = 'model' ORDER BY id",
        (passage_id, kept),
    )
    return [text for (text,) in rows]
