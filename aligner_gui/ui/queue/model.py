"""The review queue as a lazy table model: ids in memory, rows read a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from aligner_gui.core.review.queue import IdRange, QueueRow, SearchIds, queue_rows, row_of
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.flag_labels import SEVERITY_COLORS, flag_hint, flag_label, flag_labels
from aligner_gui.ui.common.states import state_label

PAGE_SIZE = 200
MAX_PAGES = 50

STATE_COLORS = {
    "accepted": QColor(40, 140, 60),
    "edited": QColor(30, 100, 200),
    "rejected": QColor(200, 50, 50),
    "skipped": QColor(140, 140, 140),
}


class QueueModel(QAbstractTableModel):
    ID, STATE, FLAGS, REVIEWER, LENGTH, SOURCE, PREVIEW = range(7)
    more_wanted = Signal()  # the view reached the end of a search's matches read so far

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._ids: Sequence[int] = IdRange(1, 0)
        self._pages: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._headers = [
            self.tr("#"),
            self.tr("State"),
            self.tr("Flags"),
            self.tr("Reviewer"),
            self.tr("Length"),
            self.tr("Source"),
            self.tr("Passage"),
        ]

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    def has_more(self) -> bool:
        """A search that may match more passages than are listed (core.review.queue.SearchIds)."""
        return isinstance(self._ids, SearchIds) and self._ids.more

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self.has_more()

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if self.canFetchMore(parent):
            self.more_wanted.emit()  # read on the reader (ui.queue.panel), then append_batch

    def append_batch(self, ids: SearchIds, batch: Sequence[int], more: bool) -> None:
        """Append a search's next batch to ``ids``, if those are still the ids shown."""
        if ids is not self._ids:
            return
        first = len(ids)
        self._pages.pop(first // PAGE_SIZE, None)  # a short last page grows
        if batch:
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        ids.extend(batch, more)
        if batch:
            self.endInsertRows()

    def refresh_passages(self, passage_ids: Iterable[int]) -> None:
        """Re-read the rows of these passages (a change notice): each page once, and one
        dataChanged over the rows they span, however many there are."""
        rows = [row for row in map(self.row_of, passage_ids) if row is not None]
        if not rows:
            return
        for page in {row // PAGE_SIZE for row in rows}:
            self._pages.pop(page, None)
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1))

    def row_of(self, passage_id: int) -> int | None:
        return row_of(self._ids, passage_id)

    def passage_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._row(index.row())
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATE:
            return STATE_COLORS.get(self._row(index.row()).state)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.FLAGS:
            return SEVERITY_COLORS.get(self._row(index.row()).severity)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.FLAGS:
            row = self._row(index.row())
            return "\n".join(f"{flag_label(code)}: {flag_hint(code)}" for code in row.flag_codes) or None
        return None

    def _display(self, row: QueueRow, column: int) -> Any:
        if column == self.ID:
            return row.passage_id
        if column == self.STATE:
            return state_label(row.state)
        if column == self.FLAGS:
            return flag_labels(row.flag_codes)
        if column == self.REVIEWER:
            return row.reviewer or ""
        if column == self.LENGTH:
            return row.length
        if column == self.SOURCE:
            return row.source or ""
        return " ".join(row.preview.split())

    def _row(self, row: int) -> QueueRow:
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE_SIZE
            page = queue_rows(self._project, self._ids[start : start + PAGE_SIZE])
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset]
