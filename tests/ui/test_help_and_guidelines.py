"""Help ▸ Keyboard shortcuts, Help ▸ User guide and View ▸ Review guidelines, in the real window."""

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.core.resources import resources_dir
from aligner_gui.core.review.decisions import current_decision
from aligner_gui.core.review.guidelines import guidelines, set_guidelines
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.common.keys import KeysDialog
from aligner_gui.ui.help.guide import guide_path
from tests.fault_setups import fill_disk, read_only_for_me, small_disk
from tests.ui.conftest import open_window, wait_for_writes
from tests.ui.test_review_keyboard import type_text

LRI, PDI, LRM = "\u2066", "\u2069", "\u200e"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def open_sheet(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Slash, CTRL)
    sheet = window.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    return sheet


def rebind_in_keys_dialog(window, action_id, key):
    """Settings ▸ Keys…, as a reviewer uses it: the key typed in its row, then OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, KeysDialog)
        dialog.editors[action_id].setKeySequence(key)
        dialog.accept()

    QTimer.singleShot(0, fill)
    keys_action = next(a for a in window.findChildren(type(window.actions[action_id])) if a.text() == "&Keys…")
    keys_action.trigger()


def test_the_sheet_lists_every_action_with_its_key_and_follows_a_rebound_key(qtbot, window):
    sheet = open_sheet(qtbot, window)
    rows = dict(sheet.rows())
    assert rows["Accept"] == f"{LRI}A{PDI}"
    assert rows["Next change"] == f"{LRI}{LRM}]{PDI}"  # a mark: "]" opens with no direction of its own
    assert rows["Keyboard shortcuts"] == f"{LRI}Ctrl+/{PDI}"  # the menus' keys too
    assert rows["Toggle reason 3"] == f"{LRI}3{PDI}"  # and keys outside the menus
    assert all(window.actions[action_id].text() in rows for action_id in ActionId)
    assert [title for title, key in sheet.rows() if key == ""][:3] == ["File", "Review", "Rewrite"]

    rebind_in_keys_dialog(window, ActionId.ACCEPT, "Y")  # while the sheet is open
    qtbot.waitUntil(lambda: dict(sheet.rows())["Accept"] == f"{LRI}Y{PDI}")
    sheet.filter.setText("accept")
    shown = [row for row in sheet.rows() if row[1]]
    assert ("Accept", f"{LRI}Y{PDI}") in shown and ("Reject", f"{LRI}R{PDI}") not in shown
    assert all("accept" in action.casefold() for action, _key in shown)
    sheet.close()


def test_the_sheet_is_in_arabic_and_right_to_left(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    sheet = open_sheet(qtbot, window)
    assert sheet.windowTitle() == "اختصارات لوحة المفاتيح"
    assert sheet.layoutDirection() == Qt.LayoutDirection.RightToLeft
    rows = dict(sheet.rows())
    assert rows["قبول"] == f"{LRI}A{PDI}"  # the key as it is, isolated
    header = sheet.table.horizontalHeader()
    action_x = header.sectionViewportPosition(0)
    key_x = header.sectionViewportPosition(1)
    assert action_x > key_x, "the action is read first, on the right"
    sheet.close()
    window.close()


def test_the_guidelines_sit_beside_the_passage_in_arabic(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    dock = window.guidelines_dock
    assert dock.isVisible() and dock.windowTitle() == "إرشادات المراجعة"
    x = lambda widget: widget.mapTo(window, QPoint(0, 0)).x()  # noqa: E731
    assert x(dock) < x(window.panel) < x(window.queue), "the passage between the queue and the guidelines"
    window.close()


def test_the_user_guide_opens_in_the_interface_language(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("aligner_gui — user guide")
    assert "Review guidelines" in text and "#" not in text.splitlines()[0]  # rendered, not raw Markdown
    guide.close()


def test_the_user_guide_is_in_arabic_under_lang_ar(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    press(qtbot, window, Qt.Key.Key_F1)
    browser = window.guide.browser
    assert browser.toPlainText().startswith("دليل استخدام aligner_gui")
    assert f"{LRI}Ctrl+Shift+G{PDI}" in browser.toPlainText()  # keys isolated in the Arabic lines
    first = browser.document().begin().layout().textOption()
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    window.guide.close()
    window.close()


def test_both_guides_cover_the_same_sections():
    def headings(language):
        return re.findall(r"^#+ ", guide_path(language).read_text(encoding="utf-8"), re.MULTILINE)

    assert len(headings("ar")) == len(headings("en")) >= 8
    spec = (Path(__file__).parents[2] / "packaging" / "aligner_gui.spec").read_text(encoding="utf-8")
    assert '"resources" / "guide"' in spec, "the desktop build ships the guide"
    assert guide_path("en").parent == resources_dir() / "guide"


def test_guidelines_edited_closed_and_reopened_are_kept(qtbot, demo_path):
    window = open_window(qtbot, demo_path)
    dock = window.guidelines_dock
    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    assert dock.isVisible()
    x = lambda widget: widget.mapTo(window, QPoint(0, 0)).x()  # noqa: E731
    assert x(dock) > x(window.panel), "beside the passage"
    dock.editor.setFocus()
    qtbot.keyClicks(dock.editor, "Reject ads. ")  # letters type text: A, R, S decide nothing here
    type_text(dock.editor, "لا تقبل اللهجة العامية.")
    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)  # hidden: saved
    assert not dock.isVisible()
    wait_for_writes(window)
    assert guidelines(window.project) == "Reject ads. لا تقبل اللهجة العامية."
    assert current_decision(window.project, 1, "huda") is None

    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    assert dock.text == "Reject ads. لا تقبل اللهجة العامية."
    assert dock.status.text() == "Saved in the project."
    dock.editor.moveCursor(dock.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(dock.editor, Qt.Key.Key_Return)
    type_text(dock.editor, "Keep every number.")
    window.close()  # at once, before the pause that saves: closing sends it

    with Project.open(demo_path) as project:
        assert guidelines(project) == "Reject ads. لا تقبل اللهجة العامية.\nKeep every number."
    again = open_window(qtbot, demo_path)
    press(qtbot, again, Qt.Key.Key_G, CTRL | SHIFT)
    assert again.guidelines_dock.text == "Reject ads. لا تقبل اللهجة العامية.\nKeep every number."
    again.close()


def test_guidelines_set_from_the_command_line_show_when_the_panel_opens(qtbot, window):
    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    assert window.guidelines_dock.text == ""
    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    with Project.open(window.project.path) as other:  # another process, as `aligner guidelines --set` is
        set_guidelines(other, "<b>Keep names</b>")
    press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    assert window.guidelines_dock.text == "<b>Keep names</b>"  # as typed: plain text, never HTML


def test_guidelines_are_read_only_in_a_read_only_project(qtbot, demo_path):
    with Project.open(demo_path) as project:
        set_guidelines(project, "Reject ads.")
    with read_only_for_me(demo_path):
        window = open_window(qtbot, demo_path)
        try:
            press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
            dock = window.guidelines_dock
            assert dock.text == "Reject ads." and dock.editor.isReadOnly()
            assert "read-only" in dock.status.text()
            dock.editor.setFocus()
            qtbot.keyClicks(dock.editor, "xyz")
            assert dock.text == "Reject ads."
        finally:
            window.close()
    with Project.open(demo_path) as project:
        assert guidelines(project) == "Reject ads."


def test_guidelines_the_disk_refuses_say_why_and_are_saved_once_it_has_room(qtbot, tmp_path):
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = create_demo_project(disk / "demo.aligner")
        window = open_window(qtbot, path)
        try:
            press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
            dock = window.guidelines_dock
            fill_disk(disk)
            text = "Keep every number and every name. " * 3000
            dock.editor.setPlainText(text)  # saved a moment later
            qtbot.waitUntil(lambda: dock.status.text().startswith("Not saved"), timeout=5000)
            assert "the disk is full" in dock.status.text()
            assert dock.text == text  # nothing typed is lost
            (disk / "filler").unlink()
            press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)  # hidden: tried again
            wait_for_writes(window)
            assert guidelines(window.project) == text.rstrip()
        finally:
            window.close()
