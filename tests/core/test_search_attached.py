"""An Arabic word also finds it with the article and the one-letter proclitics written joined
to it (core.review.search.word_forms): جزيرة finds الجزيرة, والجزيرة, بالجزيرة, للجزيرة…"""

import re

import pytest

from aligner_gui.core.ingest import import_files
from aligner_gui.core.review import search as search_module
from aligner_gui.core.review.matches import match_ranges
from aligner_gui.core.review.queue import QueueFilter, queue_ids
from aligner_gui.core.review.search import fts_query, search
from tests.conftest import write_jsonl

TEXTS = {
    "j1": "وصل الوفد إلى الجزيرة صباحا",
    "j2": "والجزيرةُ جميلةٌ في الربيع",
    "j3": "أقمنا بالجزيرة أسبوعا",
    "j4": "رحلة للجزيرة الخضراء",
    "j5": "وجزيرة صغيرة قريبة",
    "j6": "جزيرة العرب واسعة",
    "n1": "جزيرتان في البحر",  # the dual: another word
    "n2": "وزير يزور الجزر والمجزرة",  # letters in common, no جزيرة
    "h1": "اشتد الحر في الصيف",
    "h2": "بحر هادئ",  # ب + حر would be the sea
    "l1": "Java and JavaScript 2024 و2024",
}
ISLAND = ["j1", "j2", "j3", "j4", "j5", "j6"]


@pytest.fixture
def islands(project, tmp_path):
    import_files(project, [write_jsonl(tmp_path / "s.jsonl", [{"id": k, "text": v} for k, v in TEXTS.items()])])
    return project


def uids(project, query):
    return sorted(hit.uid for hit in search(project, query, limit=50).hits)


def highlighted(project, query, uid):
    [hit] = [hit for hit in search(project, query, limit=50).hits if hit.uid == uid]
    return hit.text[hit.match_start : hit.match_end]


def test_a_word_finds_it_with_the_article_and_proclitics_attached(islands):
    assert uids(islands, "جزيرة") == ISLAND
    assert uids(islands, "جَزِيرَة") == ISLAND  # tashkeel in the query still ignored
    assert highlighted(islands, "جزيرة", "j3") == "بالجزيرة"
    assert highlighted(islands, "جزيرة", "j2") == "والجزيرةُ"  # with its mark
    assert highlighted(islands, "جزيرة", "j4") == "للجزيرة"


def test_a_word_with_the_article_finds_its_attached_forms_not_the_bare_word(islands):
    assert uids(islands, "الجزيرة") == ["j1", "j2", "j3", "j4"]
    assert highlighted(islands, "الجزيرة", "j4") == "للجزيرة"  # ل + ال is written لل


def test_attached_forms_do_not_over_match(islands):
    assert "n1" not in uids(islands, "جزيرة") and "n2" not in uids(islands, "جزيرة")
    assert uids(islands, "حر") == ["h1"]  # a two-letter word only with the article: not بحر
    assert uids(islands, "java") == ["l1"]  # Latin words are not expanded (JavaScript: no)
    forms = search_module.word_forms
    assert forms("java") == ["java"] and forms("2024") == ["2024"] and forms("ب") == ["ب"]


def test_prefix_and_phrase_expand_too(islands):
    assert uids(islands, "جزير*") == [*ISLAND, "n1"]
    assert highlighted(islands, "جزير*", "j3") == "بالجزيرة"
    assert uids(islands, '"جزيرة العرب"') == ["j6"]
    assert uids(islands, '"جزيرة الخضراء"') == ["j4"]  # للجزيرة الخضراء: the phrase's first word
    assert uids(islands, '"الخضراء جزيرة"') == []
    assert uids(islands, "جزيرة صغيرة") == ["j5"]  # every word must match


def test_the_expansion_is_literal_fts5(islands):
    for query in ['جزيرة"', "جزيرة OR", "جزيرة) NOT (", "(جزيرة*", "-والجزيرة", "NEAR(جزيرة"]:
        search(islands, query)  # never an FTS5 syntax error
    expression, terms = fts_query('جزيرة "العرب واسعة" كتا* cafe')
    outside_quotes = re.sub(r'"[^"]*"', "", expression)
    assert set(outside_quotes.replace("OR", "").replace("AND", "")) <= set("()* ")
    assert "بالجزيرة" in terms and "والعرب واسعة" in terms and "وكتا*" in terms and "cafe" in terms


def test_the_queue_lists_the_attached_forms(islands):
    ids = queue_ids(islands, QueueFilter(search="جزيرة"))
    assert list(ids) == [1, 2, 3, 4, 5, 6]
    assert list(queue_ids(islands, QueueFilter(search="جزيرة", states=frozenset({"no_rewrite"})))) == list(ids)


def test_highlighting_marks_the_attached_forms():
    text = "والجزيرةُ وبجزيرة، جزيرتان وزير للجزيرة"

    def found(query):
        return [text[start:end] for start, end in match_ranges(text, query)]

    assert found("جزيرة") == ["والجزيرةُ", "وبجزيرة", "للجزيرة"]
    assert found("الجزيرة") == ["والجزيرةُ", "للجزيرة"]
    assert found("جزير*") == ["والجزيرةُ", "وبجزيرة", "جزيرتان", "للجزيرة"]
    assert found('"جزيرة جزيرتان"') == ["وبجزيرة، جزيرتان"]
