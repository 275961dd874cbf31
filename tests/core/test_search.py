import pytest

from aligner_gui.core.ingest import import_files
from aligner_gui.core.review.search import fts_query, search
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
    assert highlighted("كتاب*") == "كتابات"
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
