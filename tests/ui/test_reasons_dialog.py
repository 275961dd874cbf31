"""Settings ▸ Reasons…: the project's reasons as a table in the interface's language, their
codes kept, nothing selected to be typed over; added, removed, renamed and reordered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from aligner_gui.core.review.decisions import current_decision, review_reasons
from aligner_gui.core.store.schema import DEFAULT_REASONS
from aligner_gui.ui.common.reason_labels import reason_label
from aligner_gui.ui.reasons.dialog import CODE, LABEL, ReasonsDialog
from tests.ui.conftest import open_window, shown, wait_for_writes


def in_reasons_dialog(qtbot, window, act) -> None:
    """Settings ▸ Reasons… as a reviewer opens it; ``act(dialog)`` ends with OK or Cancel."""
    seen = {}

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        if not isinstance(dialog, ReasonsDialog):
            seen["other"] = type(dialog).__name__
            dialog.done(QDialog.DialogCode.Rejected)
            return
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            act(dialog)
        except BaseException as exc:  # said after the dialog is closed
            seen["error"] = exc
            dialog.reject()

    QTimer.singleShot(0, run)
    window.edit_reasons_action.trigger()
    assert "other" not in seen, f"Settings ▸ Reasons… opened a {seen.get('other')}"
    if "error" in seen:
        raise seen["error"]
    wait_for_writes(window)


def editor_of(dialog: ReasonsDialog) -> QLineEdit:
    """The cell editor open in the dialog's table."""
    editors = [editor for editor in dialog.table.viewport().findChildren(QLineEdit) if editor.isVisible()]
    assert len(editors) == 1, "no cell is being edited"
    return editors[0]


def rows(dialog: ReasonsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(row, CODE).text(), table.item(row, LABEL).text()) for row in range(table.rowCount())]


def test_the_reasons_open_as_a_table_nothing_selected_and_a_key_typed_wipes_nothing(qtbot, window):
    def act(dialog: ReasonsDialog) -> None:
        assert rows(dialog) == DEFAULT_REASONS
        assert dialog.table.hasFocus()
        assert dialog.selected_row() is None and not dialog.table.selectedItems()
        assert not dialog.table.currentIndex().isValid()  # no cell marked either
        assert not dialog.remove.isEnabled() and not dialog.up.isEnabled()
        for row in range(dialog.table.rowCount()):  # the codes decisions record stay as they are
            assert not dialog.table.item(row, CODE).flags() & Qt.ItemFlag.ItemIsEditable
            assert dialog.table.item(row, LABEL).flags() & Qt.ItemFlag.ItemIsEditable
        key_header = dialog.table.model().headerData
        assert [key_header(row, Qt.Orientation.Vertical) for row in range(9)] == [str(n) for n in range(1, 10)]
        QTest.keyClick(dialog.table, Qt.Key.Key_X)
        QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
        assert dialog.table.state() != dialog.table.State.EditingState
        assert rows(dialog) == DEFAULT_REASONS
        QTest.keyClick(dialog.table, Qt.Key.Key_Down)  # the keyboard starts at the first reason
        assert dialog.selected_row() == 0 and dialog.remove.isEnabled()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    in_reasons_dialog(qtbot, window, act)
    assert review_reasons(window.project) == DEFAULT_REASONS


def test_a_label_edited_opens_with_the_cursor_after_its_text(qtbot, window):
    def act(dialog: ReasonsDialog) -> None:
        dialog.table.setFocus()
        dialog.table.setCurrentCell(3, LABEL)
        QTest.keyClick(dialog.table, Qt.Key.Key_F2)
        editor = editor_of(dialog)
        qtbot.waitUntil(lambda: not editor.hasSelectedText())
        QTest.keyClicks(editor, " and layout")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState)
        assert dialog.table.item(3, LABEL).text() == "formatting and layout"
        dialog.accept()

    in_reasons_dialog(qtbot, window, act)
    assert review_reasons(window.project)[3] == ("formatting", "formatting and layout")


def test_reasons_are_added_removed_moved_and_renamed(qtbot, window):
    def act(dialog: ReasonsDialog) -> None:
        dialog.table.selectRow(8)  # other
        dialog.remove.click()
        assert dialog.selected_row() is None  # a second click removes nothing more
        dialog.table.selectRow(5)  # truncated
        dialog.up.click()
        assert dialog.selected_row() == 4
        dialog.table.selectRow(0)
        dialog.down.click()
        dialog.table.item(1, LABEL).setText("harm left in")
        dialog.table.clearSelection()
        dialog.add.click()  # at the end, its code being typed
        editor = editor_of(dialog)
        assert editor.text() == ""
        editor.setText("numbers_changed")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState)
        dialog.table.item(8, LABEL).setText("numbers changed")
        dialog.table.selectRow(2)
        dialog.add.click()  # under the chosen row; a code left empty is made from its label
        QTest.keyClick(editor_of(dialog), Qt.Key.Key_Escape)
        dialog.table.item(3, LABEL).setText("Names Misspelled")
        dialog.add.click()  # left blank: not kept
        dialog.accept()

    in_reasons_dialog(qtbot, window, act)
    expected = [
        ("knowledge_lost", "knowledge lost"),
        ("harmful_left", "harm left in"),
        ("facts_changed", "facts changed or invented"),
        ("names_misspelled", "Names Misspelled"),
        ("formatting", "formatting"),
        ("truncated", "truncated"),
        ("language_drift", "translated or language drift"),
        ("repetition", "repetition"),
        ("dialect_flattened", "dialect flattened"),
        ("numbers_changed", "numbers changed"),
    ]
    assert review_reasons(window.project) == expected
    codes = [code for code, _ in window.panel.reason_checks]
    assert codes == [code for code, _ in expected]
    assert window.panel.reason_checks[9][1].text() == "numbers changed"  # no key past the ninth
    assert window.panel.reason_checks[0][1].text() == "1 knowledge lost"


def test_a_reason_in_use_can_be_removed_and_its_decisions_keep_it(qtbot, window):
    window.panel.toggle_reason(6)  # truncated
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R)
    wait_for_writes(window)
    assert current_decision(window.project, 1, "huda").reasons == ("truncated",)

    def act(dialog: ReasonsDialog) -> None:
        dialog.table.selectRow(5)
        dialog.remove.click()
        dialog.accept()

    in_reasons_dialog(qtbot, window, act)
    assert "truncated" not in dict(review_reasons(window.project))
    assert "truncated" not in [code for code, _ in window.panel.reason_checks]
    assert current_decision(window.project, 1, "huda").reasons == ("truncated",)


@pytest.mark.parametrize(
    ("code", "label", "problem"),
    [("other", "again", "another reason already has the code other"), ("two words", "x", "one word")],
)
def test_a_code_taken_or_not_one_word_is_refused_and_said(qtbot, window, code, label, problem):
    def act(dialog: ReasonsDialog) -> None:
        dialog.add.click()
        QTest.keyClick(editor_of(dialog), Qt.Key.Key_Escape)
        dialog.table.item(9, CODE).setText(code)
        dialog.table.item(9, LABEL).setText(label)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible() and dialog.selected_row() == 9
        assert dialog.problem.isVisible() and problem in shown(dialog.problem.text())
        dialog.reject()

    in_reasons_dialog(qtbot, window, act)
    assert review_reasons(window.project) == DEFAULT_REASONS


def test_cancel_changes_nothing(qtbot, window):
    def act(dialog: ReasonsDialog) -> None:
        dialog.table.selectRow(0)
        dialog.remove.click()
        dialog.reject()

    in_reasons_dialog(qtbot, window, act)
    assert review_reasons(window.project) == DEFAULT_REASONS


def test_in_arabic_the_labels_are_arabic_right_to_left_and_fit(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    seen = {}

    def act(dialog: ReasonsDialog) -> None:
        qtbot.waitExposed(dialog)
        seen["direction"] = dialog.layoutDirection()
        seen["labels"] = [label for _, label in rows(dialog)]
        table, metrics = dialog.table, dialog.table.fontMetrics()
        seen["fits"] = all(
            metrics.horizontalAdvance(table.item(row, column).text()) < table.columnWidth(column)
            for row in range(table.rowCount())
            for column in (CODE, LABEL)
        )
        seen["scrolls"] = table.verticalScrollBar().isVisible() or table.horizontalScrollBar().isVisible()
        screen, frame = dialog.screen().availableGeometry(), dialog.frameGeometry()
        seen["on_screen"] = frame.width() <= screen.width() and frame.height() <= screen.height()
        dialog.accept()

    in_reasons_dialog(qtbot, window, act)
    assert seen["direction"] == Qt.LayoutDirection.RightToLeft
    assert seen["labels"] == [reason_label(code, label) for code, label in DEFAULT_REASONS]
    assert all(label != english for label, (_, english) in zip(seen["labels"], DEFAULT_REASONS, strict=True))
    assert seen["fits"] and not seen["scrolls"] and seen["on_screen"]
    # OK with the labels as shown keeps the defaults' English labels, so they stay translated.
    assert review_reasons(window.project) == DEFAULT_REASONS
    window.close()


def test_a_removed_reason_of_the_shown_decision_stays_checked_and_is_kept_when_decided_again(qtbot, window):
    def press(key: Qt.Key) -> None:
        qtbot.keyClick(window.focusWidget() or window, key)
        wait_for_writes(window)

    window.panel.toggle_reason(6)  # truncated
    window.panel.toggle_reason(1)  # harm left in
    press(Qt.Key.Key_R)

    def act(dialog: ReasonsDialog) -> None:
        dialog.table.selectRow(5)  # truncated
        dialog.remove.click()
        dialog.accept()

    in_reasons_dialog(qtbot, window, act)
    window.activateWindow()  # the offscreen platform gives the closed dialog's focus to no window
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.select_passage(1)
    removed = [check for code, check in window.panel.removed_checks if code == "truncated"]
    assert len(removed) == 1 and removed[0].isChecked()
    qtbot.waitUntil(lambda: not removed[0].isHidden())  # shown beside the others
    assert "truncated" in shown(removed[0].text()) and "no longer offered" in removed[0].text()
    assert window.panel.chosen_reasons() == ("harmful_left", "truncated")
    press(Qt.Key.Key_A)  # decided again: both reasons kept
    decision = current_decision(window.project, 1, "huda")
    assert (decision.decision, decision.reasons) == ("accepted", ("harmful_left", "truncated"))

    window.queue.select_passage(1)
    window.panel.removed_checks[0][1].setChecked(False)  # the reviewer drops it: it goes
    press(Qt.Key.Key_R)
    decision = current_decision(window.project, 1, "huda")
    assert (decision.decision, decision.reasons) == ("rejected", ("harmful_left",))
    window.queue.select_passage(1)
    assert window.panel.removed_checks == []  # nothing removed left to show
