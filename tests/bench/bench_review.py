"""Review latency benchmark: next item (fetch, diff, render) on a large project.

Run from the repository root (a script, not a pytest test):

    .venv/bin/python tests/bench/bench_review.py [--n 1000000] [--steps 200] [--keep]

Targets (from the issue): moving to the next item -- fetch, word diff, render -- p95 <= 16 ms
for passages up to 2,000 characters and <= 50 ms at 15,000 characters, on a
1,000,000-passage project; print the percentiles and the project's open time.

1. Build: an N-passage project written straight with sqlite3 into the real schema (from
   ``Project.create``), one imported rewrite per passage. Ids 1..400 are ~15,000 characters
   (the "long" set), the rest ~1,500 (the "normal" set). Each rewrite replaces or drops ~10%
   of its passage's words and adds a few, so the word diff has real hunks.
2. Open time: ``MainWindow`` + ``open_project`` + ``show()``, events processed until the
   first passage is rendered; 3 times, a fresh window each time.
3. Next-item latency: ``queue.step(1)`` + ``QApplication.processEvents()`` (show_passage
   renders synchronously; the paint happens in processEvents), timed, per step:
   * warm (the target's case): before each step the app idles as a reviewer reading the
     passage would, until the next passage's prepared item is in the loader's cache and
     the rest of the prefetch window is in too, so the worker thread is idle (or 2 s);
   * next-only: idles only until the next passage is cached (the worker may still be
     preparing the passages after it, competing for the GIL);
   * cold: steps back to back from passages never prefetched (holding the key down).
4. Baseline ("the floor"): the same two texts, already in memory, put into two bare
   ``QTextEdit`` panes of the same size and font with ``setPlainText`` + processEvents():
   no diff, no database, no highlights. ratio = ours / baseline (p50 and p95).

Qt runs offscreen unless QT_QPA_PLATFORM says otherwise: painting goes to an image, so
figures on a real display (compositor, GPU upload) are somewhat higher. QSettings are
redirected to the temporary folder: the reviewer's own settings are neither read nor
written.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import cProfile  # noqa: E402
import hashlib  # noqa: E402
import io  # noqa: E402
import platform  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from array import array  # noqa: E402
from collections import deque  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from operator import itemgetter  # noqa: E402
from pathlib import Path  # noqa: E402

from workdir import clean_up, make_workdir  # noqa: E402 - tests/bench/workdir.py

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEED = 20240611
REVIEWER = "bench"
LONG_COUNT = 400  # ids 1..LONG_COUNT are the long set
NORMAL_CHARS = (1_200, 1_800)  # target length range of a normal passage
LONG_CHARS = (14_500, 15_500)
PARAGRAPH_WORDS = 80  # a line break every this many words
EDIT_FRACTION = 0.12  # edits per word in a rewrite: replace 5 : drop 3 : add 2
EDIT_WEIGHTS = (5, 3, 2)
BATCH = 10_000  # passages per generated batch: 20,000 rows (passages + rewrites) per commit
VOCABULARY_SIZE = 20_000
TABLE_SLOTS = 1 << 16  # exactly: a slot is drawn with two random bytes
COLD_STEPS = 50
PROFILE_STEPS = 20
IDLE_LIMIT_S = 2.0
TARGETS_MS = {"normal": 16.0, "long": 50.0}

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


# -- synthetic project -----------------------------------------------------------------


@dataclass
class Vocabulary:
    """Word slots: drawing a slot uniformly draws a word by Zipf's law (short words common)."""

    slots: list[str]
    mean_len: float


def make_vocabulary(seed: int) -> Vocabulary:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        words.add("".join(rng.choices(LETTERS, k=rng.randint(2, 8))))
    # sorted() first: set order depends on PYTHONHASHSEED, the vocabulary must not.
    ranked = sorted(sorted(words), key=lambda w: (len(w) + rng.random() * 3, w))
    weights = [1.0 / (rank + 2.7) for rank in range(len(ranked))]  # Zipf-Mandelbrot
    scale = TABLE_SLOTS / sum(weights)
    slots: list[str] = []
    for word, weight in zip(ranked, weights, strict=True):
        for _ in range(int(weight * scale + rng.random())):
            mark = rng.random()
            slots.append(word + "،" if mark < 0.05 else word + "." if mark < 0.11 else word)
    slots = slots[:TABLE_SLOTS]  # rounding: drop a few of the rarest, or repeat the commonest
    slots += slots[: TABLE_SLOTS - len(slots)]
    return Vocabulary(slots, sum(map(len, slots)) / len(slots))


def draw(rng: random.Random, slots: list[str], k: int) -> list[str]:
    """k words, uniformly over the slots (~5x faster than random.choices at this size)."""
    picks = array("H", rng.randbytes(2 * k))
    return list(itemgetter(*picks)(slots)) if k > 1 else [slots[i] for i in picks]


_VOCAB: Vocabulary | None = None


def _init_worker(seed: int) -> None:
    global _VOCAB
    _VOCAB = make_vocabulary(seed)


def _rewrite_words(words: list[str], rng: random.Random, slots: list[str]) -> list[str]:
    """The passage with ~EDIT_FRACTION of its words replaced, dropped or added to."""
    out = list(words)
    n = len(out)
    k = max(2, round(n * EDIT_FRACTION))
    positions = sorted(rng.choices(range(1, n), k=k), reverse=True)  # from the end: no shifting
    kinds = rng.choices((0, 1, 2), weights=EDIT_WEIGHTS, k=k)
    fresh = draw(rng, slots, k)
    for pos, kind, word in zip(positions, kinds, fresh, strict=True):
        pos = min(pos, len(out) - 1)
        if kind == 0:
            out[pos] = word
        elif kind == 1:
            del out[pos]
        else:
            out.insert(pos, word)
    return out


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" \n ", "\n")


def make_batch(first: int, count: int, seed: int, created_at: str) -> tuple[list, list, dict]:
    """Rows for passages first..first+count-1 and their rewrites; same seed, same rows."""
    vocab = _VOCAB
    slots = vocab.slots
    rng = random.Random(seed * 1_000_003 + first)
    per_word = vocab.mean_len + 1
    counts = [
        round(rng.uniform(*(LONG_CHARS if pid <= LONG_COUNT else NORMAL_CHARS)) / per_word)
        for pid in range(first, first + count)
    ]
    drawn = draw(rng, slots, sum(counts))  # every word of the batch in one call
    passages, rewrites = [], []
    lengths: dict[str, list[int]] = {"long": [], "normal": []}
    offset = 0
    for pid, n in zip(range(first, first + count), counts, strict=True):
        words = drawn[offset : offset + n]
        offset += n
        words[0] = str(pid)  # unique: every passage starts with its number
        for j in range(PARAGRAPH_WORDS, n - 10, PARAGRAPH_WORDS):
            words[j] = "\n"
        text = _join(words)
        rewrite = _join(_rewrite_words(words, rng, slots))
        passages.append(
            (
                pid,
                f"bench-{pid:08d}",
                text,
                hashlib.blake2b(text.encode(), digest_size=16).digest(),
                "bench",
                None,
                None,
                created_at,
            )
        )
        rewrites.append(
            (pid, rewrite, hashlib.blake2b(rewrite.encode(), digest_size=16).digest(), "import", created_at)
        )
        lengths["long" if pid <= LONG_COUNT else "normal"].append(len(text))
    stats = {name: (min(v), max(v), len(v)) for name, v in lengths.items() if v}
    return passages, rewrites, stats


def build_project(path: Path, n: int, seed: int = SEED) -> dict:
    """Write an n-passage project; return {set: (min chars, max chars, count)}."""
    from aligner_gui.core.store.project import Project

    Project.create(path).close()  # the real schema, at the latest version
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    # No rollback journal for the build (a throw-away file); back to WAL at the end.
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA cache_size=-262144")
    # passages_fts (the search index) is left empty: search is not part of this measurement.
    insert_passage = (
        "INSERT INTO passages(id, uid, text, text_hash, source, meta, import_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    insert_rewrite = "INSERT INTO rewrites(passage_id, text, text_hash, origin, created_at) VALUES (?, ?, ?, ?, ?)"
    created_at = datetime.now(UTC).isoformat(timespec="milliseconds")
    workers = min(8, os.cpu_count() or 1)  # the main process mostly waits on SQLite
    totals: dict[str, tuple[int, int, int]] = {}
    done, report_every, next_report = 0, max(BATCH, n // 10), max(BATCH, n // 10)
    start = time.perf_counter()
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(seed,)) as pool:
        pending: deque = deque()
        first = 1
        while pending or first <= n:
            while first <= n and len(pending) < 2 * workers:  # bounded: rows wait in memory
                count = min(BATCH, n - first + 1)
                pending.append(pool.submit(make_batch, first, count, seed, created_at))
                first += count
            passages, rewrites, stats = pending.popleft().result()
            conn.executemany(insert_passage, passages)
            conn.executemany(insert_rewrite, rewrites)
            conn.commit()
            for name, (lo, hi, k) in stats.items():
                old = totals.get(name, (lo, hi, 0))
                totals[name] = (min(old[0], lo), max(old[1], hi), old[2] + k)
            done += len(passages)
            if done >= next_report and done < n:
                print(f"  ... {done:,} passages, {time.perf_counter() - start:.0f} s", flush=True)
                next_report += report_every
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    conn.close()
    if mode != "wal":
        raise SystemExit(f"build: could not put the project back in WAL mode (got {mode!r})")
    return totals


# -- measuring -------------------------------------------------------------------------


def percentiles(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        v = values[0] if values else float("nan")
        return {"p50": v, "p95": v, "p99": v, "max": v}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": max(values)}


def fmt_pct(p: dict[str, float]) -> str:
    return f"p50 {p['p50']:6.2f}  p95 {p['p95']:6.2f}  p99 {p['p99']:6.2f}  max {p['max']:6.2f} ms"


@dataclass
class Run:
    name: str
    ms: list[float] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    hits: int = 0
    hunks: list[int] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)
    wrong: int = 0
    idle_timeouts: int = 0
    none_refs_lost: list[int] = field(default_factory=list)


def open_window(app, path: Path):  # noqa: ANN001, ANN201 - Qt objects
    """Open the project as the app does; return (window, {phase: seconds})."""
    from aligner_gui.ui.app import SCREENSHOT_SIZE
    from aligner_gui.ui.main_window import MainWindow

    t0 = time.perf_counter()
    window = MainWindow(REVIEWER)
    window.resize(*SCREENSHOT_SIZE)
    t1 = time.perf_counter()
    window.open_project(path)
    t2 = time.perf_counter()
    window.show()
    app.processEvents()
    deadline = time.perf_counter() + 60
    while (window.session is None or window.session.review.state is None) and time.perf_counter() < deadline:
        app.processEvents()
    t3 = time.perf_counter()
    if window.session is None or window.session.review.state is None:
        raise SystemExit("open: no passage was shown within 60 s")
    return window, {"total": t3 - t0, "window": t1 - t0, "open_project": t2 - t1, "show+paint": t3 - t2}


def close_window(app, window) -> None:  # noqa: ANN001 - Qt objects
    window.close()
    window.deleteLater()
    for _ in range(3):
        app.processEvents()


def idle(app, window, wait_for_all: bool) -> bool:  # noqa: ANN001 - Qt objects
    """Process events until the next passage (or the whole prefetch window) is cached."""
    from aligner_gui.ui.review.read_ahead import PREFETCH_AHEAD

    loader = window.session.review.loader
    wanted = window.queue.upcoming(PREFETCH_AHEAD if wait_for_all else 1)
    deadline = time.perf_counter() + IDLE_LIMIT_S
    while not all(loader.is_cached(i) for i in wanted):
        if time.perf_counter() > deadline:
            return False
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()
    return True


def run_steps(app, window, name: str, start_id: int, steps: int, mode: str, profiler=None) -> Run:  # noqa: ANN001
    """Select start_id, then time `steps` next-item steps; mode is warm, next-only or cold."""
    queue, review = window.queue, window.session.review
    run = Run(name)
    if not queue.select_passage(start_id):
        raise SystemExit(f"passage {start_id} is not in the queue")
    app.processEvents()
    for _ in range(steps):
        upcoming = queue.upcoming(1)
        if not upcoming:
            break
        target = upcoming[0]
        if mode != "cold" and not idle(app, window, wait_for_all=mode == "warm"):
            run.idle_timeouts += 1
        run.hits += review.loader.is_cached(target)
        if profiler is not None:
            profiler.enable()
        nones = sys.getrefcount(None)
        t0 = time.perf_counter()
        queue.step(1)
        app.processEvents()
        elapsed = time.perf_counter() - t0
        run.none_refs_lost.append(nones - sys.getrefcount(None))
        if profiler is not None:
            profiler.disable()
        run.ms.append(elapsed * 1000)
        run.ids.append(target)
        state = review.state
        if state is None or state.prepared.item.passage_id != target:
            run.wrong += 1
        else:
            run.hunks.append(len(state.prepared.diff.hunks))
            run.chars.append(len(state.prepared.item.text))
    return run


def set_bookmark(path: Path, passage_id: int) -> None:
    """Where the app will open for REVIEWER (as the app itself saves it on closing)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO bookmarks(reviewer, passage_id, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(reviewer) DO UPDATE SET passage_id = excluded.passage_id",
                (REVIEWER, passage_id, datetime.now(UTC).isoformat(timespec="milliseconds")),
            )
    finally:
        conn.close()


def fetch_texts(path: Path, ids: list[int]) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = []
        for pid in ids:
            (raw,) = conn.execute("SELECT text FROM passages WHERE id = ?", (pid,)).fetchone()
            rewrite = conn.execute(
                "SELECT text FROM rewrites WHERE passage_id = ? ORDER BY id DESC LIMIT 1", (pid,)
            ).fetchone()
            rows.append((raw, rewrite[0] if rewrite else ""))
        return rows
    finally:
        conn.close()


def run_baseline(app, pane_size, font, wrap_mode, texts: list[tuple[str, str]]) -> list[float]:  # noqa: ANN001
    """Two bare QTextEdits, same size and font as the review panes: setPlainText x2 + paint."""
    from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QWidget

    window = QWidget()
    layout = QHBoxLayout(window)
    edits = []
    for _ in range(2):
        edit = QTextEdit()
        edit.setReadOnly(True)
        edit.setAcceptRichText(False)
        edit.setFont(font)
        edit.setWordWrapMode(wrap_mode)
        edit.setFixedSize(pane_size)
        layout.addWidget(edit)
        edits.append(edit)
    window.show()
    for raw, rewrite in texts[:5]:  # warm-up, as the app had select_passage before its steps
        edits[0].setPlainText(raw)
        edits[1].setPlainText(rewrite)
        app.processEvents()
    times = []
    for raw, rewrite in texts:
        t0 = time.perf_counter()
        edits[0].setPlainText(raw)
        edits[1].setPlainText(rewrite)
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    window.close()
    window.deleteLater()
    app.processEvents()
    return times


def print_profile(profiler: cProfile.Profile, title: str) -> None:
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats("tottime")
    stats.print_stats(15)
    print(f"--- profile of the timed region, {title} (by own time) ---")
    lines = stream.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    print("\n".join(line for line in lines[start:] if line.strip()))


def none_refcount_leak(app) -> int:  # noqa: ANN001 - Qt object
    """References to None lost per void Qt call (0 where none are, or None is immortal).

    Seen with PySide6 6.12 on Python 3.11: every call of a method returning void drops a
    reference to None that it never took. None is immortal from Python 3.12 on, but on
    3.11 its count reaches zero after some thousands of calls and the interpreter aborts
    ("none_dealloc: deallocating None"). When that is so, this script raises None's count
    far out of reach (never lowering it: a container of Nones would be freed at exit),
    so that it can finish, and says so; the app itself would abort.
    """
    calls = 1000
    before = sys.getrefcount(None)
    for _ in range(calls):
        app.processEvents()
    lost = before - sys.getrefcount(None)
    if lost >= calls // 2 and sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt is the first field
    return round(lost / calls)


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" notes."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:  # noqa: ANN001
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


# -- reporting -------------------------------------------------------------------------


def revision() -> str:
    """The checkout measured: commit, and whether files differ from it."""
    import subprocess

    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True, timeout=10
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def machine() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return (
        f"machine: {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; "
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}; QPA {os.environ.get('QT_QPA_PLATFORM')}; "
        f"code {revision()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="passages (default 1,000,000)")
    parser.add_argument("--steps", type=int, default=200, help="warm next-item steps per set (default 200)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (project included)")
    parser.add_argument("--project", type=Path, help="reuse a project built by an earlier --keep run")
    parser.add_argument("--profile", action="store_true", help="also cProfile 20 more warm steps per set")
    args = parser.parse_args(argv)
    if args.n <= LONG_COUNT + 10 or args.steps < 1:
        parser.error(f"--n must be over {LONG_COUNT + 10} and --steps at least 1")

    print(machine(), flush=True)
    workdir = make_workdir("review-")
    print(f"workdir: {workdir}")
    try:
        if args.project:
            path = args.project.resolve()
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            n = conn.execute("SELECT max(id) FROM passages").fetchone()[0]
            conn.close()
            print(f"project: {path} (reused, {n:,} passages, {path.stat().st_size / 1e9:.2f} GB)")
        else:
            n = args.n
            path = workdir / "bench.aligner"
            start = time.perf_counter()
            lengths = build_project(path, n)
            size = path.stat().st_size
            print(
                f"built {n:,} passages + {n:,} rewrites in {time.perf_counter() - start:.1f} s; "
                f"{size / 1e9:.2f} GB ({size / n:,.0f} bytes per passage); FTS index left empty"
            )
            for name in ("normal", "long"):
                lo, hi, count = lengths[name]
                print(f"  {name} set: {count:,} passages, {lo:,}-{hi:,} characters")

        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from aligner_gui.ui.common.fonts import load_bundled_fonts

        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(workdir / "settings"))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("aligner_gui_bench")
        load_bundled_fonts()
        quiet_offscreen_warnings()
        none_leak = none_refcount_leak(app)

        # -- open time ------------------------------------------------------------------
        # The app opens where the reviewer left off: a bookmark on the first normal passage,
        # so the figure is not about the 400 long passages this script puts first.
        normal_first = LONG_COUNT + 1
        window = None
        opens = []
        for attempt in range(1, 5):
            if window is not None:
                close_window(app, window)
            at = normal_first if attempt <= 3 else 1
            set_bookmark(path, at)
            window, phases = open_window(app, path)
            if attempt <= 3:
                opens.append(phases)
            label = f"open #{attempt}" if attempt <= 3 else "open at passage 1 (long; queue page of 200 long rows)"
            print(
                f"{label}: {phases['total'] * 1000:.1f} ms (MainWindow {phases['window'] * 1000:.1f}, "
                f"open_project {phases['open_project'] * 1000:.1f}, show+paint {phases['show+paint'] * 1000:.1f})"
            )
        median_open = statistics.median(p["total"] for p in opens) * 1000
        print(
            f"open time at passage {normal_first}, median of 3: {median_open:.1f} ms "
            "(OS file cache warm: the project was just written)"
        )

        # -- next item -------------------------------------------------------------------
        gap = 12  # > PREFETCH_AHEAD: a run never starts on passages an earlier one prefetched
        long_steps = min(args.steps, LONG_COUNT - 2 * COLD_STEPS - 4 * gap - PROFILE_STEPS)
        if long_steps < args.steps:
            print(f"note: the long set has {LONG_COUNT} passages: {long_steps} warm steps there, not {args.steps}")
        plans: dict[str, list[tuple[str, int, int]]] = {}
        profile_at = {}
        for set_name, first, warm_steps in (("normal", normal_first, args.steps), ("long", 1, long_steps)):
            plan = []
            for mode, steps in (("warm", warm_steps), ("next-only", COLD_STEPS), ("cold", COLD_STEPS)):
                plan.append((mode, first, steps))
                first += steps + gap
            plans[set_name] = plan
            profile_at[set_name] = first
        if profile_at["normal"] + PROFILE_STEPS + 2 > n:
            parser.error("--steps is too large for --n")
        runs: dict[tuple[str, str], Run] = {}
        for set_name, plan in plans.items():
            for mode, first, steps in plan:
                runs[set_name, mode] = run_steps(app, window, set_name, first, steps, mode)
        profilers = {}
        if args.profile:  # a separate pass: cProfile's overhead must not reach the figures above
            for set_name, first in profile_at.items():
                profilers[set_name] = cProfile.Profile()
                run_steps(app, window, set_name, first, PROFILE_STEPS, "warm", profilers[set_name])
        pane_size = window.panel.raw.size()
        font = window.panel.raw.font()
        wrap_mode = window.panel.raw.wordWrapMode()
        close_window(app, window)

        # -- baseline --------------------------------------------------------------------
        baselines = {}
        for set_name in plans:
            texts = fetch_texts(path, runs[set_name, "warm"].ids)
            baselines[set_name] = run_baseline(app, pane_size, font, wrap_mode, texts)

        # -- report ----------------------------------------------------------------------
        print(
            f"next item = queue.step(1) + processEvents(); panes {pane_size.width()}x{pane_size.height()} px; N = {n:,}"
        )
        for set_name in plans:
            warm = runs[set_name, "warm"]
            print(
                f"[{set_name}] ids {warm.ids[0]}..{warm.ids[-1]}: {min(warm.chars):,}-{max(warm.chars):,} characters, "
                f"median {statistics.median(warm.hunks):.0f} hunks"
            )
            for mode, _, _ in plans[set_name]:
                run = runs[set_name, mode]
                extra = f"; {run.wrong} wrong item" if run.wrong else ""
                extra += f"; {run.idle_timeouts} idle timeouts" if run.idle_timeouts else ""
                print(
                    f"  {mode:9} n={len(run.ms):4}  {fmt_pct(percentiles(run.ms))}  "
                    f"cache hits {run.hits}/{len(run.ms)}{extra}"
                )
            base = percentiles(baselines[set_name])
            print(f"  {'baseline':9} n={len(baselines[set_name]):4}  {fmt_pct(base)}  (bare setPlainText x2)")
            ours = percentiles(warm.ms)
            target = TARGETS_MS[set_name]
            verdict = "MET" if ours["p95"] <= target else "MISSED"
            print(
                f"  warm vs baseline: ratio p50 {ours['p50'] / base['p50']:.2f}, p95 {ours['p95'] / base['p95']:.2f};"
                f" target p95 <= {target:.0f} ms: {verdict} ({ours['p95']:.2f} ms)"
            )
        if none_leak:
            lost = statistics.median(runs["normal", "warm"].none_refs_lost)
            print(
                f"WARNING: this PySide6 on Python {platform.python_version()} loses a reference to None on every "
                f"void Qt call (~{lost:.0f} per next-item step): the app aborts with 'none_dealloc' after a few "
                "thousand such calls; this script propped None's count up to finish (see none_refcount_leak)"
            )
        for set_name, profiler in profilers.items():
            print_profile(profiler, f"{set_name}, {PROFILE_STEPS} more warm steps")
    finally:
        clean_up(workdir, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
