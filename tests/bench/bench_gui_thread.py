"""Does the GUI thread wait on the database? Decisions and event-loop stalls beside an import and a rewrite job.

Run from the repository root (a script, not a pytest test; `make bench-gui-thread` runs it):

    .venv/bin/python tests/bench/bench_gui_thread.py [--baseline REV|FOLDER|none] [--tree FOLDER]
        [--n 100000] [--job-passages 1000000] [--phases import job] [--workdir DIR] [--keep]

Two trees in the same run, each in subprocesses of its own with PYTHONPATH=<tree>: the baseline
(default: commit 2746b81, the code before issue 12's single writer and session, taken out with
`git archive` into the work folder; or any folder) and the tree under test (--tree, default:
this repository). Each runs the real MainWindow offscreen, one process a phase:

1. import: a project of 2,000 passages with rewrites opens, the import dialog imports N
   synthetic passages (``import_passages([file])``, ``start_import()``), and while
   ``dialog.running`` a passage is accepted every 0.2 s (``actions["accept"].trigger()``).
2. job: a copy of an M-passage project (the first 2,000 with rewrites, the rest without, built
   once with the baseline's ``aligner import``) opens; the Rewriter dock starts a job over all
   passages against a real OpenAI-compatible server (tests/chat_server.py, run in this script's
   own process so that it takes no GIL from the window), a passage is accepted every 0.2 s from
   the start until the job's first progress (or --job-seconds), and the job is then cancelled.
   Creating a job over 1,000,000 passages holds the project's write lock for seconds.

Measured on the GUI thread, in each phase:

* decision returns: the synchronous trigger(), until control is back in the event loop
  (target: p99 <= 16 ms; with a few dozen decisions a phase, p99 is the maximum);
* queue shows it decided: from the trigger until the row's state column changes; where moving
  on does not wait for the commit, this is the other side of the coin;
* event-loop stalls: a 10 ms timer's gaps beyond 10 ms, from the start of the phase until its
  work is over (target: max <= 50 ms).

A phase ends only when its work is over (the import finished; the job cancelled and finished;
every decision shown in the queue, or 10 s passed), so commits finished off the GUI thread count.
QSettings go to the work folder. --workdir keeps the generated files and built projects there
and reuses them on the next run (delete them after changing --n or the trees' schema).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from workdir import clean_up, make_workdir  # tests/bench/workdir.py, beside this script

REPO = Path(__file__).resolve().parents[2]
BASELINE = "2746b81"  # the last commit before the writer thread and the session (issue 12)
REVIEWABLE = 2000  # passages with a rewrite, to accept one after another
DECISION_EVERY_MS = 200
TICK_MS = 10
DECISION_TARGET_MS = 16  # p99 of "decision returns"
STALL_TARGET_MS = 50  # max of the stalls
SETTLE_S = 1.0  # idle after opening a project: first paint, prefetch
TAIL_S = 0.5  # at least this long after the work, for what it sends back to the GUI thread
DRAIN_S = 10.0  # at most this long for decisions still not shown
MODEL = "bench-model"
RESULT = "RESULT "  # the line a phase process prints its figures on


# -- the data and projects (the main process) ------------------------------------------------


def write_jsonl(path: Path, records) -> Path:  # noqa: ANN001 - an iterable of dicts
    if not path.exists():
        partial = path.with_suffix(".partial")
        with open(partial, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        partial.rename(path)
    return path


def imported_passages(n: int):  # noqa: ANN201
    """As in bench_import_beside_review.py: ~600 characters each, no rewrite."""
    for i in range(n):
        yield {"text": f"{i} " + "كلمة عربية في نص تجريبي طويل " * 20}


def reviewable_passages(n: int):  # noqa: ANN201
    for i in range(n):
        text = f"النص رقم {i} يصف السوق القديم في المدينة وما يباع فيه من التوابل والأقمشة"
        yield {"id": f"r{i}", "text": text, "rewrite": text.replace("القديم", "العتيق").replace("يباع", "يعرض")}


def bulk_passages(n: int):  # noqa: ANN201
    for i in range(n):
        yield {"id": f"b{i}", "text": f"فقرة قصيرة رقم {i} تنتظر من يعيد كتابتها"}


def cli_import(tree: Path, project: Path, files: list[Path]) -> Path:
    """Build ``project`` once with ``tree``'s own `aligner import`."""
    if project.exists():
        return project
    partial = project.with_name("partial-" + project.name)
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    env = tree_env(tree)
    for command in (["init", partial], ["import", partial, *files, "--id-field", "id", "--rewrite-field", "rewrite"]):
        run = subprocess.run(
            [sys.executable, "-m", "aligner_gui.cli", *map(str, command)], env=env, capture_output=True, text=True
        )
        if run.returncode != 0:
            raise SystemExit(f"building {project.name} failed:\n{run.stdout}{run.stderr}")
    partial.with_name(partial.name + "-lock").unlink(missing_ok=True)  # the writer lock's empty file
    sidecars = [p.name for p in partial.parent.glob(partial.name + "?*")]
    if sidecars:  # a -wal left behind: a copy of the file alone would miss what it holds
        raise SystemExit(f"building {project.name} left {sidecars} beside it: copies would miss them")
    partial.rename(project)
    return project


def tree_env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def baseline_tree(spec: str, workdir: Path) -> tuple[str, Path] | None:
    """(label, folder): a folder as it is, or a commit taken out with `git archive`."""
    if spec == "none":
        return None
    if Path(spec).is_dir():
        return "baseline", Path(spec).resolve()
    folder = workdir / f"tree-{spec}"
    if not folder.exists():
        partial = workdir / f"partial-tree-{spec}"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir()
        archive = subprocess.Popen(["git", "-C", str(REPO), "archive", spec], stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(partial)], stdin=archive.stdout, check=True)
        if archive.wait() != 0:
            raise SystemExit(f"git archive {spec} failed in {REPO}")
        partial.rename(folder)
    return "baseline", folder


def run_phase(tree: Path, phase: str, workdir: Path, args: argparse.Namespace, **inputs) -> dict:  # noqa: ANN003
    """One phase in a process of its own, on a fresh copy of its project."""
    copy = workdir / f"run-{phase}.aligner"
    for leftover in workdir.glob(copy.name + "*"):
        leftover.unlink()
    shutil.copyfile(inputs.pop("project"), copy)
    command = [sys.executable, __file__, "--measure", phase, "--project", str(copy), "--workdir", str(workdir)]
    command += ["--job-seconds", str(args.job_seconds), "--timeout", str(args.timeout)]
    for name, value in inputs.items():
        command += [f"--{name.replace('_', '-')}", str(value)]
    try:
        run = subprocess.run(command, env=tree_env(tree), stdout=subprocess.PIPE, text=True, timeout=args.timeout + 300)
    finally:
        for leftover in workdir.glob(copy.name + "*"):
            leftover.unlink()
    lines = [line for line in run.stdout.splitlines() if line.startswith(RESULT)]
    if run.returncode != 0 or not lines:
        raise SystemExit(f"the {phase} phase with {tree} failed (exit {run.returncode}):\n{run.stdout}")
    return json.loads(lines[-1][len(RESULT) :])


# -- the table (the main process) ----------------------------------------------------------


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if not unit:
        return f"{value:,.0f}"
    return f"{value:,.1f} {unit}" if unit == "ms" or value < 100 else f"{value:,.0f} {unit}"


def print_row(label: str, values: list[float | None], unit: str = "ms", target: float | None = None) -> None:
    cells = [f"{number(v, unit):>12}" for v in values]
    if len(values) == 2 and None not in values and values[0] > 0:
        cells.append(f"{values[1] / values[0]:>7.2f}")
    elif len(values) == 2:
        cells.append(f"{'-':>7}")
    if target is not None:
        met = "/".join("-" if v is None else ("yes" if v <= target else "no") for v in values)
        cells.append(f"  <= {target:g} {unit}: {met}")
    print(f"  {label:<38}" + "".join(cells))


def print_phase(title: str, results: list[dict]) -> None:
    print(title)
    for name, label in (("returns", "decision returns"), ("shown", "queue shows it decided")):
        for stat in ("median", "p99", "max"):
            target = DECISION_TARGET_MS if (name, stat) == ("returns", "p99") else None
            print_row(f"{label}, {stat}", [r[name][stat] for r in results], target=target)
    print_row("event-loop stall, p99", [r["stalls"]["p99"] for r in results])
    print_row("event-loop stall, max", [r["stalls"]["max"] for r in results], target=STALL_TARGET_MS)
    print_row("stalls over 50 ms", [r["stalls"]["over_target"] for r in results], unit="")
    print_row("decisions made", [r["returns"]["n"] for r in results], unit="")
    print_row("decisions never shown decided", [r["unshown"] for r in results], unit="")


def print_report(args: argparse.Namespace, labels: list[str], results: dict[str, list[dict]]) -> None:
    print()
    header = "".join(f"{label:>12}" for label in labels) + (f"{'ratio':>7}" if len(labels) == 2 else "")
    print(f"  {'':<38}{header}")
    if "import" in results:
        runs = results["import"]
        print_phase(f"import of {args.n:,} passages through the dialog", runs)
        print_row("open_project", [r["open_s"] for r in runs], unit="s")
        print_row("import took", [r["seconds"] for r in runs], unit="s")
    if "job" in results:
        runs = results["job"]
        print_phase(f"rewrite job created over {args.job_passages:,} passages", runs)
        print_row("open_project", [r["open_s"] for r in runs], unit="s")
        print_row("start_job() returns", [r["start_job_ms"] for r in runs])
        print_row("first progress after", [r["first_progress_s"] for r in runs], unit="s")
        for label, run in zip(labels, runs, strict=True):
            print(f"  {label}: the panel said {run['job_state']!r}")
    print("whole run")
    worst = [max(results[phase][i]["stalls"]["max"] for phase in results) for i in range(len(labels))]
    print_row("event-loop stall, max", worst, target=STALL_TARGET_MS)
    print("ratio: the tree under test / the baseline; p99 of a few dozen decisions is their maximum")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default=BASELINE, help=f"commit, folder or 'none' (default {BASELINE})")
    parser.add_argument("--tree", type=Path, default=REPO, help="the tree under test (default: this repository)")
    parser.add_argument("--n", type=int, default=100_000, help="passages imported in the import phase (100,000)")
    parser.add_argument("--job-passages", type=int, default=1_000_000, help="the job project's size (1,000,000)")
    parser.add_argument("--job-seconds", type=float, default=30.0, help="longest wait for the job's first progress")
    parser.add_argument("--phases", nargs="+", choices=("import", "job"), default=["import", "job"])
    parser.add_argument("--workdir", type=Path, help="keep and reuse the data and projects here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds a phase may take (1800)")
    parser.add_argument("--measure", choices=("import", "job"), help=argparse.SUPPRESS)  # a phase process
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args)
    if min(args.n, args.job_passages - REVIEWABLE) < 1:
        parser.error(f"--n must be at least 1 and --job-passages over {REVIEWABLE:,}")

    sys.path.insert(0, str(REPO))  # tests.chat_server; aligner_gui is only imported by the phase processes
    from tests.chat_server import ChatServer

    workdir = args.workdir or make_workdir("gui-thread-")
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        baseline = baseline_tree(args.baseline, workdir)
        trees = [t for t in (baseline, ("tree", args.tree.resolve())) if t]
        print(f"workdir {workdir}; " + "; ".join(f"{label}: {folder}" for label, folder in trees), flush=True)
        for _, folder in trees:  # compiled now, or a tree's first phase would pay for it
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder / "aligner_gui")], check=False)
        builder = trees[0][1]  # the oldest schema, which the newer tree opens
        reviewable = write_jsonl(workdir / f"reviewable-{REVIEWABLE}.jsonl", reviewable_passages(REVIEWABLE))
        results: dict[str, list[dict]] = {}
        if "import" in args.phases:
            data = write_jsonl(workdir / f"import-{args.n}.jsonl", imported_passages(args.n))
            project = cli_import(builder, workdir / f"review-{REVIEWABLE}.aligner", [reviewable])
            results["import"] = [
                run_phase(folder, "import", workdir, args, project=project, data=data) for _, folder in trees
            ]
        if "job" in args.phases:
            bulk = write_jsonl(
                workdir / f"bulk-{args.job_passages}.jsonl", bulk_passages(args.job_passages - REVIEWABLE)
            )
            started = time.perf_counter()
            project = cli_import(builder, workdir / f"job-{args.job_passages}.aligner", [reviewable, bulk])
            print(f"job project ready in {time.perf_counter() - started:.0f} s", flush=True)
            # The server's own tracebacks, for the replies the cancel cuts off, would bury the table.
            with ChatServer() as server, contextlib.redirect_stderr(io.StringIO()):
                results["job"] = [
                    run_phase(folder, "job", workdir, args, project=project, base_url=server.base_url)
                    for _, folder in trees
                ]
        print_report(args, [label for label, _ in trees], results)
    finally:
        clean_up(workdir, keep=args.keep or args.workdir is not None)
    return 0


# -- one phase in the real window (a process with PYTHONPATH=<tree>) ------------------------


def version_glue() -> SimpleNamespace:
    """The only place that knows where things live in each tree. The rest uses what the
    redesign keeps: MainWindow(reviewer), open_project, import_passages, actions["accept"],
    rewriter_dock.panel and start_job(), queue.model and current_passage(), close()."""
    import importlib.util
    from contextlib import suppress

    def first(*names: str):  # noqa: ANN202
        for name in names:
            with suppress(ModuleNotFoundError):
                if importlib.util.find_spec(name):
                    return importlib.import_module(name)
        raise SystemExit(f"none of {', '.join(names)} in this tree")

    def row_of(model, passage_id: int) -> int | None:  # noqa: ANN001
        if hasattr(model, "row_of"):
            return model.row_of(passage_id)
        low, high = 0, model.rowCount()  # rows are in passage id order: a binary search
        while low < high:
            middle = (low + high) // 2
            if model.data(model.index(middle, type(model).ID)) < passage_id:
                low = middle + 1
            else:
                high = middle
        return low if low < model.rowCount() and model.data(model.index(low, type(model).ID)) == passage_id else None

    window = first("aligner_gui.ui.main_window", "aligner_gui.ui.window")
    fonts = first("aligner_gui.ui.fonts", "aligner_gui.ui.common.fonts")
    return SimpleNamespace(MainWindow=window.MainWindow, load_fonts=fonts.load_bundled_fonts, row_of=row_of)


def spin(condition, seconds: float) -> bool:  # noqa: ANN001
    """Run the event loop until ``condition()`` or ``seconds`` passed; return condition()."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + seconds
    check = QTimer(interval=5)
    check.timeout.connect(lambda: (condition() or time.perf_counter() >= deadline) and loop.quit())
    check.start()
    loop.exec()
    check.stop()
    return condition()


def ms_summary(seconds: list[float]) -> dict:
    ms = sorted(s * 1000 for s in seconds)
    if not ms:
        return {"n": 0, "median": None, "p99": None, "max": None}
    p99 = ms[max(0, -(-len(ms) * 99 // 100) - 1)]  # nearest rank
    return {"n": len(ms), "median": statistics.median(ms), "p99": p99, "max": ms[-1]}


class Probe:
    """One phase's clocks: the 10 ms timer, a decision every 0.2 s, and when the queue shows each."""

    def __init__(self, window, glue: SimpleNamespace) -> None:  # noqa: ANN001
        from PySide6.QtCore import Qt, QTimer

        self.window, self.glue = window, glue
        self.ticks: list[float] = []
        self.returns: list[float] = []  # seconds each trigger() took
        self.shown: list[float] = []  # seconds from a trigger until its row said decided
        self.pending: list[tuple[int, object, float]] = []  # passage id, state text before, trigger time
        self.deciding = False
        self._model = None
        self._tick = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick)
        self._next = QTimer(singleShot=True, interval=DECISION_EVERY_MS)
        self._next.timeout.connect(self._decide)

    def start(self) -> None:
        self.ticks.append(time.perf_counter())
        self._tick.start()
        self.deciding = True
        self._next.start()

    def stop_deciding(self) -> None:
        self.deciding = False
        self._next.stop()

    def stop(self) -> None:
        self.stop_deciding()
        self._tick.stop()
        self.ticks.append(time.perf_counter())

    def _decide(self) -> None:
        from PySide6.QtCore import QTimer

        if not self.deciding:
            return
        passage = self.window.queue.current_passage()
        before = None if passage is None else self._state_text(passage)
        started = time.perf_counter()
        self.window.actions["accept"].trigger()
        self.returns.append(time.perf_counter() - started)
        if before is not None:
            self.pending.append((passage, before, started))
        QTimer.singleShot(0, self._check)  # about when a view repaints the row
        self._next.start()  # the next decision 0.2 s after this one returned

    def _state_text(self, passage: int) -> object:
        model = self.window.queue.model
        row = self.glue.row_of(model, passage)
        return None if row is None else model.data(model.index(row, type(model).STATE))

    def _check(self) -> None:
        now, waiting = time.perf_counter(), []
        for passage, before, started in self.pending:
            if self._state_text(passage) != before:
                self.shown.append(now - started)
            else:
                waiting.append((passage, before, started))
        self.pending = waiting

    def _on_tick(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks.append(time.perf_counter())
        model = self.window.queue.model
        if model is not self._model and model is not None:  # a change notice lands as dataChanged
            self._model = model
            model.dataChanged.connect(lambda *_: QTimer.singleShot(0, self._check))
        if self.pending:
            self._check()

    def summary(self) -> dict:
        stalls = [max(0.0, (b - a) * 1000 - TICK_MS) for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        stalls.sort()
        stall = {"p99": stalls[-(-len(stalls) * 99 // 100) - 1], "max": stalls[-1]} if stalls else {}
        stall["over_target"] = sum(s > STALL_TARGET_MS for s in stalls)
        return {
            "returns": ms_summary(self.returns),
            "shown": ms_summary(self.shown),
            "unshown": len(self.pending),
            "stalls": stall,
        }

    def finish(self) -> None:
        """After the work: its last messages to the GUI thread, and decisions still not shown."""
        began = time.perf_counter()
        spin(lambda: time.perf_counter() - began >= TAIL_S and not self.pending, DRAIN_S)
        self.stop()


def open_window(glue: SimpleNamespace, project: Path):  # noqa: ANN201 - (MainWindow, seconds to open)
    window = glue.MainWindow("bench")
    window.resize(1400, 860)
    window.show()
    started = time.perf_counter()
    window.open_project(project)
    opened = time.perf_counter() - started
    spin(lambda: False, SETTLE_S)
    return window, opened


def quiet_offscreen(mode, context, message: str) -> None:  # noqa: ANN001 - a Qt message handler
    if not message.startswith("This plugin does not support"):  # the offscreen platform, at every show()
        print(message, file=sys.stderr)


def measure(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    import aligner_gui

    qInstallMessageHandler(quiet_offscreen)

    tree = Path(os.environ["PYTHONPATH"]).resolve()
    if not Path(aligner_gui.__file__).resolve().is_relative_to(tree):
        raise SystemExit(f"aligner_gui comes from {aligner_gui.__file__}, not from {tree}")
    app = QApplication([])
    app.setApplicationName("aligner_gui_bench")
    settings = args.workdir / f"settings-{os.getpid()}"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings))
    glue = version_glue()
    glue.load_fonts()
    window, opened = open_window(glue, args.project)
    probe = Probe(window, glue)
    try:
        result = (measure_import if args.measure == "import" else measure_job)(window, probe, args)
    finally:
        window.close()
        spin(lambda: False, 0.2)
        shutil.rmtree(settings, ignore_errors=True)
    print(RESULT + json.dumps({**probe.summary(), **result, "open_s": opened}), flush=True)
    return 0


def measure_import(window, probe: Probe, args: argparse.Namespace) -> dict:  # noqa: ANN001
    dialog = window.import_passages([args.data])
    probe.start()
    started = time.perf_counter()
    dialog.start_import()
    finished = spin(lambda: not dialog.running, args.timeout)
    took = time.perf_counter() - started
    probe.finish()
    if not finished:
        raise SystemExit(f"the import was still running after {took:.0f} s")
    return {"seconds": took}


def measure_job(window, probe: Probe, args: argparse.Namespace) -> dict:  # noqa: ANN001
    dock = window.rewriter_dock
    dock.show()
    panel = dock.panel
    panel.select_backend("openai")
    panel.model.setText(MODEL)
    panel.base_url.setText(args.base_url)
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    spin(lambda: False, SETTLE_S)  # the dock laid out and painted, as before a reviewer clicks Start
    probe.start()
    started = time.perf_counter()
    dock.start_job()
    start_returned = time.perf_counter() - started
    progressed = spin(lambda: panel.bar.value() > 0, args.job_seconds)
    first_progress = time.perf_counter() - started if progressed else None
    probe.stop_deciding()
    spin(panel.cancel.isEnabled, 1.0)  # a job started off the GUI thread may say so a moment later
    if panel.cancel.isEnabled():
        panel.cancel.click()
    if not spin(lambda: panel.start.isEnabled() and not panel.cancel.isEnabled(), 120):
        raise SystemExit(f"the job had not ended 120 s after its cancel; the panel says {panel.state.text()!r}")
    state = panel.state.text()
    probe.finish()
    return {"start_job_ms": start_returned * 1000, "first_progress_s": first_progress, "job_state": state}


if __name__ == "__main__":
    raise SystemExit(main())
