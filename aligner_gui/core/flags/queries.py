"""SQL conditions on flags, shared by the queue, rewrite jobs, bulk decisions and exports.

A flag filter is one string: None (no filter), ``"flagged"`` (any flag), ``"unflagged"``
(checked and nothing found), or a flag code. Passage-level filters look at the passage's
newest rewrite, the one the queue shows; exports look at the rewrite that was reviewed.
"""

from __future__ import annotations

from aligner_gui.core.errors import UsageError
from aligner_gui.core.flags.codes import CODES

FLAGGED, UNFLAGGED = "flagged", "unflagged"
FLAG_FILTERS = (FLAGGED, UNFLAGGED, *CODES)

# Worst first: the passage's worst flag, then how many it has, then passage order.
WORST_FIRST_JOIN = "LEFT JOIN passage_flags pf ON pf.passage_id = p.id"
WORST_FIRST_ORDER = "coalesce(pf.severity, 0) DESC, coalesce(pf.flag_count, 0) DESC, p.id"
ORDERS = ("id", "worst-first")


def check_flag_filter(flag: str | None) -> None:
    if flag is not None and flag not in FLAG_FILTERS:
        raise UsageError(f"unknown flag {flag!r}: use flagged, unflagged or one of {', '.join(CODES)}")


def check_order(order: str) -> None:
    if order not in ORDERS:
        raise UsageError(f"unknown order {order!r}: use {' or '.join(ORDERS)}")


def passage_flag_condition(flag: str | None, passage: str = "p.id") -> tuple[str | None, list]:
    """A condition on the newest rewrite of the passage whose id is ``passage``.

    Only indexes are read (passage_flags, rewrites_passage, rewrites_unchecked): a
    rewrite's row holds its text before its flag_severity, so reading that column would
    read the text's overflow pages for every passage."""
    check_flag_filter(flag)
    if flag is None:
        return None, []
    if flag == FLAGGED:
        return f"{passage} IN (SELECT passage_id FROM passage_flags)", []
    if flag == UNFLAGGED:
        return (
            f"(EXISTS (SELECT 1 FROM rewrites nw WHERE nw.passage_id = {passage})"
            f" AND {passage} NOT IN (SELECT passage_id FROM passage_flags)"
            " AND NOT EXISTS (SELECT 1 FROM rewrites nu"
            f" WHERE nu.passage_id = {passage} AND nu.flag_severity IS NULL))",
            [],
        )
    return (
        f"{passage} IN (SELECT pf2.passage_id FROM passage_flags pf2"
        " JOIN flags f2 ON f2.rewrite_id = pf2.rewrite_id WHERE f2.kind = ?)",
        [flag],
    )


def rewrite_flag_condition(flag: str | None, rewrite: str) -> tuple[str | None, list]:
    """A condition on the rewrite whose id is the SQL expression ``rewrite``."""
    check_flag_filter(flag)
    if flag is None:
        return None, []
    flagged = f"EXISTS (SELECT 1 FROM flags f2 WHERE f2.rewrite_id = {rewrite})"
    if flag == FLAGGED:
        return flagged, []
    if flag == UNFLAGGED:
        unchecked = f"{rewrite} IN (SELECT id FROM rewrites WHERE flag_severity IS NULL)"
        return f"(NOT {flagged} AND NOT {unchecked})", []
    return f"EXISTS (SELECT 1 FROM flags f2 WHERE f2.rewrite_id = {rewrite} AND f2.kind = ?)", [flag]


def rewrite_flag_codes(conn, rewrite_id: int | None) -> list[str]:  # noqa: ANN001 - sqlite3.Connection
    """The codes flagged on one rewrite, in code order."""
    if rewrite_id is None:
        return []
    rows = conn.execute("SELECT DISTINCT kind FROM flags WHERE rewrite_id = ? ORDER BY kind", (rewrite_id,))
    return [code for (code,) in rows]
