"""Bulk decisions: one decision on many passages, never over a reviewer's own, undone at once."""

import sqlite3

import pytest

from aligner_gui.core.errors import ProjectDiskFullError, UsageError
from aligner_gui.core.export.rows import ExportFilter, reviewed_rows
from aligner_gui.core.ingest import import_files
from aligner_gui.core.review.bulk import (
    BulkSelection,
    bulk_batches,
    decide_bulk,
    last_bulk,
    preview_bulk,
    preview_undo,
    undo_bulk,
)
from aligner_gui.core.review.decisions import (
    RESET,
    Decision,
    current_decision,
    load_draft,
    load_item,
    record_decision,
    save_draft,
)
from aligner_gui.core.review.queue import QueueFilter, progress, queue_ids, queue_rows
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now
from tests.conftest import write_jsonl
from tests.fault_setups import fill_disk, small_disk

EVERYTHING = BulkSelection()
UNFLAGGED = BulkSelection(queue_filter=QueueFilter(flag="unflagged"))


@pytest.fixture
def pairs(project, tmp_path):
    """Passages 1-5 with an imported rewrite each, passage 6 without one."""
    records = [{"id": f"p{i}", "text": f"النص الخام رقم {i}", "rewrite": f"النص المنقح رقم {i}."} for i in range(1, 6)]
    records.append({"id": "bare", "text": "فقرة بلا إعادة صياغة"})
    import_files(project, [write_jsonl(tmp_path / "pairs.jsonl", records)])
    return project


def newest_rewrite(project, passage_id):
    return project.conn.execute("SELECT max(id) FROM rewrites WHERE passage_id = ?", (passage_id,)).fetchone()[0]


def decide(project, passage_id, decision, reviewer, final_text=None):
    record_decision(project, Decision(passage_id, newest_rewrite(project, passage_id), reviewer, decision, final_text))


def states(project):
    """{passage id: (decision, reviewer)} as the queue shows them."""
    rows = queue_rows(project, list(queue_ids(project, QueueFilter())))
    return {row.passage_id: (row.state, row.reviewer) for row in rows}


def set_flags(project, severities):
    """Each passage's newest rewrite checked: severity 0 is clean, more is a repetition
    flag, None is not checked yet."""
    with project.transaction() as conn:
        for passage_id, severity in severities.items():
            rewrite_id = newest_rewrite(project, passage_id)
            conn.execute("UPDATE rewrites SET flag_severity = ? WHERE id = ?", (severity, rewrite_id))
            conn.execute("DELETE FROM passage_flags WHERE passage_id = ?", (passage_id,))
            conn.execute("DELETE FROM flags WHERE rewrite_id = ?", (rewrite_id,))
            if severity:
                conn.execute(
                    "INSERT INTO flags(rewrite_id, kind, severity, created_at) VALUES (?, 'repetition', ?, ?)",
                    (rewrite_id, severity, utc_now()),
                )
                conn.execute(
                    "INSERT INTO passage_flags(passage_id, rewrite_id, severity, flag_count, codes)"
                    " VALUES (?, ?, ?, 1, 'repetition')",
                    (passage_id, rewrite_id, severity),
                )


def test_an_accept_in_bulk_is_an_ordinary_decision_on_the_newest_rewrite_marked_bulk(pairs):
    with pairs.transaction() as conn:  # passage 2 was rewritten again since its import
        conn.execute(
            "INSERT INTO rewrites(passage_id, text, text_hash, origin, model, created_at)"
            " VALUES (2, 'صياغة أحدث للنص 2.', x'01', 'model', 'm', ?)",
            (utc_now(),),
        )
    assert preview_bulk(pairs, EVERYTHING).touched == 5
    result = decide_bulk(pairs, EVERYTHING, "accepted", "lead")
    assert (result.decided, result.already_decided) == (5, 0)
    assert states(pairs) == {**{i: ("accepted", "lead") for i in range(1, 6)}, 6: ("no_rewrite", None)}
    assert progress(pairs) == (5, 6)

    item = load_item(pairs, 2, "lead")
    assert (item.rewrite, item.current.decision, item.current.final_text) == (
        "صياغة أحدث للنص 2.",
        "accepted",
        "صياغة أحدث للنص 2.",
    )
    rows = pairs.conn.execute(
        "SELECT passage_id, rewrite_id, final_text, reasons, word_distance, char_distance, bulk_id FROM reviews"
    ).fetchall()
    assert [(r[0], r[1], r[3], r[4], r[5], r[6]) for r in rows] == [
        (i, newest_rewrite(pairs, i), "[]", 0, 0, result.batch_id) for i in range(1, 6)
    ]
    assert rows[0][2] == "النص المنقح رقم 1."
    exported = list(reviewed_rows(pairs, ExportFilter(decisions=frozenset({"accepted"}))))
    # (an export's rows hold the project's UTF-8 bytes, see core.export.rows)
    assert [(r.uid, r.final.decode("utf-8"), r.reviewer) for r in exported][:2] == [
        ("p1", "النص المنقح رقم 1.", "lead"),
        ("p2", "صياغة أحدث للنص 2.", "lead"),
    ]
    [batch] = bulk_batches(pairs)
    assert (batch.id, batch.reviewer, batch.decision, batch.decided, batch.undone) == (
        result.batch_id,
        "lead",
        "accepted",
        5,
        False,
    )


def test_a_reject_in_bulk_keeps_no_text(pairs):
    decide_bulk(pairs, EVERYTHING, "rejected", "lead")
    assert states(pairs)[3] == ("rejected", "lead")
    assert pairs.conn.execute("SELECT DISTINCT final_text, word_distance, char_distance FROM reviews").fetchall() == [
        (None, None, None)
    ]
    assert current_decision(pairs, 3, "lead").decision == "rejected"


def test_a_reviewers_own_decision_is_never_overwritten(pairs):
    decide(pairs, 1, "edited", "huda", final_text="نص حررته هدى")
    decide(pairs, 2, "skipped", "huda")
    decide(pairs, 3, "rejected", "amal")
    decide(pairs, 3, RESET, "amal")  # taken back: pending again
    save_draft(pairs, 4, "amal", newest_rewrite(pairs, 4), "تعديل لم يحفظ بعد")
    preview = preview_bulk(pairs, EVERYTHING)
    assert (preview.touched, preview.already_decided) == (3, 2)

    result = decide_bulk(pairs, EVERYTHING, "accepted", "lead")
    assert (result.decided, result.already_decided) == (3, 2)
    assert states(pairs) == {
        1: ("edited", "huda"),
        2: ("skipped", "huda"),
        3: ("accepted", "lead"),
        4: ("accepted", "lead"),
        5: ("accepted", "lead"),
        6: ("no_rewrite", None),
    }
    assert current_decision(pairs, 1, "huda").final_text == "نص حررته هدى"
    assert load_draft(pairs, 4, "amal").text == "تعديل لم يحفظ بعد"

    # Nor an earlier batch's: nothing is left to decide, and no empty batch is recorded.
    again = decide_bulk(pairs, EVERYTHING, "rejected", "other")
    assert (again.batch_id, again.decided, again.already_decided) == (None, 0, 5)
    assert len(bulk_batches(pairs)) == 1
    assert states(pairs)[4] == ("accepted", "lead")


def test_one_undo_takes_the_batch_back_but_keeps_a_passage_decided_again_since(pairs):
    decide(pairs, 5, "rejected", "huda")
    batch_id = decide_bulk(pairs, EVERYTHING, "accepted", "lead").batch_id
    assert last_bulk(pairs, "lead").id == batch_id
    decide(pairs, 2, "rejected", "amal")  # another reviewer changes one of the batch
    logged = pairs.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]

    assert preview_undo(pairs, batch_id) == 3
    assert undo_bulk(pairs, batch_id) == 3
    assert states(pairs) == {
        1: ("pending", None),
        2: ("rejected", "amal"),
        3: ("pending", None),
        4: ("pending", None),
        5: ("rejected", "huda"),
        6: ("no_rewrite", None),
    }
    # Append-only: the batch's rows are still in the log, taken back by 'reset' rows.
    assert pairs.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == logged + 4
    assert pairs.conn.execute(
        "SELECT decision, count(*) FROM reviews WHERE bulk_id = ? GROUP BY decision ORDER BY decision", (batch_id,)
    ).fetchall() == [("accepted", 4), ("reset", 4)]
    [batch] = bulk_batches(pairs)
    assert batch.undone and last_bulk(pairs, "lead") is None

    # The batch is gone for good: amal taking her decision back leaves passage 2 pending.
    decide(pairs, 2, RESET, "amal")
    assert states(pairs)[2] == ("pending", None)

    with pytest.raises(UsageError, match=f"bulk batch {batch_id} of test.aligner was already undone at"):
        undo_bulk(pairs, batch_id)
    with pytest.raises(UsageError, match="test.aligner has no bulk batch 99"):
        preview_undo(pairs, 99)


def test_the_filters_and_the_selected_ids_narrow_the_batch(pairs):
    set_flags(pairs, {1: 0, 2: 0, 3: 0, 4: 2, 5: None})
    assert preview_bulk(pairs, UNFLAGGED).touched == 3
    chosen = BulkSelection(passage_ids=(2, 3, 4, 6, 99), queue_filter=QueueFilter(flag="unflagged"))
    assert preview_bulk(pairs, chosen).touched == 2
    assert decide_bulk(pairs, chosen, "accepted", "lead").decided == 2
    flagged = BulkSelection(queue_filter=QueueFilter(flag="repetition"))
    assert decide_bulk(pairs, flagged, "rejected", "lead").decided == 1
    searched = BulkSelection(queue_filter=QueueFilter(search="الخام 5"))
    assert decide_bulk(pairs, searched, "rejected", "lead").decided == 1
    assert states(pairs) == {
        1: ("pending", None),
        2: ("accepted", "lead"),
        3: ("accepted", "lead"),
        4: ("rejected", "lead"),
        5: ("rejected", "lead"),
        6: ("no_rewrite", None),
    }
    assert [batch.selection for batch in bulk_batches(pairs)] == [
        {"filter": {"search": "الخام 5"}},
        {"filter": {"flag": "repetition"}},
        {"filter": {"flag": "unflagged"}, "ids": 5},
    ]


def test_the_newest_rewrites_prompt_and_model_select(pairs):
    prompt_id = pairs.conn.execute("SELECT id FROM prompts WHERE name = 'conduct-ar' AND version = 1").fetchone()[0]
    with pairs.transaction() as conn:
        for passage_id, model in ((1, "qwen"), (2, "other")):
            conn.execute(
                "INSERT INTO rewrites(passage_id, text, text_hash, origin, model, prompt_id, created_at)"
                " VALUES (?, 'صياغة', ?, 'model', ?, ?, ?)",
                (passage_id, bytes([passage_id]), model, prompt_id, utc_now()),
            )
    by_prompt = BulkSelection(queue_filter=QueueFilter(prompt="conduct-ar:1", model="qwen"))
    assert decide_bulk(pairs, by_prompt, "accepted", "lead").decided == 1
    assert {pid for pid, (state, _) in states(pairs).items() if state == "accepted"} == {1}


@pytest.mark.parametrize(
    "decision,reviewer,message",
    [("edited", "lead", "a bulk decision is accepted or rejected, not 'edited'"), ("accepted", " ", "reviewer")],
)
def test_a_bad_decision_or_reviewer_is_refused_before_anything_is_written(pairs, decision, reviewer, message):
    with pytest.raises(UsageError, match=message):
        decide_bulk(pairs, EVERYTHING, decision, reviewer)
    assert pairs.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_a_full_disk_keeps_nothing_of_the_batch_and_everything_before_it(tmp_path):
    words = "كتب المحرر مقالا طويلا عن الاقتصاد والزراعة في الريف " * 8
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "p.aligner"
        records = [{"id": f"r{i}", "text": f"{words} رقم {i}", "rewrite": f"{words}. رقم {i}"} for i in range(300)]
        with Project.create(path) as project:
            import_files(project, [write_jsonl(tmp_path / "big.jsonl", records)])
            decide(project, 1, "rejected", "huda")
            fill_disk(disk)
            with pytest.raises(ProjectDiskFullError, match=f"^{path}: the disk is full"):
                decide_bulk(project, EVERYTHING, "accepted", "lead")
            assert states(project)[2] == ("pending", None)
            (disk / "filler").unlink()
            assert decide_bulk(project, EVERYTHING, "accepted", "lead").decided == 299
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT count(*), count(bulk_id) FROM reviews").fetchone() == (300, 299)
            assert conn.execute("SELECT id FROM bulk_batches").fetchall() == [(1,)]
        conn.close()
