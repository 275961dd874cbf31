"""The review queue: which passages are listed, in what order, with what state.

A queue is an ordered sequence of passage ids. Unfiltered, passage ids are contiguous
(passages are never deleted), so a million-passage queue is just a range and costs
nothing to build; a filter materializes the matching ids in a compact array. A search
lists its matches SEARCH_BATCH at a time (SearchIds): listing, counting or sorting every
passage a common word is in would take a second in a million passages, and the queue
searches as the reviewer types.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from aligner_gui.core.errors import UsageError
from aligner_gui.core.flags.queries import WORST_FIRST_JOIN, WORST_FIRST_ORDER, check_order, passage_flag_condition
from aligner_gui.core.review.decisions import DECISIONS, DONE_DECISIONS
from aligner_gui.core.review.search import fts_query
from aligner_gui.core.store.project import Project

STATES = ("pending", "accepted", "edited", "rejected", "skipped", "no_rewrite")
PREVIEW_CHARS = 90
SEARCH_BATCH = 1_000


@dataclass(frozen=True)
class QueueFilter:
    states: frozenset[str] = field(default_factory=frozenset)  # empty: every state
    reason: str | None = None
    reviewer: str | None = None
    search: str | None = None
    flag: str | None = None  # see core.flags.queries: "flagged", "unflagged" or a code
    prompt: str | None = None  # the newest rewrite's prompt: a name, or NAME:VERSION
    model: str | None = None  # the newest rewrite's model
    order: str = "id"  # or "worst-first"

    @property
    def is_empty(self) -> bool:
        """True when every passage is listed, in id order."""
        narrowed = self.states or self.reason or self.reviewer or (self.search or "").strip()
        return not (narrowed or self.flag or self.prompt or self.model or self.order != "id")


@dataclass(frozen=True)
class QueueRow:
    passage_id: int
    uid: str
    length: int
    source: str | None
    preview: str
    state: str
    reviewer: str | None
    severity: int = 0  # the newest rewrite's worst flag (core.flags.model), 0: none
    flag_codes: tuple[str, ...] = ()


class IdRange(Sequence[int]):
    """Passage ids first..last, all present."""

    def __init__(self, first: int, count: int) -> None:
        self.first = first
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - Sequence protocol
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        return self.first + index

    def index(self, value: int, start: int = 0, stop: int | None = None) -> int:  # noqa: ARG002
        position = value - self.first
        if not 0 <= position < self.count:
            raise ValueError(value)
        return position


def queue_ids(project: Project, queue_filter: QueueFilter) -> Sequence[int]:
    if fts_query(queue_filter.search or "")[0]:
        ids = SearchIds(queue_filter)
        ids.extend(*search_batch(project, queue_filter, after=0))
        return ids
    conn = project.conn
    if queue_filter.is_empty:
        # min/max come from the ends of the rowid tree; count(*) reads the smallest index.
        # Asked together, SQLite would scan the whole table instead.
        first = conn.execute("SELECT min(id) FROM passages").fetchone()[0]
        last = conn.execute("SELECT max(id) FROM passages").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        if count == 0:
            return IdRange(1, 0)
        if last - first + 1 == count:
            return IdRange(first, count)
    sql, params = filter_sql(queue_filter)
    ids = array("q")
    cursor = conn.execute(sql, params)
    while batch := cursor.fetchmany(65536):
        ids.extend(row[0] for row in batch)
    return RankedIds(ids) if queue_filter.order != "id" else ids


class RankedIds(Sequence[int]):
    """A queue in another order than by id (worst first): ranked passages, then the
    rest in id order. Finding a passage's row is a dictionary lookup in the ranked part
    and a binary search in the rest."""

    def __init__(self, ids: array) -> None:
        self.ids = ids
        split = max(len(ids) - 1, 0)  # where the ascending run that ends the list begins
        while split > 0 and ids[split - 1] < ids[split]:
            split -= 1
        self.split = split
        self._ranked = {passage_id: row for row, passage_id in enumerate(ids[: self.split])}

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - Sequence protocol
        return self.ids[index]

    def row_of(self, passage_id: int) -> int | None:
        row = self._ranked.get(passage_id)
        if row is not None:
            return row
        row = bisect_left(self.ids, passage_id, self.split)
        return row if row < len(self.ids) and self.ids[row] == passage_id else None


class SearchIds(Sequence[int]):
    """A search's matches as listed so far: SEARCH_BATCH at a time, in id order, each
    batch sorted on its own in another order (worst first). ``more``: the search may
    match passages after the last batch, which search_batch(project, self.queue_filter,
    self.after) reads."""

    def __init__(self, queue_filter: QueueFilter) -> None:
        self.queue_filter = queue_filter
        self.ids = array("q")
        self.more = False
        self.after = 0  # the highest passage id read so far
        self._rows: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - Sequence protocol
        return self.ids[index]

    def extend(self, batch: Sequence[int], more: bool) -> None:
        """Append the next batch, as search_batch returned it."""
        self._rows.update((passage_id, row) for row, passage_id in enumerate(batch, start=len(self.ids)))
        self.ids.extend(batch)
        self.after = max(batch, default=self.after)
        self.more = more

    def row_of(self, passage_id: int) -> int | None:
        return self._rows.get(passage_id)


def search_batch(project: Project, queue_filter: QueueFilter, after: int) -> tuple[array, bool]:
    """The next SEARCH_BATCH passages with ids above ``after`` that match the filter and
    its search, and whether there may be more."""
    sql, params = search_batch_sql(queue_filter, after)
    ids = array("q", (row[0] for row in project.conn.execute(sql, params)))
    more = len(ids) > SEARCH_BATCH
    del ids[SEARCH_BATCH:]
    if queue_filter.order == "worst-first" and ids:
        rows = project.conn.execute(
            f"SELECT p.id FROM (SELECT value AS id FROM json_each(?)) p {WORST_FIRST_JOIN}"
            f" ORDER BY {WORST_FIRST_ORDER}",
            (json.dumps(ids.tolist()),),
        )
        ids = array("q", (row[0] for row in rows))
    return ids, more


def search_batch_sql(queue_filter: QueueFilter, after: int) -> tuple[str, list]:
    """search_batch's query (in id order) and its parameters.

    The search index drives the query: it yields its matches in id order, so the other
    conditions are checked for these passages only and reading stops at the batch's end.
    Counting (or sorting) every match would read the whole list of a common word. The
    index's ids stand for ``p.id``: reading the passages' rows, scattered over the file for
    a rare word, would cost more than the search. In the flag condition, ``+p.id`` keeps
    SQLite from reading the flagged passages first and the index for each (then sorting)."""
    expression, _ = fts_query(queue_filter.search or "")
    where, params = _conditions(replace(queue_filter, search=None), passage="+p.id")
    sql = (
        "SELECT p.id FROM (SELECT rowid AS id FROM passages_fts WHERE passages_fts MATCH ? AND rowid > ?) p"
        " LEFT JOIN passage_state s ON s.passage_id = p.id"
        + "".join(f" {'AND' if n else 'WHERE'} {condition}" for n, condition in enumerate(where))
        + " ORDER BY p.id LIMIT ?"
    )
    return sql, [expression, after, *params, SEARCH_BATCH + 1]


def row_of(ids: Sequence[int], passage_id: int) -> int | None:
    """The row of ``passage_id`` in a queue, None if it is not listed."""
    if isinstance(ids, RankedIds | SearchIds):
        return ids.row_of(passage_id)
    row = bisect_left(ids, passage_id)  # other queues are in id order
    return row if row < len(ids) and ids[row] == passage_id else None


def standing_conditions(reviewer: str | None, reason: str | None, search: str | None) -> tuple[list[str], list]:
    """SQL conditions (and their parameters) on a passage's standing decision, aliased
    ``s`` (passage_state), and on its text, ``p`` (passages): shared by the queue and exports."""
    where, params = [], []
    if reviewer:
        where.append("s.reviewer = ?")
        params.append(reviewer)
    if reason:
        where.append("EXISTS (SELECT 1 FROM json_each(s.reasons) WHERE value = ?)")
        params.append(reason)
    if search and search.strip():
        expression, _ = fts_query(search)
        where.append("p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)")
        params.append(expression or '""')
    return where, params


def filter_sql(queue_filter: QueueFilter) -> tuple[str, list]:
    """A SELECT of every matching passage id (column ``id``), in the filter's order."""
    where, params = _conditions(queue_filter)
    sql = "SELECT p.id FROM passages p LEFT JOIN passage_state s ON s.passage_id = p.id"
    if queue_filter.order == "worst-first":
        sql += " " + WORST_FIRST_JOIN
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY " + (WORST_FIRST_ORDER if queue_filter.order == "worst-first" else "p.id"), params


def _conditions(queue_filter: QueueFilter, passage: str = "p.id") -> tuple[list[str], list]:
    """The filter's conditions on ``p`` (passages) and ``s`` (passage_state), and their
    parameters; ``passage``: the passage id in the flag condition (see search_batch)."""
    where, params = [], []
    has_rewrite = "EXISTS (SELECT 1 FROM rewrites w WHERE w.passage_id = p.id)"
    if queue_filter.states:
        parts = []
        decided = [s for s in queue_filter.states if s in DECISIONS]
        if decided:
            parts.append(f"s.decision IN ({','.join('?' * len(decided))})")
            params += decided
        if "pending" in queue_filter.states:
            parts.append(f"(s.decision IS NULL AND {has_rewrite})")
        if "no_rewrite" in queue_filter.states:
            parts.append(f"(s.decision IS NULL AND NOT {has_rewrite})")
        where.append("(" + " OR ".join(parts or ["0"]) + ")")
    more, more_params = standing_conditions(queue_filter.reviewer, queue_filter.reason, queue_filter.search)
    where += more
    params += more_params
    flag_condition, flag_params = passage_flag_condition(queue_filter.flag, passage)
    if flag_condition:
        where.append(flag_condition)
        params += flag_params
    if queue_filter.prompt or queue_filter.model:
        condition, rewrite_params = _newest_rewrite_condition(queue_filter.prompt, queue_filter.model)
        where.append(condition)
        params += rewrite_params
    check_order(queue_filter.order)
    return where, params


def _newest_rewrite_condition(prompt: str | None, model: str | None) -> tuple[str, list]:
    """The passage's newest rewrite was made with this prompt (NAME or NAME:VERSION) and model."""
    where, params = ["nr.id = (SELECT max(id) FROM rewrites x WHERE x.passage_id = p.id)"], []
    if prompt:
        name, _, version = prompt.partition(":")
        if version and not version.isdigit():
            raise UsageError(f"prompt {prompt!r}: the version after ':' must be a number")
        where.append(
            "nr.prompt_id IN (SELECT id FROM prompts WHERE name = ?" + (" AND version = ?)" if version else ")")
        )
        params += [name, int(version)] if version else [name]
    if model:
        where.append("nr.model = ?")
        params.append(model)
    return "EXISTS (SELECT 1 FROM rewrites nr WHERE nr.passage_id = p.id AND " + " AND ".join(where) + ")", params


def queue_rows(project: Project, ids: Sequence[int]) -> list[QueueRow]:
    """Display rows for ``ids`` (in that order), in one query."""
    conn = project.conn
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT p.id, p.uid, length(p.text), p.source, substr(p.text, 1, {PREVIEW_CHARS}), s.decision, s.reviewer,"
        " EXISTS (SELECT 1 FROM rewrites w WHERE w.passage_id = p.id), pf.severity, pf.codes"
        " FROM passages p LEFT JOIN passage_state s ON s.passage_id = p.id"
        f" LEFT JOIN passage_flags pf ON pf.passage_id = p.id WHERE p.id IN ({marks})",
        list(ids),
    ).fetchall()
    by_id = {
        row[0]: QueueRow(
            *row[:5],
            state=row[5] or ("pending" if row[7] else "no_rewrite"),
            reviewer=row[6],
            severity=row[8] or 0,
            flag_codes=tuple(row[9].split()) if row[9] else (),
        )
        for row in rows
    }
    return [by_id[i] for i in ids if i in by_id]


class Progress(NamedTuple):
    done: int  # passages with a done decision
    total: int  # passages in all: each can be decided, a rewrite written by hand (E) if it has none
    last_review: int  # the newest row of the reviews log these counts include (0: none)


def counted_progress(project: Project) -> Progress:
    """The counts, and the newest decision they include: one statement, so one snapshot of
    the project, whatever is committed meanwhile. A decision committed after it (a newer
    reviews row) is not in the counts."""
    row = project.conn.execute(
        f"SELECT (SELECT count(*) FROM passage_state WHERE decision IN ({','.join('?' * len(DONE_DECISIONS))})),"
        " (SELECT count(*) FROM passages), (SELECT coalesce(max(id), 0) FROM reviews)",
        DONE_DECISIONS,
    ).fetchone()
    return Progress(*row)


def progress(project: Project) -> tuple[int, int]:
    """(decided, total) over all passages."""
    return counted_progress(project)[:2]


def next_pending(project: Project, after: int) -> int | None:
    """The first pending passage after passage ``after`` in id order, else the first one
    from the start (``after`` itself included); None when no passage is pending."""
    where, params = _conditions(QueueFilter(states=frozenset({"pending"})))
    sql = "SELECT p.id FROM passages p LEFT JOIN passage_state s ON s.passage_id = p.id WHERE " + " AND ".join(where)
    for bound in (" AND p.id > ?", " AND p.id <= ?"):
        row = project.conn.execute(sql + bound + " ORDER BY p.id LIMIT 1", [*params, after]).fetchone()
        if row is not None:
            return row[0]
    return None


def reviewers(project: Project) -> list[str]:
    """Everyone with a decision in the project, by name."""
    rows = project.conn.execute("SELECT DISTINCT reviewer FROM passage_state ORDER BY reviewer")
    return [reviewer for (reviewer,) in rows]
