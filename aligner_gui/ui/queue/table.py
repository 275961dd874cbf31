"""The queue's table view: its columns fit its width, and Home and End go to the first and
the last passage listed.

A passage is drawn in its own direction, whatever the interface's: an Arabic passage in
the English interface starts at the cell's right and its "…" stands at the left, where
it was cut (drawn in the interface's direction, the "…" stood beside its first word).

The columns are sized from what they can show (the header, the state names, the flag
names, the widest id…), never from the rows: reading rows to measure them would read the
project on the GUI thread. The passage column takes what is left, and its text is elided.
Where the queue is too narrow for every column, the least needed ones are left out, in
this order: source, reviewer, length (the review panel's header shows the source and the
length of the passage shown).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from aligner_gui.ui.common.i18n import text_direction
from aligner_gui.ui.queue.model import QueueModel

PASSAGE_MIN_WIDTH = 120  # px; and at least a third of the queue's width
OPTIONAL_MAX_WIDTH = 120  # px: a long reviewer name or source is elided beyond this
SOURCE_WIDTH = 110  # px: sources are not known without reading the rows
# Left out first when the queue is narrow: the source, then the reviewer, then the length.
OPTIONAL_COLUMNS = (QueueModel.LENGTH, QueueModel.REVIEWER, QueueModel.SOURCE)


class QueueTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._samples: dict[int, list[str]] = {}
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the end of the text, in either direction
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegateForColumn(QueueModel.PREVIEW, PassageDelegate(self))

    def set_samples(self, samples: dict[int, Iterable[str]]) -> None:
        """The widest texts each column may show (besides its header), then fit the columns."""
        self._samples = {column: list(texts) for column, texts in samples.items()}
        header = self.horizontalHeader()
        for column in range(QueueModel.PREVIEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QueueModel.PREVIEW, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size the columns to fit the width: no horizontal scroll bar unless the queue is
        narrower than its id, state and flags columns and a little of the passage."""
        if self.model() is None or not self._samples:
            return
        available = self.viewport().width()
        wanted = {column: self._wanted(column) for column in range(QueueModel.PREVIEW)}
        used = sum(wanted[c] for c in (QueueModel.ID, QueueModel.STATE, QueueModel.FLAGS))
        used += max(PASSAGE_MIN_WIDTH, available // 3)
        fits = True
        for column in OPTIONAL_COLUMNS:
            fits = fits and used + wanted[column] <= available
            self.setColumnHidden(column, not fits)
            used += wanted[column] if fits else 0
        if used > available:  # narrower still: the flags give way, down to their header
            header_width = self.horizontalHeader().sectionSizeFromContents(QueueModel.FLAGS).width()
            wanted[QueueModel.FLAGS] = max(header_width, wanted[QueueModel.FLAGS] - (used - available))
        for column, width in wanted.items():
            if not self.isColumnHidden(column):
                self.setColumnWidth(column, width)

    def _wanted(self, column: int) -> int:
        header = self.horizontalHeader().sectionSizeFromContents(column).width()
        if column == QueueModel.SOURCE:
            return max(header, SOURCE_WIDTH)
        widest = max((self._cell_width(text) for text in self._samples.get(column, ())), default=0)
        width = max(header, widest)
        return min(width, OPTIONAL_MAX_WIDTH) if column == QueueModel.REVIEWER else width

    def _cell_width(self, text: str) -> int:
        """The width of a cell showing ``text`` whole, as the view measures one (its
        delegate's size, and the grid line)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.text = text
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self)
        return size.width() + (1 if self.showGrid() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport's size (QAbstractScrollArea)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End: the first and the last passage listed (a table's own Home and End go
        to the first and last column of the row). The view then selects it as it does for
        the arrow keys: alone, or with Shift from the rows selected to it."""
        model = self.model()
        ends = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        if action in ends and model is not None and model.rowCount():
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else model.rowCount() - 1
            current = self.currentIndex()
            return model.index(row, current.column() if current.isValid() else QueueModel.ID)
        return super().moveCursor(action, modifiers)


class PassageDelegate(QStyledItemDelegate):
    """Draws a passage in its own direction (see the module's docstring)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is not None:
            option.direction = direction
