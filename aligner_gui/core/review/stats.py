"""Counts that describe a project: what is in it and how far review has come."""

from __future__ import annotations

from typing import Any

from aligner_gui.core.review.decisions import DECISIONS
from aligner_gui.core.store.project import Project


def project_stats(project: Project) -> dict[str, Any]:
    conn = project.conn
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    by_origin = dict(conn.execute("SELECT origin, count(*) FROM rewrites GROUP BY origin").fetchall())
    # passage_state holds, per passage, the newest standing decision of any reviewer.
    decided = dict(conn.execute("SELECT decision, count(*) FROM passage_state GROUP BY decision").fetchall())
    with_rewrite = one("SELECT count(DISTINCT passage_id) FROM rewrites")
    pending = one(
        "SELECT count(DISTINCT passage_id) FROM rewrites WHERE passage_id NOT IN (SELECT passage_id FROM passage_state)"
    )
    return {
        "project": str(project.path),
        "schema_version": project.schema_version,
        "passages": one("SELECT count(*) FROM passages"),
        "passages_with_rewrite": with_rewrite,
        "rewrites": {
            "total": sum(by_origin.values()),
            "by_origin": {origin: by_origin.get(origin, 0) for origin in ("model", "import", "human")},
            "truncated": one("SELECT count(DISTINCT rewrite_id) FROM flags WHERE kind = 'truncated'"),
        },
        "jobs": dict(conn.execute("SELECT status, count(*) FROM jobs GROUP BY status").fetchall()),
        "decisions": {kind: decided.get(kind, 0) for kind in DECISIONS},
        "pending": pending,
        "reviewers": one("SELECT count(DISTINCT reviewer) FROM reviews"),
        "imports": one("SELECT count(*) FROM imports"),
        "import_errors": one("SELECT count(*) FROM import_errors"),
    }
