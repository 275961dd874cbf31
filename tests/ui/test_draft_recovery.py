"""After a crash the window opens on the edit the reviewer was making, not an older one."""

import textwrap

from tests.ui.conftest import WINDOW_IN_A_PROCESS, crash_then_reopen, shown

EDIT_TWO_THEN_CRASH = WINDOW_IN_A_PROCESS + textwrap.dedent(
    """
    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()

    def press(key):
        QTest.keyClick(window.focusWidget() or window, key)

    def edit(text):
        press(Qt.Key.Key_E)
        window.panel.final.insertPlainText(text)
        press(Qt.Key.Key_Escape)

    window.queue.select_passage(3)
    edit("تعديل أقدم ")
    press(Qt.Key.Key_J)  # moving on saves it as a draft
    press(Qt.Key.Key_J)
    edit("التعديل الجاري ")
    state = window.session.review.state
    while state.saved_draft is None:  # the autosave
        app.processEvents()
        time.sleep(0.02)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_the_newest_draft_is_offered_back_first(qtbot, demo_path):
    window = crash_then_reopen(qtbot, EDIT_TWO_THEN_CRASH, demo_path)
    assert window.queue.current_passage() == 5
    assert window.panel.final.text().startswith("التعديل الجاري ")
    assert "Recovered" in window.panel.notice.text()
    assert shown(window.statusBar().currentMessage()) == "2 unsaved edits were recovered"
    window.queue.select_passage(3)  # the older one is kept too
    assert window.panel.final.text().startswith("تعديل أقدم ")
    window.close()
