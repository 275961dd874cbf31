"""Help ▸ Keyboard shortcuts: every action of the window with the key it has now.

Read from the window's own menus and actions, not from a list of defaults, so a key
changed in Settings ▸ Keys shows here at once (the sheet follows each action's changes).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.ui.common.i18n import left_to_right

Section = tuple[str, list[QAction]]
SHEET_WIDTH = 560
SCREEN_SHARE = 0.9  # of the screen's free height, the rest for the title bar


def plain_text(label: str) -> str:
    """A menu text without its mnemonic ampersand: "&Quit" -> "Quit", "R&&D" -> "R&D"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(action: QAction) -> str:
    """The action's key as the menus show it, isolated left to right; empty when it has none."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return left_to_right(key) if key else ""


def window_sections(window: QMainWindow, always: Iterable[QAction], other_title: str) -> list[Section]:
    """The window's actions by menu, in menu order: those with a key, and those in
    ``always`` (the rebindable ones, listed even while they have none). Then, under
    ``other_title``, keys the window has outside its menus (the reason keys)."""
    listed = set(always)
    seen: set[QAction] = set()

    def wanted(action: QAction) -> bool:
        keep = action not in seen and action.isVisible() and bool(action.text()) and not action.isSeparator()
        return keep and (action in listed or not action.shortcut().isEmpty())

    def walk(menu: QMenu) -> list[QAction]:
        found = []
        for action in menu.actions():
            if action.menu() is not None:
                found += walk(action.menu())
            elif wanted(action):
                seen.add(action)
                found.append(action)
        return found

    sections = []
    for entry in window.menuBar().actions():
        if entry.menu() is not None and (actions := walk(entry.menu())):
            sections.append((plain_text(entry.text()), actions))
    # QWidget.actions: the main window names its dict of review actions ``actions``.
    others = [action for action in QWidget.actions(window) if wanted(action)]
    if others:
        sections.append((other_title, others))
    return sections


class ShortcutSheet(QDialog):
    """A table of action and key, one block per menu, with a filter."""

    def __init__(self, window: QMainWindow, always: Iterable[QAction]) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._window, self._always = window, list(always)
        self._followed: set[QAction] = set()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Key")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.timeout.connect(self.refresh)
        self.refresh()
        self._fit()

    def _fit(self) -> None:
        """As tall as all its rows, up to the screen's free height (then the list scrolls)."""
        table, margins = self.table, self.layout().contentsMargins()
        rows = table.verticalHeader().length() + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height = rows + self.filter.sizeHint().height() + self.layout().spacing() + margins.top() + margins.bottom()
        room = int(self.screen().availableGeometry().height() * SCREEN_SHARE)
        self.resize(SHEET_WIDTH, min(height, room))

    def present(self) -> None:
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.filter.setFocus()

    def refresh(self) -> None:
        sections = window_sections(self._window, self._always, self.tr("Other keys"))
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        bold = QFont(table.font())
        bold.setBold(True)
        for title, actions in sections:
            row = table.rowCount()
            table.insertRow(row)
            heading = QTableWidgetItem(title)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, heading)
            table.setSpan(row, 0, 1, 2)
            for action in actions:
                self._follow(action)
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, 0, QTableWidgetItem(plain_text(action.text())))
                key = QTableWidgetItem(key_text(action) or "—")
                key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, 1, key)
        self._apply_filter(self.filter.text())

    def rows(self) -> list[tuple[str, str]]:
        """(action, key) as shown, headings included with an empty key: what a reader sees."""
        shown = []
        for row in range(self.table.rowCount()):
            if self.table.isRowHidden(row):
                continue
            key = self.table.item(row, 1)
            shown.append((self.table.item(row, 0).text(), key.text() if key is not None else ""))
        return shown

    def _follow(self, action: QAction) -> None:
        if action not in self._followed:  # a key changed while the sheet is open shows
            self._followed.add(action)
            action.changed.connect(self._refresh_soon.start)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        heading_row = None
        heading_has_match = False
        for row in range(self.table.rowCount()):
            key_item = self.table.item(row, 1)
            if key_item is None:  # a heading: shown when a row under it is
                if heading_row is not None:
                    self.table.setRowHidden(heading_row, not heading_has_match)
                heading_row, heading_has_match = row, False
                continue
            words = f"{self.table.item(row, 0).text()} {key_item.text()}".casefold()
            match = needle in words
            self.table.setRowHidden(row, not match)
            heading_has_match = heading_has_match or match
        if heading_row is not None:
            self.table.setRowHidden(heading_row, not heading_has_match)
