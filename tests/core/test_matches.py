"""Search matches located in a passage, for highlighting them in the review panes."""

from aligner_gui.core.review.matches import match_ranges

TEXT = "كَتَبَ أحمد رسالة إلى مدرسة المدينة، ثم كتب المدير ردا. Café au lait!"


def found(text, query):
    return [text[start:end] for start, end in match_ranges(text, query)]


def test_words_match_whatever_their_marks_and_alef_form():
    assert found(TEXT, "كتب") == ["كَتَبَ", "كتب"]
    assert found(TEXT, "احمد") == ["أحمد"]
    assert found(TEXT, "cafe") == ["Café"]


def test_a_phrase_matches_its_words_in_a_row_and_a_star_a_prefix():
    assert found(TEXT, '"كتب المدير"') == ["كتب المدير"]
    assert found(TEXT, '"المدير كتب"') == []
    assert found(TEXT, "مدر*") == ["مدرسة"]
    assert found(TEXT, "المدينة ردا") == ["المدينة", "ردا"]  # every word of the query


def test_nothing_to_find():
    assert match_ranges(TEXT, "") == []
    assert match_ranges(TEXT, '" "') == []
    assert found(TEXT, "سيارة") == []
