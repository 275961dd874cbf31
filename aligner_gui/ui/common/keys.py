"""Review actions with their default keys, remappable and kept in the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QKeySequenceEdit,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.common.keyboard_layouts import both_layouts, latin_form


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewKeys", text)


@dataclass(frozen=True)
class KeyAction:
    id: ActionId
    default: str
    label: str  # English, marked for lupdate; translated when shown

    def translated_label(self) -> str:
        return _tr(self.label)


REVIEW_ACTIONS = [
    KeyAction(ActionId.ACCEPT, "A", QT_TRANSLATE_NOOP("ReviewKeys", "Accept")),
    KeyAction(ActionId.REJECT, "R", QT_TRANSLATE_NOOP("ReviewKeys", "Reject")),
    KeyAction(ActionId.EDIT, "E", QT_TRANSLATE_NOOP("ReviewKeys", "Edit")),
    KeyAction(ActionId.SAVE_EDIT, "Ctrl+Return", QT_TRANSLATE_NOOP("ReviewKeys", "Save edit")),
    KeyAction(ActionId.LEAVE_EDIT, "Esc", QT_TRANSLATE_NOOP("ReviewKeys", "Leave editor")),
    KeyAction(ActionId.SKIP, "S", QT_TRANSLATE_NOOP("ReviewKeys", "Skip")),
    KeyAction(ActionId.NEXT, "J", QT_TRANSLATE_NOOP("ReviewKeys", "Next passage")),
    KeyAction(ActionId.PREVIOUS, "K", QT_TRANSLATE_NOOP("ReviewKeys", "Previous passage")),
    KeyAction(ActionId.NEXT_PENDING, "P", QT_TRANSLATE_NOOP("ReviewKeys", "Next pending passage")),
    KeyAction(ActionId.NEXT_HUNK, "]", QT_TRANSLATE_NOOP("ReviewKeys", "Next change")),
    KeyAction(ActionId.PREVIOUS_HUNK, "[", QT_TRANSLATE_NOOP("ReviewKeys", "Previous change")),
    KeyAction(ActionId.TOGGLE_HUNK, "H", QT_TRANSLATE_NOOP("ReviewKeys", "Revert or take this change")),
    KeyAction(ActionId.REMOVE_ADDITION, "D", QT_TRANSLATE_NOOP("ReviewKeys", "Remove this addition")),
    KeyAction(ActionId.SPLIT_HUNK, "X", QT_TRANSLATE_NOOP("ReviewKeys", "Split this change at the cursor")),
    KeyAction(ActionId.FROM_ORIGINAL, "O", QT_TRANSLATE_NOOP("ReviewKeys", "Start from the original")),
    KeyAction(ActionId.UNDO, "Ctrl+Z", QT_TRANSLATE_NOOP("ReviewKeys", "Undo")),
    KeyAction(ActionId.REDO, "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ReviewKeys", "Redo")),
    KeyAction(ActionId.REGENERATE, "G", QT_TRANSLATE_NOOP("ReviewKeys", "Regenerate this passage")),
    KeyAction(ActionId.NEXT_CANDIDATE, "C", QT_TRANSLATE_NOOP("ReviewKeys", "Next candidate")),
    KeyAction(ActionId.PREVIOUS_CANDIDATE, "Shift+C", QT_TRANSLATE_NOOP("ReviewKeys", "Previous candidate")),
    KeyAction(ActionId.SEARCH, "/", QT_TRANSLATE_NOOP("ReviewKeys", "Search")),
    KeyAction(ActionId.NOTE, "N", QT_TRANSLATE_NOOP("ReviewKeys", "Note")),
    KeyAction(ActionId.ZOOM_IN, "Ctrl++", QT_TRANSLATE_NOOP("ReviewKeys", "Zoom in")),
    KeyAction(ActionId.ZOOM_OUT, "Ctrl+-", QT_TRANSLATE_NOOP("ReviewKeys", "Zoom out")),
    KeyAction(ActionId.SHOW_ALL, "Ctrl+0", QT_TRANSLATE_NOOP("ReviewKeys", "Show all states")),
    KeyAction(ActionId.SHOW_PENDING, "Ctrl+1", QT_TRANSLATE_NOOP("ReviewKeys", "Show pending passages")),
    KeyAction(ActionId.SHOW_ACCEPTED, "Ctrl+2", QT_TRANSLATE_NOOP("ReviewKeys", "Show accepted passages")),
    KeyAction(ActionId.SHOW_EDITED, "Ctrl+3", QT_TRANSLATE_NOOP("ReviewKeys", "Show edited passages")),
    KeyAction(ActionId.SHOW_REJECTED, "Ctrl+4", QT_TRANSLATE_NOOP("ReviewKeys", "Show rejected passages")),
    KeyAction(ActionId.SHOW_SKIPPED, "Ctrl+5", QT_TRANSLATE_NOOP("ReviewKeys", "Show skipped passages")),
    KeyAction(ActionId.SHOW_NO_REWRITE, "Ctrl+6", QT_TRANSLATE_NOOP("ReviewKeys", "Show passages without a rewrite")),
]
REASON_KEYS = [str(n) for n in range(1, 10)]


def key_for(action_id: ActionId) -> str:
    default = next(a.default for a in REVIEW_ACTIONS if a.id == action_id)
    return QSettings().value(f"keys/{action_id}", default, type=str)


def save_keys(bindings: dict[ActionId, str]) -> None:
    settings = QSettings()
    for action in REVIEW_ACTIONS:
        key = bindings.get(action.id, action.default)
        if key == action.default:
            settings.remove(f"keys/{action.id}")
        else:
            settings.setValue(f"keys/{action.id}", key)


def shortcuts_for(key: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The shortcuts of one key: as written, and the same key on the Arabic layout (A and
    ش), so that it works whichever layout the reviewer types with."""
    if isinstance(key, QKeySequence.StandardKey):
        return [twin for sequence in QKeySequence.keyBindings(key) for twin in both_layouts(sequence)]
    return both_layouts(QKeySequence(key))


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per review action, with its current key, added to ``parent``."""
    actions = {}
    for spec in REVIEW_ACTIONS:
        action = QAction(spec.translated_label(), parent)
        action.setShortcuts(shortcuts_for(key_for(spec.id)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(action)
        actions[spec.id] = action
    return actions


def apply_keys(actions: dict[ActionId, QAction]) -> None:
    for action_id, action in actions.items():
        action.setShortcuts(shortcuts_for(key_for(action_id)))


def legend(actions: dict[ActionId, QAction], ids: list[ActionId]) -> list[tuple[str, str]]:
    """(key, action) for the key legend, in the current keys: ("A", "Accept"), …"""
    return [
        (actions[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText), actions[action_id].text())
        for action_id in ids
    ]


KEYS_DIALOG_COLUMNS = 2  # of action and key: the list fits a laptop's screen unscrolled
COLUMN_GAP = 24
SCREEN_SHARE = 0.9  # of the screen's free height, the rest for the title bar


class KeysDialog(QDialog):
    """Settings → Keys: one key editor per action, in columns, all in view where the
    screen is tall enough (else the list scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.editors: dict[ActionId, QKeySequenceEdit] = {}
        form_widget = QWidget()
        form = QGridLayout(form_widget)
        rows = -(-len(REVIEW_ACTIONS) // KEYS_DIALOG_COLUMNS)  # filled down, then across
        for index, spec in enumerate(REVIEW_ACTIONS):
            editor = QKeySequenceEdit(QKeySequence(key_for(spec.id)))
            editor.setMaximumSequenceLength(1)
            self.editors[spec.id] = editor
            label = QLabel(spec.translated_label())
            label.setBuddy(editor)
            row, column = index % rows, 3 * (index // rows)
            form.addWidget(label, row, column)
            form.addWidget(editor, row, column + 1)
        for gap in range(2, 3 * KEYS_DIALOG_COLUMNS - 1, 3):
            form.setColumnMinimumWidth(gap, COLUMN_GAP)
        form.setRowStretch(rows, 1)
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
        self._fit(scroll, buttons)

    def _fit(self, scroll: QScrollArea, buttons: QDialogButtonBox) -> None:
        """As large as the editors need (a scroll area's own size hint stops at 24 lines),
        up to the screen's free height."""
        margins, content = self.layout().contentsMargins(), scroll.widget().sizeHint()
        frame = 2 * scroll.frameWidth()
        width = max(content.width() + frame, buttons.sizeHint().width()) + margins.left() + margins.right()
        height = content.height() + frame + self.layout().spacing() + buttons.sizeHint().height()
        height += margins.top() + margins.bottom()
        room = int(self.screen().availableGeometry().height() * SCREEN_SHARE)
        if height > room:
            height = room
            width += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.resize(width, height)

    def _defaults(self) -> None:
        for spec in REVIEW_ACTIONS:
            self.editors[spec.id].setKeySequence(QKeySequence(spec.default))

    def bindings(self) -> dict[ActionId, str]:
        """The keys chosen; one typed on the Arabic layout is kept as its Latin key (ش: A)."""
        return {action_id: latin_form(editor.keySequence()).toString() for action_id, editor in self.editors.items()}
