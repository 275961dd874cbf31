"""Automatic flags as the interface names and colours them (the queue, the review panel)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from aligner_gui.core.flags.codes import CODES
from aligner_gui.core.flags.model import INFO, LIKELY_WRONG, WARNING
from aligner_gui.core.flags.queries import FLAGGED, UNFLAGGED

FLAG_LABELS = {
    "repetition": QT_TRANSLATE_NOOP("Flags", "repetition"),
    "multiple_outputs": QT_TRANSLATE_NOOP("Flags", "several outputs"),
    "commentary": QT_TRANSLATE_NOOP("Flags", "commentary"),
    "language_drift": QT_TRANSLATE_NOOP("Flags", "language drift"),
    "truncated": QT_TRANSLATE_NOOP("Flags", "truncated"),
    "too_short": QT_TRANSLATE_NOOP("Flags", "much shorter"),
    "too_long": QT_TRANSLATE_NOOP("Flags", "much longer"),
    "numbers_changed": QT_TRANSLATE_NOOP("Flags", "numbers changed"),
    "names_changed": QT_TRANSLATE_NOOP("Flags", "names changed"),
    "left_in": QT_TRANSLATE_NOOP("Flags", "spam left in"),
    "dialect_changed": QT_TRANSLATE_NOOP("Flags", "dialect changed"),
    "invisible_chars": QT_TRANSLATE_NOOP("Flags", "invisible characters"),
    "wrapped_in_quotes": QT_TRANSLATE_NOOP("Flags", "wrapped in quotes"),
}

FLAG_HINTS = {
    "repetition": QT_TRANSLATE_NOOP("Flags", "A repeated word, phrase or line makes up much of the rewrite."),
    "multiple_outputs": QT_TRANSLATE_NOOP("Flags", "The answer holds more than one rewrite."),
    "commentary": QT_TRANSLATE_NOOP("Flags", "The model talks to the user: a lead-in, a note or a label."),
    "language_drift": QT_TRANSLATE_NOOP("Flags", "The rewrite is less Arabic than the source."),
    "truncated": QT_TRANSLATE_NOOP("Flags", "The rewrite stops before its end."),
    "too_short": QT_TRANSLATE_NOOP("Flags", "Much shorter than the source: knowledge may be lost."),
    "too_long": QT_TRANSLATE_NOOP("Flags", "Much longer than the source: content may be invented."),
    "numbers_changed": QT_TRANSLATE_NOOP("Flags", "Numbers or dates of the source changed or dropped."),
    "names_changed": QT_TRANSLATE_NOOP("Flags", "Latin-script names or links of the source changed or dropped."),
    "left_in": QT_TRANSLATE_NOOP("Flags", "Links, e-mail addresses, phone numbers or spam left in."),
    "dialect_changed": QT_TRANSLATE_NOOP("Flags", "Dialect words of the source are gone: for you to judge."),
    "invisible_chars": QT_TRANSLATE_NOOP("Flags", "Invisible or direction-control characters in the rewrite."),
    "wrapped_in_quotes": QT_TRANSLATE_NOOP("Flags", "Quotes wrapped around the whole rewrite."),
}

SEVERITY_LABELS = {
    INFO: QT_TRANSLATE_NOOP("Flags", "for you to judge"),
    WARNING: QT_TRANSLATE_NOOP("Flags", "often wrong"),
    LIKELY_WRONG: QT_TRANSLATE_NOOP("Flags", "likely wrong"),
}
SEVERITY_COLORS = {INFO: QColor(90, 110, 140), WARNING: QColor(180, 110, 0), LIKELY_WRONG: QColor(200, 40, 40)}
SEVERITY_BACKGROUNDS = {INFO: "#dde6f0", WARNING: "#ffe3a8", LIKELY_WRONG: "#f7c6c6"}
EVIDENCE = QColor(230, 120, 0)  # the wavy underline under a flag's evidence


def flag_label(code: str) -> str:
    return QCoreApplication.translate("Flags", FLAG_LABELS.get(code, code))


def flag_hint(code: str) -> str:
    return QCoreApplication.translate("Flags", FLAG_HINTS.get(code, code))


def severity_label(severity: int) -> str:
    return QCoreApplication.translate("Flags", SEVERITY_LABELS.get(severity, str(severity)))


def flag_labels(codes: tuple[str, ...]) -> str:
    """Several codes for a table cell."""
    return QCoreApplication.translate("Flags", ", ").join(flag_label(code) for code in codes)


def flag_filter_combo() -> QComboBox:
    """A choice of flag filter (core.flags.queries): any, flagged, not flagged, or one code."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Flags", "Any flags"), None)
    combo.addItem(QCoreApplication.translate("Flags", "Flagged"), FLAGGED)
    combo.addItem(QCoreApplication.translate("Flags", "Not flagged"), UNFLAGGED)
    for code in CODES:
        combo.addItem(flag_label(code), code)
    return combo
