"""Settings ▸ Keys… shows every action's key without scrolling at the window's size, and
fits the screen, in English and in Arabic."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QScrollArea

from aligner_gui.ui.common.keys import REVIEW_ACTIONS, KeysDialog
from tests.ui.conftest import open_window


def read_keys_dialog(window) -> dict:
    """Open Settings ▸ Keys… as a reviewer does and note what it shows, then cancel it."""
    seen = {}

    def note() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, KeysDialog):
            QTimer.singleShot(20, note)
            return
        for _ in range(5):  # as the reviewer sees it: laid out, its scroll bars settled
            QApplication.processEvents()
        scroll = dialog.findChild(QScrollArea)
        seen["scrolls"] = scroll.verticalScrollBar().isVisible() or scroll.horizontalScrollBar().isVisible()
        seen["hidden"] = [
            action_id
            for action_id, editor in dialog.editors.items()
            if editor.visibleRegion().boundingRect() != editor.rect()
        ]
        seen["frame"] = dialog.frameGeometry()
        seen["screen"] = dialog.screen().availableGeometry()
        dialog.reject()

    QTimer.singleShot(0, note)
    keys = QApplication.translate("MainWindow", "&Keys…")
    actions = window.findChildren(QAction)
    next(action for action in actions if action.text() == keys).trigger()
    return seen


def test_every_key_is_in_view_without_scrolling(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    seen = read_keys_dialog(window)
    assert seen, "Settings ▸ Keys… did not open"
    assert len(REVIEW_ACTIONS) > 24  # more than a scroll area shows unasked
    assert not seen["scrolls"] and seen["hidden"] == []
    assert seen["frame"].height() <= seen["screen"].height()
    assert seen["frame"].width() <= seen["screen"].width()
    window.close()


def test_the_shortcut_sheet_takes_the_height_its_rows_need_up_to_the_screen(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    sheet = window.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    screen = sheet.screen().availableGeometry()
    rows = sheet.table.verticalHeader().length()
    assert sheet.frameGeometry().height() <= screen.height()
    assert sheet.height() >= min(rows, 0.85 * screen.height())  # not a fixed 640 on a taller screen
    sheet.close()
    window.close()


def test_with_a_taller_font_every_key_is_still_in_view(qtbot, demo_path):
    """Noto Naskh as the system font (the bundled one here) makes each row taller than the
    default font does."""
    app = QApplication.instance()
    font = app.font()
    taller = QFont(font)
    taller.setFamily("Noto Naskh Arabic")
    app.setFont(taller)
    try:
        window = open_window(qtbot, demo_path)
        seen = read_keys_dialog(window)
        assert not seen["scrolls"] and seen["hidden"] == []
        assert seen["frame"].height() <= seen["screen"].height()
        window.close()
    finally:
        app.setFont(font)
