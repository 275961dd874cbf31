"""Marks painted over a diff pane's text: where words are missing, and the frame around
the change the next hunk action applies to. Painted, not put into the text, so that what
the reviewer edits and saves is only the text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QTextEdit

CURRENT_HUNK = QColor(40, 90, 230)  # the frame around the selected change
GAP_WIDTH, CURRENT_GAP_WIDTH = 3, 6


def paint_marks(pane: QTextEdit, gaps: list[tuple[QTextCursor, QColor]], current: QTextCursor | None) -> None:
    """Paint ``gaps`` (a bar where words are missing) and frame ``current`` (an empty one:
    a wide bar) on ``pane``'s viewport."""
    painter = QPainter(pane.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Multiplied into what is under them, so the glyphs they cross stay dark and readable: a
    # mark at the end of a right-to-left line sits right on its full stop, which an opaque
    # bar hid.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    try:  # a painter left open on the viewport breaks every later paint of it
        for cursor, colour in gaps:
            _paint_gap(pane, painter, cursor, colour, GAP_WIDTH)
        if current is not None and current.hasSelection():
            painter.setPen(QPen(CURRENT_HUNK, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in _line_rects(pane, current.selectionStart(), current.selectionEnd()):
                painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)
        elif current is not None:
            _paint_gap(pane, painter, current, CURRENT_HUNK, CURRENT_GAP_WIDTH)
    finally:
        painter.end()


def _paint_gap(pane: QTextEdit, painter: QPainter, cursor: QTextCursor, colour: QColor, width: int) -> None:
    rect = pane.cursorRect(cursor)
    bar = QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())
    cap = max(2, width // 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(bar)
    # Caps above and below, so that even a mark between two spaces is seen.
    painter.drawRect(QRectF(bar.left() - width, bar.top(), 3 * width, cap))
    painter.drawRect(QRectF(bar.left() - width, bar.bottom() - cap, 3 * width, cap))


def _line_rects(pane: QTextEdit, start: int, end: int) -> list[QRectF]:
    """The viewport rectangles that Qt offsets start..end cover, one per laid-out line."""
    rects = []
    scroll_x, scroll_y = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
    block = pane.document().findBlock(start)
    while block.isValid() and block.position() <= end:
        layout, first = block.layout(), block.position()
        origin = layout.position()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            low = max(start, first + line.textStart())
            high = min(end, first + line.textStart() + line.textLength())
            if low >= high:
                continue
            xs = [line.cursorToX(low - first)[0], line.cursorToX(high - first)[0]]
            left, top = origin.x() + min(xs) - scroll_x, origin.y() + line.y() - scroll_y
            rects.append(QRectF(left, top, abs(xs[1] - xs[0]), line.height()))
        block = block.next()
    return rects
