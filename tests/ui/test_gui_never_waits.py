"""The GUI thread never waits on the database: decisions go to the writer, the reviewer
moves on at once, and the queue shows a decision only once it is committed."""

from __future__ import annotations

import sqlite3
import textwrap
import time

from PySide6.QtCore import QLocale, Qt

from aligner_gui.core.review.decisions import current_decision
from aligner_gui.core.store import project as project_module
from aligner_gui.ui.queue.model import QueueModel
from tests.ui.conftest import WINDOW_IN_A_PROCESS, crash_then_reopen, open_window, settle, shown


def shown_state(window, passage_id: int) -> str:
    model = window.queue.model
    return model.data(model.index(model.row_of(passage_id), QueueModel.STATE))


def hold_write_lock(path):
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, for as long as it likes
    return other


def test_a_decision_returns_at_once_while_another_program_holds_the_project(qtbot, demo_path):
    window = open_window(qtbot, demo_path)
    other = hold_write_lock(demo_path)
    try:
        started = time.perf_counter()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        took = time.perf_counter() - started
        assert took < 0.5  # it would be up to the 10 s busy timeout if the GUI thread wrote
        assert window.queue.current_passage() == 2  # moved on without waiting
        qtbot.wait(300)
        assert shown_state(window, 1) == "pending"  # not committed, so not shown as decided
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: shown_state(window, 1) == "accepted", timeout=12_000)
    assert current_decision(window.project, 1, "huda").decision == "accepted"
    window.close()


def test_a_decision_refused_as_busy_is_said_kept_and_retried(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT_MS", 200)  # the writer gives up soon
    window = open_window(qtbot, demo_path)
    other = hold_write_lock(demo_path)
    try:
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: "not saved yet" in window.statusBar().currentMessage(), timeout=5000)
        assert "1 not saved yet" in shown(window.progress.text())
        assert window.session.review.decisions.undo_stack  # still in the undo history
        assert shown_state(window, 1) == "pending"
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: shown_state(window, 1) == "accepted", timeout=10_000)  # the retry
    assert "not saved yet" not in window.progress.text()
    window.close()
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT passage_id, decision FROM reviews").fetchall() == [(1, "accepted")]
    conn.close()


DECIDE_THEN_CRASH = WINDOW_IN_A_PROCESS + textwrap.dedent(
    """
    from aligner_gui.ui.queue.model import QueueModel
    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()
    model = window.queue.model

    def state(passage_id):
        return model.data(model.index(model.row_of(passage_id), QueueModel.STATE))

    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_A):
        QTest.keyClick(window.focusWidget() or window, key)
    # The moment the queue shows the last one decided, the process dies.
    while state(3) != "accepted":
        app.processEvents()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_sigkill_right_after_the_queue_shows_a_decision_loses_nothing(qtbot, demo_path):
    window = crash_then_reopen(qtbot, DECIDE_THEN_CRASH, demo_path)
    settle(qtbot, window)
    assert [shown_state(window, p) for p in (1, 2, 3)] == ["accepted", "rejected", "accepted"]
    window.close()


def test_a_paused_import_lets_decisions_through_and_carries_on(qtbot, window, tmp_path):
    from tests.conftest import write_jsonl

    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"نص رقم {i} للاستيراد"} for i in range(30_000)])
    dialog = window.import_passages([path])
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=30_000)
    dialog.job.control.pause()
    qtbot.wait(300)  # the import stops at its next commit
    shown = dialog.status.text()
    window.activateWindow()  # back from the dialog to the review
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: shown_state(window, 1) == "accepted", timeout=5000)  # committed while paused
    qtbot.wait(300)
    assert dialog.status.text() == shown and dialog.running  # still paused
    dialog.job.control.resume()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.status.text().startswith(f"Imported: \u2068{QLocale().toString(30_000)}\u2069 passages")


def test_going_back_before_the_commit_shows_the_decision_as_made(qtbot, demo_path):
    from tests.ui.test_review_keyboard import type_text

    window = open_window(qtbot, demo_path)
    other = hold_write_lock(demo_path)  # the commit cannot land yet
    try:
        qtbot.keyClick(window.queue.table, Qt.Key.Key_E)
        type_text(window.panel.final, "تعديل ")
        edited = window.panel.final.text()
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert window.queue.current_passage() == 2
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_K)  # straight back
        assert window.queue.current_passage() == 1
        assert window.panel.final.text() == edited  # not the rewrite it had before
        assert "your decision: edited" in window.panel.header.text()
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: shown_state(window, 1) == "edited", timeout=12_000)
    assert window.panel.final.text() == edited
    window.close()
