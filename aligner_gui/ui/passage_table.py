"""The queue of passages as a lazy table model: rows are read a page at a time."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

PAGE_SIZE = 256
MAX_PAGES = 64
PREVIEW_CHARS = 90

_PAGE_QUERY = """
SELECT p.id, p.uid, length(p.text), p.source, substr(p.text, 1, ?),
       (SELECT r.decision FROM reviews r WHERE r.passage_id = p.id ORDER BY r.id DESC LIMIT 1),
       (SELECT r.reviewer FROM reviews r WHERE r.passage_id = p.id ORDER BY r.id DESC LIMIT 1),
       EXISTS (SELECT 1 FROM rewrites w WHERE w.passage_id = p.id)
FROM passages p ORDER BY p.id LIMIT ? OFFSET ?
"""

Index = QModelIndex | QPersistentModelIndex


class PassageTableModel(QAbstractTableModel):
    ID, STATE, REVIEWER, LENGTH, SOURCE, PREVIEW = range(6)

    def __init__(self, conn: sqlite3.Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn = conn
        self._count = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._headers = [
            self.tr("#"),
            self.tr("State"),
            self.tr("Reviewer"),
            self.tr("Length"),
            self.tr("Source"),
            self.tr("Passage"),
        ]
        self._states = {
            None: self.tr("pending"),
            "reset": self.tr("pending"),
            "accepted": self.tr("accepted"),
            "edited": self.tr("edited"),
            "rejected": self.tr("rejected"),
            "skipped": self.tr("skipped"),
        }
        self._no_rewrite = self.tr("no rewrite")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.row_values(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        pid, uid, length, source, preview, decision, reviewer, has_rewrite = row
        column = index.column()
        if column == self.ID:
            return pid
        if column == self.STATE:
            return self._states.get(decision, decision) if has_rewrite or decision else self._no_rewrite
        if column == self.REVIEWER:
            return reviewer if decision not in (None, "reset") else ""
        if column == self.LENGTH:
            return length
        if column == self.SOURCE:
            return source or ""
        return " ".join(preview.split())

    def passage_id(self, row: int) -> int:
        return self.row_values(row)[0]

    def row_values(self, row: int) -> tuple[Any, ...]:
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self._conn.execute(_PAGE_QUERY, (PREVIEW_CHARS, PAGE_SIZE, page_number * PAGE_SIZE)).fetchall()
            self._pages[page_number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset]
