"""The review guidelines panel's placeholder is shown whole: wrapped over as many lines as
the panel's width needs, in English and in Arabic (Qt 6 drew only its first line)."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics

from tests.ui.conftest import open_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WRAP = Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def ink_rows(editor) -> tuple[int, int, int, int]:
    """The first and last rows, and the leftmost and rightmost columns, of the viewport
    where something is drawn on the editor's background."""
    image = editor.viewport().grab().toImage()
    base = editor.palette().base().color()
    top = bottom = left = right = None
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.red() - base.red()) + abs(pixel.green() - base.green()) + abs(pixel.blue() - base.blue()) > 60:
                top = y if top is None else top
                bottom = y
                left = x if left is None else min(left, x)
                right = x if right is None else max(right, x)
    assert top is not None, "nothing is drawn"
    return top, bottom, left, right


def test_the_guidelines_placeholder_is_shown_whole(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_G, CTRL_SHIFT)
    dock = window.guidelines_dock
    editor = dock.editor
    assert dock.isVisible() and editor.toPlainText() == ""
    text = editor.placeholderText()
    assert "reviewers" in text if language == "en" else "لمراجعي" in text
    window.queue.table.setFocus()  # no cursor blinking in the editor
    qtbot.wait(50)

    margin = int(editor.document().documentMargin())
    width = editor.viewport().width() - 2 * margin
    metrics = QFontMetrics(editor.font())
    wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), int(WRAP), text)
    lines = round(wrapped.height() / metrics.lineSpacing())
    assert lines >= 2, "the panel is narrower than the placeholder: it wraps"
    assert wrapped.width() <= width, "each wrapped line fits the panel's width"

    top, bottom, left, right = ink_rows(editor)
    # The last line is drawn: the ink reaches below the line above it.
    assert bottom > margin + (lines - 1) * metrics.lineSpacing(), (
        f"{lines} lines of placeholder, drawn down to {bottom - margin} px of {wrapped.height()}"
    )
    assert bottom < margin + wrapped.height() + metrics.descent()
    assert margin <= left and right < margin + width + 1, "nothing is cut at the sides"
    if language == "ar":
        assert right > editor.viewport().width() - margin - 10, "the Arabic placeholder starts at the right"
    else:
        assert left < margin + 10, "the English placeholder starts at the left"
    window.close()
