"""A project this process cannot write, opened in the real window: it reads, it does not decide."""

from PySide6.QtCore import Qt

from tests.fault_setups import read_only_for_me
from tests.ui.conftest import open_window
from tests.ui.test_review_keyboard import type_text


def press(qtbot, window, key):
    qtbot.keyClick(window.focusWidget() or window, key)


def test_a_read_only_project_opens_says_so_and_records_no_decision(qtbot, demo_path):
    with read_only_for_me(demo_path):
        window = open_window(qtbot, demo_path)
        try:
            assert window.project.read_only
            assert window.read_only_mode.banner.isVisible()
            assert "Read-only" in window.read_only_mode.banner.text()
            assert str(demo_path) in window.read_only_mode.banner.text()
            assert "(read-only)" in window.windowTitle()
            assert not window.panel.buttons["accept"].isEnabled()
            assert not window.actions["accept"].isEnabled() and not window.import_action.isEnabled()

            assert window.queue.current_passage() == 1
            press(qtbot, window, Qt.Key.Key_A)  # out of habit
            message = window.statusBar().currentMessage()
            assert "demo.aligner" in message and "is read-only" in message and "nothing can be decided" in message
            assert window.queue.current_passage() == 1  # stays: nothing was decided
            assert window.project.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0

            press(qtbot, window, Qt.Key.Key_E)  # no editor either
            assert not window.session.review.editing

            press(qtbot, window, Qt.Key.Key_J)  # moving through it works
            assert window.queue.current_passage() == 2
            assert window.panel.raw.toPlainText()  # and the passage is shown
            press(qtbot, window, Qt.Key.Key_Slash)  # so does searching
            type_text(window.queue.search, "الأسطرلاب")
            qtbot.waitUntil(lambda: 0 < window.queue.model.rowCount() < 68, timeout=3000)

            assert window.import_passages() is None
            assert "read-only" in window.statusBar().currentMessage()
        finally:
            window.close()
