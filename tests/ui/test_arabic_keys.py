"""The review keys with only the Arabic keyboard layout on (issue 14, point 7).

The events are the ones Qt makes on X11 with the Arabic layout: the A key gives key()
Qt.Key(ord("ش")) and text "ش", with the key's scan code and its X keysym. They are sent to
the real window, as a key press from the keyboard arrives at the focused widget."""

from PySide6.QtCore import QKeyCombination, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from aligner_gui.core.review.decisions import current_decision
from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.common.keyboard_layouts import latin_form, other_layout
from tests.ui.conftest import wait_for_writes

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# X11 scan codes (evdev + 8) of the keys used here, by the Latin letter on them.
SCAN_CODES = {"a": 38, "r": 27, "s": 39, "e": 26, "k": 45, "n": 57, "f": 41, "3": 12, "6": 15, "p": 33, "z": 52}
SCAN_CODES |= {"d": 40, "x": 53}


def x11_keysym(char: str) -> int:
    """The keysym X11 reports: the legacy Arabic ones (ISO 8859-6 code + 0x500), else Unicode."""
    code = ord(char)
    if 0x621 <= code <= 0x63A:
        return 0x500 + code - 0x621 + 0xC1
    if 0x640 <= code <= 0x652:
        return 0x500 + code - 0x640 + 0xE0
    return 0x1000000 + code


def arabic_key(window, char: str, latin: str, modifiers=NO_MODIFIER) -> None:
    """Press and release the key ``latin`` with the Arabic layout on: it types ``char``."""
    target = QApplication.focusWidget() or window
    key = Qt.Key(ord(char.upper()))
    text = "" if modifiers & CTRL else char
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, SCAN_CODES[latin], x11_keysym(char), 0, text)
        QApplication.sendEvent(target, event)


def decision(window, passage_id):
    wait_for_writes(window)
    return current_decision(window.project, passage_id, "huda")


def test_the_arabic_layout_keys_decide(qtbot, window):
    arabic_key(window, "ش", "a")  # A: accept
    assert decision(window, 1).decision == "accepted"
    assert window.queue.current_passage() == 2
    arabic_key(window, "٣", "3")  # the "digits" variant types Arabic-Indic digits: reason 3
    arabic_key(window, "6", "6")  # the basic layout types Latin ones: reason 6
    arabic_key(window, "ق", "r")  # R: reject
    rejected = decision(window, 2)
    assert (rejected.decision, rejected.reasons) == ("rejected", ("facts_changed", "truncated"))
    arabic_key(window, "س", "s")  # S: skip
    assert decision(window, 3).decision == "skipped"
    arabic_key(window, "ن", "k")  # K: back
    assert window.queue.current_passage() == 3
    arabic_key(window, "ئ", "z", CTRL)  # Ctrl+Z: undo the skip
    assert decision(window, 3) is None


def test_letters_type_in_the_editor_and_the_note(qtbot, window):
    arabic_key(window, "ث", "e")  # E: edit
    final = window.panel.final
    assert not final.isReadOnly() and final.hasFocus()
    before = final.text()
    for char, latin in (("ش", "a"), ("ق", "r"), ("س", "s")):  # the decision keys, typed as letters
        arabic_key(window, char, latin)
    assert final.text() == "شقس" + before
    assert decision(window, 1) is None
    QApplication.sendEvent(final, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, CTRL))  # save
    assert decision(window, 1).final_text == "شقس" + before

    arabic_key(window, "ى", "n")  # N: the note
    assert window.panel.note.hasFocus()
    arabic_key(window, "ش", "a")
    assert window.panel.note.text() == "ش"
    assert decision(window, 2) is None


def test_ctrl_keys_in_the_editor_do_on_the_arabic_layout_what_they_do_on_the_latin_one(qtbot, window):
    """In the editor Ctrl+Z undoes the typing; Ctrl+ئ, the same key, must not undo the
    decision before instead."""
    arabic_key(window, "ش", "a")  # accept passage 1
    arabic_key(window, "ث", "e")  # edit passage 2
    final = window.panel.final
    before = final.text()
    outcomes = []
    for press_undo in (
        lambda: qtbot.keyClick(final, Qt.Key.Key_Z, CTRL),
        lambda: arabic_key(window, "ئ", "z", CTRL),
    ):
        arabic_key(window, "ش", "a")
        arabic_key(window, "ق", "r")
        assert final.text() == "شق" + before
        press_undo()
        outcomes.append((final.text(), window.queue.current_passage(), final.isReadOnly()))
        final.setPlainText(before)
    assert outcomes[1] == outcomes[0]
    assert outcomes[0][1:] == (2, False)  # still editing passage 2
    assert decision(window, 1).decision == "accepted"


def test_a_rebound_key_works_on_both_layouts(qtbot, window):
    def choose_key_on_the_arabic_layout():
        dialog = QApplication.activeModalWidget()
        dialog.editors[ActionId.ACCEPT].setKeySequence(QKeySequence("ب"))  # the F key, recorded as Arabic
        dialog.accept()

    QTimer.singleShot(0, choose_key_on_the_arabic_layout)
    window._edit_keys()  # Settings ▸ Keys…
    assert window.actions[ActionId.ACCEPT].shortcut().toString() == "F"  # kept and shown as its Latin key
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.table.setFocus()
    qtbot.keyClick(window.queue.table, Qt.Key.Key_F)  # the Latin layout
    assert decision(window, 1).decision == "accepted"
    arabic_key(window, "ب", "f")  # the Arabic one
    assert decision(window, 2).decision == "accepted"


def test_the_hunk_keys_work_on_the_arabic_layout(qtbot, window):
    """D (remove this addition) types ي there, and X (split the change) types ء."""
    fired = []
    for action_id in (ActionId.REMOVE_ADDITION, ActionId.SPLIT_HUNK):
        window.actions[action_id].triggered.connect(lambda _=False, a=action_id: fired.append(a))
    window.panel.final.setFocus()  # where the reviewer is when acting on a change
    arabic_key(window, "ي", "d")
    arabic_key(window, "ء", "x")
    assert fired == [ActionId.REMOVE_ADDITION, ActionId.SPLIT_HUNK]


def test_each_key_and_its_twin_belong_to_one_action(window):
    """Ambiguous shortcuts do nothing in Qt: no key may be bound twice."""
    owners = {}
    for action in window.findChildren(QAction):
        if not action.isEnabled():  # the read-only refusal: on only when the writing keys are off
            continue
        for key in action.shortcuts():
            assert owners.setdefault(key.toString(), action) is action, f"{key.toString()} is bound twice"
    twins = [("A", "ش"), ("R", "ق"), ("]", "د"), ("Ctrl+Z", "Ctrl+ئ"), ("Shift+C", "Shift+ؤ"), ("3", "٣")]
    for key, twin in [*twins, ("D", "ي"), ("X", "ء")]:
        assert owners[key] is owners[twin]


def test_the_layout_table_goes_both_ways():
    combination = QKeySequence("Ctrl+Shift+Z")[0]
    assert QKeySequence(other_layout(combination)).toString() == "Ctrl+Shift+ئ"  # the Z key's letter, Shift held
    assert other_layout(QKeyCombination(NO_MODIFIER, Qt.Key.Key_Return)) is None
    for latin in "QWERTYUIOPASDFGHJKLZXCVBNM":
        arabic = other_layout(QKeySequence(latin)[0])
        assert arabic is not None and QKeySequence(other_layout(arabic)).toString() == latin
    assert latin_form(QKeySequence("Shift+\u0650")).toString() == "Shift+A"  # Shift+A types kasra
    assert latin_form(QKeySequence("]")).toString() == "]"  # a Latin key of its own, not Shift+D
