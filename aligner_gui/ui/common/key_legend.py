"""The key legend under the review panel: a grid of key and action, as many pairs to a
row as the width holds. In Arabic the grid mirrors: each key stays at its action's
start, and every row starts at the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from aligner_gui.ui.common.i18n import left_to_right

_KEY_STYLE = "border: 1px solid #bbb; border-radius: 3px; padding: 0 4px; background: #f6f6f6; color: #333;"
_ACTION_STYLE = "color: #555;"
_GAP = 14  # between one pair and the next


class KeyLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The rows follow the width: the legend asks for none of its own.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(2)
        self.pairs: list[tuple[QLabel, QLabel]] = []
        self._columns = 0

    def show_keys(self, keys: list[tuple[str, str]]) -> None:
        """Show these (key, action) pairs, in order."""
        for key, action in self.pairs:
            key.deleteLater()
            action.deleteLater()
        self.pairs = [
            (self._label(left_to_right(key), _KEY_STYLE), self._label(action, _ACTION_STYLE)) for key, action in keys
        ]
        self._columns = 0
        self._arrange()

    def text(self) -> str:
        """What the legend says, on one line (its accessible description)."""
        return "  ·  ".join(f"{key.text()} {action.text()}" for key, action in self.pairs)

    def _label(self, text: str, style: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(style)
        return label

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        columns = self._columns_that_fit()
        if columns == self._columns:
            return
        self._columns = columns
        for key, action in self.pairs:
            self.grid.removeWidget(key)
            self.grid.removeWidget(action)
        # Each pair takes three grid columns: key, action, and the gap before the next.
        for index, (key, action) in enumerate(self.pairs):
            row, column = divmod(index, columns)
            self.grid.addWidget(key, row, 3 * column, Qt.AlignmentFlag.AlignRight)  # by its action (mirrored)
            self.grid.addWidget(action, row, 3 * column + 1)
        for column in range(max(self.grid.columnCount(), 3 * columns + 1)):
            self.grid.setColumnMinimumWidth(column, _GAP if column % 3 == 2 and column < 3 * columns else 0)
            self.grid.setColumnStretch(column, 1 if column == 3 * columns else 0)  # rows start at the reading side
        self.setAccessibleDescription(self.text())

    def _columns_that_fit(self) -> int:
        """The most pairs to a row whose columns, each as wide as its widest pair, fit."""
        # A pair's three grid columns (key, action, gap) each bring the grid's spacing too.
        spacing = 3 * self.grid.horizontalSpacing()
        widths = [key.sizeHint().width() + action.sizeHint().width() + spacing + _GAP for key, action in self.pairs]
        for columns in range(len(widths), 1, -1):
            needed = sum(max(widths[column::columns]) for column in range(columns))
            if needed <= self.width():
                return columns
        return 1
