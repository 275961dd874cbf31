import sqlite3

import pytest

from aligner_gui.core.ingest import import_files
from aligner_gui.core.review.decisions import (
    RESET,
    Decision,
    current_decision,
    discard_draft,
    drafts_of,
    last_position,
    load_draft,
    load_item,
    record_decision,
    review_reasons,
    save_draft,
    save_position,
    set_review_reasons,
)
from aligner_gui.core.review.queue import QueueFilter, progress, queue_ids, queue_rows
from aligner_gui.core.review.stats import project_stats
from aligner_gui.core.store import schema
from aligner_gui.core.store.project import Project
from tests.conftest import write_jsonl


@pytest.fixture
def items(project, tmp_path):
    records = [
        {"id": f"p{i}", "text": f"النص الخام رقم {i} اضغط هنا", "rewrite": f"النص المنقح رقم {i}."} for i in range(1, 6)
    ]
    records.append({"id": "bare", "text": "فقرة بلا إعادة صياغة"})
    import_files(project, [write_jsonl(tmp_path / "r.jsonl", records)])
    return project


def decide(project, pid, decision, reviewer="huda", **kw):
    rewrite_id = project.conn.execute("SELECT id FROM rewrites WHERE passage_id = ?", (pid,)).fetchone()
    return record_decision(project, Decision(pid, rewrite_id and rewrite_id[0], reviewer, decision, **kw))


def test_decisions_are_logged_and_the_latest_one_stands(items):
    decide(items, 1, "accepted", final_text="النص المنقح رقم 1.")
    decide(items, 1, "edited", final_text="النص المنقح جدا رقم 1.", reasons=("formatting",), note="نقطة", seconds=4.5)
    current = current_decision(items, 1, "huda")
    assert (current.decision, current.reasons, current.note, current.seconds) == (
        "edited",
        ("formatting",),
        "نقطة",
        4.5,
    )
    assert items.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    words, chars = items.conn.execute(
        "SELECT word_distance, char_distance FROM reviews ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert (words, chars) == (1, 4)
    decide(items, 1, RESET)
    assert current_decision(items, 1, "huda") is None
    assert items.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 3


def test_queue_filters_by_state_reason_reviewer_and_search(items):
    decide(items, 1, "accepted")
    decide(items, 2, "rejected", reasons=("facts_changed", "truncated"))
    decide(items, 3, "skipped", reviewer="omar")
    assert list(queue_ids(items, QueueFilter())) == [1, 2, 3, 4, 5, 6]
    assert list(queue_ids(items, QueueFilter(states=frozenset({"pending"})))) == [4, 5]
    assert list(queue_ids(items, QueueFilter(states=frozenset({"no_rewrite"})))) == [6]
    assert list(queue_ids(items, QueueFilter(states=frozenset({"accepted", "rejected"})))) == [1, 2]
    assert list(queue_ids(items, QueueFilter(reason="truncated"))) == [2]
    assert list(queue_ids(items, QueueFilter(reviewer="omar"))) == [3]
    assert list(queue_ids(items, QueueFilter(search="رقم 4"))) == [4]
    assert list(queue_ids(items, QueueFilter(search="بلا", states=frozenset({"pending"})))) == []
    rows = queue_rows(items, [3, 6, 1])
    assert [(r.passage_id, r.state, r.reviewer) for r in rows] == [
        (3, "skipped", "omar"),
        (6, "no_rewrite", None),
        (1, "accepted", "huda"),
    ]
    assert progress(items) == (2, 6)  # passage 6, without a rewrite, counts too
    assert project_stats(items)["decisions"] == {"accepted": 1, "edited": 0, "rejected": 1, "skipped": 1}


def test_unfiltered_queue_of_contiguous_ids_costs_no_memory(items):
    ids = queue_ids(items, QueueFilter())
    assert type(ids).__name__ == "IdRange" and len(ids) == 6 and ids[5] == 6 and ids.index(4) == 3


def test_state_follows_another_reviewers_reset(items):
    decide(items, 1, "accepted", reviewer="huda")
    decide(items, 1, "rejected", reviewer="omar")
    assert queue_rows(items, [1])[0].state == "rejected"
    decide(items, 1, RESET, reviewer="omar")
    assert queue_rows(items, [1])[0].state == "accepted"  # huda's decision still stands


def test_drafts_survive_reopening_and_a_decision_clears_them(items, tmp_path):
    save_draft(items, 2, "huda", 2, "مسودة أولى")
    save_draft(items, 2, "huda", 2, "مسودة ثانية")
    with Project.open(items.path) as again:
        assert load_draft(again, 2, "huda").text == "مسودة ثانية"
        assert [d.passage_id for d in drafts_of(again, "huda")] == [2]
    decide(items, 2, "edited", final_text="مسودة ثانية")
    assert load_draft(items, 2, "huda") is None
    save_draft(items, 3, "huda", 3, "x")
    discard_draft(items, 3, "huda")
    assert drafts_of(items, "huda") == []


def test_reasons_are_editable_per_project(items):
    assert [code for code, _ in review_reasons(items)][:3] == ["harmful_left", "knowledge_lost", "facts_changed"]
    set_review_reasons(items, [("ads_left", "إعلانات باقية"), ("other", "أخرى")])
    assert review_reasons(items) == [("ads_left", "إعلانات باقية"), ("other", "أخرى")]


def test_position_and_item_loading(items):
    assert last_position(items, "huda") is None
    save_position(items, "huda", 4)
    assert last_position(items, "huda") == 4
    item = load_item(items, 4, "huda")
    assert (item.uid, item.rewrite, item.rewrite_origin, item.current) == ("p4", "النص المنقح رقم 4.", "import", None)
    assert load_item(items, 6, "huda").rewrite is None


def test_v2_project_with_reviews_gets_its_state_backfilled(tmp_path):
    path = tmp_path / "v2.aligner"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
    for migration in schema.MIGRATIONS[:2]:
        migration(conn)
    conn.execute("INSERT INTO passages(uid, text, text_hash, created_at) VALUES ('a', 'نص', x'01', 'then')")
    conn.execute(
        "INSERT INTO reviews(passage_id, reviewer, decision, created_at) VALUES (1, 'huda', 'rejected', 'then')"
    )
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        assert queue_rows(project, [1])[0].state == "rejected"
        assert len(review_reasons(project)) == 9


def test_an_item_shows_the_candidate_the_reviewer_is_working_on(demo_project):
    from aligner_gui.core.rewrite.job_store import save_candidate
    from aligner_gui.core.rewrite.types import RewriteResult

    imported = load_item(demo_project, 1, "huda")
    assert len(imported.candidates) == 1 and imported.candidate_index == 0
    new = save_candidate(demo_project, RewriteResult(1, "نص جديد", "length", 10, 5, 1.0), "m", 1, {})
    item = load_item(demo_project, 1, "huda")
    assert item.rewrite_id == new and item.candidate_index == 1  # the newest, while pending
    assert item.candidates[1].truncated and not item.candidates[0].truncated
    assert load_item(demo_project, 1, "huda", imported.rewrite_id).rewrite == imported.rewrite
    # A decision on the imported candidate keeps it shown, though a newer one exists.
    record_decision(demo_project, Decision(1, imported.rewrite_id, "huda", "accepted", imported.rewrite))
    assert load_item(demo_project, 1, "huda").rewrite_id == imported.rewrite_id
    assert load_item(demo_project, 1, "other").rewrite_id == new


def test_a_rewrite_written_by_hand_is_stored_as_origin_human_and_exported(items, tmp_path):
    import json

    from aligner_gui.core.export.writer import export

    bare = items.conn.execute("SELECT id FROM passages WHERE uid = 'bare'").fetchone()[0]
    written = "فقرة كتبها المراجع بنفسه."
    for _ in range(2):  # a redo records the same decision again: still one rewrite
        record_decision(items, Decision(bare, None, "huda", "edited", final_text=written))
    rows = items.conn.execute("SELECT id, origin, text FROM rewrites WHERE passage_id = ?", (bare,)).fetchall()
    assert [(origin, text) for _, origin, text in rows] == [("human", written)]
    current = current_decision(items, bare, "huda")
    assert (current.decision, current.rewrite_id, current.final_text) == ("edited", rows[0][0], written)
    assert load_item(items, bare, "huda").rewrite_origin == "human"
    assert project_stats(items)["rewrites"]["by_origin"]["human"] == 1
    export(items, "sft", tmp_path / "sft")
    lines = [json.loads(line) for path in (tmp_path / "sft").rglob("*.jsonl") for line in path.open(encoding="utf-8")]
    [row] = [line for line in lines if line["uid"] == "bare"]
    assert (row["origin"], row["decision"], row["messages"][-1]["content"]) == ("human", "edited", written)
