"""The queue draws each passage in its own direction, in either interface language: an
elided Arabic passage starts at the cell's right with its "…" at the left, where the text
was cut; a passage in Latin script starts at the left with its "…" at the right."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

from aligner_gui.ui.queue.model import QueueModel
from tests.ui.conftest import open_window

ARABIC_ROW = 1  # demo-002: "الأسطرلاب – المعرفة للجميع …"
LATIN_ROW = 2  # demo-003: "<script>var _gaq = …"


def drawn(table, row):
    """How the view draws the row's passage: the elided text, and the x of its first
    character and of its "…", as its delegate lays it out."""
    index = table.model().index(row, QueueModel.PREVIEW)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    width = table.columnWidth(QueueModel.PREVIEW) - 12  # the cell's margins
    text = option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight, width)
    layout = QTextLayout(text, option.font)
    text_option = QTextOption()
    text_option.setTextDirection(option.direction)
    layout.setTextOption(text_option)
    layout.beginLayout()
    layout.createLine().setLineWidth(width)
    layout.endLayout()
    line = layout.lineAt(0)
    first, cut = line.cursorToX(0)[0], line.cursorToX(len(text) - 1)[0]
    return text, first, cut


def test_each_passage_is_drawn_in_its_own_direction(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    table = window.queue.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)

    text, first, cut = drawn(table, ARABIC_ROW)
    assert text.startswith("الأسطرلاب") and text.endswith("…"), text
    assert cut < first, "the Arabic passage's '…' stands at its left end, where it was cut"

    text, first, cut = drawn(table, LATIN_ROW)
    assert text.startswith("<script>") and text.endswith("…"), text
    assert first < cut, "the Latin passage's '…' stands at its right end"
