"""The same physical key on a Latin (US) and on the Arabic keyboard layout.

Reviewers type Arabic edits, so many keep only the Arabic layout on. The A key then types
ش, and Qt reports Qt.Key(ord("ش")), not Key_A: a shortcut bound to A never fires. So each
key is bound twice, as written and as the key in the same place on the standard Arabic PC
layout (xkb "ara", the Windows "Arabic (101)" layout), which this table spells out, key by
key against the US layout, without Shift and with it. The digits row types Latin digits on
that layout and Arabic-Indic ones on its "digits" variant: those are twins too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# The n-th character of a Latin row and of its Arabic row are typed by the same key.
_LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./0123456789"
_ARABIC = "ذضصثقفغعهخحجدشسيبلاتنمكطئءؤر\ufefbىةوزظ٠١٢٣٤٥٦٧٨٩"  # \ufefb: the lam-alef key
_LATIN_SHIFTED = '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'
_ARABIC_SHIFTED = (
    "\u0651"  # ~ shadda
    "\u064e\u064b\u064f\u064c\ufef9\u0625`\u00f7\u00d7\u061b<>"  # Q..} fatha, fathatan, damma, dammatan, ﻹ, إ …
    '\u0650\u064d][\ufef7\u0623\u0640\u060c/:"'  # A.." kasra, kasratan, ], [, ﻷ, أ, tatweel, ، …
    "~\u0652}{\ufef5\u0622',.\u061f"  # Z..? ~, sukun, }, {, ﻵ, آ, ', ',', '.', ؟
)


def _same_keys(latin: str, arabic: str) -> dict[str, str]:
    return {lat: ara for lat, ara in zip(latin, arabic, strict=True) if lat != ara}


_TO_ARABIC = {**_same_keys(_LATIN, _ARABIC), **_same_keys(_LATIN_SHIFTED, _ARABIC_SHIFTED)}
# Back to Latin only from what no Latin key types: "]" is a key of its own, not only Shift+D.
_TO_LATIN = {ara: lat for lat, ara in _TO_ARABIC.items() if ara not in _LATIN + _LATIN_SHIFTED}


def _character(combination: QKeyCombination) -> str | None:
    """What the key types: Qt names a letter key by its capital; Shift says which it is."""
    code = combination.key().value
    if code >= Qt.Key.Key_Escape.value:  # Return, F1, arrows: the same on every layout
        return None
    character = chr(code)
    if character.isascii() and character.isalpha():
        shifted = combination.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        return character if shifted else character.lower()
    return character


def other_layout(combination: QKeyCombination) -> QKeyCombination | None:
    """The same key, with the same modifiers, as the other layout reports it (Key_A: ش;
    ش: Key_A); None when both layouts report it alike.

    A Latin letter with Shift becomes the key's unshifted Arabic letter, Shift still held
    (Ctrl+Shift+E: Ctrl+Shift+ث). That is the form Qt's X11 and Wayland key mapper offers
    shortcuts: the key types damma there, and Qt matches either Ctrl+ُ without the Shift
    that made it or Ctrl+Shift+ث, never Ctrl+Shift+ُ."""
    character = _character(combination)
    if character is not None and character.isascii() and character.isupper():
        character = character.lower()
    other = _TO_ARABIC.get(character, _TO_LATIN.get(character)) if character is not None else None
    if other is None:
        return None
    return QKeyCombination(combination.keyboardModifiers(), Qt.Key(ord(other.upper())))


def both_layouts(sequence: QKeySequence) -> list[QKeySequence]:
    """``sequence``, then the same key on the other layout when it differs there (a
    one-key sequence; longer ones are kept as they are)."""
    if sequence.count() != 1:
        return [sequence] if not sequence.isEmpty() else []
    twin = other_layout(sequence[0])
    return [sequence, QKeySequence(twin)] if twin is not None else [sequence]


def latin_form(sequence: QKeySequence) -> QKeySequence:
    """A key recorded on the Arabic layout as its Latin key (ش: A), so that it is kept and
    shown one way whichever layout was on; other keys as they are."""
    if sequence.count() != 1 or _character(sequence[0]) not in _TO_LATIN:
        return sequence
    return QKeySequence(other_layout(sequence[0]))


_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class TextKeysOnBothLayouts(QObject):
    """A text field's own Ctrl keys on the Arabic layout: Ctrl+ئ undoes typing as Ctrl+Z
    does, Ctrl+ؤ copies as Ctrl+C does. Qt knows them by their Latin keys only, so the
    event reaches the field as its Latin key. Letters without Ctrl still type Arabic."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in _KEY_EVENTS or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        combination = event.keyCombination()
        if _character(combination) not in _TO_LATIN:
            return False
        latin = other_layout(combination)
        copy = QKeyEvent(
            event.type(),
            latin.key(),
            event.modifiers(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        if event.type() == QEvent.Type.ShortcutOverride:
            copy.ignore()  # accepted only if the field takes the key: else a shortcut acts
            QCoreApplication.sendEvent(watched, copy)
            event.setAccepted(copy.isAccepted())
            return copy.isAccepted()
        QCoreApplication.sendEvent(watched, copy)
        return True


def watch_text_fields(window: QWidget) -> None:
    """Give every text field in ``window`` its Ctrl keys on the Arabic layout too."""
    keys = TextKeysOnBothLayouts(window)
    for field in window.findChildren(QWidget):
        if isinstance(field, (QLineEdit, QTextEdit, QPlainTextEdit)):
            field.installEventFilter(keys)
