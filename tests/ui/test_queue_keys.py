"""Issue 14, point 9: the reviewed count, keys for the state filters and "next pending",
and the comparison options kept between sessions."""

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

import aligner_gui.ui.session as session_module
from aligner_gui.core.review.queue import counted_progress
from aligner_gui.ui.common.actions import SHOWN_STATES
from tests.ui.conftest import open_window, shown, wait_for_writes

CTRL = Qt.KeyboardModifier.ControlModifier
def status(window) -> str:
    return shown(window.progress.text())


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def listed(window) -> list[int]:
    model = window.queue.model
    return [model.passage_id(row) for row in range(model.rowCount())]


def test_a_count_read_before_a_decision_still_counts_it(qtbot, window, monkeypatch):
    """The count runs on the reader (after an import, a rewrite job or a bulk decision):
    one taken before a decision is committed, and delivered after it, missed that decision
    for the rest of the session."""
    wait_for_writes(window)
    taken, release = threading.Event(), threading.Event()

    def count_then_wait(project):
        counted = counted_progress(project)
        taken.set()
        release.wait(10)  # the decision below is committed meanwhile
        return counted

    monkeypatch.setattr(session_module, "counted_progress", count_then_wait)
    window.session.recount()
    assert taken.wait(10)
    press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not window.session.review.decisions.unsaved)  # committed and announced
    assert "1 / 68 reviewed · 1 this session" in status(window)
    release.set()
    wait_for_writes(window)
    assert "1 / 68 reviewed · 1 this session" in status(window)
    press(qtbot, window, Qt.Key.Key_A)
    wait_for_writes(window)
    assert "2 / 68 reviewed · 2 this session" in status(window)


def test_a_key_for_each_state_filter(qtbot, window):
    press(qtbot, window, Qt.Key.Key_A)  # 1 accepted
    press(qtbot, window, Qt.Key.Key_R)  # 2 rejected
    wait_for_writes(window)
    for key, state, first in ((Qt.Key.Key_2, "accepted", [1]), (Qt.Key.Key_4, "rejected", [2])):
        press(qtbot, window, key, CTRL)
        wait_for_writes(window)
        assert window.queue.state.currentData() == state
        assert listed(window) == first
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    wait_for_writes(window)
    assert window.queue.state.currentData() == "pending"
    assert listed(window)[:2] == [3, 4]
    # The Arabic-Indic digits of the Arabic layout's "digits" variant do the same.
    QApplication.sendEvent(window.focusWidget(), QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key(ord("٠")), CTRL))
    wait_for_writes(window)
    assert window.queue.state.currentData() is None
    assert len(listed(window)) == window.project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]

    review_menu = next(m.menu() for m in window.menuBar().actions() if m.menu() and "Review" in m.text())
    state_menu = next(a.menu() for a in review_menu.actions() if a.menu())
    assert [a.shortcut().toString() for a in state_menu.actions()] == [f"Ctrl+{n}" for n in range(7)]
    assert len(state_menu.actions()) == len(SHOWN_STATES)


def test_next_pending_whatever_the_filter(qtbot, window):
    press(qtbot, window, Qt.Key.Key_A)  # 1
    press(qtbot, window, Qt.Key.Key_A)  # 2
    press(qtbot, window, Qt.Key.Key_K)
    press(qtbot, window, Qt.Key.Key_K)
    assert window.queue.current_passage() == 1
    press(qtbot, window, Qt.Key.Key_P)
    wait_for_writes(window)
    assert window.queue.current_passage() == 3

    press(qtbot, window, Qt.Key.Key_2, CTRL)  # only the accepted ones: 1 and 2
    wait_for_writes(window)
    assert listed(window) == [1, 2]
    press(qtbot, window, Qt.Key.Key_P)  # 3 is not listed: the filters make way for it
    wait_for_writes(window)
    assert window.queue.state.currentData() is None
    assert window.queue.current_passage() == 3
    assert window.session.review.shown_passage() == 3


def test_the_comparison_options_are_kept_between_sessions(qtbot, demo_path):
    first = open_window(qtbot, demo_path)
    first.queue.select_passage(13)  # its rewrite differs from the raw text in diacritics too
    qtbot.waitUntil(lambda: first.session.review.shown_passage() == 13 and first.panel.changes.text() != "")
    counted_with_marks = first.panel.changes.text()
    first.panel.ignore_marks.setChecked(True)
    qtbot.waitUntil(lambda: first.panel.changes.text() != counted_with_marks)
    counted_without = first.panel.changes.text()
    first.close()

    again = open_window(qtbot, demo_path)
    assert again.panel.ignore_marks.isChecked() and not again.panel.ignore_space.isChecked()
    again.queue.select_passage(13)
    qtbot.waitUntil(lambda: again.session.review.shown_passage() == 13)
    qtbot.waitUntil(lambda: again.panel.changes.text() == counted_without)
    again.close()


def test_a_project_opened_again_shows_its_filters_as_they_apply(qtbot, window, demo_path):
    """Closing a project and opening one again lists every passage: the boxes must say
    so too, not keep the last project's state filter over an unfiltered list."""
    press(qtbot, window, Qt.Key.Key_A)
    wait_for_writes(window)
    window.queue.show_state("accepted")
    window.queue.worst_first.setChecked(True)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)
    window.close_project()
    window.open_project(demo_path)
    qtbot.waitUntil(lambda: window.queue.model is not None and window.queue.model.rowCount() == 68)
    assert window.queue.state.currentData() is None
    assert not window.queue.worst_first.isChecked()
    assert window.queue.current_filter().states == frozenset()
