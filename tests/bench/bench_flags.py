"""What checking rewrites for flags adds to an import of pairs.

Run from the repository root (a script, not a pytest test; `make bench-flags` runs it):

    .venv/bin/python tests/bench/bench_flags.py [--n N] [--rounds R] [--keep]

Writes N synthetic pairs as JSONL (bench_import's passages, each with a rewrite made from
it: a few words dropped or swapped; one in ten fails the way rewriters do: a loop, a
lead-in, two versions, English, cut off), then imports them with the real `aligner
import` in a subprocess, with flags (the default) and with `--no-flags`, alternating, each
into a fresh project. Prints the median wall times, their ratio and the peak RSS of the
import's processes, the ratio no sharing of the work over the cores can beat, and what
check() costs a pair outside the import, alone and with every core checking at once.
Target: flags add at most 20% (ratio <= 1.20), peak RSS under 500 MB.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import random
import sqlite3
import statistics
import sys
import time
from bisect import bisect_left
from pathlib import Path

from bench_import import SEED, iter_passages, machine, run_child  # tests/bench/, beside this script
from workdir import clean_up, make_workdir

RATIO_TARGET = 1.20
RSS_TARGET_MB = 500

FAILURES = (
    lambda text: text + " " + " ".join(text.split()[-6:]) * 8,  # a loop to the end
    lambda text: "إليك النص بعد إعادة الصياغة:\n" + text,
    lambda text: text + "\n\n---\n\n" + text,
    lambda text: "Here is the rewritten passage, cleaned of ads and kept faithful to the source text.",
    lambda text: " ".join(text.split()[: len(text.split()) // 2]),  # cut off mid-sentence
)


def rewrite_of(text: str, rng: random.Random) -> str:
    words = text.split()
    kept = [words[0]] + [w for w in words[1:-1] if rng.random() > 0.05] + [words[-1]]
    for _ in range(3):
        i = rng.randrange(1, max(2, len(kept) - 2))
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    rewrite = " ".join(kept)
    if rng.random() < 0.1:
        rewrite = rng.choice(FAILURES)(rewrite)
    return rewrite


def write_pairs(path: Path, n: int) -> None:
    rng = random.Random(SEED + 7)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for uid, text in iter_passages(n):
            record = {"id": uid, "text": text, "rewrite": rewrite_of(text, rng), "source": "bench"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def import_pairs(project: Path, pairs: Path, workdir: Path, flags: bool):  # noqa: ANN201 - a ChildRun
    cli = [sys.executable, "-m", "aligner_gui.cli"]
    init = run_child([*cli, "init", str(project)], workdir / f"{project.stem}.init.log")
    if init.returncode != 0:
        raise SystemExit(f"aligner init failed ({init.returncode})")
    args = [*cli, "import", str(project), str(pairs), "--rewrite-field", "rewrite"] + ([] if flags else ["--no-flags"])
    log = workdir / f"{project.stem}.import.log"
    run = run_child(args, log)
    if run.returncode != 0:
        raise SystemExit(f"aligner import failed ({run.returncode}):\n{log.read_text(errors='replace')[-2000:]}")
    return run


def flagged_share(project: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        total = conn.execute("SELECT count(*) FROM rewrites").fetchone()[0]
        checked = conn.execute("SELECT count(*) FROM rewrites WHERE flag_severity IS NOT NULL").fetchone()[0]
        flagged = conn.execute("SELECT count(*) FROM passage_flags").fetchone()[0]
        return total, checked, flagged
    finally:
        conn.close()


def _time_checks(pairs: Path, count: int, start_at: float, results: multiprocessing.Queue) -> None:
    """A helper process: the CPU time of check() a pair (as the import stores it) over
    the file's first ``count`` pairs, begun at ``start_at`` (time.time())."""
    from aligner_gui.core.flags.check import Checker

    with open(pairs, encoding="utf-8") as lines:
        records = [json.loads(line) for line in itertools.islice(lines, count)]
    checker = Checker()
    time.sleep(max(0.0, start_at - time.time()))
    started = time.process_time()
    for record in records:
        checker.rows(record["text"], record["rewrite"])
    results.put((time.process_time() - started) / len(records) * 1e6)


def check_cost(pairs: Path, processes: int, count: int = 3000) -> list[float]:
    """µs of CPU a pair that check() takes in each of ``processes`` processes run at once."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start_at = time.time() + 2.0  # after every helper has started and read its pairs
    helpers = [context.Process(target=_time_checks, args=(pairs, count, start_at, results)) for _ in range(processes)]
    for helper in helpers:
        helper.start()
    costs = [results.get() for _ in helpers]
    for helper in helpers:
        helper.join()
    return costs


def busy_span(run, cores: int, window: float = 0.5) -> tuple[float, float, float]:  # noqa: ANN001 - a ChildRun
    """(start, end, CPU seconds used by start) of the time in which the run's processes
    first and last keep all ``cores`` but half a core busy for ``window`` seconds: before
    it the import starts (Python, the parser's start, its first chunk), after it the
    last rows are written and committed. (0, wall time, 0) without /proc."""
    timeline = run.cpu_timeline
    times = [at for at, _ in timeline]
    busy = []
    for i, (at, used) in enumerate(timeline):
        j = bisect_left(times, at + window, i + 1)  # the first sample a window later
        if j == len(timeline):
            break
        if (timeline[j][1] - used) / (timeline[j][0] - at) >= cores - 0.5:
            busy.append((at, timeline[j][0], used))
    if not busy:
        return 0.0, run.seconds, 0.0
    return busy[0][0], busy[-1][1], busy[0][2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="pairs (default 100,000)")
    parser.add_argument("--rounds", type=int, default=3, help="imports of each kind (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    args = parser.parse_args(argv)
    workdir = make_workdir("flags")
    try:
        pairs = workdir / "pairs.jsonl"
        write_pairs(pairs, args.n)
        print(machine())
        print(f"{args.n:,} pairs, {pairs.stat().st_size / 1e6:.0f} MB of JSONL; {args.rounds} rounds")
        times: dict[bool, list[float]] = {True: [], False: []}
        cpu: dict[bool, list[float]] = {True: [], False: []}
        runs: dict[bool, list] = {True: [], False: []}
        peaks: dict[bool, float] = {True: 0.0, False: 0.0}
        for round_number in range(args.rounds):
            for flags in (False, True) if round_number % 2 == 0 else (True, False):
                project = workdir / f"r{round_number}-{'flags' if flags else 'plain'}.aligner"
                run = import_pairs(project, pairs, workdir, flags)
                times[flags].append(run.seconds)
                cpu[flags].append(run.cpu_seconds)
                runs[flags].append(run)
                peaks[flags] = max(peaks[flags], run.peak_rss_mb)
                total, checked, flagged = flagged_share(project)
                expected_checked = total if flags else 0
                if checked != expected_checked:
                    raise SystemExit(f"{project.name}: {checked} of {total} rewrites checked")
                print(
                    f"  round {round_number + 1}, {'with flags' if flags else 'no flags  '}: {run.seconds:7.1f} s,"
                    f" CPU {run.cpu_seconds:6.1f} s, peak {run.peak_rss_mb:5.0f} MB"
                    + (f", {flagged:,} of {total:,} flagged" if flags else "")
                )
                project.unlink()
        plain, flagged = statistics.median(times[False]), statistics.median(times[True])
        ratio = flagged / plain
        print()
        print("| | import without flags | import with flags | ratio (target <= 1.20) | peak RSS (target < 500 MB) |")
        print("|---|---|---|---|---|")
        print(
            f"| {args.n:,} pairs, median of {args.rounds} | {plain:.1f} s ({args.n / plain:,.0f} pairs/s) |"
            f" {flagged:.1f} s ({args.n / flagged:,.0f} pairs/s) | {ratio:.2f} | {max(peaks.values()):.0f} MB |"
        )
        # Each round's two imports ran one after the other: their ratio drifts less with
        # the host's load than the medians, taken over the whole run, do.
        paired = [f / p for f, p in zip(times[True], times[False], strict=True)]
        print(f"each round's ratio: {', '.join(f'{r:.2f}' for r in paired)}; median {statistics.median(paired):.2f}")
        plain_cpu, flags_cpu = statistics.median(cpu[False]), statistics.median(cpu[True])
        print(
            f"CPU time (all processes), medians: {plain_cpu:.1f} s without flags, {flags_cpu:.1f} s with;"
            f" checking adds {flags_cpu - plain_cpu:.1f} s ({(flags_cpu - plain_cpu) / args.n * 1e6:.0f} µs a pair),"
            f" {(flags_cpu - plain_cpu) / plain:.0%} of the plain import's wall time"
            f" on {os.cpu_count()} cores"
        )
        # A bound no sharing of the work can beat. Before the flagged import first keeps
        # every core busy there is nothing to check; after the plain import last did, what
        # is left (the last rows written, the commit) runs on one core with flags too; in
        # between, every process's CPU time with flags spread evenly over the cores.
        cores = os.cpu_count() or 1
        start, _, used_by_start = map(statistics.median, zip(*(busy_span(r, cores) for r in runs[True]), strict=True))
        tail = statistics.median(r.seconds - busy_span(r, cores)[1] for r in runs[False])
        best = max(plain, start + tail + (flags_cpu - used_by_start - tail) / cores)
        print(
            f"bound: the start ({start:.2f} s, until every core is first busy), the end ({tail:.2f} s on one core)"
            f" and in between the CPU time with flags spread evenly over {cores} cores: {best:.1f} s,"
            f" ratio {best / plain:.2f};"
            " no sharing of the work does better"
        )
        # What checking costs outside the import, alone and with every core busy checking:
        # with flags both cores are busy, and each runs slower than one does alone.
        alone = statistics.median(check_cost(pairs, 1)[0] for _ in range(3))
        together = statistics.median(itertools.chain.from_iterable(check_cost(pairs, cores) for _ in range(3)))
        print(
            f"check() alone: {alone:.0f} µs of CPU a pair; with {cores} processes checking at once,"
            f" {together:.0f} µs each ({together / alone:.2f}x)"
        )
        met = ratio <= RATIO_TARGET and max(peaks.values()) < RSS_TARGET_MB
        print("targets met" if met else "TARGET MISSED")
        return 0 if met else 1
    finally:
        clean_up(workdir, args.keep)


if __name__ == "__main__":
    sys.exit(main())
