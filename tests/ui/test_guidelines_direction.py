"""Right to left where the text is: the review guidelines panel lays each paragraph out in
its own direction (Arabic at the right, English at the left) in either interface language,
and the Arabic user guide reads from the right."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from aligner_gui.core.review.guidelines import set_guidelines
from aligner_gui.core.store.project import Project
from tests.ui.conftest import open_window

ARABIC = "احذف الإعلانات."
ENGLISH = "Reject ads."
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def line_ends(document: QTextDocument) -> dict[str, tuple[float, float, Qt.LayoutDirection]]:
    """For each paragraph: where its text starts and ends on screen (x, in the document's
    width) and its direction."""
    found = {}
    block = document.begin()
    while block.isValid():
        line = block.layout().lineAt(0)
        start, end = line.cursorToX(0)[0], line.cursorToX(len(block.text()))[0]
        found[block.text()] = (start, end, block.textDirection())
        block = block.next()
    return found


def test_each_guidelines_paragraph_starts_at_its_own_edge(qtbot, demo_path, language):
    with Project.open(demo_path) as project:
        set_guidelines(project, f"{ARABIC}\n{ENGLISH}")
    window = open_window(qtbot, demo_path)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_G, CTRL_SHIFT)
    editor = window.guidelines_dock.editor
    assert window.guidelines_dock.isVisible() and editor.toPlainText() == f"{ARABIC}\n{ENGLISH}"
    width = editor.viewport().width()
    ends = line_ends(editor.document())
    start, end, direction = ends[ARABIC]
    assert direction == Qt.LayoutDirection.RightToLeft
    assert start > width - 20 and end > width / 2, f"the Arabic line runs {start:.0f} → {end:.0f} of {width}"
    start, end, direction = ends[ENGLISH]
    assert direction == Qt.LayoutDirection.LeftToRight
    assert start < 20 and end < width / 2, f"the English line runs {start:.0f} → {end:.0f} of {width}"
    window.close()


def test_the_arabic_user_guide_reads_from_the_right(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    browser = window.guide.browser
    width = browser.viewport().width()
    ends = line_ends(browser.document())
    paragraphs = [text for text in ends if len(text) > 20]
    assert len(paragraphs) > 10
    for text in paragraphs:
        start, _end, direction = ends[text]
        assert direction == Qt.LayoutDirection.RightToLeft, text
        assert start > width / 2, f"{text[:30]!r} starts at {start:.0f} of {width}"
    window.guide.close()
    window.close()
