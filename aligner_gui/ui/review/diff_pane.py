"""A right-to-left text pane with whole-word diff highlights and visible hidden characters.

Text only ever goes in as plain text. Invisible and direction-control characters are
swapped for visible stand-ins of the same length (core.invisible) and tracked with text
cursors, which move with the reviewer's typing, so the real characters come back in
:meth:`DiffPane.text` unless the reviewer deleted the mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from aligner_gui.core.text.invisible import STAND_INS, describe, invisible_positions, to_display
from aligner_gui.ui.common.flag_labels import EVIDENCE
from aligner_gui.ui.common.fonts import PASSAGE_POINT_SIZE, passage_font
from aligner_gui.ui.review.pane_marks import GAP_WIDTH, paint_marks

REMOVED = QColor(255, 190, 190)
ADDED = QColor(190, 240, 190)
KEPT_ORIGINAL = QColor(255, 236, 170)  # the rewrite proposed something else here
CURRENT_FILL = QColor(200, 218, 255)
REMOVED_MARK = QColor(210, 40, 40)  # where the other text has words this one lacks
ADDED_MARK = QColor(30, 150, 60)
SEARCH_MATCH = QColor(255, 190, 90)
HIDDEN_CHAR = QColor(230, 60, 60)

Ranges = list[tuple[int, int]]


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _astral_before(text: str) -> list[int]:
    """Python offsets of characters outside the BMP (emoji): Qt counts each as two."""
    return [m.start() for m in _ASTRAL.finditer(text)]


def _to_qt(position: int, astral: list[int]) -> int:
    """A Python offset as Qt's UTF-16 offset."""
    return position + bisect_left(astral, position)


def _to_python(qt_position: int, astral: list[int]) -> int:
    shift = 0
    for count, index in enumerate(astral):
        if index + count < qt_position:  # this emoji starts before the position
            shift += 1
        else:
            break
    return qt_position - shift


def _range_cursor(document: QTextDocument, start: int, end: int, astral: list[int]) -> QTextCursor:
    """A cursor selecting Python offsets start..end of the document's text."""
    last = document.characterCount() - 1
    cursor = QTextCursor(document)
    cursor.setPosition(min(_to_qt(start, astral), last))
    cursor.setPosition(min(_to_qt(end, astral), last), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _merge_close(ranges: Ranges, text: str) -> Ranges:
    """Join ranges separated only by white space: one highlight instead of many."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _format_spans(colours: list[tuple[Ranges, QColor]], text: str) -> list[tuple[int, int, QTextCharFormat]]:
    spans = []
    for ranges, color in colours:
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        spans += [(start, end, fmt) for start, end in _merge_close(ranges, text)]
    return spans


def _paint_formats(document: QTextDocument, spans: list[tuple[int, int, QTextCharFormat]], astral: list[int]) -> None:
    document.setUndoRedoEnabled(False)  # colouring is not an edit the reviewer can undo
    whole = QTextCursor(document)
    whole.beginEditBlock()
    whole.select(QTextCursor.SelectionType.Document)
    whole.setCharFormat(QTextCharFormat())
    for start, end, fmt in spans:
        _range_cursor(document, start, end, astral).mergeCharFormat(fmt)
    whole.endEditBlock()
    document.setUndoRedoEnabled(True)


@dataclass
class BuiltText:
    document: QTextDocument
    hidden: list[tuple[QTextCursor, str]]
    text: str
    key: tuple[int, int]


class DiffPane(QTextEdit):
    double_clicked = Signal(int)  # Python offset of the double-clicked character, when read-only
    clicked = Signal()  # a mouse press: the caret is now where the reviewer pointed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # QTextEdit (unlike QPlainTextEdit) sets each paragraph's direction from its
        # first strong character: Arabic paragraphs right-aligned, English ones left.
        self.setAcceptRichText(False)
        self.setReadOnly(True)
        self.setFont(passage_font())
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._hidden: list[tuple[QTextCursor, str]] = []
        self._diff_selections: list[QTextEdit.ExtraSelection] = []
        self._hunk_selection: list[QTextEdit.ExtraSelection] = []
        self._evidence: list[tuple[int, int, str]] = []  # (start, end, what it shows), Python offsets
        self._evidence_selections: list[QTextEdit.ExtraSelection] = []
        self._match_selections: list[QTextEdit.ExtraSelection] = []
        self._gaps: list[tuple[QTextCursor, QColor, str]] = []  # a mark where words are missing, its tip
        self._current: QTextCursor | None = None  # the selected change, framed
        self.viewport().installEventFilter(self)
        self.setMouseTracking(True)

    # -- content -------------------------------------------------------------------

    def build(self, text: str, colours: list[tuple[Ranges, QColor]] = ()) -> BuiltText:
        """A document for ``text``, coloured and laid out, ready to :meth:`adopt`.

        Building it while the reviewer reads the previous passage takes the text setting,
        colouring and line breaking off the moment they move on.
        """
        display = to_display(text)
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setDefaultTextOption(self.document().defaultTextOption())
        document.setPlainText(display)
        astral = _astral_before(display)
        hidden = [
            (_range_cursor(document, position, position + 1, astral), text[position])
            for position in invisible_positions(text)
        ]
        spans = _format_spans(colours, display)
        if spans:
            _paint_formats(document, spans, astral)
        document.setTextWidth(self.viewport().width())
        document.size()  # lays the text out now
        return BuiltText(document, hidden, text, self.layout_key())

    def adopt(self, built: BuiltText) -> None:
        old = self.document()
        ours = old is not built.document and old.parent() is self  # Qt deletes its own default
        self.blockSignals(True)
        self.setDocument(built.document)
        self.blockSignals(False)
        if ours:
            old.deleteLater()
        self._hidden = built.hidden
        self._diff_selections = []
        self._hunk_selection = []
        self._evidence, self._evidence_selections = [], []
        self._match_selections, self._gaps, self._current = [], [], None
        self._apply_selections()

    def layout_key(self) -> tuple[int, int]:
        """A built document fits while the font size and width are unchanged."""
        return self.font().pointSize(), self.viewport().width()

    def set_text(self, text: str) -> None:
        self.adopt(self.build(text))

    def append_text(self, text: str) -> None:
        """Add text at the end (a candidate being streamed in), without rebuilding."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(to_display(text))

    def text(self) -> str:
        """The real text: stand-ins that still mark a hidden character are turned back."""
        shown = self.toPlainText()
        chars = list(shown)
        astral = _astral_before(shown)
        for cursor, original in self._hidden:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            index = _to_python(start, astral)
            if end - start == 1 and chars[index] == STAND_INS[original]:
                chars[index] = original
        return "".join(chars)

    # -- offsets: Python counts code points, Qt counts UTF-16 units ---------------------

    def cursor_position(self) -> int:
        """The text cursor's offset in the (Python) string."""
        return _to_python(self.textCursor().position(), _astral_before(self.toPlainText()))

    def set_cursor_position(self, position: int) -> None:
        text = self.toPlainText()
        position = min(position, len(text))
        cursor = self.textCursor()
        cursor.setPosition(_to_qt(position, _astral_before(text)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- highlights ----------------------------------------------------------------

    def set_highlights(self, removed: Ranges = (), added: Ranges = (), kept: Ranges = ()) -> None:
        """Colour character ranges given as Python offsets into the shown text.

        Read-only, the colours go into the document itself in one edit block (measured
        2-3x faster than extra selections on long passages). While editing they are
        extra selections, which typed text does not inherit.
        """
        text = self.toPlainText()
        astral = _astral_before(text)
        spans = _format_spans([(removed, REMOVED), (added, ADDED), (kept, KEPT_ORIGINAL)], text)
        if self.isReadOnly():
            self._diff_selections = []
            _paint_formats(self.document(), spans, astral)
        else:
            self._diff_selections = [self._selection(start, end, fmt, astral) for start, end, fmt in spans]
        self._apply_selections()

    def highlighted_ranges(self) -> list[tuple[int, int]]:
        """Coloured ranges, in Qt (UTF-16) offsets, however they are drawn."""
        ranges = [(sel.cursor.selectionStart(), sel.cursor.selectionEnd()) for sel in self._diff_selections]
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().hasProperty(QTextCharFormat.Property.BackgroundBrush):
                    ranges.append((fragment.position(), fragment.position() + fragment.length()))
                fragments += 1
            block = block.next()
        return sorted(ranges)

    def set_editable(self, editable: bool) -> None:
        """Switch to editing: colours baked into the document would leak into typing."""
        if editable and self.isReadOnly():
            _paint_formats(self.document(), [], [])
        self.setReadOnly(not editable)

    def mark_hunk(self, start: int | None, end: int | None) -> None:
        """Frame the change the next hunk action applies to (None: no change); an empty
        one (words only the other pane has) shows as a wide mark where they would be."""
        self._hunk_selection, self._current = [], None
        if start is not None and end is not None:
            self._current = _range_cursor(self.document(), start, end, _astral_before(self.toPlainText()))
            if end > start:
                fmt = QTextCharFormat()
                fmt.setBackground(CURRENT_FILL)
                self._hunk_selection = [self._selection(start, end, fmt)]
        self._apply_selections()
        self.viewport().update()

    def current_hunk(self) -> tuple[int, int] | None:
        """The framed change, Python offsets."""
        if self._current is None:
            return None
        astral = _astral_before(self.toPlainText())
        return _to_python(self._current.selectionStart(), astral), _to_python(self._current.selectionEnd(), astral)

    def set_gaps(self, gaps: list[tuple[int, str]], colour: QColor) -> None:
        """Mark each place where the other pane has words this one lacks: (Python offset, tooltip)."""
        astral = _astral_before(self.toPlainText())
        self._gaps = [(_range_cursor(self.document(), at, at, astral), colour, tip) for at, tip in gaps]
        self.viewport().update()

    def gap_positions(self) -> list[int]:
        """Where the gap marks are, Python offsets."""
        astral = _astral_before(self.toPlainText())
        return [_to_python(cursor.position(), astral) for cursor, _, _ in self._gaps]

    def mark_matches(self, ranges: Ranges) -> None:
        """Highlight the search's matches, Python offsets."""
        fmt = QTextCharFormat()
        fmt.setBackground(SEARCH_MATCH)
        fmt.setFontWeight(700)
        astral = _astral_before(self.toPlainText())
        self._match_selections = [self._selection(start, end, fmt, astral) for start, end in ranges]
        self._apply_selections()

    def match_ranges(self) -> list[tuple[int, int]]:
        """The highlighted search matches, Python offsets."""
        astral = _astral_before(self.toPlainText())
        cursors = [sel.cursor for sel in self._match_selections]
        return [(_to_python(c.selectionStart(), astral), _to_python(c.selectionEnd(), astral)) for c in cursors]

    def selected_range(self) -> tuple[int, int] | None:
        """The reviewer's text selection, Python offsets (None: nothing selected)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        astral = _astral_before(self.toPlainText())
        return _to_python(cursor.selectionStart(), astral), _to_python(cursor.selectionEnd(), astral)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def reveal(self, start: int, end: int) -> None:
        """Scroll so that Python offsets start..end are in view (their start, when they do
        not fit), with a line of context; the caret is left alone."""
        astral = _astral_before(self.toPlainText())
        top = self.cursorRect(_range_cursor(self.document(), start, start, astral))
        bottom = self.cursorRect(_range_cursor(self.document(), end, end, astral))
        bar, view, margin = self.verticalScrollBar(), self.viewport().height(), top.height()
        if bottom.bottom() > view - margin:
            bar.setValue(bar.value() + bottom.bottom() - view + margin)
            top = self.cursorRect(_range_cursor(self.document(), start, start, astral))
        if top.top() < margin:
            bar.setValue(bar.value() + top.top() - margin)

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().paintEvent(event)
        if self._gaps or self._current is not None:
            paint_marks(self, [(cursor, colour) for cursor, colour, _ in self._gaps], self._current)

    def mark_evidence(self, evidence: list[tuple[int, int, str]]) -> None:
        """Underline automatic flags' evidence, (start, end, tooltip) in Python offsets."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(EVIDENCE)
        astral = _astral_before(self.toPlainText())
        self._evidence = [(start, max(end, start + 1), tip) for start, end, tip in evidence]
        self._evidence_selections = [self._selection(start, end, fmt, astral) for start, end, _ in self._evidence]
        self._apply_selections()

    def evidence_ranges(self) -> list[tuple[int, int]]:
        return [(start, end) for start, end, _ in self._evidence]

    def _selection(
        self, start: int, end: int, fmt: QTextCharFormat, astral: list[int] | None = None
    ) -> QTextEdit.ExtraSelection:
        if astral is None:
            astral = _astral_before(self.toPlainText())
        selection = QTextEdit.ExtraSelection()
        selection.cursor = _range_cursor(self.document(), start, end, astral)
        selection.format = fmt
        return selection

    def _apply_selections(self) -> None:
        hidden = []
        for cursor, _ in self._hidden:
            if cursor.hasSelection():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(cursor)
                fmt = QTextCharFormat()
                fmt.setForeground(QColor(Qt.GlobalColor.white))
                fmt.setBackground(HIDDEN_CHAR)
                selection.format = fmt
                hidden.append(selection)
        self.setExtraSelections(
            self._diff_selections + self._evidence_selections + self._match_selections + self._hunk_selection + hidden
        )

    def hidden_characters(self) -> list[str]:
        return [original for cursor, original in self._hidden if cursor.hasSelection()]

    # -- zoom and tooltips ---------------------------------------------------------------

    def set_point_size(self, size: int) -> None:
        self.setFont(passage_font(max(8, min(48, size))))

    def point_size(self) -> int:
        return self.font().pointSize() or PASSAGE_POINT_SIZE

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().mousePressEvent(event)
        self.clicked.emit()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        if not self.isReadOnly():
            super().mouseDoubleClickEvent(event)
            return
        cursor = self.cursorForPosition(event.position().toPoint())
        self.setTextCursor(cursor)
        self.double_clicked.emit(self.cursor_position())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            for cursor, original in self._hidden:
                if cursor.selectionStart() in (position, position - 1) and cursor.hasSelection():
                    QToolTip.showText(event.globalPos(), describe(original), self)
                    return True
            near = self._gap_tip(event.pos())
            if near:
                QToolTip.showText(event.globalPos(), near, self)
                return True
            offset = _to_python(position, _astral_before(self.toPlainText()))
            tips = [tip for start, end, tip in self._evidence if start <= offset < end]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(tips)), self)
                return True
            QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _gap_tip(self, point) -> str:  # noqa: ANN001
        """The tooltip of a gap mark under the mouse."""
        for cursor, _, tip in self._gaps:
            rect = self.cursorRect(cursor).adjusted(-2 * GAP_WIDTH, 0, 2 * GAP_WIDTH, 0)
            if tip and rect.contains(point):
                return tip
        return ""
