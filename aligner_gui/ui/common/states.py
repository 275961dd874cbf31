"""The review states as the interface names them (the queue's column, the review header)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATE_LABELS = {
    "pending": QT_TRANSLATE_NOOP("Queue", "pending"),
    "accepted": QT_TRANSLATE_NOOP("Queue", "accepted"),
    "edited": QT_TRANSLATE_NOOP("Queue", "edited"),
    "rejected": QT_TRANSLATE_NOOP("Queue", "rejected"),
    "skipped": QT_TRANSLATE_NOOP("Queue", "skipped"),
    "no_rewrite": QT_TRANSLATE_NOOP("Queue", "no rewrite"),
}


def state_label(state: str) -> str:
    return QCoreApplication.translate("Queue", STATE_LABELS.get(state, state))
