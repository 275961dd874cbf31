"""Export throughput benchmark: `aligner export` against the standard library's json.dumps
and pyarrow's write_table writing the same rows.

Run from the repository root (a script, not a pytest test; `make bench-export` runs it):

    .venv/bin/python tests/bench/bench_export.py [--n N] [--rounds R] [--shard-rows N]
        [--project PATH] [--keep]

1. Build (not timed): an N-passage project made with the real ``Project.create``, its rows
   written straight with sqlite3: ~600-character synthetic Arabic passages (bench_import's
   generator), one rewrite each (~10% of its words changed; 10% made by a model with a
   prompt, the rest imported), one standing decision each (70% accepted, 20% edited: a word
   replaced somewhere and the ending rewritten, 10% rejected; the passage_state trigger
   keeps the state), and flags on 10% of the rewrites.
   ``--project PATH`` keeps the project there and reuses it on the next run.
2. For each round and each case (sft, pretrain, pretrain with Parquet shards): the real
   ``aligner export`` in a subprocess, timed around the command (interpreter start-up not
   included) with its peak RSS; then the baselines on the rows it wrote, read back from its
   JSONL (the same dicts, provenance included; reading them back is not timed):
   * JSONL: ``json.dumps(row, ensure_ascii=False) + "\\n"`` written to a file and fsynced,
     as the export does; the file must come out byte for byte the export's. (The default
     ``ensure_ascii=True`` writes every Arabic letter as ``\\uXXXX``, 2.4x the bytes, and was
     slower: 11,254 against 12,759 rows/s for the sft rows of one million passages.)
   * Parquet: the same columns, shard by shard, as ``pq.write_table(pa.table(columns))``
     (from Python lists, as a program holding rows has them); ``pq.write_table`` of the
     ready-made table alone; and, since that export writes the JSONL as well, json.dumps
     and ``pa.table + write_table`` together.
   Then the pretrain export's query alone, its rows read and dropped (a floor under any
   export of them), in a subprocess.
   Ratios are export rate / baseline rate, in wall-clock time and in CPU time (the steadier
   figure on a shared machine).

Targets: every export at least half the rate of its baseline; peak RSS under 500 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import workdir
from bench_import import iter_passages, machine, run_child  # tests/bench, beside this script
from workdir import clean_up, finish_build, make_workdir

from aligner_gui.core.flags.codes import CODES

SEED = 20240614
RATIO_TARGET = 0.5
RSS_TARGET_MB = 500
BUILD_BATCH = 20_000
READ_BATCH = 10_000  # rows read back (untimed) per timed baseline chunk
REVIEWERS = ("huda", "omar", "lina")
FLAG_CODES = sorted(CODES)


# -- the project -------------------------------------------------------------------------


def _rewrite(words: list[str], rng: random.Random) -> list[str]:
    """The passage with ~10% of its words swapped for others of the same passage."""
    out = list(words)
    for _ in range(max(1, len(out) // 10)):
        out[rng.randrange(1, len(out))] = out[rng.randrange(len(out))]
    return out


def _rows(n: int, prompt_id: int, created_at: str):  # noqa: ANN202 - a generator of row tuples
    rng = random.Random(SEED)
    for pid, (uid, text) in enumerate(iter_passages(n), start=1):
        words = text.split(" ")
        rewrite = " ".join(_rewrite(words, rng))
        by_model = rng.random() < 0.1
        passage = (pid, uid, text, hashlib.blake2b(text.encode(), digest_size=16).digest(), "bench", created_at)
        rewrite_row = (
            pid, pid, rewrite, hashlib.blake2b(rewrite.encode(), digest_size=16).digest(),
            "model" if by_model else "import", "bench-model" if by_model else None,
            prompt_id if by_model else None, created_at,
        )  # fmt: skip
        draw = rng.random()
        decision, final, reasons = "accepted", rewrite, "[]"
        if draw >= 0.9:
            decision, final, reasons = "rejected", None, '["truncated"]'
        elif draw >= 0.7:  # a word replaced somewhere, and the ending rewritten
            edited = rewrite.split(" ")
            edited[rng.randrange(1, len(edited))] = "مراجعة"
            decision, final = "edited", " ".join(edited).rsplit(" ", 2)[0] + " بعد المراجعة."
        note = "راجعته مرتين" if rng.random() < 0.05 else None
        decided_at = f"2026-01-01T00:00:{pid % 60:02d}.{pid % 1000:03d}+00:00"
        review = (pid, pid, pid, REVIEWERS[pid % 3], decision, final, reasons, note, decided_at)
        flags = []
        if rng.random() < 0.1:
            for code in rng.sample(FLAG_CODES, rng.choice((1, 1, 2))):
                flags.append((pid, code, rng.choice((1, 2, 3)), f"bench {code}", created_at))
        yield passage, rewrite_row, review, flags


def build_project(path: Path, n: int) -> None:
    from aligner_gui.core.store.project import Project

    Project.create(path).close()  # the real schema, at the latest version
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=OFF")  # a throw-away build; back to WAL at the end
    created_at = "2026-01-01T00:00:00.000+00:00"
    prompt_id = conn.execute(
        "INSERT INTO prompts(name, version, language, text, created_at) VALUES (?, 1, 'ar', ?, ?)",
        ("bench-prompt", "أعد كتابة النص التالي بعربية فصحى سليمة.", created_at),
    ).lastrowid
    # passages_fts (the search index) stays empty: search is not part of this measurement.
    sql = {
        "passages": "INSERT INTO passages(id, uid, text, text_hash, source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        "rewrites": "INSERT INTO rewrites(id, passage_id, text, text_hash, origin, model, prompt_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "reviews": "INSERT INTO reviews(id, passage_id, rewrite_id, reviewer, decision, final_text, reasons, note,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "flags": "INSERT INTO flags(rewrite_id, kind, severity, detail, created_at) VALUES (?, ?, ?, ?, ?)",
    }
    rows = _rows(n, prompt_id, created_at)
    start = time.perf_counter()
    while batch := list(itertools.islice(rows, BUILD_BATCH)):
        passages, rewrites, reviews, flags = zip(*batch, strict=True)
        conn.executemany(sql["passages"], passages)
        conn.executemany(sql["rewrites"], rewrites)
        conn.executemany(sql["reviews"], reviews)
        conn.executemany(sql["flags"], [flag for each in flags for flag in each])
        conn.commit()
        if batch[-1][0][0] % 200_000 == 0:
            print(f"  ... {batch[-1][0][0]:,} passages, {time.perf_counter() - start:.0f} s", flush=True)
    # Each rewrite's worst flag (0: checked, nothing found), and passage_flags for the
    # passages whose newest (here: only) rewrite has flags, as the flag store keeps them.
    conn.execute(
        "UPDATE rewrites SET flag_severity = coalesce("
        "(SELECT max(severity) FROM flags f WHERE f.rewrite_id = rewrites.id), 0)"
    )
    conn.execute(
        "INSERT INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes)"
        " SELECT w.passage_id, w.id, max(f.severity), count(*), json_group_array(f.kind)"
        " FROM flags f JOIN rewrites w ON w.id = f.rewrite_id GROUP BY w.id"
    )
    conn.commit()
    finish_build(conn, path, f"{n:,} reviewed passages", start)


def ensure_project(path: Path, n: int) -> None:
    workdir.ensure_project(path, n, "reviewed passages", "SELECT count(*) FROM passage_state", build_project)


# -- timing ----------------------------------------------------------------------------


CLOCKS = ("wall", "cpu")


@dataclass
class Timing:
    """Wall-clock and CPU seconds (this machine is shared: CPU time is the steadier one)."""

    wall: float = 0.0
    cpu: float = 0.0


@contextmanager
def timed(into: Timing) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    into.wall += time.perf_counter() - wall
    into.cpu += time.process_time() - cpu


def _child_timing(log: Path, marker: str) -> tuple[list[str], Timing]:
    """The figures a child printed after ``marker``: its own words, then wall and CPU seconds."""
    text = log.read_text(encoding="utf-8", errors="replace")
    *words, wall, cpu = text.rsplit(marker + " ", 1)[1].split("\n", 1)[0].split()
    return words, Timing(float(wall), float(cpu))


# -- the export, and reading alone ------------------------------------------------------

# Each timed inside its own process, around the work itself (not the interpreter's start).
EXPORT_CHILD = """
import sys, time
from aligner_gui.cli.main import main
wall, cpu = time.perf_counter(), time.process_time()
code = main(sys.argv[1:])
print("export seconds", time.perf_counter() - wall, time.process_time() - cpu, file=sys.stderr)
sys.exit(code)
"""
READ_CHILD = """
import sys, time
from pathlib import Path
from aligner_gui.core.export.distances import edit_distances
from aligner_gui.core.export.rows import ExportFilter, reviewed_rows
from aligner_gui.core.store.project import Project
project = Project.open(Path(sys.argv[1]))
kept = ExportFilter(decisions=frozenset({"accepted", "edited"}))
wall, cpu = time.perf_counter(), time.process_time()
rows = sum(1 for _ in reviewed_rows(project, kept, raw=False))
print("read rows", rows, time.perf_counter() - wall, time.process_time() - cpu)
wall, cpu = time.perf_counter(), time.process_time()
rows = sum(1 for row in reviewed_rows(project, kept, raw=False) if edit_distances(row.rewrite, row.final))
print("distances too", rows, time.perf_counter() - wall, time.process_time() - cpu)
"""


@dataclass
class Case:
    name: str
    fmt: str
    parquet: bool = False


CASES = (Case("sft", "sft"), Case("pretrain", "pretrain"), Case("pretrain + Parquet", "pretrain", parquet=True))


def run_export(project: Path, case: Case, out: Path, shard_rows: int) -> tuple[Timing, float]:
    """The command's seconds, and its peak RSS in MB."""
    args = [sys.executable, "-c", EXPORT_CHILD, "export", str(project), "--format", case.fmt, "--out", str(out)]
    if case.parquet:
        args += ["--shard-rows", str(shard_rows)]
    log = out.with_suffix(".log")
    run = run_child(args, log)
    if run.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise SystemExit(f"`aligner export` ({case.name}) failed with exit code {run.returncode}:\n{tail}")
    return _child_timing(log, "export seconds")[1], run.peak_rss_mb


def run_read_alone(project: Path, log: Path) -> tuple[int, Timing, Timing]:
    """The pretrain export's query and rows, read and dropped; then read again with their
    edit distances (the provenance's one computation): floors under any export of them."""
    run = run_child([sys.executable, "-c", READ_CHILD, str(project)], log)
    if run.returncode != 0:
        raise SystemExit(f"reading the rows failed:\n{log.read_text(encoding='utf-8', errors='replace')[-2000:]}")
    (rows,), read = _child_timing(log, "read rows")
    return int(rows), read, _child_timing(log, "distances too")[1]


def read_back(path: Path) -> Iterator[list[dict]]:
    with open(path, encoding="utf-8") as file:
        while lines := list(itertools.islice(file, READ_BATCH)):
            yield [json.loads(line) for line in lines]


# -- baselines ---------------------------------------------------------------------------

JSON_BASELINE = "json.dumps"
TABLE_BASELINE = "pa.table + write_table"
WRITE_BASELINE = "write_table alone"


def baselines(export_file: Path, workdir: Path, shard_rows: int | None) -> tuple[int, dict[str, Timing]]:
    """The rows of ``export_file`` written again, timed: with json.dumps (to a file that
    must come out the same, byte for byte), and with ``shard_rows``, as Parquet shards."""
    timings = {JSON_BASELINE: Timing()}
    if shard_rows:
        timings |= {TABLE_BASELINE: Timing(), WRITE_BASELINE: Timing()}
    copy = workdir / "baseline.jsonl"
    pending: list[dict] = []
    rows = shards = 0
    if shard_rows:  # pyarrow's first table starts up more of it: not part of any shard's time
        pq.write_table(pa.table({"warm": ["up"]}), workdir / "warm-up.parquet")

    def write_shard(batch: list[dict]) -> None:
        nonlocal shards
        columns = {key: [row[key] for row in batch] for key in batch[0]}
        path = workdir / f"baseline-{shards:05d}.parquet"
        with timed(timings[TABLE_BASELINE]):
            table = pa.table(columns)
            with timed(timings[WRITE_BASELINE]):
                pq.write_table(table, path)
        path.unlink()
        shards += 1

    with open(copy, "w", encoding="utf-8", newline="\n") as file:
        for chunk in read_back(export_file):
            rows += len(chunk)
            with timed(timings[JSON_BASELINE]):
                for row in chunk:
                    file.write(json.dumps(row, ensure_ascii=False) + "\n")
            if shard_rows:
                pending += chunk
                while len(pending) >= shard_rows:
                    write_shard(pending[:shard_rows])
                    pending = pending[shard_rows:]
        with timed(timings[JSON_BASELINE]):
            file.flush()
            os.fsync(file.fileno())
    if pending:
        write_shard(pending)
    same = _sha256(copy) == _sha256(export_file)
    copy.unlink()
    if not same:
        raise SystemExit(f"{export_file}: json.dumps of the rows read back did not give the export's bytes")
    return rows, timings


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# -- rounds and the table ----------------------------------------------------------------


@dataclass
class Result:
    case: str
    baseline: str
    rows: int
    export: Timing
    against: Timing
    peak_mb: float

    def ratio(self, clock: str) -> float:
        return getattr(self.against, clock) / getattr(self.export, clock)


def run_case(project: Path, case: Case, workdir: Path, shard_rows: int, r: int) -> list[Result]:
    out = workdir / f"export-{case.fmt}{'-parquet' if case.parquet else ''}-{r}"
    export, peak = run_export(project, case, out, shard_rows)
    try:
        rows, timings = baselines(out / "train.jsonl", workdir, shard_rows if case.parquet else None)
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    finally:
        shutil.rmtree(out)
    if case.parquet:
        parquet_rows = sum(entry["rows"] for name, entry in manifest["files"].items() if name.startswith("parquet/"))
        if parquet_rows != rows:
            raise SystemExit(f"the export wrote {parquet_rows:,} Parquet rows and {rows:,} JSONL rows")
        both = Timing(*(getattr(timings[JSON_BASELINE], c) + getattr(timings[TABLE_BASELINE], c) for c in CLOCKS))
        timings = {
            TABLE_BASELINE: timings[TABLE_BASELINE],
            WRITE_BASELINE: timings[WRITE_BASELINE],
            f"{JSON_BASELINE} + {TABLE_BASELINE} (both files)": both,
        }
    return [Result(case.name, name, rows, export, timing, peak) for name, timing in timings.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="reviewed passages (default 1,000,000)")
    parser.add_argument("--rounds", type=int, help="default 1 for N >= 200,000, else 3")
    parser.add_argument("--shard-rows", type=int, default=100_000, help="Parquet rows per shard (default 100,000)")
    parser.add_argument("--project", type=Path, help="build the project here, or reuse the one already there")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    n = args.n
    rounds = args.rounds or (1 if n >= 200_000 else 3)
    if n < 10 or rounds < 1 or args.shard_rows < 1:
        parser.error("--n must be at least 10, --rounds and --shard-rows at least 1")

    print(machine())
    workdir = make_workdir("export")
    print(f"workdir: {workdir}")
    try:
        project = args.project or workdir / "bench.aligner"
        ensure_project(project, n)
        results: dict[tuple[str, str], list[Result]] = {}
        reads: list[tuple[Timing, Timing]] = []
        for r in range(1, rounds + 1):
            for case in CASES:
                for result in run_case(project, case, workdir, args.shard_rows, r):
                    results.setdefault((result.case, result.baseline), []).append(result)
                    print(
                        f"round {r}, {result.case}: {result.rows:,} rows in {result.export.wall:.1f} s"
                        f" ({result.export.cpu:.1f} s CPU) | {result.baseline}: {result.against.wall:.1f} s"
                        f" ({result.against.cpu:.1f} s CPU) | ratio {result.ratio('wall'):.2f}"
                        f" (CPU {result.ratio('cpu'):.2f}) | export peak RSS {result.peak_mb:,.0f} MB",
                        flush=True,
                    )
            read_rows, read, with_distances = run_read_alone(project, workdir / f"read-{r}.log")
            reads.append((read, with_distances))
            print(
                f"round {r}, the pretrain rows read alone: {read.wall:.1f} s ({read.cpu:.1f} s CPU);"
                f" with their edit distances: {with_distances.wall:.1f} s ({with_distances.cpu:.1f} s CPU)",
                flush=True,
            )
        failed = report(n, rounds, results, reads, read_rows)
    finally:
        clean_up(workdir, args.keep)
    return 1 if failed else 0


def report(n: int, rounds: int, results: dict, reads: list[tuple[Timing, Timing]], read_rows: int) -> list[str]:
    print(f"\n{n:,} reviewed passages{f', medians of {rounds} rounds' if rounds > 1 else ''}:")
    print("| export | rows | export rows/s | baseline | baseline rows/s | ratio | CPU-time ratio | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    failed = []
    for (case, baseline), runs in results.items():
        rows = runs[0].rows
        export = statistics.median(run.export.wall for run in runs)
        against = statistics.median(run.against.wall for run in runs)
        ratio, cpu_ratio = (statistics.median(run.ratio(clock) for run in runs) for clock in CLOCKS)
        peak = max(run.peak_mb for run in runs)
        print(
            f"| {case} | {rows:,} | {rows / export:,.0f} | {baseline} | {rows / against:,.0f} | {ratio:.2f}"
            f" | {cpu_ratio:.2f} | {peak:,.0f} MB |"
        )
        if ratio < RATIO_TARGET:
            failed.append(f"{case} against {baseline}: ratio {ratio:.2f}")
        if peak >= RSS_TARGET_MB:
            failed.append(f"{case}: peak RSS {peak:,.0f} MB")
    floors = {
        "the pretrain rows read alone (no output)": [read for read, _ in reads],
        "read, with their edit distances": [both for _, both in reads],
    }
    for name, timings in floors.items():
        wall, cpu = (statistics.median(getattr(timing, clock) for timing in timings) for clock in CLOCKS)
        print(f"| {name} | {read_rows:,} | {read_rows / wall:,.0f} ({read_rows / cpu:,.0f} on CPU time) | | | | | |")
    tables = results.get(("pretrain + Parquet", TABLE_BASELINE))
    if tables:
        floor = statistics.median(both.cpu for _, both in reads)
        table = statistics.median(run.against.cpu for run in tables)
        print(
            f"An export writing the same Parquet reads the rows, computes their distances and converts and"
            f" writes them as {TABLE_BASELINE} does: on CPU time at best {table / (floor + table):.2f}"
            f" of {TABLE_BASELINE}'s rate."
        )
    print(f"targets: ratio >= {RATIO_TARGET}, peak RSS < {RSS_TARGET_MB} MB: " + ("; ".join(failed) or "all met"))
    return failed


if __name__ == "__main__":
    sys.exit(main())
