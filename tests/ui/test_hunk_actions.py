"""Changes a reviewer can see and fix in one key (issue 14, points 3, 4 and 9's search
highlights), in the real window on the demo project."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from aligner_gui.core.ingest import import_files
from aligner_gui.core.review.decisions import current_decision
from aligner_gui.core.store.project import Project
from aligner_gui.ui.review.diff_pane import REMOVED_MARK
from aligner_gui.ui.review.pane_marks import CURRENT_HUNK
from tests.ui.conftest import open_window, shown, wait_for_writes
from tests.ui.test_review_keyboard import press, type_text

SPAM = "تأجير سيارات الكويت تأجير سيارات الكويت تأجير سيارات الكويت"
CLAUSE = "وتشترط بعض المكاتب مرور سنة على الأقل على إصدار الرخصة."


def show(qtbot, window, uid, changes):
    """Show the passage ``uid``, once its exact diff (``changes`` changes) is in."""
    pid = window.project.conn.execute("SELECT id FROM passages WHERE uid = ?", (uid,)).fetchone()[0]
    window.queue.select_passage(pid)
    window.queue.table.setFocus()
    qtbot.waitUntil(lambda: window.panel.changes.text().startswith(changes))
    return pid


def final_text(window):
    return window.session.review.state.final


def framed(pane):
    """The text framed as the selected change, or "" with its offset for an empty one."""
    start, end = pane.current_hunk()
    return pane.toPlainText()[start:end], start


def painted(pane, colour, around):
    """How many pixels of ``colour`` the pane shows within 12 px of the point ``around``."""
    image = pane.viewport().grab().toImage()
    found = 0
    for x in range(max(0, around.x() - 12), min(image.width(), around.x() + 12)):
        for y in range(max(0, around.y() - 12), min(image.height(), around.y() + 12)):
            found += QColor(image.pixel(x, y)) == colour
    return found


def cursor_at(pane, position):
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    return cursor


def select_words(pane, start, end):
    """Select text in a pane, as the reviewer does by dragging the mouse over it."""
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def test_a_selected_deletion_is_framed_in_the_raw_text_and_marked_in_the_rewrite(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    press(qtbot, window, Qt.Key.Key_BracketRight)
    raw, final = window.panel.raw, window.panel.final
    removed, _ = framed(raw)
    assert removed.startswith("تأجير سيارات الكويت") and "اضغط هنا للحجز" in removed
    shown, at = framed(final)
    assert shown == "" and at == 0  # the rewrite dropped it: an empty stretch where it was
    mark = final.cursorRect(final.textCursor()).center()
    assert painted(final, CURRENT_HUNK, mark) > 20, "the deletion is not marked where the text would be"
    # Every deletion is marked, the selected one or not (once the exact diff is in).
    qtbot.waitUntil(lambda: len(final.gap_positions()) == 2)
    clause_gap = final.gap_positions()[1]
    assert final.toPlainText()[:clause_gap].endswith("ورخصة قيادة")
    assert painted(final, REMOVED_MARK, final.cursorRect(cursor_at(final, clause_gap)).center()) > 10


def test_the_selected_change_is_scrolled_into_view_in_both_panes(qtbot, window):
    window.resize(1000, 520)
    show(qtbot, window, "demo-004", "4 ")
    press(qtbot, window, Qt.Key.Key_BracketLeft)  # the last change: the end of both texts
    for pane in (window.panel.raw, window.panel.final):
        start, end = pane.current_hunk()
        assert pane.verticalScrollBar().maximum() > 0  # the text is longer than the pane
        for position in (start, end) if pane is window.panel.final else (start,):  # the raw one is too long
            rect = pane.cursorRect(cursor_at(pane, position))
            assert rect.top() >= 0 and rect.bottom() <= pane.viewport().height(), "the change is out of view"


def test_restore_only_the_selected_clause_not_the_spam_beside_it(qtbot, window):
    pid = show(qtbot, window, "demo-004", "4 ")
    raw = window.panel.raw
    start = raw.toPlainText().index(CLAUSE)
    select_words(raw, start + 2, start + len(CLAUSE) - 3)  # from inside its first word to inside its last
    press(qtbot, window, Qt.Key.Key_H)
    assert final_text(window).endswith("ورخصة قيادة دولية " + CLAUSE)
    assert "الكويت" not in final_text(window)
    press(qtbot, window, Qt.Key.Key_A)
    kept = current_decision_when_written(window, pid)
    assert kept.decision == "edited" and kept.final_text.endswith(CLAUSE) and "الكويت" not in kept.final_text


def test_split_a_change_at_the_word_under_the_cursor(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    raw = window.panel.raw
    cursor = QTextCursor(raw.document())
    cursor.setPosition(raw.toPlainText().rindex(SPAM) + 3)  # inside the spam line's first word
    raw.setTextCursor(cursor)
    qtbot.mouseClick(raw.viewport(), Qt.MouseButton.LeftButton, pos=raw.cursorRect(cursor).center())
    assert raw.hasFocus()
    assert window.panel.changes.text() == "4 changes"
    press(qtbot, window, Qt.Key.Key_X)
    assert window.panel.changes.text() == "5 changes"
    first, _ = framed(raw)
    assert first.strip() == "، " + CLAUSE and "الكويت" not in first
    press(qtbot, window, Qt.Key.Key_H)
    assert final_text(window).endswith("دولية، " + CLAUSE)
    assert "الكويت" not in final_text(window)


def test_remove_an_added_note_without_restoring_the_footer(qtbot, window):
    show(qtbot, window, "demo-012", "7 ")
    press(qtbot, window, Qt.Key.Key_BracketLeft)  # the last change: the note that replaced the footer
    note, _ = framed(window.panel.final)
    assert note.strip().startswith("ملاحظة:")
    press(qtbot, window, Qt.Key.Key_D)
    assert "ملاحظة" not in final_text(window) and "فعّل الإشعارات" not in final_text(window)
    assert window.panel.changes.text() == "7 changes"  # the footer is still gone: a change
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone like any edit
    assert "ملاحظة" in final_text(window)


def test_the_change_count_follows_actions_and_edits_in_the_singular_too(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    counts = window.panel.changes
    assert counts.text() == "4 changes"
    for left in ("3 changes", "2 changes", "1 change"):
        press(qtbot, window, Qt.Key.Key_BracketRight)
        press(qtbot, window, Qt.Key.Key_H)
        qtbot.waitUntil(lambda left=left: counts.text() == left)
    press(qtbot, window, Qt.Key.Key_E)
    window.panel.final.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(window.panel.final, "زيادة ")
    qtbot.waitUntil(lambda: counts.text() == "2 changes")


def test_the_change_count_in_arabic_uses_its_plural_forms(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    show(qtbot, window, "demo-004", "٤ ")
    assert window.panel.changes.text() == "٤ تغييرات"
    press(qtbot, window, Qt.Key.Key_BracketRight)
    press(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: window.panel.changes.text() == "٣ تغييرات")
    press(qtbot, window, Qt.Key.Key_BracketRight)
    press(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: window.panel.changes.text() == "تغييران")
    window.close()


def test_search_matches_are_highlighted_in_both_panes(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    window.queue.search.setText("المستندات")
    for pane in (window.panel.raw, window.panel.final):
        [(start, end)] = pane.match_ranges()
        assert pane.toPlainText()[start:end] == "المستندات"
    window.queue.search.setText("")
    assert window.panel.raw.match_ranges() == []


def current_decision_when_written(window, pid):
    wait_for_writes(window)
    return current_decision(window.project, pid, "huda")


# -- a passage without a rewrite (point 4) ---------------------------------------------

BARE = "فقرة خام لم يعد لها أحد صياغة بعد، وفيها كلام كثير."


def bare_project(tmp_path):
    path = tmp_path / "bare.aligner"
    source = tmp_path / "bare.jsonl"
    source.write_text(json.dumps({"id": "bare-1", "text": BARE}, ensure_ascii=False) + "\n", encoding="utf-8")
    project = Project.create(path)
    import_files(project, [source])
    project.close()
    return path


def test_a_passage_without_a_rewrite_says_how_to_get_one_and_e_writes_it_by_hand(qtbot, tmp_path):
    window = open_window(qtbot, bare_project(tmp_path))
    panel = window.panel
    assert panel.raw.highlighted_ranges() == []  # no wall of red
    hint = panel.final_pane.hint
    assert panel.final.toPlainText() == "" and hint.isVisible() and hint.text().startswith("No rewrite yet")
    said = shown(hint.text())  # the keys are isolated
    assert "press E to write one" in said and "or G to have the rewriter" in said
    assert panel.changes.text() == "no rewrite yet"
    press(qtbot, window, Qt.Key.Key_E)
    assert not panel.final.isReadOnly() and panel.final.toPlainText() == BARE and not hint.isVisible()
    panel.final.moveCursor(QTextCursor.MoveOperation.End)
    type_text(panel.final, " كتبها المراجع.")
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(window)
    written = BARE + " كتبها المراجع."
    decided = current_decision(window.project, 1, "huda")
    assert (decided.decision, decided.final_text) == ("edited", written)
    origin = window.project.conn.execute("SELECT origin, text FROM rewrites WHERE id = ?", (decided.rewrite_id,))
    assert origin.fetchone() == ("human", written)
    window.close()


# -- the pane last clicked, cuts after an undo, the deletion mark (issue 14 audit) ------

CLAUSE_004 = " لا يقل عمر صاحبها عن 21 سنة"


def click_word(qtbot, pane, word, second_half=False, within=""):
    """Click the middle of ``word`` in a pane (``second_half``: near its end), as a reviewer
    does; the first ``word`` in the last ``within`` when given."""
    text = pane.toPlainText()
    start = text.index(word, text.rindex(within) if within else 0)
    pane.set_cursor_position(start)
    right_to_left_start = pane.cursorRect().center()
    pane.set_cursor_position(start + len(word))
    end = pane.cursorRect().center()
    share = 0.2 if second_half else 0.5  # of the way from its end back to its start
    x = round(end.x() + (right_to_left_start.x() - end.x()) * share)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=end.__class__(x, end.y()))


def message(window):
    return window.statusBar().currentMessage()


def test_h_restores_the_change_clicked_in_the_raw_text(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    click_word(qtbot, window.panel.raw, "عمر")
    press(qtbot, window, Qt.Key.Key_H)
    assert "ورخصة قيادة" + CLAUSE_004 + "،" in final_text(window)
    assert not final_text(window).startswith("تأجير")  # not the spam header at the top


def test_h_follows_whichever_came_last_the_click_or_the_bracket_key(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    press(qtbot, window, Qt.Key.Key_BracketRight)  # selects the spam header
    click_word(qtbot, window.panel.raw, "عمر")  # then a click on the clause: it wins
    assert window.panel.raw.current_hunk() is None  # the header is no longer framed
    press(qtbot, window, Qt.Key.Key_H)
    assert CLAUSE_004 in final_text(window) and not final_text(window).startswith("تأجير")
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    click_word(qtbot, window.panel.raw, "عمر")
    press(qtbot, window, Qt.Key.Key_BracketRight)  # a selection after the click wins
    press(qtbot, window, Qt.Key.Key_H)
    assert final_text(window).startswith("تأجير") and CLAUSE_004 not in final_text(window)


def test_after_undo_the_same_word_splits_again_and_h_restores_that_part(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    raw = window.panel.raw
    for _ in range(2):
        click_word(qtbot, raw, "تأجير", within=SPAM)  # the spam line at the end
        press(qtbot, window, Qt.Key.Key_X)
        assert message(window).startswith("Split in two")
        assert window.panel.changes.text() == "5 changes"
        press(qtbot, window, Qt.Key.Key_H)
        assert final_text(window).endswith("دولية، " + CLAUSE)
        assert not final_text(window).startswith("تأجير")
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.panel.changes.text() == "4 changes")  # no cut left over


def test_x_twice_on_one_word_says_it_is_split_there_already(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    click_word(qtbot, window.panel.raw, "عمر")
    press(qtbot, window, Qt.Key.Key_X)
    click_word(qtbot, window.panel.raw, "عمر")
    press(qtbot, window, Qt.Key.Key_X)
    assert message(window).startswith("This change is already split here")
    assert window.panel.changes.text() == "5 changes"
    press(qtbot, window, Qt.Key.Key_H)  # the part that starts at the clicked word
    assert "ورخصة قيادة عمر صاحبها عن 21 سنة،" in final_text(window)


def test_a_click_on_the_second_half_of_a_word_cuts_before_that_word(qtbot, window):
    show(qtbot, window, "demo-004", "4 ")
    click_word(qtbot, window.panel.raw, "عمر", second_half=True)
    press(qtbot, window, Qt.Key.Key_X)
    first, _ = framed(window.panel.raw)
    assert first == " لا يقل"  # the cut is before "عمر", not after it


def test_a_deletion_mark_at_the_end_leaves_the_full_stop_readable(qtbot, window):
    show(qtbot, window, "demo-012", "7 ")
    press(qtbot, window, Qt.Key.Key_BracketLeft)
    press(qtbot, window, Qt.Key.Key_D)  # the note goes; the footer stays gone: a mark after "البطاقة."
    final = window.panel.final
    assert final.toPlainText().endswith("البطاقة.") and final.current_hunk() == (605, 605)
    final.set_cursor_position(604)
    before_stop = final.cursorRect()
    final.set_cursor_position(605)
    after_stop = final.cursorRect()
    final.clearFocus()  # no caret in the picture
    image = final.viewport().grab().toImage()
    low, high = sorted((before_stop.x(), after_stop.x()))
    ink = sum(
        max(QColor(image.pixel(x, y)).getRgb()[:3]) < 90
        for x in range(low + 1, high)
        for y in range(before_stop.top(), before_stop.bottom())
    )
    assert ink > 0, "the full stop is hidden under the deletion mark"


def test_undoing_an_edited_decision_brings_the_edit_back_as_an_unsaved_draft(qtbot, window):
    from aligner_gui.core.review.decisions import load_draft

    pid = show(qtbot, window, "demo-004", "4 ")
    press(qtbot, window, Qt.Key.Key_E)
    window.panel.final.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.panel.final, " كتبها المراجع")
    edited = window.panel.final.text()
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(window)
    assert current_decision(window.project, pid, "huda").decision == "edited"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(window)
    assert current_decision(window.project, pid, "huda") is None  # the decision is undone
    assert window.session.review.shown_passage() == pid
    assert window.panel.final.toPlainText() == edited  # not the plain rewrite
    assert window.panel.notice.isVisible() and window.panel.notice.text().startswith("Recovered an unsaved edit")
    assert "Your edit is back, as an unsaved draft" in message(window)
    assert load_draft(window.project, pid, "huda").text == edited  # kept, also through a crash
