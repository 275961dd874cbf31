"""The review reasons as the interface names them (the review panel's boxes, the queue's
filter): the default ones translated, a project's own labels as written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Labels of the default reasons (core.schema.DEFAULT_REASONS), for translation.
REASON_LABELS = {
    "harmful_left": QT_TRANSLATE_NOOP("Reasons", "harmful content left"),
    "knowledge_lost": QT_TRANSLATE_NOOP("Reasons", "knowledge lost"),
    "facts_changed": QT_TRANSLATE_NOOP("Reasons", "facts changed or invented"),
    "formatting": QT_TRANSLATE_NOOP("Reasons", "formatting"),
    "language_drift": QT_TRANSLATE_NOOP("Reasons", "translated or language drift"),
    "truncated": QT_TRANSLATE_NOOP("Reasons", "truncated"),
    "repetition": QT_TRANSLATE_NOOP("Reasons", "repetition"),
    "dialect_flattened": QT_TRANSLATE_NOOP("Reasons", "dialect flattened"),
    "other": QT_TRANSLATE_NOOP("Reasons", "other"),
}


def reason_label(code: str, label: str) -> str:
    """Default reasons are translated; a project's own labels show as written."""
    if code in REASON_LABELS and label == REASON_LABELS[code]:
        return QCoreApplication.translate("Reasons", label)
    return label
