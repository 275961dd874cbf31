import json

from aligner_gui.core.resources import resources_dir
from aligner_gui.core.text.hunks import (
    CHANGED,
    Cuts,
    change_at,
    changes,
    cut_at,
    cut_before_word,
    hunk_map,
    neighbour,
    selection_cuts,
    toggle_hunk,
    toggled,
    within,
    without_additions,
)

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


# -- cutting hunks, acting on a selection (issue 14) ------------------------------------

SPAM = "تأجير سيارات الكويت تأجير سيارات الكويت تأجير سيارات الكويت"
CLAUSE = " وتشترط بعض المكاتب مرور سنة على الأقل على إصدار الرخصة."


def demo(uid):
    for line in (resources_dir() / "demo" / "passages.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == uid:
            return record["text"], record["rewrite"]
    raise KeyError(uid)


def test_one_hunk_joins_a_clause_with_spam():
    raw, rewrite = demo("demo-004")
    last = changes(raw, rewrite, rewrite)[-1]
    assert CLAUSE.strip() in last.replacement and SPAM in last.replacement  # what issue 14 saw


def test_restore_only_the_selected_clause():
    raw, rewrite = demo("demo-004")
    start = raw.index(CLAUSE) + 1
    start, end = selection_cuts(raw, start + 3, start + len(CLAUSE) - 1)  # from inside its first word
    found = changes(raw, rewrite, rewrite, Cuts(frozenset({start, end})))
    final, _ = toggled(rewrite, within(found, "raw", start, end))
    assert final.endswith("ورخصة قيادة دولية" + CLAUSE)
    assert "الكويت" not in final
    # What is left of that hunk is the spam, a change of its own now.
    left = changes(raw, final, rewrite)
    assert any(raw[c.raw_start : c.raw_end].strip() == SPAM for c in left)


def test_split_a_hunk_at_a_word_then_restore_the_first_piece():
    raw, rewrite = demo("demo-004")
    cut = cut_at(raw, raw.index(SPAM) + 2)  # a cursor inside the spam's first word
    assert raw[cut:].startswith("\n" + SPAM)
    found = changes(raw, rewrite, rewrite, Cuts(frozenset({cut})))
    pieces = [c for c in found if c.raw_end > raw.index(CLAUSE)]
    assert [raw[c.raw_start : c.raw_end] for c in pieces] == ["،" + CLAUSE, "\n" + SPAM]
    final, _ = toggled(rewrite, [pieces[0]])
    assert final.endswith("دولية،" + CLAUSE)
    final, _ = toggled(rewrite, [pieces[1]])  # the other piece alone: the spam, not the clause
    assert final.endswith("دولية.\n" + SPAM) and "وتشترط" not in final


def test_remove_an_added_note_without_restoring_the_footer():
    raw, rewrite = demo("demo-012")
    note = next(c for c in changes(raw, rewrite, rewrite) if "ملاحظة:" in rewrite[c.final_start : c.final_end])
    assert "فعّل الإشعارات" in note.replacement  # toggling would bring the footer back
    final, at = without_additions(rewrite, [note])
    assert "ملاحظة" not in final and "فعّل الإشعارات" not in final
    assert final == rewrite[: note.final_start] + rewrite[note.final_end :] and at == note.final_start


def test_a_selection_in_the_final_text_removes_only_those_added_words():
    raw, rewrite = "النص الأصلي.", "النص الأصلي. ملاحظة: حذفت الروابط. شكرا لك."
    start, end = selection_cuts(rewrite, rewrite.index("ملاحظة"), rewrite.index("شكرا") - 1)
    found = changes(raw, rewrite, rewrite, Cuts(final=frozenset({start, end})))
    final, _ = without_additions(rewrite, within(found, "final", start, end))
    assert final == "النص الأصلي. شكرا لك."


def test_cuts_move_to_word_boundaries():
    text = "قال أحمد: المدينة جميلة"
    inside = text.index("المدينة") + 3
    assert text[cut_at(text, inside) :] == " المدينة جميلة"
    start, end = selection_cuts(text, inside, text.index("جميلة") + 2)
    assert text[start:end] == " المدينة جميلة"


def test_pieces_of_one_deletion_can_be_visited_and_restored_in_any_order():
    raw, final = "أ ب ج د هـ", "أ هـ"
    cut = cut_at(raw, raw.index("د"))
    found = changes(raw, final, final, Cuts(frozenset({cut})))
    assert [raw[c.raw_start : c.raw_end].strip() for c in found] == ["ب ج", "د"]
    assert all(c.kind == CHANGED and c.final_start == c.final_end for c in found)
    assert neighbour(found, found[0], 0, True) == found[1]
    assert neighbour(found, found[1], 0, True) == found[0]  # wraps
    assert toggled(final, found)[0] == raw
    alone = toggled(final, [found[1]])[0]
    assert "د" in alone and "ب" not in alone


def test_a_cursor_on_either_half_of_a_word_cuts_before_that_word():
    text = "ورخصة قيادة لا يقل عمر صاحبها"
    start = text.index("عمر")
    for position in (start, start + 1, start + 2, start + 3):  # its start, inside, right after its last letter
        assert cut_before_word(text, position) == start - 1  # with the space before it
    assert cut_before_word(text, start - 1) == text.index(" يقل")  # on the space after "يقل": that word
    assert cut_before_word(text, len(text)) == text.index(" صاحبها")
    assert cut_before_word(text, 0) == 0


def test_the_change_under_a_cursor_in_the_raw_text():
    raw, rewrite = demo("demo-004")
    found = changes(raw, rewrite, rewrite)
    clause = change_at(found, raw.index("عمر"), "raw")
    assert raw[clause.raw_start : clause.raw_end] == " لا يقل عمر صاحبها عن 21 سنة"
    assert change_at(found, raw.index("عمر")) != clause  # the same offset in the final text is elsewhere
