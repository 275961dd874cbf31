"""Settings ▸ Reasons: the project's review reasons, one row each, in key order.

A reason's code is what each decision records, so an existing reason keeps its code; only
its label can change. A new reason gets a code of its own (made from its label when left
empty). A reason can be removed even when decisions use it: those decisions keep its code
(the export still carries it); it is only no longer offered. Adding the same code again
brings it back. The dialog only edits the list; the caller writes it (Session.set_reasons).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.ui.common.i18n import isolated, number
from aligner_gui.ui.common.reason_labels import reason_label

CODE, LABEL = 0, 1
KEYED = 9  # the first nine reasons get the keys 1-9
_SAVED = Qt.ItemDataRole.UserRole  # on a code cell: the (code, label) saved in the project; None for a new reason
_CODE = re.compile(r"[\w-]+")


def code_from(label: str) -> str:
    """A new reason's code made from its label: its words joined by underscores."""
    return re.sub(r"[^\w-]+", "_", label.strip().lower()).strip("_")


class _TypedAfter(QStyledItemDelegate):
    """A cell's editor opens with the cursor after its text and nothing selected (Qt selects
    it all): a key typed adds to a label rather than replacing it."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            QTimer.singleShot(0, editor, lambda: editor.end(False))
        return editor


class _Table(QTableWidget):
    def focusInEvent(self, event: QFocusEvent) -> None:
        """Qt makes the first cell current when the table gets the focus with none: it
        opens with no cell marked (an arrow key then goes to the first reason)."""
        had_current = self.currentIndex().isValid()
        super().focusInEvent(event)
        if not had_current and not self.selectionModel().hasSelection():
            self.selectionModel().clearCurrentIndex()


class ReasonsDialog(QDialog):
    def __init__(self, reasons: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reasons"))
        explanation = QLabel(
            self.tr(
                "The reasons a reviewer can tick with a decision, in order: the first nine get the keys 1 to 9."
                " Each decision records a reason's code, so a reason's code stays as it is; its label can be"
                " changed. Removing a reason leaves the decisions already made with it as they are."
            )
        )
        explanation.setWordWrap(True)
        self.table = _Table(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Label")])
        self.table.horizontalHeader().setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Edited on a double click or F2, never by a key typed over a label.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegate(_TypedAfter(self.table))
        for code, label in reasons:
            self._insert(self.table.rowCount(), code, label, saved=True)
        self.add = QPushButton(self.tr("&Add"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.add.clicked.connect(self.add_reason)
        self.remove.clicked.connect(self.remove_reason)
        self.up.clicked.connect(lambda: self.move_reason(-1))
        self.down.clicked.connect(lambda: self.move_reason(1))
        row_buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            button.setAutoDefault(False)  # Enter is OK
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # codes and labels are shown in it
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._number_rows()
        self._update_buttons()
        self._fit()

    # -- rows ------------------------------------------------------------------------------

    def _insert(self, row: int, code: str, label: str, saved: bool) -> None:
        self.table.insertRow(row)
        code_item = QTableWidgetItem(code)
        code_item.setData(_SAVED, (code, label) if saved else None)
        if saved:
            code_item.setFlags(code_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            code_item.setToolTip(self.tr("Recorded with each decision: it stays as it is"))
        else:
            code_item.setToolTip(self.tr("What each decision will record: one word of letters, digits, _ or -"))
        self.table.setItem(row, CODE, code_item)
        self.table.setItem(row, LABEL, QTableWidgetItem(reason_label(code, label) if saved else label))

    def _number_rows(self) -> None:
        """The row headers name each reason's key; past the ninth there is none."""
        keys = [str(row + 1) if row < KEYED else "" for row in range(self.table.rowCount())]
        self.table.setVerticalHeaderLabels(keys)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.remove.setEnabled(row is not None)
        self.up.setEnabled(row is not None and row > 0)
        self.down.setEnabled(row is not None and row < self.table.rowCount() - 1)

    def add_reason(self) -> None:
        """A new row under the chosen one (else at the end), its code being typed."""
        selected = self.selected_row()
        row = self.table.rowCount() if selected is None else selected + 1
        self._insert(row, "", "", saved=False)
        self._number_rows()
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, CODE))
        self.table.setFocus()
        self.table.editItem(self.table.item(row, CODE))

    def remove_reason(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.table.removeRow(row)
        self.table.clearSelection()  # a second click removes nothing more
        self._number_rows()
        self._update_buttons()

    def move_reason(self, step: int) -> None:
        row = self.selected_row()
        if row is None or not 0 <= row + step < self.table.rowCount():
            return
        for column in (CODE, LABEL):
            here, there = self.table.takeItem(row, column), self.table.takeItem(row + step, column)
            self.table.setItem(row, column, there)
            self.table.setItem(row + step, column, here)
        self.table.selectRow(row + step)
        self._update_buttons()

    # -- the result ------------------------------------------------------------------------

    def _rows(self) -> list[tuple[int, str, str]]:
        """(row, code, label) of each row that is not blank."""
        rows = []
        for row in range(self.table.rowCount()):
            code_item, label_item = self.table.item(row, CODE), self.table.item(row, LABEL)
            saved = code_item.data(_SAVED)
            shown = label_item.text().strip()
            if saved is not None:
                code = saved[0]
                # A default reason's label unchanged stays as saved (English), so it is still translated.
                label = saved[1] if shown == reason_label(*saved).strip() else shown or code
            else:
                code = code_item.text().strip() or code_from(shown)
                if not code and not shown:
                    continue  # added, then left blank
                label = shown or code
            rows.append((row, code, label))
        return rows

    def reasons(self) -> list[tuple[str, str]]:
        """(code, label) of each reason, in order: the first nine get the keys 1-9."""
        return [(code, label) for _, code, label in self._rows()]

    def problem_text(self) -> tuple[int, str] | None:
        """The first row that cannot be saved as it is, and why."""
        seen: set[str] = set()
        for row, code, _ in self._rows():
            if not _CODE.fullmatch(code):
                return row, self.tr("Row {row}: a code is one word of letters, digits, _ or -").format(
                    row=number(row + 1)
                )
            if code in seen:
                return row, self.tr("Row {row}: another reason already has the code {code}").format(
                    row=number(row + 1), code=isolated(code)
                )
            seen.add(code)
        return None

    def accept(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:  # what is being typed counts
            self.table.setCurrentIndex(self.table.currentIndex())  # commits the open editor
        problem = self.problem_text()
        if problem is not None:
            row, text = problem
            self.problem.setText(text)
            self.problem.show()
            self.table.selectRow(row)
            return
        super().accept()

    def _fit(self) -> None:
        """Wide enough for the longest label and tall enough for every row (up to the screen)."""
        metrics = self.table.fontMetrics()
        labels = [self.table.item(row, LABEL).text() for row in range(self.table.rowCount())]
        label_width = max([metrics.horizontalAdvance(label) for label in labels] + [metrics.averageCharWidth() * 40])
        self.table.resizeColumnToContents(CODE)
        frame = 2 * self.table.frameWidth()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        padding = 4 * metrics.averageCharWidth()  # the cell's margins, and room to type
        width = self.table.verticalHeader().sizeHint().width() + self.table.columnWidth(CODE) + label_width
        width += frame + scrollbar + padding
        rows = max(self.table.rowCount(), KEYED) + 1  # and room for a new one
        row_height = self.table.verticalHeader().defaultSectionSize()
        height = self.table.horizontalHeader().sizeHint().height() + rows * row_height
        self.table.setMinimumSize(width, height + frame)
        hint = self.sizeHint()
        room = self.screen().availableGeometry()
        width = max(hint.width(), 100 * metrics.averageCharWidth())  # the explanation on few lines
        self.resize(min(width, room.width()), min(hint.height(), int(room.height() * 0.9)))
