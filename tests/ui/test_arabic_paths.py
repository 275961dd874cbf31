"""Paths in the Arabic interface read as written (audit of issue 14: the file dialog's
folder box showed "/tmp/audit/x" as "tmp/audit/x/"; a message opening with a path was
laid out left to right)."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel

from aligner_gui.ui.common import file_dialogs
from aligner_gui.ui.common.core_messages import core_message
from aligner_gui.ui.common.file_dialogs import PathComboStyle
from aligner_gui.ui.common.i18n import isolated, left_to_right
from tests.ui.conftest import shown


def drawn(qtbot, combo: QComboBox):
    combo.resize(300, 30)
    qtbot.addWidget(combo)
    return combo.grab().toImage()


def test_a_path_combo_draws_the_path_left_to_right(qtbot, arabic_ui):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    as_written = QComboBox()
    as_written.addItem(left_to_right("/tmp/audit/x"))
    plain, styled = QComboBox(), QComboBox()
    for combo in (plain, styled):
        combo.addItem("/tmp/audit/x")
    styled.setStyle(PathComboStyle(styled))
    reference = drawn(qtbot, as_written)
    assert drawn(qtbot, styled) == reference
    assert drawn(qtbot, plain) != reference  # what Qt does unaided: "tmp/audit/x/"


def test_the_file_dialogs_folder_box_is_a_path_combo(qtbot, arabic_ui, tmp_path):
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(type(dialog.findChild(QComboBox, "lookInCombo").style()))
        dialog.reject()

    QTimer.singleShot(100, look)
    file_dialogs.open_file_name(None, "open", str(tmp_path))
    assert seen == [PathComboStyle]


def test_a_message_opening_with_a_path_is_laid_out_right_to_left(qtbot, arabic_ui, tmp_path):
    label = QLabel(core_message(f"{tmp_path}/a.jsonl: no such file or folder"))
    label.resize(1000, 30)
    qtbot.addWidget(label)
    image = label.grab().toImage()
    inked = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).lightness() < 100]
    assert min(inked) > image.width() / 3  # the line sits at the right, as an Arabic one


def left_edges(line: str) -> list[float]:
    """Where each character of ``line`` starts, laid out as a right-to-left paragraph."""
    layout = QTextLayout(line, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    laid = layout.createLine()
    laid.setLineWidth(1000)
    layout.endLayout()
    return [laid.cursorToX(i)[0] for i in range(len(line) + 1)]


@pytest.mark.parametrize("value", ["/tmp/audit/x", ".aligner", "(demo)"])
@pytest.mark.parametrize("isolate", [isolated, left_to_right])
def test_a_value_that_opens_with_punctuation_keeps_it_at_its_start(qapp, value, isolate):
    """Qt gave the "/" of "/tmp" and the "." of ".aligner" the Arabic line's direction:
    "tmp/audit/x/", "aligner."."""
    line = f"ملف {isolate(value)} هنا"
    start = line.index(value)
    x = left_edges(line)
    assert x[start] < x[start + 1] < x[start + 2], shown(line)  # read left to right from its first character
