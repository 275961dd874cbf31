"""Search benchmark: the queue's search as the reviewer types, against a bare FTS5 MATCH.

Run from the repository root (a script, not a pytest test; `make bench-search` runs it):

    .venv/bin/python tests/bench/bench_search.py [--n N] [--project PATH] [--rounds R]

1. Build (not timed): an N-passage project (default 1,000,000) with the real
   ``Project.create``: bench_import's synthetic Arabic passages, a rewrite for 90% of them,
   a decision for a third of those, flags on a tenth, and every passage in the search index
   (its ``search_form``, as an import writes it). ``--project PATH`` builds it there and
   reuses it on the next run (a million passages took 9 minutes to build here); without
   it the project is built in a temporary folder and removed (kept with --keep).
2. Queries, from the words of 3,000 of its passages: one and two words, common and rare,
   words that match nothing, a word as it is typed letter by letter (each step a query of
   its own, as the queue sends it), and, apart, prefixes (``word*``). Each is printed with
   how many passages it matches.
3. R rounds (after one more, untimed, that warms the caches) of every query, each run by:

   * the bare index: ``SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT 50``
     with the same FTS5 expression: the least any search could cost;
   * the queue's search: ``queue_ids`` with only the search filled in, what the queue panel
     runs (on its reader) after each pause in typing;
   * the same with the pending filter and worst first;
   * ``aligner search``'s ranked search (``search(limit=50)``).

Prints p50/p95/max of each over the one- and two-word queries and over the prefixes, their
ratios to the bare index, the bare index and the queue's search kind by kind, and PASS/MISS
against the target: the queue's search at p95 <= 50 ms (exit 1 on a miss).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import workdir
from bench_import import SEED, iter_passages, machine  # tests/bench, beside this script
from workdir import clean_up, finish_build, make_workdir

from aligner_gui.core.review.queue import QueueFilter, queue_ids
from aligner_gui.core.review.search import fts_query, search
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.arabic import normalize, search_form, search_words

TARGET_MS = 50.0
BUILD_BATCH = 20_000
CREATED_AT = "2026-01-01T00:00:00.000+00:00"
FLAG_KINDS = ("truncated", "added_note", "repeated")
DECISIONS = ("accepted", "accepted", "edited", "rejected", "skipped")


# -- the project -------------------------------------------------------------------------


def _batches(n: int):  # noqa: ANN202 - a generator of row lists
    """Rows for passages 1..n, BUILD_BATCH passages at a time."""
    rng = random.Random(SEED + 7)
    passages = iter(iter_passages(n))
    start = 1
    while chunk := list(itertools.islice(passages, BUILD_BATCH)):
        rows: dict[str, list] = {"passages": [], "index": [], "rewrites": [], "reviews": [], "flags": [], "worst": []}
        for pid, (uid, text) in enumerate(chunk, start=start):
            digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
            rows["passages"].append((pid, uid, text, digest, "bench", CREATED_AT))
            rows["index"].append((pid, search_form(normalize(text))))
            if rng.random() < 0.1:
                continue  # no rewrite yet
            flagged = rng.random() < 0.1
            severity = rng.choice((1, 2, 3)) if flagged else 0
            rows["rewrites"].append((pid, pid, text, digest, "import", severity, CREATED_AT))
            if flagged:
                kind = rng.choice(FLAG_KINDS)
                rows["flags"].append((pid, kind, severity, CREATED_AT))
                rows["worst"].append((pid, pid, severity, 1, f'["{kind}"]'))
            if rng.random() < 0.33:
                decision = rng.choice(DECISIONS)
                rows["reviews"].append((pid, pid, pid, "huda", decision, text if decision == "edited" else None))
        start += len(chunk)
        yield rows


SQL = {
    "passages": "INSERT INTO passages(id, uid, text, text_hash, source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "index": "INSERT INTO passages_fts(rowid, text) VALUES (?, ?)",
    "rewrites": "INSERT INTO rewrites(id, passage_id, text, text_hash, origin, flag_severity, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)",
    "reviews": "INSERT INTO reviews(id, passage_id, rewrite_id, reviewer, decision, final_text, created_at)"
    f" VALUES (?, ?, ?, ?, ?, ?, '{CREATED_AT}')",
    "flags": "INSERT INTO flags(rewrite_id, kind, severity, created_at) VALUES (?, ?, ?, ?)",
    "worst": "INSERT INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes) VALUES (?, ?, ?, ?, ?)",
}


def build_project(path: Path, n: int) -> None:
    Project.create(path).close()  # the real schema, at the latest version
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=OFF")  # a throw-away build; back to WAL at the end
    start = time.perf_counter()
    for rows in _batches(n):
        for table, sql in SQL.items():
            conn.executemany(sql, rows[table])
        conn.commit()
        done = rows["passages"][-1][0]
        if done % 100_000 == 0:
            print(f"  ... {done:,} passages, {time.perf_counter() - start:.0f} s", flush=True)
    finish_build(conn, path, f"{n:,} passages", start)


def ensure_project(path: Path, n: int) -> None:
    workdir.ensure_project(path, n, "passages", "SELECT max(id) FROM passages", build_project)


# -- the queries -------------------------------------------------------------------------


def pick_queries(project: Project, n: int) -> dict[str, list[str]]:
    """Queries by kind, from the words of a sample of the project's passages ranked by how
    often they occur there (bench_import's vocabulary differs from one process to the next)."""
    rng = random.Random(SEED + 11)
    sample = rng.sample(range(1, n + 1), min(n, 3_000))
    sql = "SELECT text FROM passages WHERE id IN (SELECT value FROM json_each(?))"
    rows = project.conn.execute(sql, (str(sample),))
    frequency = Counter(word for (text,) in rows for word in search_words(text) if not word.isdigit())
    ranked = [word for word, _ in frequency.most_common()]
    absent = ["".join(rng.choices("ثجحخذ", k=9)) for _ in range(3)]
    common, middling, rare = ranked[:3], [ranked[100], ranked[1000]], ranked[-3:]
    number = str(n // 2 + 17)  # each passage begins with its number: one match
    typed = next(word for word in ranked[50:] if len(word) >= 6)
    return {
        "common word": common,
        "middling word": middling,
        "rare word": [*rare, number],
        "no match": [*absent, "zebra"],
        "two words": [
            f"{common[0]} {common[1]}",
            f"{common[0]} {rare[0]}",
            f"{middling[0]} {middling[1]}",
            f"{rare[0]} {rare[1]}",
            f"{common[0]} {absent[0]}",
            f"{number} {common[0]}",
        ],
        "typed letter by letter": [typed[:i] for i in range(1, len(typed) + 1)],
        "prefix*": [typed[:2] + "*", typed[:3] + "*", f"{common[0]} {typed[:3]}*"],
    }


def matches(project: Project, query: str) -> int:
    """Every passage the query matches (counted once, not timed)."""
    sql = "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?"
    return project.conn.execute(sql, (fts_query(query)[0],)).fetchone()[0]


# -- timing ----------------------------------------------------------------------------


def bare_match(project: Project, query: str) -> int:
    expression, _ = fts_query(query)
    sql = "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT 50"
    return len(project.conn.execute(sql, (expression,)).fetchall())


PENDING_WORST_FIRST = {"states": frozenset({"pending"}), "order": "worst-first"}
METHODS: dict[str, Callable[[Project, str], object]] = {
    "bare MATCH ... LIMIT 50": bare_match,
    "queue search": lambda project, query: queue_ids(project, QueueFilter(search=query)),
    "queue search, pending, worst first": lambda project, query: queue_ids(
        project, QueueFilter(search=query, **PENDING_WORST_FIRST)
    ),
    "aligner search (ranked, 50)": lambda project, query: search(project, query, limit=50),
}


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(q * len(ordered) + 0.5) - 1))]


def run_queries(project: Project, queries: dict[str, list[str]], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Milliseconds per method and kind of query; a first round (not kept) warms the caches."""
    times: dict[str, dict[str, list[float]]] = {method: {kind: [] for kind in queries} for method in METHODS}
    for round_number in range(rounds + 1):
        for kind, texts in queries.items():
            for text in texts:
                for method, run in METHODS.items():
                    start = time.perf_counter()
                    run(project, text)
                    elapsed = (time.perf_counter() - start) * 1000
                    if round_number:
                        times[method][kind].append(elapsed)
    return times


def report(times: dict[str, dict[str, list[float]]], target_kinds: list[str]) -> list[str]:
    lines = [
        "| | p50 ms | p95 ms | max ms | p50 ratio | p95 ratio | slowest kind (its p95) |",
        "|---|---|---|---|---|---|---|",
    ]
    bare = [t for kind in target_kinds for t in times["bare MATCH ... LIMIT 50"][kind]]
    for method, by_kind in times.items():
        samples = [t for kind in target_kinds for t in by_kind[kind]]
        slowest = max(target_kinds, key=lambda kind: percentile(by_kind[kind], 0.95))
        lines.append(
            f"| {method} | {percentile(samples, 0.5):.1f} | {percentile(samples, 0.95):.1f} | {max(samples):.1f}"
            f" | {percentile(samples, 0.5) / percentile(bare, 0.5):.1f}"
            f" | {percentile(samples, 0.95) / percentile(bare, 0.95):.1f}"
            f" | {slowest} ({percentile(by_kind[slowest], 0.95):.1f}) |"
        )
    return lines


def by_kind(times: dict[str, dict[str, list[float]]], kinds: list[str]) -> list[str]:
    """The bare index and the queue's search, kind by kind: p50 / p95 / max in ms."""
    methods = ("bare MATCH ... LIMIT 50", "queue search")
    lines = ["| kind | " + " | ".join(methods) + " |", "|---|---|---|"]
    for kind in kinds:
        cells = [times[method][kind] for method in methods]
        lines.append(
            f"| {kind} | "
            + " | ".join(f"{percentile(c, 0.5):.1f} / {percentile(c, 0.95):.1f} / {max(c):.1f}" for c in cells)
            + " |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="passages (default 1,000,000)")
    parser.add_argument("--project", type=Path, help="build the project here, or reuse the one already there")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of every query (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    args = parser.parse_args(argv)
    print(machine())
    workdir = make_workdir("search") if args.project is None else None
    path = args.project or workdir / "bench.aligner"
    try:
        ensure_project(path, args.n)
        project = Project.open(path)
        try:
            queries = pick_queries(project, args.n)
            for kind, texts in queries.items():
                print(f"{kind}: " + " | ".join(f"{text} ({matches(project, text):,})" for text in texts))
            times = run_queries(project, queries, args.rounds)
        finally:
            project.close()
        words = [kind for kind in queries if kind != "prefix*"]
        print(f"\n{args.n:,} passages, {args.rounds} rounds; one- and two-word queries (no prefix):")
        print("\n".join(report(times, words)))
        print("\nkind by kind, p50 / p95 / max ms:")
        print("\n".join(by_kind(times, list(queries))))
        print("\nprefix queries (word*):")
        print("\n".join(report(times, ["prefix*"])))
        queue_p95 = percentile([t for kind in words for t in times["queue search"][kind]], 0.95)
        verdict = "PASS" if queue_p95 <= TARGET_MS else "MISS"
        print(f"\n{verdict}: the queue's search at p95 {queue_p95:.1f} ms (target <= {TARGET_MS:.0f} ms)")
        return 0 if verdict == "PASS" else 1
    finally:
        if workdir is not None:
            clean_up(workdir, args.keep)


if __name__ == "__main__":
    sys.exit(main())
