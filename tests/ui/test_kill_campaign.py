"""SIGKILL the app at random moments while a reviewer works and while it imports.

Each run starts tests/ui/kill_driver.py (the real window, offscreen, driven by key
presses), waits a random time, seeded and printed so that a failure can be replayed, and
kills it. Then the project must pass `PRAGMA integrity_check`, hold every decision the
queue showed and every draft the app said it saved, and reopening the window must offer
the draft in progress back. After an import is killed, the passages committed are whole,
and importing the file again brings it to exactly the file's records.

Not part of `make test` (about 10 minutes on two cores): `make test-kill`.
ALIGNER_KILLS (default 30) sets the kills per campaign, ALIGNER_KILL_SEED (default 11)
the seed; a run's seed and delay are in its failure message.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aligner_gui.core.ingest import ImportOptions, import_files
from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.core.review.decisions import RESET, drafts_of
from aligner_gui.core.store.project import Project
from aligner_gui.ui.importing.job import TRANSACTION_ROWS_BESIDE_REVIEW
from aligner_gui.ui.main_window import MainWindow
from tests.conftest import write_jsonl

pytestmark = [pytest.mark.slow, pytest.mark.kill]

KILLS = int(os.environ.get("ALIGNER_KILLS", "30"))
SEED = int(os.environ.get("ALIGNER_KILL_SEED", "11"))
DRIVER = Path(__file__).with_name("kill_driver.py")
REVIEWER = "huda"  # as in kill_driver
OUTCOMES = {"accept": ("accepted", "edited"), "save_edit": ("edited", "accepted"), "reject": ("rejected",)}
OUTCOMES["skip"] = ("skipped",)
REVIEW_DELAY_S = 6.0
DEMO_PASSAGES = 68


# -- running and killing the driver ------------------------------------------------------------


@dataclass
class Run:
    number: int
    seed: int
    folder: Path
    delay: float = 0.0
    file: Path | None = None  # the records an import run imports
    facts: list[dict] = field(default_factory=list)

    def label(self) -> str:
        return f"run {self.number} (seed {self.seed}, killed {self.delay:.3f} s after starting work)"

    @property
    def log(self) -> Path:
        return self.folder / "facts.jsonl"

    def read_facts(self) -> list[dict]:
        if not self.log.exists():
            return []
        *lines, _unfinished = self.log.read_bytes().split(b"\n")  # the last line may be cut short
        return [json.loads(line) for line in lines]

    def has(self, fact: str) -> dict | None:
        return next((f for f in self.read_facts() if f["fact"] == fact), None)


def start_driver(run: Run, mode: str, project: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(run.folder / "config"))
    # Started through -c, as the app's own launcher leaves the parsing process light: a
    # script run by its path would be imported again, Qt and all, by every process the
    # import spawns (multiprocessing's "spawn" re-imports the main module).
    launch = f"import sys; sys.path.insert(0, {str(DRIVER.parent)!r}); import kill_driver; sys.exit(kill_driver.main())"
    command = [sys.executable, "-c", launch, mode, str(project), str(run.log), "--seed", str(run.seed), *extra]
    with (run.folder / "stderr.txt").open("w") as stderr:
        # Its own session: whatever it starts (the import's parsing process) can be found.
        return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)


def wait_for(run: Run, process: subprocess.Popen, fact: str, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = run.has(fact)
        if found is not None:
            return found
        if process.poll() is not None:
            break
        time.sleep(0.02)
    process.kill()
    process.wait()
    stderr = (run.folder / "stderr.txt").read_text(errors="replace")
    pytest.fail(f"{run.label()}: the driver never logged {fact!r} (exit {process.returncode}):\n{stderr}")


def kill(run: Run, process: subprocess.Popen) -> list[str]:
    """SIGKILL the app; return the processes it started that outlived it (then ended)."""
    if process.poll() is not None:
        stderr = (run.folder / "stderr.txt").read_text(errors="replace")
        pytest.fail(f"{run.label()}: the driver ended by itself (exit {process.returncode}):\n{stderr}")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    run.facts = run.read_facts()
    deadline = time.monotonic() + 5
    while (left := _session_members(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:  # ours: started by the driver we started
        os.kill(pid, signal.SIGKILL)
    return [f"{run.label()}: process {pid} outlived the app by 5 s" for pid in left]


def _session_members(session: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                members.append(int(entry.name))
    return members


# -- what the project must hold -----------------------------------------------------------------


@dataclass
class Standing:
    """A reviewer's latest decision (decision, final text) and draft per passage."""

    decisions: dict[int, tuple[str, str | None]]
    drafts: dict[int, str]

    @classmethod
    def read(cls, path: Path) -> Standing:
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT passage_id, decision, final_text FROM reviews WHERE id IN"
            " (SELECT max(id) FROM reviews WHERE reviewer = ? GROUP BY passage_id)",
            (REVIEWER,),
        ).fetchall()
        drafts = dict(conn.execute("SELECT passage_id, text FROM drafts WHERE reviewer = ?", (REVIEWER,)))
        conn.close()
        return cls({pid: (d, text) for pid, d, text in rows if d != RESET}, drafts)


@dataclass
class Figures:
    runs: int = 0
    kills: int = 0
    kills_during_import: int = 0
    decisions_checked: int = 0
    drafts_checked: int = 0
    drafts_recovered: int = 0
    committed_at_kill: list[int] = field(default_factory=list)
    shown_not_committed: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def report(self, title: str, seconds: float) -> str:
        lines = [
            f"{title}: {self.runs} runs, {self.kills} kills"
            + (f" ({self.kills_during_import} during the import)" if self.committed_at_kill else ""),
            f"  decisions checked {self.decisions_checked}, drafts checked {self.drafts_checked},"
            f" drafts offered back on reopening {self.drafts_recovered}",
        ]
        if self.committed_at_kill:
            done = sorted(self.committed_at_kill)
            lines.append(
                f"  passages committed when killed: min {done[0]}, median {statistics.median(done):.0f},"
                f" max {done[-1]}; the dialog had shown more than was committed in"
                f" {len(self.shown_not_committed)} kills (by up to {max(self.shown_not_committed, default=0)})"
            )
        lines.append(f"  failures {len(self.problems)}, wall time {seconds:.0f} s, seed {SEED}")
        return "\n".join(lines)


def check_review(run: Run, path: Path, before: Standing, figures: Figures) -> None:
    """What the log says the window showed against what the project holds."""
    decisions = {pid: {standing} for pid, standing in before.decisions.items()}
    drafts = {pid: {text} for pid, text in before.drafts.items()}
    shown = []
    for fact in run.facts:
        passage = fact.get("passage")
        if fact["fact"] == "shown":  # logged once every decision made before it was committed
            decisions[passage] = {(fact["state"], fact["final"])}
            drafts[passage] = {None}  # a decision replaces the draft
            shown.append(fact)
        elif fact["fact"] == "intent":
            # The key was pressed; moving on does not wait for the commit, so the kill may
            # come before or after it, and before the queue showed it.
            final = fact["final"]
            outcomes = {(state, final if state in OUTCOMES["accept"] else None) for state in OUTCOMES[fact["action"]]}
            decisions.setdefault(passage, {None}).update(outcomes)
            drafts.setdefault(passage, {None}).add(None)
        elif fact["fact"] == "draft":
            drafts[passage] = {fact["text"]}
        elif fact["fact"] == "typed":  # the autosave may have saved it before the kill
            drafts.setdefault(passage, {None}).add(fact["text"])

    after = Standing.read(path)
    for passage in decisions.keys() | after.decisions.keys():
        found = after.decisions.get(passage)
        if found not in decisions.get(passage, {None}):
            run_problem(
                figures, run, f"passage {passage}: the project says {found}, the window showed {decisions.get(passage)}"
            )
    for passage in drafts.keys() | after.drafts.keys():
        found = after.drafts.get(passage)
        if found not in drafts.get(passage, {None}):
            run_problem(figures, run, f"passage {passage}: draft {found!r}, the app had saved {drafts.get(passage)}")
    conn = sqlite3.connect(path)
    for fact in shown:  # every decision shown is in the log, even when a later one replaced it
        row = conn.execute(
            "SELECT 1 FROM reviews WHERE passage_id = ? AND reviewer = ? AND decision = ? AND final_text IS ?",
            (fact["passage"], REVIEWER, fact["state"], fact["final"]),
        ).fetchone()
        if row is None:
            run_problem(
                figures, run, f"passage {fact['passage']}: the {fact['state']} decision shown is not in reviews"
            )
    conn.close()
    figures.decisions_checked += len(shown)
    figures.drafts_checked += sum(1 for fact in run.facts if fact["fact"] == "draft")


def check_integrity(run: Run, path: Path, figures: Figures) -> None:
    conn = sqlite3.connect(path)
    result = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    if result != [("ok",)]:
        run_problem(figures, run, f"integrity_check: {result[:5]}")


def check_draft_offered_back(qtbot, run: Run, path: Path, figures: Figures) -> None:
    """Reopen the window as the reviewer would: it must open on the draft in progress."""
    with Project.open(path) as project:
        drafts = drafts_of(project, REVIEWER)
    if not drafts:
        return
    newest = max(drafts, key=lambda draft: draft.updated_at)
    window = MainWindow(REVIEWER)
    qtbot.addWidget(window)
    window.open_project(path)
    offered = (
        window.queue.current_passage() == newest.passage_id
        and "Recovered" in window.panel.notice.text()
        and window.panel.final.text() == newest.text
    )
    window.close()
    if offered:
        figures.drafts_recovered += 1
    else:
        run_problem(
            figures, run, f"reopened on passage {window.queue.current_passage()}, not the draft on {newest.passage_id}"
        )


def run_problem(figures: Figures, run: Run, text: str) -> None:
    figures.problems.append(f"{run.label()}: {text}")


def finish(figures: Figures, title: str, started: float) -> None:
    print("\n" + figures.report(title, time.monotonic() - started))
    assert figures.problems == [], "\n".join(figures.problems[:30])


# -- the campaigns -------------------------------------------------------------------------------


def test_kills_during_review(qtbot, tmp_path):
    started = time.monotonic()
    project = create_demo_project(tmp_path / "review.aligner")  # one project, every run goes on from the last
    figures = Figures()
    rng = random.Random(SEED)
    for number in range(1, KILLS + 1):
        run = Run(number, SEED * 1000 + number, tmp_path / f"run-{number}")
        run.folder.mkdir()
        run.delay = rng.uniform(0, REVIEW_DELAY_S)
        before = Standing.read(project)
        process = start_driver(run, "review", project)
        wait_for(run, process, "ready")
        time.sleep(run.delay)
        figures.problems += kill(run, process)
        figures.runs += 1
        figures.kills += 1
        check_integrity(run, project, figures)
        check_review(run, project, before, figures)
        check_draft_offered_back(qtbot, run, project, figures)
    finish(figures, "kills during review", started)


def import_records(path: Path, count: int, words: int, seed: int) -> Path:
    rng = random.Random(seed)
    vocabulary = ["كتب", "الطالب", "درسه", "في", "المكتبة", "العامة", "قبل", "الامتحان", "بأسبوع", "ثم", "عاد"]
    records = []
    for i in range(count):
        text = f"السجل {i}: " + " ".join(rng.choices(vocabulary, k=words))
        records.append({"id": f"k{seed}-{i}", "text": text, "rewrite": text + " (بعد المراجعة)"})
    return write_jsonl(path, records)


def check_import(run: Run, path: Path, records: dict[str, dict], figures: Figures) -> None:
    """The passages committed are whole; importing again completes the file exactly."""
    conn = sqlite3.connect(path)
    committed = conn.execute("SELECT count(*) FROM passages").fetchone()[0] - DEMO_PASSAGES
    figures.committed_at_kill.append(committed)
    shown = [f["imported"] for f in run.facts if f["fact"] == "import-shown"]
    if shown and max(shown) > committed:  # the dialog showed a count that the kill undid
        figures.shown_not_committed.append(max(shown) - committed)
        run_problem(figures, run, f"the dialog showed {max(shown)} imported, but {committed} were committed")
    unindexed = conn.execute("SELECT count(*) FROM passages WHERE id NOT IN (SELECT rowid FROM passages_fts)")
    index_rows = conn.execute("SELECT count(*) FROM passages_fts").fetchone()[0]
    if unindexed.fetchone()[0] or index_rows != committed + DEMO_PASSAGES:
        run_problem(figures, run, f"{committed} passages but {index_rows - DEMO_PASSAGES} search index rows")
    for uid, text, rewrites in conn.execute(
        "SELECT uid, text, (SELECT group_concat(text, '|') FROM rewrites w WHERE w.passage_id = p.id)"
        " FROM passages p WHERE id > ?",
        (DEMO_PASSAGES,),
    ):
        record = records.get(uid)
        if record is None or (text, rewrites) != (record["text"], record["rewrite"]):
            run_problem(figures, run, f"passage {uid} is not the record imported: {text[:40]!r}, {rewrites!r}")
            break
    conn.close()
    with Project.open(path) as project:
        [report] = import_files(project, [run.file], ImportOptions(transaction_rows=TRANSACTION_ROWS_BESIDE_REVIEW))
        total = project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] - DEMO_PASSAGES
        distinct = project.conn.execute("SELECT count(DISTINCT text_hash) FROM passages").fetchone()[0]
    if (total, distinct - DEMO_PASSAGES, report.errors) != (len(records), len(records), 0):
        run_problem(
            figures, run, f"after importing again: {total} passages ({distinct} distinct) of {len(records)} records"
        )


def test_kills_during_an_import_in_the_app(qtbot, tmp_path):
    started = time.monotonic()
    template = create_demo_project(tmp_path / "template.aligner")
    # Two files: the larger is parsed in a helper process (8 MB or more), the other in the app.
    files = [
        import_records(tmp_path / "large.jsonl", 24_000, 40, seed=1),
        import_records(tmp_path / "small.jsonl", 5_000, 30, seed=2),
    ]
    assert files[0].stat().st_size >= 8 << 20 > files[1].stat().st_size
    records = [{r["id"]: r for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())} for f in files]
    # (first chunk shown, done) seconds after Import, measured by a first run of each file
    timing: list[tuple[float, float] | None] = [None, None]
    figures = Figures()
    rng = random.Random(SEED)
    number = 0
    while figures.kills_during_import < KILLS and number < 2 * KILLS + 10:
        number += 1
        which = number % 2
        run = Run(number, SEED * 1000 + number, tmp_path / f"run-{number}")
        run.file = files[which]
        run.folder.mkdir()
        project = run.folder / "project.aligner"
        shutil.copy(template, project)
        process = start_driver(run, "import", project, "--file", str(run.file))
        begun = wait_for(run, process, "import-started")
        if timing[which] is None:
            done = wait_for(run, process, "import-done", timeout=300)["t"] - begun["t"]
            shown = run.has("import-shown")  # the dialog may go from nothing to done
            timing[which] = (shown["t"] - begun["t"] if shown else 0.0, done)
        else:
            # From late in the parsing process's start-up to the end, most kills among commits.
            first_chunk, done = timing[which]
            run.delay = rng.uniform(first_chunk / 2, 0.95 * done)
            time.sleep(run.delay)
        figures.problems += kill(run, process)
        figures.runs += 1
        figures.kills += 1
        done = run.has("import-done")
        figures.kills_during_import += done is None
        took = f"import done after {done['t'] - begun['t']:.1f} s" if done else "during the import"
        print(f"{run.label()}, {run.file.name}: {took}")
        check_integrity(run, project, figures)
        check_review(run, project, Standing({}, {}), figures)
        check_draft_offered_back(qtbot, run, project, figures)
        check_import(run, project, records[which], figures)
        if not figures.problems:
            shutil.rmtree(run.folder)  # ~20 MB each
    for name, (first_chunk, done) in zip(("large", "small"), timing, strict=True):
        print(f"import of the {name} file in the app: first chunk after {first_chunk:.1f} s, done after {done:.1f} s")
    finish(figures, "kills during an import in the app", started)
