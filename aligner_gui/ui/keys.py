"""Review actions with their default keys, remappable and kept in the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewKeys", text)


@dataclass(frozen=True)
class KeyAction:
    id: str
    default: str
    label: str  # English, marked for lupdate; translated when shown

    def translated_label(self) -> str:
        return _tr(self.label)


REVIEW_ACTIONS = [
    KeyAction("accept", "A", QT_TRANSLATE_NOOP("ReviewKeys", "Accept")),
    KeyAction("reject", "R", QT_TRANSLATE_NOOP("ReviewKeys", "Reject")),
    KeyAction("edit", "E", QT_TRANSLATE_NOOP("ReviewKeys", "Edit")),
    KeyAction("save_edit", "Ctrl+Return", QT_TRANSLATE_NOOP("ReviewKeys", "Save edit")),
    KeyAction("leave_edit", "Esc", QT_TRANSLATE_NOOP("ReviewKeys", "Leave editor")),
    KeyAction("skip", "S", QT_TRANSLATE_NOOP("ReviewKeys", "Skip")),
    KeyAction("next", "J", QT_TRANSLATE_NOOP("ReviewKeys", "Next passage")),
    KeyAction("previous", "K", QT_TRANSLATE_NOOP("ReviewKeys", "Previous passage")),
    KeyAction("next_hunk", "]", QT_TRANSLATE_NOOP("ReviewKeys", "Next change")),
    KeyAction("previous_hunk", "[", QT_TRANSLATE_NOOP("ReviewKeys", "Previous change")),
    KeyAction("toggle_hunk", "H", QT_TRANSLATE_NOOP("ReviewKeys", "Revert or take this change")),
    KeyAction("from_original", "O", QT_TRANSLATE_NOOP("ReviewKeys", "Start from the original")),
    KeyAction("undo", "Ctrl+Z", QT_TRANSLATE_NOOP("ReviewKeys", "Undo")),
    KeyAction("redo", "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ReviewKeys", "Redo")),
    KeyAction("regenerate", "G", QT_TRANSLATE_NOOP("ReviewKeys", "Regenerate this passage")),
    KeyAction("next_candidate", "C", QT_TRANSLATE_NOOP("ReviewKeys", "Next candidate")),
    KeyAction("previous_candidate", "Shift+C", QT_TRANSLATE_NOOP("ReviewKeys", "Previous candidate")),
    KeyAction("search", "/", QT_TRANSLATE_NOOP("ReviewKeys", "Search")),
    KeyAction("note", "N", QT_TRANSLATE_NOOP("ReviewKeys", "Note")),
    KeyAction("zoom_in", "Ctrl++", QT_TRANSLATE_NOOP("ReviewKeys", "Zoom in")),
    KeyAction("zoom_out", "Ctrl+-", QT_TRANSLATE_NOOP("ReviewKeys", "Zoom out")),
]
REASON_KEYS = [str(n) for n in range(1, 10)]


def key_for(action_id: str) -> str:
    default = next(a.default for a in REVIEW_ACTIONS if a.id == action_id)
    return QSettings().value(f"keys/{action_id}", default, type=str)


def save_keys(bindings: dict[str, str]) -> None:
    settings = QSettings()
    for action in REVIEW_ACTIONS:
        key = bindings.get(action.id, action.default)
        if key == action.default:
            settings.remove(f"keys/{action.id}")
        else:
            settings.setValue(f"keys/{action.id}", key)


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per review action, with its current key, added to ``parent``."""
    actions = {}
    for spec in REVIEW_ACTIONS:
        action = QAction(spec.translated_label(), parent)
        action.setShortcut(QKeySequence(key_for(spec.id)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(action)
        actions[spec.id] = action
    return actions


def apply_keys(actions: dict[str, QAction]) -> None:
    for action_id, action in actions.items():
        action.setShortcut(QKeySequence(key_for(action_id)))


def legend(actions: dict[str, QAction], ids: list[str]) -> str:
    """'A Accept · R Reject · …' for the status line, in the current keys."""
    parts = []
    for action_id in ids:
        key = actions[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        label = actions[action_id].text()
        parts.append(f"{key} {label}")
    return "  ·  ".join(parts)


class KeysDialog(QDialog):
    """Settings → Keys: one key editor per action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.editors: dict[str, QKeySequenceEdit] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for spec in REVIEW_ACTIONS:
            editor = QKeySequenceEdit(QKeySequence(key_for(spec.id)))
            editor.setMaximumSequenceLength(1)
            self.editors[spec.id] = editor
            form.addRow(spec.translated_label(), editor)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        for spec in REVIEW_ACTIONS:
            self.editors[spec.id].setKeySequence(QKeySequence(spec.default))

    def bindings(self) -> dict[str, str]:
        return {action_id: editor.keySequence().toString() for action_id, editor in self.editors.items()}
