"""Issue 14 audit: an empty project clears the review panel, programmatic moves keep one
row selected, the session counter follows undo, the total follows imports and hand-written
rewrites."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from aligner_gui.ui.common import file_dialogs
from aligner_gui.ui.common.actions import ActionId
from tests.ui.conftest import shown, wait_for_writes
from tests.ui.test_import_dialog import finish
from tests.ui.test_review_keyboard import type_text
from tests.ui.test_welcome import _click_when_shown


def status(window) -> str:
    return shown(window.progress.text())


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    wait_for_writes(window)


def test_undo_takes_a_decision_back_from_the_session_count(qtbot, window):
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_A)
    assert "3 / 68 reviewed · 3 this session" in status(window)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "2 / 68 reviewed · 2 this session" in status(window)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "3 / 68 reviewed · 3 this session" in status(window)


def test_the_total_follows_an_import_and_a_rewrite_written_by_hand(qtbot, window, tmp_path):
    source = tmp_path / "bare.jsonl"
    bare = [{"id": f"bare-{i}", "text": f"فقرة خام رقم {i} بلا صياغة بعد."} for i in range(2)]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in bare), encoding="utf-8")
    dialog = window.import_passages([source])
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    wait_for_writes(window)
    assert "0 / 70 reviewed" in status(window)  # the two new passages count at once
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    assert window.queue.select_passage(70)  # no rewrite: E writes one from the raw text
    window.queue.table.setFocus()
    wait_for_writes(window)
    press(qtbot, window, Qt.Key.Key_E)
    assert window.panel.final.toPlainText() == bare[1]["text"]
    type_text(window.panel.final, " كتبها المراجع")
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "1 / 70 reviewed · 1 this session" in status(window)


def test_a_move_by_program_leaves_one_row_selected(qtbot, window):
    """Ctrl held for Ctrl+Z or Ctrl+Enter made the view extend the selection, and Accept in
    bulk then offered "the 2 selected passages"."""
    assert window.queue.select_passage(4)
    press(qtbot, window, Qt.Key.Key_S)
    assert window.queue.selected_passages() == [5]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.queue.current_passage() == 4 and window.queue.selected_passages() == [4]
    window.bulk_accept_action.trigger()
    dialog = window.session.bulk.dialog
    assert dialog.on_list.isChecked() and not dialog.on_selection.isEnabled()  # not "the 2 selected"
    dialog.reject()

    window.queue.state.setCurrentIndex(window.queue.state.findData("pending"))
    wait_for_writes(window)
    press(qtbot, window, Qt.Key.Key_E)
    type_text(window.panel.final, " تعديل")
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(window.queue.selected_passages()) == 1


def test_the_bulk_dialog_shows_all_of_its_text(qtbot, window):
    window.bulk_accept_action.trigger()
    dialog = window.session.bulk.dialog
    assert dialog.on_list.isChecked()  # one row selected: the list as filtered
    qtbot.waitUntil(dialog.ok.isEnabled)  # the counts arrived: a longer text than "Counting…"
    qtbot.waitUntil(
        lambda: all(label.height() >= label.heightForWidth(label.width()) for label in dialog.findChildren(QLabel)),
        timeout=2000,
    )
    assert max(label.geometry().bottom() for label in dialog.findChildren(QLabel)) < dialog.buttons.geometry().top()
    dialog.reject()


def test_a_new_empty_project_shows_no_passage_until_its_first_is_imported(qtbot, window, tmp_path, monkeypatch):
    """The demo closed, a file of bad lines imported into a new project from the welcome
    screen: the panes kept demo-003, and Save edit stayed on."""
    assert window.queue.select_passage(3)
    wait_for_writes(window)
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": \n{"text": 5}\n', encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "open_file_names", lambda *args, **kwargs: [str(bad)])
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args, **kwargs: str(tmp_path / "fresh"))
    _click_when_shown(qtbot, QMessageBox, lambda box: next(b for b in box.buttons() if "New" in b.text()).click())
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    dialog = window.import_dialog
    assert window.project.path == tmp_path / "fresh.aligner"
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert shown(finish(qtbot, dialog)).startswith("Imported: 0 passages")
    dialog.close()
    wait_for_writes(window)

    panel = window.panel
    assert window.queue.listed_count() == 0
    assert (panel.raw.toPlainText(), panel.final.toPlainText(), panel.header.text()) == ("", "", "")
    assert not any(button.isEnabled() for button in panel.buttons.values())
    assert not window.actions[ActionId.ACCEPT].isEnabled() and not window.actions[ActionId.SAVE_EDIT].isEnabled()

    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "first", "text": "فقرة أولى", "rewrite": "فقرة أولى."}) + "\n", encoding="utf-8")
    dialog = window.import_passages([good])
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    dialog.close()
    qtbot.waitUntil(lambda: panel.raw.toPlainText() == "فقرة أولى")
    assert "Passage first" in shown(panel.header.text())
    assert window.actions[ActionId.ACCEPT].isEnabled() and panel.buttons["accept"].isEnabled()
    assert not panel.buttons["save_edit"].isEnabled()  # until E
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.table.setFocus()
    press(qtbot, window, Qt.Key.Key_A)
    assert "1 / 1 reviewed" in status(window)
