"""Bulk decision benchmark: accept every unflagged pending passage of a large project, undo it.

Run from the repository root (a script, not a pytest test):

    .venv/bin/python tests/bench/bench_bulk.py [--n 1000000] [--keep]

1. Build: an N-passage project written with SQL into the real schema (from
   ``Project.create``), one imported rewrite of ~600 characters per passage. Every fifth
   rewrite is flagged (severity 2, in passage_flags); the others were checked and are clean.
   Every tenth passage already has a reviewer's decision.
2. Times, each on the whole project: ``preview_bulk`` (the confirmation's counts),
   ``decide_bulk`` (one transaction), ``preview_undo`` and ``undo_bulk``.
3. Baseline: ``record_decision``, one passage at a time (one commit each, as the review
   panel writes them), on a sample of passages; its rate is scaled to the batch's size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from workdir import clean_up, make_workdir  # tests/bench/workdir.py

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aligner_gui.core.review.bulk import BulkSelection, decide_bulk, preview_bulk, preview_undo, undo_bulk  # noqa: E402
from aligner_gui.core.review.decisions import Decision, record_decision  # noqa: E402
from aligner_gui.core.review.queue import QueueFilter  # noqa: E402
from aligner_gui.core.store.project import Project  # noqa: E402

WORDS = "كتب المحرر مقالا طويلا عن الاقتصاد والطقس والتعليم في المدينة القديمة قرب النهر "
BASELINE_SAMPLE = 2000


def build_project(path: Path, n: int) -> Project:
    project = Project.create(path)
    conn = project.conn
    text = (WORDS * 8)[:600]
    with project.transaction():
        conn.execute(
            "INSERT INTO passages(id, uid, text, text_hash, created_at)"
            " WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)"
            " SELECT i, 'p' || i, ? || i, CAST(i AS BLOB), '2025-01-01T00:00:00.000+00:00' FROM k",
            (n, text),
        )
        conn.execute(
            "INSERT INTO rewrites(passage_id, text, text_hash, origin, flag_severity, created_at)"
            " SELECT id, text || '.', text_hash, 'import', CASE WHEN id % 5 = 0 THEN 2 ELSE 0 END, created_at"
            " FROM passages"
        )
        conn.execute(
            "INSERT INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes)"
            " SELECT passage_id, id, 2, 1, 'repetition' FROM rewrites WHERE flag_severity = 2"
        )
        conn.execute(
            "INSERT INTO reviews(passage_id, rewrite_id, reviewer, decision, reasons, created_at)"
            " SELECT passage_id, id, 'huda', 'rejected', '[]', created_at FROM rewrites WHERE passage_id % 10 = 1"
        )
    return project


def timed(what: str, action):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    print(f"{what:<28} {seconds:8.2f} s   {result}")
    return result, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="passages (default 1,000,000)")
    parser.add_argument("--keep", action="store_true", help="keep the project afterwards")
    args = parser.parse_args(argv)
    workdir = make_workdir("bulk")
    try:
        start = time.perf_counter()
        project = build_project(workdir / "bulk.aligner", args.n)
        print(f"built {args.n:,} passages in {time.perf_counter() - start:.1f} s")
        selection = BulkSelection(queue_filter=QueueFilter(flag="unflagged"))
        timed("preview_bulk", lambda: preview_bulk(project, selection))
        result, decide_s = timed("decide_bulk", lambda: decide_bulk(project, selection, "accepted", "lead"))
        timed("preview_undo", lambda: preview_undo(project, result.batch_id))
        timed("undo_bulk", lambda: undo_bulk(project, result.batch_id))

        sample = project.conn.execute(
            "SELECT passage_id, id FROM rewrites WHERE passage_id % 10 != 1 LIMIT ?", (BASELINE_SAMPLE,)
        ).fetchall()
        start = time.perf_counter()
        for passage_id, rewrite_id in sample:
            record_decision(project, Decision(passage_id, rewrite_id, "solo", "rejected"))
        per_passage = (time.perf_counter() - start) / len(sample)
        loop_s = per_passage * result.decided
        print(f"record_decision, one by one: {per_passage * 1000:.2f} ms a passage, {loop_s:.0f} s for the batch")
        print(f"decide_bulk / one-by-one loop: {decide_s / loop_s:.4f}")
        project.close()
    finally:
        clean_up(workdir, args.keep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
