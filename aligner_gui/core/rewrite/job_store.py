"""Rewrite jobs in the project file: which passages a job covers, what it has done.

A job's passages are fixed when it is created (``job_items``), so a restart after a
crash or a cancel carries on with exactly the ones still missing. Results are committed
batch by batch: a row in ``rewrites`` and the item marked done in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field

from aligner_gui.core.flags.check import Checker
from aligner_gui.core.flags.store import check_and_save, project_thresholds
from aligner_gui.core.review.queue import QueueFilter, filter_sql
from aligner_gui.core.rewrite.types import RewriteRequest, RewriteResult
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now
from aligner_gui.core.text.arabic import normalize, text_hash

UNFINISHED = ("running", "paused", "cancelled", "failed")


@dataclass(frozen=True)
class Selection:
    """Which passages a job rewrites: an explicit list, or those matching a queue
    filter (all when empty); in either case only those without a rewrite from the same
    model and prompt version, and at most ``limit`` of them."""

    passage_ids: tuple[int, ...] | None = None
    queue_filter: QueueFilter = field(default_factory=QueueFilter)
    limit: int | None = None

    def key(self) -> str:
        data = asdict(self)
        data["queue_filter"]["states"] = sorted(self.queue_filter.states)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class JobRecord:
    id: int
    backend: str
    model: str
    prompt_id: int
    status: str
    total: int
    done: int
    error: str | None
    created_at: str


_NOT_YET_REWRITTEN = (
    "NOT EXISTS (SELECT 1 FROM rewrites w WHERE w.passage_id = s.id AND w.origin = 'model'"
    " AND w.model = ? AND w.prompt_id = ?)"
)


def create_job(
    project: Project, backend: str, model: str, prompt_id: int, settings: dict, selection: Selection
) -> int | None:
    """A new job over the selection's pending passages; None, and nothing written, when
    there are none (a finished run repeated must not leave an empty "done" job behind)."""
    now = utc_now()
    job = {
        "backend": backend,
        "model": model,
        "prompt_id": prompt_id,
        "settings": json.dumps(settings, ensure_ascii=False),
        "selection": selection.key(),
        "status": "running",
        "total": 0,
        "created_at": now,
        "updated_at": now,
    }
    with project.transaction() as conn:
        job_id = project.db.table("jobs").insert(job).last_rowid
        source, source_params = _selected(conn, selection)
        # With a limit, worst first picks the passages whose newest rewrite looks worst.
        order = "s.id"
        if selection.passage_ids is None and selection.queue_filter.order == "worst-first":
            order = "(SELECT severity * 1000000 + flag_count FROM passage_flags WHERE passage_id = s.id) DESC, s.id"
        total = conn.execute(
            f"INSERT INTO job_items(job_id, passage_id) SELECT ?, s.id FROM ({source}) s WHERE {_NOT_YET_REWRITTEN}"
            f" ORDER BY {order} LIMIT ?",
            [job_id, *source_params, model, prompt_id, selection.limit or -1],
        ).rowcount
        if total == 0:
            conn.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
            return None
        conn.execute("UPDATE jobs SET total = ? WHERE id = ?", (total, job_id))
    return job_id


def any_pending(project: Project, model: str, prompt_id: int, selection: Selection) -> bool:
    """Whether a passage of the selection lacks a rewrite from this model and prompt
    version: what a new job would rewrite, told before the model is loaded."""
    with project.transaction() as conn:  # the chosen ids go in a temporary table
        source, params = _selected(conn, selection)
        found = conn.execute(
            f"SELECT 1 FROM ({source}) s WHERE {_NOT_YET_REWRITTEN} LIMIT 1", [*params, model, prompt_id]
        ).fetchone()
    return found is not None


def _selected(conn: sqlite3.Connection, selection: Selection) -> tuple[str, list]:
    """The SQL (and its parameters) of the selection's passage ids, as column ``id``."""
    if selection.passage_ids is None:
        return filter_sql(selection.queue_filter)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS chosen_ids(id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM chosen_ids")
    conn.executemany("INSERT OR IGNORE INTO chosen_ids(id) VALUES (?)", [(i,) for i in selection.passage_ids])
    return "SELECT c.id FROM chosen_ids c JOIN passages p ON p.id = c.id ORDER BY c.id", []


def find_unfinished(project: Project, backend: str, model: str, prompt_id: int, selection: Selection) -> int | None:
    row = project.conn.execute(
        f"SELECT id FROM jobs WHERE backend = ? AND model = ? AND prompt_id = ? AND selection = ?"
        f" AND status IN ({','.join('?' * len(UNFINISHED))}) ORDER BY id DESC LIMIT 1",
        (backend, model, prompt_id, selection.key(), *UNFINISHED),
    ).fetchone()
    return row[0] if row else None


def job_record(project: Project, job_id: int) -> JobRecord:
    row = project.conn.execute(
        "SELECT j.id, j.backend, j.model, j.prompt_id, j.status, j.total,"
        " (SELECT count(*) FROM job_items i WHERE i.job_id = j.id AND i.rewrite_id IS NOT NULL), j.error, j.created_at"
        " FROM jobs j WHERE j.id = ?",
        (job_id,),
    ).fetchone()
    return JobRecord(*row)


def truncated_count(project: Project, job_id: int) -> int:
    """How many of the job's rewrites stopped at their token limit."""
    return project.conn.execute(
        "SELECT count(*) FROM rewrites w JOIN flags f ON f.rewrite_id = w.id"
        " WHERE w.job_id = ? AND f.kind = 'truncated'",
        (job_id,),
    ).fetchone()[0]


def unfinished_jobs(project: Project) -> list[JobRecord]:
    ids = project.conn.execute(
        f"SELECT id FROM jobs WHERE status IN ({','.join('?' * len(UNFINISHED))}) ORDER BY id", UNFINISHED
    ).fetchall()
    return [job_record(project, row[0]) for row in ids]


def set_status(project: Project, job_id: int, status: str, error: str | None = None) -> None:
    with project.transaction() as conn:
        conn.execute(
            "UPDATE jobs SET status = ?, error = ?, updated_at = ? WHERE id = ?", (status, error, utc_now(), job_id)
        )


def link_done_elsewhere(project: Project, job_id: int, model: str, prompt_id: int) -> int:
    """Mark the job's items that another run has rewritten meanwhile (same model and prompt
    version) as done, with that rewrite, so resuming never rewrites a passage twice."""
    with project.transaction() as conn:
        return conn.execute(
            "UPDATE job_items SET rewrite_id = (SELECT max(w.id) FROM rewrites w WHERE w.passage_id ="
            " job_items.passage_id AND w.origin = 'model' AND w.model = ? AND w.prompt_id = ?)"
            " WHERE job_id = ? AND rewrite_id IS NULL AND EXISTS (SELECT 1 FROM rewrites w WHERE w.passage_id ="
            " job_items.passage_id AND w.origin = 'model' AND w.model = ? AND w.prompt_id = ?)",
            (model, prompt_id, job_id, model, prompt_id),
        ).rowcount


def todo(project: Project, job_id: int, limit: int) -> list[RewriteRequest]:
    """The next passages this job still has to rewrite, in passage order."""
    rows = project.conn.execute(
        "SELECT p.id, p.text FROM job_items i JOIN passages p ON p.id = i.passage_id"
        " WHERE i.job_id = ? AND i.rewrite_id IS NULL ORDER BY i.passage_id LIMIT ?",
        (job_id, limit),
    ).fetchall()
    return [RewriteRequest(pid, text) for pid, text in rows]


def save_results(
    project: Project, job_id: int, model: str, prompt_id: int, params: dict, results: list[RewriteResult]
) -> list[int]:
    """Store one batch's rewrites, flagged, and mark them done, all or nothing; return rewrite ids."""
    now = utc_now()
    params_json = json.dumps(params, ensure_ascii=False)
    ids = []
    with project.transaction() as conn:
        checker = Checker(project_thresholds(conn))
        for result in results:
            rewrite_id = insert_model_rewrite(conn, checker, result, model, prompt_id, params_json, now, job_id)
            conn.execute(
                "UPDATE job_items SET rewrite_id = ? WHERE job_id = ? AND passage_id = ?",
                (rewrite_id, job_id, result.passage_id),
            )
            ids.append(rewrite_id)
        conn.execute("UPDATE jobs SET updated_at = ? WHERE id = ?", (now, job_id))
    return ids


def save_candidate(project: Project, result: RewriteResult, model: str, prompt_id: int, params: dict) -> int:
    """A rewrite made on request for one passage (regenerate), outside any job."""
    with project.transaction() as conn:
        checker = Checker(project_thresholds(conn))
        params_json = json.dumps(params, ensure_ascii=False)
        return insert_model_rewrite(conn, checker, result, model, prompt_id, params_json, utc_now())


def insert_model_rewrite(
    conn: sqlite3.Connection,
    checker: Checker,
    result: RewriteResult,
    model: str,
    prompt_id: int,
    params_json: str,
    now: str,
    job_id: int | None = None,
) -> int:
    """One model rewrite, with its flags (``truncated`` when it stopped at the token limit)."""
    rewrite_id = conn.execute(
        "INSERT INTO rewrites(passage_id, text, text_hash, origin, model, prompt_id, params, finish_reason,"
        " tokens_in, tokens_out, generation_ms, created_at, job_id)"
        " VALUES (?, ?, ?, 'model', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            result.passage_id,
            result.text,
            text_hash(normalize(result.text)),
            model,
            prompt_id,
            params_json,
            result.finish_reason,
            result.tokens_in,
            result.tokens_out,
            round(result.ms, 1),
            now,
            job_id,
        ),
    ).lastrowid
    finish = "length" if result.truncated else result.finish_reason
    check_and_save(conn, checker, result.passage_id, rewrite_id, result.text, finish, now)
    return rewrite_id
