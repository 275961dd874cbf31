"""The queue's columns fit its width (no horizontal scroll bar at the window's sizes, in
English and in Arabic), and Home and End go to the first and the last passage listed, shown
in the review panel as J and K show the passages they move to."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from aligner_gui.core.review.queue import STATES
from aligner_gui.ui.app import SCREENSHOT_SIZE
from aligner_gui.ui.common.states import state_label
from aligner_gui.ui.main_window import MainWindow
from aligner_gui.ui.queue.model import QueueModel
from tests.ui.conftest import open_window, shown, wait_for_writes

SHIFT = Qt.KeyboardModifier.ShiftModifier
LAST = 68  # the demo's passages


def open_at(qtbot, demo_path, size):
    if size == "tests":
        return open_window(qtbot, demo_path)  # 1300 x 800
    window = MainWindow("huda")  # the size the app opens at (ui.app)
    qtbot.addWidget(window)
    window.open_project(demo_path)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def assert_fits(table):
    bar = table.horizontalScrollBar()
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]
    assert not bar.isVisible() and bar.maximum() == 0, f"columns {widths} in {table.viewport().width()} px"
    assert sum(widths) <= table.viewport().width()
    assert header.sectionSize(QueueModel.PREVIEW) >= 100, "the passage's text has room"
    metrics = table.fontMetrics()
    for state in STATES:  # the states are read whole
        assert metrics.horizontalAdvance(state_label(state)) + 6 < header.sectionSize(QueueModel.STATE), state


@pytest.mark.parametrize("size", ["tests", "app"])
def test_the_queue_columns_fit_its_width(qtbot, demo_path, language, size):
    window = open_at(qtbot, demo_path, size)
    table = window.queue.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    assert_fits(table)

    window.guidelines_dock.show()  # beside the passage: the queue is narrower
    qtbot.waitUntil(lambda: window.queue.width() < 380)
    assert_fits(table)
    window.guidelines_dock.hide()

    splitter = window.queue.parentWidget()
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([800, 500])  # a wide queue shows every column again
    qtbot.waitUntil(lambda: table.viewport().width() > 700)
    assert not any(table.isColumnHidden(column) for column in range(QueueModel.PREVIEW + 1))
    assert_fits(table)
    window.close()


def shown_in_panel(window) -> int | None:
    return window.session.review.shown_passage()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.queue.table, key, modifier)


def test_home_and_end_go_to_the_first_and_last_passage_listed(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    table, queue = window.queue.table, window.queue
    press(qtbot, window, Qt.Key.Key_A)  # passage 1 accepted: the pending filter leaves it out
    wait_for_writes(window)
    queue.show_state("pending")
    qtbot.waitUntil(lambda: queue.listed_count() == LAST - 1)
    table.setFocus()

    press(qtbot, window, Qt.Key.Key_End)
    assert queue.current_passage() == LAST and queue.selected_passages() == [LAST]
    qtbot.waitUntil(lambda: shown_in_panel(window) == LAST)
    assert "demo-068" in shown(window.panel.header.text())
    assert table.horizontalScrollBar().value() == 0, "End scrolled sideways"
    last_row = table.visualRect(queue.model.index(queue.listed_count() - 1, QueueModel.PREVIEW))
    assert table.viewport().rect().contains(last_row), "the last passage is scrolled into view"

    press(qtbot, window, Qt.Key.Key_Home)
    assert queue.current_passage() == 2 and queue.selected_passages() == [2]  # the first pending one
    qtbot.waitUntil(lambda: shown_in_panel(window) == 2)
    assert "demo-002" in shown(window.panel.header.text())
    assert table.verticalScrollBar().value() == 0

    press(qtbot, window, Qt.Key.Key_J)  # from there, the review keys go on as usual
    qtbot.waitUntil(lambda: shown_in_panel(window) == 3)
    press(qtbot, window, Qt.Key.Key_End, SHIFT)  # Shift: every passage from here to the end, for a bulk decision
    assert queue.selected_passages() == list(range(3, LAST + 1)) and queue.current_passage() == LAST
    window.close()
