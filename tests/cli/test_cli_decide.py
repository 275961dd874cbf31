"""`aligner decide` as a user runs it: a real project, real processes."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_module, write_jsonl
from tests.fault_setups import immutable


def aligner(*args):
    return run_module("aligner_gui.cli", *args)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Passages 1-4 with an imported rewrite (1-3 checked clean, 4 flagged), 5 without one."""
    path = tmp_path_factory.mktemp("made") / "p.aligner"
    assert aligner("init", path).returncode == 0
    records = [{"id": f"p{i}", "text": f"النص الخام رقم {i}", "rewrite": f"النص المنقح رقم {i}."} for i in range(1, 5)]
    records.append({"id": "bare", "text": "فقرة بلا إعادة صياغة"})
    assert aligner("import", path, write_jsonl(path.parent / "pairs.jsonl", records)).returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM passage_flags")
        conn.execute("UPDATE rewrites SET flag_severity = CASE passage_id WHEN 4 THEN 2 ELSE 0 END")
        conn.execute(
            "INSERT INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes)"
            " SELECT passage_id, id, 2, 1, 'repetition' FROM rewrites WHERE passage_id = 4"
        )
    conn.close()
    return path


@pytest.fixture
def project_path(made, tmp_path):
    """A fresh copy of the made project for each test."""
    return Path(shutil.copy(made, tmp_path / "p.aligner"))


def review(path, passage_id, decision, reviewer):
    """A reviewer's own decision, as the review panel records it."""
    from aligner_gui.core.review.decisions import Decision, record_decision
    from aligner_gui.core.store.project import Project

    with Project.open(path) as project:
        rewrite_id = project.conn.execute("SELECT id FROM rewrites WHERE passage_id = ?", (passage_id,)).fetchone()[0]
        record_decision(project, Decision(passage_id, rewrite_id, reviewer, decision))


def standing(path):
    """{passage id: (decision, reviewer, marked bulk)} for the passages with a decision."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT s.passage_id, s.decision, s.reviewer, r.bulk_id IS NOT NULL FROM passage_state s"
            " JOIN reviews r ON r.id = s.review_id ORDER BY s.passage_id"
        ).fetchall()
    conn.close()
    return {pid: (decision, reviewer, bool(bulk)) for pid, decision, reviewer, bulk in rows}


def log_size(path):
    with sqlite3.connect(path) as conn:
        counts = conn.execute("SELECT (SELECT count(*) FROM reviews), (SELECT count(*) FROM bulk_batches)").fetchone()
    conn.close()
    return counts


def test_accept_every_unflagged_rewrite_leaves_a_reviewers_decision_alone(project_path):
    review(project_path, 2, "rejected", "huda")
    dry = aligner(
        "decide", project_path, "--decision", "accept", "--reviewer", "lead", "--flag", "unflagged", "--dry-run"
    )
    assert dry.returncode == 0, dry.stderr
    assert (
        dry.stdout == "would accept 2 passages; 1 already decided would be left alone (dry run: nothing was written)\n"
    )
    assert log_size(project_path) == (1, 0)

    result = aligner("decide", project_path, "--decision", "accept", "--reviewer", "lead", "--flag", "unflagged")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "batch 1: accepted 2 passages as lead; 1 already decided were left alone."
        f" Take it back with: aligner decide {project_path} --undo 1\n"
    )
    assert standing(project_path) == {
        1: ("accepted", "lead", True),
        2: ("rejected", "huda", False),
        3: ("accepted", "lead", True),
    }
    stats = json.loads(aligner("stats", project_path, "--json").stdout)
    assert (stats["decisions"]["accepted"], stats["decisions"]["rejected"], stats["pending"]) == (2, 1, 1)


def test_one_undo_takes_the_batch_back_except_what_a_reviewer_changed_since(project_path):
    decided = aligner("decide", project_path, "--decision", "reject", "--reviewer", "lead", "--json")
    assert json.loads(decided.stdout) == {
        "batch": 1,
        "decision": "rejected",
        "reviewer": "lead",
        "decided": 4,
        "already_decided": 0,
        "dry_run": False,
        "selection": {"filter": {}},
    }
    review(project_path, 3, "accepted", "huda")

    dry = aligner("decide", project_path, "--undo", "1", "--dry-run")
    assert dry.stdout == (
        "undoing batch 1 would take 3 passages back to pending; 1 changed since would keep their decision (dry run)\n"
    )
    assert len(standing(project_path)) == 4

    undone = aligner("decide", project_path, "--undo", "1")
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout == "batch 1 undone: 3 passages are pending again; 1 changed since keep their decision\n"
    assert standing(project_path) == {3: ("accepted", "huda", False)}

    again = aligner("decide", project_path, "--undo", "1")
    assert again.returncode == 1
    assert "error: bulk batch 1 of p.aligner was already undone at" in again.stderr
    listed = json.loads(aligner("decide", project_path, "--batches", "--json").stdout)
    assert [(b["id"], b["decision"], b["decided"], b["undone_at"] is not None) for b in listed] == [
        (1, "rejected", 4, True)
    ]


def test_ids_search_and_prompt_narrow_the_batch(project_path):
    by_ids = aligner("decide", project_path, "--decision", "accept", "--reviewer", "lead", "--ids", "1,4,5", "--json")
    assert json.loads(by_ids.stdout)["decided"] == 2  # passage 5 has no rewrite
    searched = aligner("decide", project_path, "--decision", "reject", "--reviewer", "lead", "--search", "الخام 3")
    assert searched.stdout.startswith("batch 2: rejected 1 passages as lead; 0 already decided were left alone.")
    # The imported rewrites were made with no prompt.
    by_prompt = aligner("decide", project_path, "--decision", "accept", "--reviewer", "lead", "--prompt", "conduct-ar")
    assert by_prompt.returncode == 0
    assert (
        by_prompt.stdout
        == "nothing to decide: no undecided passage with a rewrite matches; 0 already decided were left alone\n"
    )
    assert sorted(standing(project_path)) == [1, 3, 4]


@pytest.mark.parametrize(
    "args,code,message",
    [
        (["--flag", "loud"], 2, "argument --flag: unknown flag 'loud': use flagged, unflagged or one of"),
        (["--prompt", "conduct-ar:new"], 2, "argument --prompt: expected NAME or NAME:VERSION (a number)"),
        (["--prompt", "nosuch"], 1, "error: --prompt nosuch: no prompt named 'nosuch' in p.aligner"),
        (["--prompt", "conduct-ar:9"], 1, "error: --prompt conduct-ar:9: prompt 'conduct-ar' has no version 9"),
        (["--ids", "1,x"], 2, "argument --ids: expected passage ids separated by commas, got '1,x'"),
    ],
)
def test_a_bad_filter_names_its_option_and_writes_nothing(project_path, args, code, message):
    result = aligner("decide", project_path, "--decision", "accept", "--reviewer", "lead", *args)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert log_size(project_path) == (0, 0)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--decision", "accept"], "error: --decision needs --reviewer NAME"),
        (["--undo", "1", "--flag", "unflagged"], "error: --flag: only with --decision"),
        (["--undo", "7"], "error: p.aligner has no bulk batch 7"),
    ],
)
def test_a_decision_without_a_reviewer_or_an_unknown_batch_is_refused(project_path, args, message):
    result = aligner("decide", project_path, *args)
    assert result.returncode == 1 and message in result.stderr, result.stderr


def test_a_missing_project_is_named(tmp_path):
    result = aligner("decide", tmp_path / "none.aligner", "--decision", "accept", "--reviewer", "lead")
    assert result.returncode == 1
    assert f"error: no project at {tmp_path / 'none.aligner'}" in result.stderr


def test_a_read_only_project_is_counted_but_not_decided(project_path):
    with immutable(project_path):
        refused = aligner("decide", project_path, "--decision", "accept", "--reviewer", "lead")
        counted = aligner("decide", project_path, "--decision", "accept", "--reviewer", "lead", "--dry-run")
    assert refused.returncode == 1
    assert f"error: {project_path} is read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert counted.returncode == 0 and counted.stdout.startswith("would accept 4 passages;")
    assert log_size(project_path) == (0, 0)
