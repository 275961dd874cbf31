"""Carrying on an interrupted import: how long a rerun takes to finish the file, carrying on
after the last commit against reading the file from the start (what it did before).

Run from the repository root (`make bench-resume` runs it):

    .venv/bin/python tests/bench/bench_resume.py [--n N] [--done 0.9] [--rounds R] [--gzip] [--keep]

It writes N synthetic Arabic passages as JSONL (optionally gzip-compressed), imports the
first ``--done`` share of them and stops there, as a Ctrl+C or a kill would. Then, each
round on a copy of that project:

* baseline: the rerun as it was, reading from the start (the saved resume point is
  removed first, so the records already in the project are parsed and found duplicate);
* carry on: the rerun as it is now, which hashes the bytes before the point and parses
  only what follows.

Both must end with N passages. Prints the median times and the ratio (carry on / baseline).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workdir import clean_up, make_workdir  # noqa: E402 - tests/bench/workdir.py, beside this script

from aligner_gui.core.ingest import ImportOptions, import_files  # noqa: E402
from aligner_gui.core.store.project import Project  # noqa: E402

WORDS = ["كتب", "المحرر", "مقالا", "عن", "الاقتصاد", "والزراعة", "في", "المدن", "الساحلية", "وأسعار", "الحبوب"]


def write_corpus(path: Path, n: int, compressed: bool) -> None:
    rng = random.Random(7)
    opener = gzip.open if compressed else open
    with opener(path, "wt", encoding="utf-8") as out:
        for i in range(n):
            text = " ".join(rng.choice(WORDS) for _ in range(90))
            out.write(json.dumps({"id": f"doc-{i}", "text": f"{i} {text}"}, ensure_ascii=False) + "\n")


def interrupted_project(path: Path, corpus: Path, records: int) -> None:
    with Project.create(path) as project:
        written: list[int] = []
        import_files(
            project,
            [corpus],
            ImportOptions(parse_in_subprocess=False),
            on_progress=lambda report, done, total: written.append(report.imported),
            stop=lambda: bool(written) and written[-1] >= records,
        )


def rerun(template: Path, work: Path, corpus: Path, carry_on: bool) -> tuple[float, float, int]:
    """(seconds until the first new passage is written, seconds in all, passages then)"""
    copy = work / ("carry-on.aligner" if carry_on else "baseline.aligner")
    for suffix in ("", "-wal", "-shm"):
        copy.with_name(copy.name + suffix).unlink(missing_ok=True)
    shutil.copy(template, copy)
    with Project.open(copy) as project:
        if not carry_on:
            with project.transaction() as conn:
                conn.execute("UPDATE imports SET resume = NULL")
        first_new: list[float] = []

        def progress(report, done, total) -> None:  # noqa: ANN001
            if report.imported and not first_new:
                first_new.append(time.perf_counter() - started)

        started = time.perf_counter()
        [report] = import_files(project, [corpus], ImportOptions(parse_in_subprocess=False), on_progress=progress)
        seconds = time.perf_counter() - started
        total = project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    assert (report.carried_on_after is not None) == carry_on, report
    return first_new[0], seconds, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--done", type=float, default=0.9, help="share imported before the stop")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gzip", action="store_true")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    work = make_workdir("resume")
    corpus = work / ("corpus.jsonl.gz" if args.gzip else "corpus.jsonl")
    write_corpus(corpus, args.n, args.gzip)
    template = work / "interrupted.aligner"
    interrupted_project(template, corpus, int(args.n * args.done))
    with Project.open(template) as project:
        before = project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    print(f"{args.n} passages, {corpus.stat().st_size / 1e6:.0f} MB; {before} imported before the stop")

    times: dict[tuple[bool, str], list[float]] = {}
    for _ in range(args.rounds):
        for carry_on in (False, True):
            first_new, seconds, total = rerun(template, work, corpus, carry_on)
            assert total == args.n, (carry_on, total)
            times.setdefault((carry_on, "first"), []).append(first_new)
            times.setdefault((carry_on, "all"), []).append(seconds)
    print(f"medians of {args.rounds} rounds   reading from the start (baseline)   carrying on   ratio")
    for what, label in (("first", "to the first new passage"), ("all", "to the end of the file")):
        baseline, carry_on = statistics.median(times[False, what]), statistics.median(times[True, what])
        print(f"{label:28} {baseline:8.2f} s {carry_on:26.2f} s   {carry_on / baseline:.3f}")
    clean_up(work, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
