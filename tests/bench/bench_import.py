"""Import throughput benchmark: `aligner import` against a bare sqlite3 executemany.

Run from the repository root (a script, not a pytest test; `make bench-import` runs it):

    .venv/bin/python tests/bench/bench_import.py [--n N] [--rounds R] [--keep]

It writes N synthetic Arabic passages (about 600 characters each) as JSONL into a
temporary folder, then, for each round:

* baseline ("the limit"): the same rows, re-created from the same seed (no JSON
  parsing, no normalization, no hashing, no index), inserted with stdlib ``sqlite3``
  ``executemany`` into a plain table of a fresh WAL database, committing every 20,000
  rows. Only the ``executemany`` + ``commit`` calls are timed, so the figure is what
  SQLite alone can take, not how fast this script can make up text;
* our import: ``python -m aligner_gui.cli init`` then ``... import`` in a subprocess,
  timed wall-clock (interpreter start-up included) with its peak RSS measured, then
  checked: the project must hold N passages and ``passages_fts`` must find a word.

Targets: import at least half the baseline's rate, peak RSS under 500 MB.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workdir import clean_up, make_workdir  # tests/bench/workdir.py, beside this script

from aligner_gui.core.ingest.chunk_writer import TRANSACTION_ROWS
from aligner_gui.core.store.schema import create_search_index

REPO = Path(__file__).resolve().parents[2]
SEED = 20240601
VOCABULARY_SIZE = 30_000
PASSAGE_CHARS = 600
BATCH = 1_000  # passages drawn per random.choices call
TABLE_SLOTS = 1 << 17  # see make_vocabulary
RATIO_TARGET = 0.5
RSS_TARGET_MB = 500

# The 28 letters of the alphabet, and the letter forms that only occur in some positions.
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
HAMZA_ALEFS = "أإآ"  # mostly word-initial
FINALS = "ةى"  # only word-final
TASHKEEL = [chr(c) for c in range(0x064B, 0x0653)]  # fathatan .. sukun
ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# -- synthetic corpus ------------------------------------------------------------------


@dataclass
class Vocabulary:
    """Word slots for random.choices: drawing a slot uniformly draws a word by Zipf's law."""

    slots: list[str]
    words_per_passage: int


def make_vocabulary(seed: int) -> Vocabulary:
    """A Zipf-weighted table of ~30,000 made-up words, some with tashkeel or punctuation.

    Each word gets a number of the table's TABLE_SLOTS slots proportional to its weight
    (rounded at random, so the rarest words get one slot or none). Uniform draws from a
    small table are about 4x faster than random.choices with cum_weights (bisect).
    """
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        length = rng.randint(2, 9)
        letters = rng.choices(LETTERS, k=length)
        if rng.random() < 0.12:
            letters[0] = rng.choice(HAMZA_ALEFS)
        if length > 2 and rng.random() < 0.15:
            letters[-1] = rng.choice(FINALS)
        words.add("".join(letters))
    # Frequent words are short, as in real text: sort by length, with some noise (drawn in
    # a fixed order: a set's order changes from one process to the next).
    noise = {word: rng.random() * 3 for word in sorted(words)}
    ranked = sorted(words, key=lambda w: (len(w) + noise[w], w))
    weights = [1.0 / (rank + 2.7) for rank in range(len(ranked))]  # Zipf-Mandelbrot, s=1
    # Numbers, in Western and Arabic-Indic digits, as rare "words".
    for _ in range(300):
        number = str(rng.randint(1, 2030))
        ranked.append(number.translate(ARABIC_INDIC_DIGITS) if rng.random() < 0.4 else number)
        weights.append(1.0 / 2_000)
    scale = TABLE_SLOTS / sum(weights)
    slots: list[str] = []
    for word, weight in zip(ranked, weights, strict=True):
        count = int(weight * scale + rng.random())
        # Some words (15%) also occur with tashkeel, in a fifth of their occurrences.
        marked = None
        if rng.random() < 0.15 and not word[0].isdigit():
            marked = "".join(ch + rng.choice(TASHKEEL) if rng.random() < 0.6 else ch for ch in word)
        for _ in range(count):
            form = marked if marked and rng.random() < 0.2 else word
            mark = rng.random()
            if mark < 0.08:
                form += "."
            elif mark < 0.095:
                form += "؟"
            elif mark < 0.145:
                form += "،"
            slots.append(form)
    mean_len = sum(map(len, slots)) / len(slots)
    return Vocabulary(slots, round(PASSAGE_CHARS / (mean_len + 1)))


def iter_passages(n: int, seed: int = SEED) -> Iterator[tuple[str, str]]:
    """Yield (uid, text) for passages 1..n; the same seed gives the same passages.

    Constant memory: the words of BATCH passages are drawn at once.
    """
    vocab = make_vocabulary(seed)
    rng = random.Random(seed + 1)
    width = max(6, len(str(n)))
    per = vocab.words_per_passage
    done = 0
    while done < n:
        batch = min(BATCH, n - done)
        words = rng.choices(vocab.slots, k=batch * per)
        for b in range(batch):
            number = done + b + 1
            # Unique: every passage starts with its number.
            text = f"{number} {' '.join(words[b * per : (b + 1) * per]).rstrip('.،؟')}."
            yield f"bench-{number:0{width}d}", text
        done += batch


def write_jsonl(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for uid, text in iter_passages(n):
            out.write(json.dumps({"id": uid, "text": text, "source": "bench"}, ensure_ascii=False))
            out.write("\n")


# -- baseline: bare executemany --------------------------------------------------------


def run_baseline(db_path: Path, n: int) -> tuple[float, float]:
    """Return (rows/s over the timed SQLite calls only, wall seconds including generation)."""
    rows = ((uid, text, "bench", None) for uid, text in iter_passages(n))
    return _timed_inserts(
        db_path,
        n,
        lambda conn: conn.execute("CREATE TABLE t(uid TEXT, text TEXT, source TEXT, meta TEXT)"),
        "INSERT INTO t(uid, text, source, meta) VALUES (?, ?, ?, ?)",
        rows,
    )


def run_search_index_alone(db_path: Path, n: int) -> tuple[float, float]:
    """The same passages, already in their search form, into an empty copy of the
    project's search index (same FTS5 table and settings).

    No Python work is timed: this is the most an import that indexes every word as it
    goes could reach, whatever its own code does.
    """
    from aligner_gui.core.text.arabic import normalize, search_form

    rows = ((i, search_form(normalize(text))) for i, (_, text) in enumerate(iter_passages(n), start=1))
    return _timed_inserts(db_path, n, create_search_index, "INSERT INTO passages_fts(rowid, text) VALUES (?, ?)", rows)


def _timed_inserts(
    db_path: Path, n: int, create: Callable[[sqlite3.Connection], object], insert: str, rows: Iterator[tuple]
) -> tuple[float, float]:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    # The importer runs with synchronous=NORMAL (see core.ingest.importer); match it so
    # both sides pay the same fsyncs per commit.
    conn.execute("PRAGMA synchronous=NORMAL")
    create(conn)
    conn.commit()
    sql_seconds = 0.0
    wall_start = time.perf_counter()
    while chunk := list(itertools.islice(rows, TRANSACTION_ROWS)):
        start = time.perf_counter()
        conn.executemany(insert, chunk)
        conn.commit()
        sql_seconds += time.perf_counter() - start
    wall = time.perf_counter() - wall_start
    conn.close()
    return n / sql_seconds, wall


# -- our import, in a subprocess -------------------------------------------------------


def _proc_kib(pid: int | str, field: str) -> int | None:
    """A memory figure (kB) from /proc/<pid>/status, or None (no /proc, process gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _proc_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (/proc/<pid>/stat), 0 if gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _maxrss_mib(maxrss: int) -> float:
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024  # bytes / KiB


@dataclass
class ChildRun:
    returncode: int
    seconds: float
    peak_rss_mb: float
    rss_method: str
    cpu_seconds: float = 0.0  # user + system, of the process and the helpers it waited for
    # (seconds since the start, CPU seconds the process tree has used), every 20 ms; Linux only
    cpu_timeline: tuple[tuple[float, float], ...] = ()


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux /proc; [pid] alone elsewhere)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as children:
                todo.extend(int(child) for child in children.read().split())
        except OSError:
            pass
    return found


def run_child(args: list[str], log: Path) -> ChildRun:
    """Run one CLI command; its wall time, CPU time and the peak RSS of its process tree.

    The import parses large files in a helper process, so the figure that matters is
    the sum over the CLI process and its helpers. Each process's own high-water mark
    (VmHWM in /proc/<pid>/status) is polled every 20 ms, which can miss growth in a
    process's last 20 ms only. Without /proc, the child's ru_maxrss (the largest single
    process, not the sum) is all there is. The tree's CPU time is sampled at each poll too.
    """
    peaks: dict[int, int] = {}
    timeline: list[tuple[float, float]] = []
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=REPO)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            members = _descendants(proc.pid)
            for member in members:
                peaks[member] = max(peaks.get(member, 0), _proc_kib(member, "VmHWM") or 0)
            timeline.append((time.perf_counter() - start, sum(map(_proc_cpu_seconds, members))))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if any(peaks.values()):
        peak, method = sum(peaks.values()) / 1024, f"sum of VmHWM over {len(peaks)} processes"
    else:
        peak, method = _maxrss_mib(usage.ru_maxrss), "ru_maxrss"
    cpu = usage.ru_utime + usage.ru_stime
    return ChildRun(proc.returncode, seconds, peak, method, cpu, tuple(timeline))


def run_import(project: Path, jsonl: Path, workdir: Path) -> ChildRun:
    cli = [sys.executable, "-m", "aligner_gui.cli"]
    for name, args in (
        ("init", [*cli, "init", str(project)]),
        ("import", [*cli, "import", str(project), str(jsonl)]),
    ):
        log = workdir / f"{project.stem}.{name}.log"
        run = run_child(args, log)
        if run.returncode != 0:
            tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise SystemExit(f"`aligner {name}` failed with exit code {run.returncode}:\n{tail}")
    return run


def verify_project(project: Path, n: int, word: str) -> int:
    """Check the project holds n passages and the FTS index finds ``word`` in passage 1."""
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        count = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        if count != n:
            raise SystemExit(f"import: expected {n} passages, the project holds {count}")
        first = conn.execute("SELECT id FROM passages WHERE uid = ?", (f"bench-{1:0{max(6, len(str(n)))}d}",))
        (first_id,) = first.fetchone()
        match = '"' + word + '"'
        hits = conn.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", (match,)).fetchone()[0]
        found = conn.execute(
            "SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?", (match, first_id)
        ).fetchone()
        if not hits or found is None:
            raise SystemExit(f"import: passages_fts does not find {word!r} in passage 1")
        return hits
    finally:
        conn.close()


def probe_word() -> str:
    """A word of passage 1 as the index holds it (normalized, longest first)."""
    sys.path.insert(0, str(REPO))
    from aligner_gui.core.text.arabic import normalize

    _, text = next(iter_passages(1))
    words = [w.strip(".،؟") for w in normalize(text).split()[1:]]
    return max((w for w in words if not w.isdigit()), key=len)


# -- reporting -------------------------------------------------------------------------


def machine() -> str:
    return (
        f"machine: {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()} ({sys.executable}); SQLite {sqlite3.sqlite_version}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="passages (default 1,000,000)")
    parser.add_argument("--rounds", type=int, help="default 1 for N >= 200,000, else 3")
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    args = parser.parse_args(argv)
    n = args.n
    rounds = args.rounds or (1 if n >= 200_000 else 3)
    if n < 1 or rounds < 1:
        parser.error("--n and --rounds must be at least 1")

    print(machine())
    workdir = make_workdir("")
    print(f"workdir: {workdir}")
    try:
        jsonl = workdir / "passages.jsonl"
        start = time.perf_counter()
        write_jsonl(jsonl, n)
        size_mb = jsonl.stat().st_size / 1e6
        print(
            f"generated {n:,} passages, {size_mb:,.1f} MB of JSONL "
            f"({size_mb * 1e6 / n:,.0f} bytes each) in {time.perf_counter() - start:.1f} s"
        )
        word = probe_word()

        results = []
        for r in range(1, rounds + 1):
            base_db = workdir / f"baseline-{r}.db"
            base_rate, base_wall = run_baseline(base_db, n)
            index_rate, _ = run_search_index_alone(workdir / f"fts-alone-{r}.db", n)
            project = workdir / f"project-{r}.aligner"
            run = run_import(project, jsonl, workdir)
            hits = verify_project(project, n, word)
            rate = n / run.seconds
            results.append((base_rate, rate, rate / base_rate, run.peak_rss_mb, index_rate / base_rate))
            print(
                f"round {r}: baseline {base_rate:,.0f} rows/s (SQLite calls; {base_wall:.1f} s with "
                f"generation) | import {rate:,.0f} passages/s ({run.seconds:.1f} s) | "
                f"ratio {rate / base_rate:.2f} | peak import RSS {run.peak_rss_mb:,.0f} MB "
                f"({run.rss_method}) | FTS finds {word!r} in {hits:,} passages | FTS5 index alone "
                f"{index_rate:,.0f} rows/s (ceiling ratio {index_rate / base_rate:.2f})"
            )
            if not args.keep:
                for path in workdir.glob(f"*-{r}.*"):
                    path.unlink()

        base_rate, rate, ratio, rss, ceiling = (statistics.median(col) for col in zip(*results, strict=True))
        if rounds > 1:
            print(
                f"median of {rounds}: baseline {base_rate:,.0f} rows/s | import {rate:,.0f} passages/s"
                f" | ratio {ratio:.2f} | peak import RSS {rss:,.0f} MB"
            )
        print(
            f"import {rate:,.0f} passages/s vs bare executemany {base_rate:,.0f} rows/s: "
            f"ratio {ratio:.2f} (target >= {RATIO_TARGET}); peak RSS {rss:,.0f} MB "
            f"(target < {RSS_TARGET_MB} MB); indexing every word at import caps the ratio at "
            f"{ceiling:.2f} (FTS5 alone, same rows)"
        )
    finally:
        clean_up(workdir, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
