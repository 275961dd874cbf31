from aligner_gui.core.text.hunks import hunk_map, neighbour_hunk, toggle_hunk

RAW = "زار أحمد مدينة الرياض عام 1998 اضغط هنا للمزيد"
REWRITE = "زار أحمد مدينة جدة عام 1989."


def test_revert_one_change_then_take_it_back():
    final = REWRITE
    spans = hunk_map(RAW, final, REWRITE)
    assert [final[s:e] for s, e in spans.changed] == ["جدة", "1989."]
    start = final.index("جدة")
    final, at = toggle_hunk(RAW, final, REWRITE, start)
    assert final == "زار أحمد مدينة الرياض عام 1989."
    spans = hunk_map(RAW, final, REWRITE)
    assert [final[s:e] for s, e in spans.kept] == ["الرياض"]
    final, _ = toggle_hunk(RAW, final, REWRITE, at)
    assert final == REWRITE


def test_from_the_original_take_only_one_change():
    final = RAW
    spans = hunk_map(RAW, final, REWRITE)
    assert spans.changed == []
    assert [final[s:e] for s, e in spans.kept] == ["الرياض", "1998 اضغط هنا للمزيد"]
    final, _ = toggle_hunk(RAW, final, REWRITE, final.index("1998"))
    assert final == "زار أحمد مدينة الرياض عام 1989."


def test_nothing_to_toggle_on_unchanged_words():
    assert toggle_hunk(RAW, REWRITE, REWRITE, 1) is None


def test_neighbour_hunk_wraps():
    spans = [(5, 8), (20, 25)]
    assert neighbour_hunk(spans, 0, True) == (5, 8)
    assert neighbour_hunk(spans, 5, True) == (20, 25)
    assert neighbour_hunk(spans, 21, True) == (5, 8)
    assert neighbour_hunk(spans, 21, False) == (5, 8)
    assert neighbour_hunk(spans, 2, False) == (20, 25)
    assert neighbour_hunk([], 2, False) is None
