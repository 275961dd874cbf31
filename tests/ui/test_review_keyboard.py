"""A reviewer working through the demo with the keyboard only."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from aligner_gui.core.review.decisions import current_decision
from tests.ui.conftest import open_window, settle, shown, wait_for_writes


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def type_text(widget, text):
    """Type any text, Arabic included (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def current_id(window):
    return window.queue.current_passage()


def decision(window, pid):
    """The passage's standing decision, once everything sent to the writer is committed."""
    wait_for_writes(window)
    return current_decision(window.project, pid, "huda")


def test_accept_reject_with_reasons_skip_and_move(qtbot, window):
    assert current_id(window) == 1
    press(qtbot, window, Qt.Key.Key_A)
    assert decision(window, 1).decision == "accepted"
    assert current_id(window) == 2
    press(qtbot, window, Qt.Key.Key_3)
    press(qtbot, window, Qt.Key.Key_6)
    press(qtbot, window, Qt.Key.Key_R)
    rejected = decision(window, 2)
    assert (rejected.decision, rejected.reasons, rejected.final_text) == (
        "rejected",
        ("facts_changed", "truncated"),
        None,
    )
    assert rejected.seconds is not None and rejected.seconds >= 0
    press(qtbot, window, Qt.Key.Key_S)
    assert decision(window, 3).decision == "skipped"
    press(qtbot, window, Qt.Key.Key_K)
    press(qtbot, window, Qt.Key.Key_K)
    assert current_id(window) == 2
    assert window.panel.chosen_reasons() == ("facts_changed", "truncated")  # shown again
    press(qtbot, window, Qt.Key.Key_J)
    assert current_id(window) == 3
    assert "2 / 68 reviewed" in shown(window.progress.text())
    rows = window.project.conn.execute("SELECT decision FROM reviews ORDER BY id").fetchall()
    assert rows == [("accepted",), ("rejected",), ("skipped",)]


def test_edit_by_typing_then_save_with_ctrl_enter(qtbot, window):
    press(qtbot, window, Qt.Key.Key_E)
    final = window.panel.final
    assert not final.isReadOnly() and final.hasFocus()
    final.moveCursor(QTextCursor.MoveOperation.End)
    type_text(final, " تمت المراجعة")
    qtbot.keyClicks(final, "ASR")  # letters that are also shortcut keys go into the text
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    edited = decision(window, 1)
    assert edited.decision == "edited"
    assert edited.final_text.endswith(" تمت المراجعةASR")
    words, chars = window.project.conn.execute(
        "SELECT word_distance, char_distance FROM reviews WHERE passage_id = 1"
    ).fetchone()
    assert (words, chars) == (2, 16)
    assert current_id(window) == 2


def test_escape_leaves_the_editor_and_keys_decide_again(qtbot, window):
    press(qtbot, window, Qt.Key.Key_E)
    qtbot.keyClicks(window.panel.final, "x")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.panel.final.isReadOnly()
    press(qtbot, window, Qt.Key.Key_A)
    accepted = decision(window, 1)
    assert accepted.decision == "edited" and accepted.final_text.startswith("x")


def test_revert_one_hunk_with_the_keyboard(qtbot, window):
    window.queue.select_passage(2)  # the rewrite is in English: every hunk is a change
    item = window.session.review.state.prepared.item
    press(qtbot, window, Qt.Key.Key_BracketRight)
    before = window.session.review.state.final
    press(qtbot, window, Qt.Key.Key_H)
    after = window.session.review.state.final
    assert after != before
    press(qtbot, window, Qt.Key.Key_H)  # the same key takes the change back
    assert window.session.review.state.final == before
    press(qtbot, window, Qt.Key.Key_O)  # start from the original
    assert window.session.review.state.final == item.text
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the edit
    assert window.session.review.state.final == before
    press(qtbot, window, Qt.Key.Key_O)
    press(qtbot, window, Qt.Key.Key_A)
    kept = decision(window, 2)
    assert (kept.decision, kept.final_text) == ("edited", item.text)


def test_undo_and_redo_of_decisions(qtbot, window):
    press(qtbot, window, Qt.Key.Key_A)
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decision(window, 2) is None
    assert current_id(window) == 2
    # The passage named as its header names it (its id), not by its row in the project.
    assert shown(window.statusBar().currentMessage()) == "Undone: rejected on passage demo-002"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decision(window, 1) is None
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert decision(window, 1).decision == "accepted"
    settle(qtbot, window)
    assert shown(window.statusBar().currentMessage()) == "Redone: accepted on passage demo-001"
    log = [row[0] for row in window.project.conn.execute("SELECT decision FROM reviews ORDER BY id")]
    assert log == ["accepted", "rejected", "reset", "reset", "accepted"]  # nothing rewritten


def test_state_and_position_survive_reopening(qtbot, demo_path):
    first = open_window(qtbot, demo_path)
    press(qtbot, first, Qt.Key.Key_A)
    press(qtbot, first, Qt.Key.Key_R)
    press(qtbot, first, Qt.Key.Key_J)
    assert current_id(first) == 4
    first.close()
    second = open_window(qtbot, demo_path)
    assert current_id(second) == 4
    model = second.queue.model
    states = [model.data(model.index(row, model.STATE)) for row in range(3)]
    assert states == ["accepted", "rejected", "pending"]
    second.close()


def test_remapped_key(qtbot, demo_path):
    from aligner_gui.ui.common.keys import save_keys

    save_keys({"accept": "Y"})
    window = open_window(qtbot, demo_path)
    press(qtbot, window, Qt.Key.Key_A)
    assert decision(window, 1) is None
    press(qtbot, window, Qt.Key.Key_Y)
    assert decision(window, 1).decision == "accepted"
    assert "Y Accept" in shown(window.panel.legend.text())
    window.close()


def test_filter_by_state_and_search(qtbot, window):
    press(qtbot, window, Qt.Key.Key_A)
    press(qtbot, window, Qt.Key.Key_R)
    window.queue.state.setCurrentIndex(window.queue.state.findData("rejected"))
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)
    assert current_id(window) == 2
    window.queue.state.setCurrentIndex(0)
    press(qtbot, window, Qt.Key.Key_Slash)
    assert window.queue.search.hasFocus()
    type_text(window.queue.search, "الأسطرلاب")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() < 68, timeout=3000)
    ids = [window.queue.model.passage_id(r) for r in range(window.queue.model.rowCount())]
    texts = [window.project.conn.execute("SELECT text FROM passages WHERE id = ?", (i,)).fetchone()[0] for i in ids]
    assert ids and all("الأسطرلاب" in t or "الاسطرلاب" in t for t in texts)
    meta = json.loads(window.project.conn.execute("SELECT meta FROM passages WHERE id = 2").fetchone()[0])
    assert meta["category"]


def test_ctrl_z_in_the_editor_undoes_typing_not_a_decision(qtbot, window):
    press(qtbot, window, Qt.Key.Key_A)  # a decision that must survive
    press(qtbot, window, Qt.Key.Key_E)
    original = window.panel.final.toPlainText()
    qtbot.keyClicks(window.panel.final, "xyz")
    assert window.panel.final.toPlainText() != original
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.final.toPlainText() == original
    assert decision(window, 1).decision == "accepted"


def _highlighted(pane):
    text = pane.toPlainText()
    return [(start, end, text) for start, end in pane.highlighted_ranges()]


def test_diff_highlights_cover_whole_words_and_follow_typing(qtbot, window):
    for pane in (window.panel.raw, window.panel.final):
        spans = _highlighted(pane)
        assert spans
        for start, end, text in spans:
            # Qt counts an emoji as two: compare in UTF-16 units.
            units = text.encode("utf-16-le")
            before = units[2 * start - 2 : 2 * start].decode("utf-16-le", "ignore") if start else " "
            first = units[2 * start : 2 * start + 2].decode("utf-16-le", "ignore")
            last = units[2 * end - 2 : 2 * end].decode("utf-16-le", "ignore")
            after = units[2 * end : 2 * end + 2].decode("utf-16-le", "ignore") or " "
            assert not (before.isalnum() and first.isalnum()), "a highlight starts inside a word"
            assert not (last.isalnum() and after.isalnum()), "a highlight ends inside a word"
    press(qtbot, window, Qt.Key.Key_E)
    window.panel.final.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(window.panel.final, "zzz ")
    qtbot.waitUntil(lambda: any(start == 0 and end >= 3 for start, end, _ in _highlighted(window.panel.final)))


def test_double_click_on_a_change_puts_it_back(qtbot, window):
    window.queue.select_passage(2)
    before = window.session.review.state.final
    window.session.review.edits.step_hunk(True)
    final = window.panel.final
    rect = final.cursorRect()
    qtbot.mouseDClick(final.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.review.state.final != before


def test_a_busy_project_loses_no_decision_no_edit_and_no_undo(qtbot, demo_path, monkeypatch):
    # Issue 12 changed what the reviewer sees here: moving on no longer waits for the
    # commit. A decision the busy project refuses is said, kept and retried; an edit that
    # cannot be saved yet is kept in memory and shown again.
    import sqlite3

    import aligner_gui.core.store.project

    monkeypatch.setattr(aligner_gui.core.store.project, "BUSY_TIMEOUT_MS", 100)  # give up on a busy project at once
    window = open_window(qtbot, demo_path)
    other = sqlite3.connect(demo_path, isolation_level=None)

    def busy(held: bool) -> None:  # another process holds the project's write lock, or lets go
        other.execute("BEGIN IMMEDIATE" if held else "ROLLBACK")

    def status() -> str:
        return window.statusBar().currentMessage()

    busy(True)
    press(qtbot, window, Qt.Key.Key_A)
    assert current_id(window) == 2  # moved on at once
    qtbot.waitUntil(lambda: "is busy" in status())
    assert current_decision(window.project, 1, "huda") is None  # not recorded yet, and not dropped
    busy(False)
    assert decision(window, 1).decision == "accepted"  # the retry recorded it
    assert current_id(window) == 2

    busy(True)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "is busy" in status())
    assert current_decision(window.project, 1, "huda").decision == "accepted"  # not undone yet
    busy(False)
    assert decision(window, 1) is None or decision(window, 1).decision == "pending"
    assert current_id(window) == 1

    press(qtbot, window, Qt.Key.Key_E)
    type_text(window.panel.final, " تعديل")
    busy(True)
    window.queue.select_passage(2)  # moving on with an edit that cannot be saved yet
    assert current_id(window) == 2
    qtbot.waitUntil(lambda: status().startswith("Your edit is not saved yet:"))
    window.queue.select_passage(1)  # the edit is kept, and shown again
    assert window.panel.final.toPlainText().startswith(" تعديل")
    busy(False)
    window.queue.select_passage(2)
    settle(qtbot, window)
    draft = window.project.conn.execute("SELECT text FROM drafts WHERE passage_id = 1").fetchone()[0]
    assert draft.startswith(" تعديل")
    other.close()
    window.close()
