"""Automatic flags in the project: stored when rewrites arrive, checked again on request,
and what the queue does with them (filter, worst first)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from aligner_gui.core.flags.check import DEFAULT_THRESHOLDS
from aligner_gui.core.flags.store import (
    flag_counts,
    flagged_passages,
    project_thresholds,
    recheck,
    rewrite_flags,
    set_thresholds,
    unchecked_count,
)
from aligner_gui.core.ingest.importer import ImportOptions, import_files
from aligner_gui.core.review.queue import QueueFilter, RankedIds, queue_ids, queue_rows, row_of
from aligner_gui.core.rewrite.job_store import save_candidate
from aligner_gui.core.rewrite.types import RewriteResult
from aligner_gui.core.store.project import Project
from tests.conftest import write_jsonl

CLEAN_RAW = (
    "افتتحت البلدية صباح الأحد حديقة عامة جديدة في وسط المدينة، تضم ممرات للمشي وملعبا للأطفال"
    " ومكتبة صغيرة مفتوحة للجميع. وقال رئيس البلدية إن الحديقة جزء من خطة لزيادة المساحات الخضراء."
)
CLEAN_REWRITE = (
    "افتتحت البلدية يوم الأحد حديقة عامة جديدة وسط المدينة، فيها ممرات للمشي وملعب للأطفال"
    " ومكتبة صغيرة مفتوحة للجميع. وذكر رئيس البلدية أن الحديقة جزء من خطة لزيادة المساحات الخضراء."
)
LOOP_REWRITE = "افتتحت البلدية حديقة عامة جديدة وسط المدينة. " + "وهي حديقة جميلة جدا " * 25
MARKS = "أبتثجحخدذر"  # tell otherwise equal passages apart (a digit would be a number to keep)
TWO_OUTPUTS = CLEAN_REWRITE + "\n\n---\n\n" + CLEAN_REWRITE.replace("يوم الأحد", "صباح الأحد")


def _pairs(tmp_path, rewrites: list[str]):
    records = [
        {"id": f"p{i}", "text": CLEAN_RAW + f" ({MARKS[i]})", "rewrite": text} for i, text in enumerate(rewrites)
    ]
    return write_jsonl(tmp_path / "pairs.jsonl", records)


def _mixed_pairs(tmp_path, count: int):
    """``count`` (at most 1,000) passages whose rewrites are clean, a loop and two outputs
    in turn: passage i's is flagged unless i % 3 == 0, with multiple_outputs when it is 2."""
    kinds = [CLEAN_REWRITE, LOOP_REWRITE, TWO_OUTPUTS]
    records = [
        {
            "id": f"p{i}",
            "text": f"{CLEAN_RAW} {MARKS[i % 10]}{MARKS[i // 10 % 10]}{MARKS[i // 100]}",
            "rewrite": kinds[i % 3],
        }
        for i in range(count)
    ]
    return write_jsonl(tmp_path / "pairs.jsonl", records)


def _uids(project, ids) -> list[str]:
    return [row.uid for row in queue_rows(project, list(ids))]


def test_imported_pairs_are_checked_and_flagged_with_evidence(project, tmp_path):
    import_files(project, [_pairs(tmp_path, [CLEAN_REWRITE, LOOP_REWRITE, TWO_OUTPUTS])])
    severities = dict(
        project.conn.execute("SELECT p.uid, w.flag_severity FROM rewrites w JOIN passages p ON p.id = w.passage_id")
    )
    assert severities["p0"] == 0  # checked, nothing found
    assert severities["p1"] == severities["p2"] == 3
    listed = {p.uid: p for p in flagged_passages(project)}
    assert set(listed) == {"p1", "p2"}
    loop = next(f for f in listed["p1"].flags if f.code == "repetition")
    rewrite = project.conn.execute("SELECT text FROM rewrites WHERE id = ?", (listed["p1"].rewrite_id,)).fetchone()[0]
    assert any("حديقة جميلة" in rewrite[s.start : s.end] for s in loop.spans if s.side == "rewrite")
    # Each flag records the thresholds it was measured against.
    assert loop.thresholds and all(name.startswith("repetition.") for name in loop.thresholds)
    assert "multiple_outputs" in {f.code for f in listed["p2"].flags}
    counts = flag_counts(project)  # (the text given twice is a repetition too)
    assert counts["multiple_outputs"] == 1 and counts["repetition"] >= 1


@pytest.mark.parametrize("checkers", [0, 1, 2])
def test_a_file_parsed_in_helper_processes_has_every_rewrite_checked_in_file_order(project, tmp_path, checkers):
    # Chunks go to the checking processes in turn and come back in the same turn: many
    # small chunks make each checker handle many. No rewrite may be left unchecked, and
    # each passage keeps its own rewrite's flags.
    pairs = _mixed_pairs(tmp_path, 600)
    import_files(project, [pairs], ImportOptions(parse_in_subprocess=True, chunk_size=20, flag_checkers=checkers))
    assert unchecked_count(project) == 0
    flagged = {p.uid: {f.code for f in p.flags} for p in flagged_passages(project)}
    assert set(flagged) == {f"p{i}" for i in range(600) if i % 3}
    assert all(("multiple_outputs" in codes) == (int(uid[1:]) % 3 == 2) for uid, codes in flagged.items())
    ids = [uid for (uid,) in project.conn.execute("SELECT uid FROM passages ORDER BY id")]
    assert ids == [f"p{i}" for i in range(600)]


def test_without_flag_checking_an_import_leaves_rewrites_unchecked_and_recheck_fills_them(project, tmp_path):
    import_files(project, [_pairs(tmp_path, [CLEAN_REWRITE, LOOP_REWRITE])], ImportOptions(check_flags=False))
    assert unchecked_count(project) == 2 and not list(flagged_passages(project))
    report = recheck(project)
    assert (report.checked, report.flagged) == (2, 1)
    assert unchecked_count(project) == 0
    assert [p.uid for p in flagged_passages(project)] == ["p1"]


def test_storing_flags_leaves_the_search_index_as_an_import_without_flags_leaves_it(tmp_path):
    # Storing a chunk's flags once took a savepoint per flagged passage, and each made the
    # search index write out the entries it held: a segment per chunk in place of one per
    # transaction, more to merge later, and the import about 10% slower.
    pairs = _mixed_pairs(tmp_path, 60)
    index_sizes = []
    for check_flags in (False, True):
        with Project.create(tmp_path / f"flags-{check_flags}.aligner") as project:
            import_files(project, [pairs], ImportOptions(chunk_size=20, check_flags=check_flags))
            assert len(list(flagged_passages(project))) == (40 if check_flags else 0)
            index_sizes.append(
                project.conn.execute("SELECT count(*), sum(length(block)) FROM passages_fts_data").fetchone()
            )
    assert index_sizes[1] == index_sizes[0]


def test_a_generated_rewrite_is_flagged_and_the_queue_follows_the_newest_rewrite(project, tmp_path):
    import_files(project, [_pairs(tmp_path, [CLEAN_REWRITE])])
    prompt_id = project.conn.execute("SELECT min(id) FROM prompts").fetchone()[0]
    flagged = save_candidate(project, RewriteResult(1, LOOP_REWRITE, "length", 10, 512, 1.0), "tiny", prompt_id, {})
    codes = {f.code for f in rewrite_flags(project.conn, flagged)}
    assert {"repetition", "truncated"} <= codes
    assert _uids(project, queue_ids(project, QueueFilter(flag="truncated"))) == ["p0"]
    # A clean newer candidate takes the passage out of the flagged list.
    save_candidate(project, RewriteResult(1, CLEAN_REWRITE + " ", "stop", 10, 50, 1.0), "tiny", prompt_id, {})
    assert list(queue_ids(project, QueueFilter(flag="flagged"))) == []
    assert _uids(project, queue_ids(project, QueueFilter(flag="unflagged"))) == ["p0"]


def test_worst_first_puts_the_likely_wrong_first_and_finds_every_row(project, tmp_path):
    rewrites = [CLEAN_REWRITE, TWO_OUTPUTS, CLEAN_REWRITE, LOOP_REWRITE, CLEAN_REWRITE]
    import_files(project, [_pairs(tmp_path, rewrites)])
    ids = queue_ids(project, QueueFilter(order="worst-first"))
    assert isinstance(ids, RankedIds)
    uids = _uids(project, ids)
    assert set(uids[:2]) == {"p1", "p3"} and uids[2:] == ["p0", "p2", "p4"]
    assert [row_of(ids, passage_id) for passage_id in ids] == list(range(len(ids)))
    assert row_of(ids, 999) is None
    # In id order, the same filter lists flagged passages only.
    assert _uids(project, queue_ids(project, QueueFilter(flag="flagged"))) == ["p1", "p3"]


def test_thresholds_are_kept_per_project_and_a_recheck_applies_them(project, tmp_path):
    import_files(project, [_pairs(tmp_path, [LOOP_REWRITE])])
    assert [p.uid for p in flagged_passages(project)] == ["p0"]
    loosest = {name: 1.0 for name in DEFAULT_THRESHOLDS if name.startswith("repetition.") and "fraction" in name}
    set_thresholds(project, loosest)
    assert project_thresholds(project.conn)[next(iter(loosest))] == 1.0
    recheck(project, everything=True)
    flags = [f for p in flagged_passages(project) for f in p.flags if f.code == "repetition"]
    assert flags == [] or all(f.thresholds[name] == 1.0 for f in flags for name in loosest if name in f.thresholds)
    with pytest.raises(Exception, match="unknown flag threshold"):
        set_thresholds(project, {"no.such": 1})


def test_rewrites_never_checked_are_counted_and_checked(project, tmp_path):
    import_files(project, [_pairs(tmp_path, [LOOP_REWRITE])])
    path = project.path
    project.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE rewrites SET flag_severity = NULL")
        conn.execute("DELETE FROM passage_flags")
    from aligner_gui.core.store.project import Project

    with Project.open(path) as reopened:
        assert unchecked_count(reopened) == 1
        recheck(reopened)
        assert json.loads(json.dumps([p.uid for p in flagged_passages(reopened)])) == ["p0"]
