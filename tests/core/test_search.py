import pytest

from aligner_gui.core.ingest import import_files
from aligner_gui.core.review import queue
from aligner_gui.core.review import search as search_module
from aligner_gui.core.review.decisions import Decision, record_decision
from aligner_gui.core.review.queue import (
    QueueFilter,
    SearchIds,
    filter_sql,
    queue_ids,
    row_of,
    search_batch,
    search_batch_sql,
)
from aligner_gui.core.review.search import fts_query, search
from aligner_gui.core.rewrite.job_store import save_candidate
from aligner_gui.core.rewrite.types import RewriteResult
from tests.conftest import write_jsonl

TEXTS = {
    "p1": "كَتَبَ الطالبُ رسالةً طويلة إلى أستاذه",
    "p2": "قرأ أحمد الكتاب في المكتبة العامة",
    "p3": "زار إبراهيم مدينة الإسكندرية مع أسرته",
    "p4": "Python و JavaScript لغتان للبرمجة",
    "p5": 'عرض <b>خاص</b> "حصري" - اتصل الآن',
    "p6": "Café au LAIT: الكتابُ، «جديد»؟ شركة co-op_2",
    "p7": "كتابات الطلاب ثم كتابهم: İstanbul güzel, ΟΔΟΣ 5 µm, Straße",
}


@pytest.fixture
def filled(project, tmp_path):
    import_files(project, [write_jsonl(tmp_path / "s.jsonl", [{"id": k, "text": v} for k, v in TEXTS.items()])])
    return project


def uids(result):
    return sorted(hit.uid for hit in result.hits)


def test_plain_word_finds_vowelled_word(filled):
    result = search(filled, "كتب")
    assert uids(result) == ["p1"]
    hit = result.hits[0]
    assert hit.text[hit.match_start : hit.match_end] == "كَتَبَ"


def test_vowelled_query_and_alef_forms_match_plain_text(filled):
    assert uids(search(filled, "أحْمَد")) == ["p2"]
    assert uids(search(filled, "ابراهيم الاسكندرية")) == ["p3"]


def test_prefix_phrase_and_latin_case(filled):
    assert uids(search(filled, "المكت*")) == ["p2"]
    assert uids(search(filled, '"الكتاب في المكتبة"')) == ["p2"]
    assert uids(search(filled, '"المكتبة الكتاب"')) == []
    assert uids(search(filled, "python")) == ["p4"]


def test_punctuation_separates_words_and_accents_fold(filled):
    assert uids(search(filled, "الكتاب")) == ["p2", "p6"]  # "الكتابُ،": a mark and a comma attached
    assert uids(search(filled, "جديد")) == ["p6"]  # in «guillemets» before a question mark
    assert uids(search(filled, "cafe lait")) == ["p6"]
    assert uids(search(filled, '"co op 2"')) == ["p6"]
    hit = search(filled, "CAFÉ").hits[0]
    assert hit.text[hit.match_start : hit.match_end] == "Café"
    hit = search(filled, '"co op"').hits[0]
    assert hit.text[hit.match_start : hit.match_end] == "co-op"


def test_highlight_is_the_matching_word_even_after_letters_that_fold_to_two(filled):
    def highlighted(query):
        [hit] = search(filled, query).hits
        return hit.text[hit.match_start : hit.match_end]

    assert highlighted("كتابهم") == "كتابهم"  # not the كتابات before it
    assert highlighted("كتابا*") == "كتابات"  # كتاب* finds الكتاب (p2, p6) too: see test_search_attached
    assert highlighted("istanbul") == "İstanbul"
    assert highlighted("güzel") == "güzel"  # after İ, which lower-cases to two characters
    assert highlighted("οδος") == "ΟΔΟΣ"  # final and capital sigma fold alike
    assert highlighted("μm") == "µm"  # the micro sign is the Greek letter
    assert highlighted("strasse") == "Straße"


def test_fts_syntax_in_queries_is_taken_literally(filled):
    for query in ['"حصري', "AND OR NOT", "-اتصل", "خاص)", "NEAR(", "*", "<b>"]:
        search(filled, query)  # never an FTS5 syntax error
    assert uids(search(filled, "اتصل -")) == ["p5"]
    assert fts_query("!!! ؟؟") == ("", [])


def test_limit_and_total(filled):
    result = search(filled, "في", limit=1)
    assert result.total == 1 and len(result.hits) == 1
    assert search(filled, "كلمةغيرموجودة").total == 0


def test_snippet_keeps_surrounding_context(filled):
    before, match, after = search(filled, "رسالة").hits[0].snippet(context=8)
    assert match == "رسالةً"
    assert before.endswith("الطالبُ ") and after.startswith(" طويلة")


# -- search at scale: bounded counts, bounded candidates, the queue a batch at a time ----

COMMON, RARE = "مدينة", "سوق"
LOOP_REWRITE = "افتتحت البلدية حديقة جديدة وسط المدينة. " + "وهي حديقة جميلة جدا " * 25  # flagged


def town_text(i: int) -> str:
    return f"المقطع {i} عن {COMMON} قديمة" + (f" وفيها {RARE} كبير" if i % 3 == 0 else "")


@pytest.fixture
def town(project, tmp_path):
    """24 passages with the common word, a third of them also with the rare one; 16 with
    an imported rewrite, 4 of those decided; 4 with a flagged model rewrite, 4 more with a
    clean one; and 6 passages without either word."""
    records = [{"id": f"t{i:02d}", "text": town_text(i)} for i in range(1, 25)]
    for i, record in enumerate(records[:16], start=1):
        record["rewrite"] = town_text(i) + " بعد التحرير"
    records += [{"id": f"x{i}", "text": f"نص آخر رقم {i} بلا الكلمتين"} for i in range(6)]
    import_files(project, [write_jsonl(tmp_path / "town.jsonl", records)])
    for passage_id, decision in ((2, "accepted"), (5, "rejected"), (9, "accepted"), (12, "skipped")):
        rewrite_id = newest_rewrite(project, passage_id)
        record_decision(project, Decision(passage_id, rewrite_id, "huda", decision))
    prompt_id = project.conn.execute("SELECT min(id) FROM prompts").fetchone()[0]
    for passage_id in (3, 7, 18, 21):
        save_candidate(project, RewriteResult(passage_id, LOOP_REWRITE, "length", 10, 512, 1.0), "tiny", prompt_id, {})
    for passage_id in (4, 8, 19, 22):
        clean = town_text(passage_id) + " بعد المراجعة"
        save_candidate(project, RewriteResult(passage_id, clean, "stop", 10, 50, 1.0), "tiny", prompt_id, {})
    return project


def newest_rewrite(project, passage_id):
    return project.conn.execute("SELECT max(id) FROM rewrites WHERE passage_id = ?", (passage_id,)).fetchone()[0]


def every_match(project, queue_filter):
    """What the queue lists, read the way it is as the reviewer scrolls: batch after batch."""
    ids = queue_ids(project, queue_filter)
    assert isinstance(ids, SearchIds)
    batches = [list(ids)]
    while ids.more:
        batch, more = search_batch(project, ids.queue_filter, ids.after)
        ids.extend(batch, more)
        batches.append(list(batch))
    assert [row_of(ids, passage_id) for passage_id in ids] == list(range(len(ids)))
    return ids, batches


def all_at_once(project, queue_filter):
    sql, params = filter_sql(queue_filter)
    return [row[0] for row in project.conn.execute(sql, params)]


def test_the_queue_lists_a_common_word_a_batch_at_a_time_and_says_there_are_more(town, monkeypatch):
    monkeypatch.setattr(queue, "SEARCH_BATCH", 5)
    first = queue_ids(town, QueueFilter(search=COMMON))
    assert len(first) == 5 and first.more  # not all 24 counted and listed at once
    ids, batches = every_match(town, QueueFilter(search=COMMON))
    assert list(ids) == list(range(1, 25)) and not ids.more
    assert [len(batch) for batch in batches] == [5, 5, 5, 5, 4]
    assert row_of(ids, 25) is None  # a passage without the word


def test_a_search_fitting_one_batch_is_counted_exactly(town, monkeypatch):
    monkeypatch.setattr(queue, "SEARCH_BATCH", 8)
    ids = queue_ids(town, QueueFilter(search=RARE))
    assert list(ids) == [3, 6, 9, 12, 15, 18, 21, 24] and not ids.more
    assert list(queue_ids(town, QueueFilter(search="كلمةغيرموجودة"))) == []


@pytest.mark.parametrize(
    "narrowing",
    [
        {"states": frozenset({"pending"})},
        {"states": frozenset({"accepted", "skipped"})},
        {"states": frozenset({"no_rewrite"})},
        {"reviewer": "huda"},
        {"flag": "flagged"},
        {"flag": "unflagged"},
        {"model": "tiny"},
        {"prompt": "conduct-ar:1"},
        {"states": frozenset({"pending"}), "flag": "unflagged", "model": "tiny"},
    ],
)
def test_other_filters_narrow_a_search_as_they_narrow_the_whole_queue(town, monkeypatch, narrowing):
    monkeypatch.setattr(queue, "SEARCH_BATCH", 2)
    for words in (COMMON, f"{COMMON} {RARE}"):
        queue_filter = QueueFilter(search=words, **narrowing)
        ids, _ = every_match(town, queue_filter)
        assert list(ids) == all_at_once(town, queue_filter)
    assert all_at_once(town, QueueFilter(search=COMMON, **narrowing))  # so the comparison says something


@pytest.mark.parametrize("flag", [None, "flagged", "unflagged", "truncated"])
def test_a_search_reads_the_index_in_its_order_whatever_the_filter(town, flag):
    # Else SQLite may read the flagged passages first, look each up in the index and sort
    # them all: seconds, not milliseconds, for a common word in a million passages.
    queue_filter = QueueFilter(search=COMMON, states=frozenset({"pending"}), flag=flag, model="tiny")
    sql, params = search_batch_sql(queue_filter, after=0)
    plan = [row[-1] for row in town.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert plan[0].startswith("SCAN passages_fts VIRTUAL TABLE") and not any("TEMP B-TREE" in step for step in plan)


def test_worst_first_with_a_search_orders_each_batch_and_lists_every_match(town, monkeypatch):
    monkeypatch.setattr(queue, "SEARCH_BATCH", 8)
    queue_filter = QueueFilter(search=COMMON, order="worst-first")
    ids, batches = every_match(town, queue_filter)
    worst_first = all_at_once(town, queue_filter)  # the whole queue in that order
    assert sorted(ids) == sorted(worst_first) == list(range(1, 25))
    for batch in batches:
        assert batch == [passage_id for passage_id in worst_first if passage_id in batch]
    assert batches[0][:2] == [3, 7]  # the flagged ones lead their batch


def test_ranked_search_counts_up_to_a_bound_and_ranks_the_first_candidates(town, monkeypatch):
    monkeypatch.setattr(search_module, "SEARCH_CANDIDATES", 10)
    result = search(town, COMMON, limit=50)
    assert (result.total, result.more) == (10, True)
    assert sorted(hit.id for hit in result.hits) == list(range(1, 11))  # the best of the first 10
    rare = search(town, RARE, limit=50)
    assert (rare.total, rare.more, len(rare.hits)) == (8, False, 8)
    # Ranked: a passage where the rare word is a larger share of the text comes first.
    assert search(town, RARE, limit=1).hits[0].id == rank_first(town, RARE)


def rank_first(project, word):
    return project.conn.execute(
        "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank, rowid LIMIT 1", (f'"{word}"',)
    ).fetchone()[0]
