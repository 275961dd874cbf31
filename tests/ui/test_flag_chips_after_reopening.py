"""The review panel outlives a project: what the closed project's review wired to it must
not act on the project opened next."""

from PySide6.QtCore import Qt

from aligner_gui.core.ingest.demo import create_demo_project
from tests.ui.conftest import open_window
from tests.ui.test_hunk_actions import show


def test_a_flag_chip_moves_only_the_caret_of_the_project_shown(qtbot, demo_path, tmp_path):
    window = open_window(qtbot, demo_path)
    show(qtbot, window, "demo-012", "")  # its flag's evidence starts the rewrite
    window.close_project()
    window.open_project(create_demo_project(tmp_path / "other.aligner"))
    show(qtbot, window, "demo-001", "")  # its flag's evidence is in the raw text
    final = window.panel.final
    final.set_cursor_position(100)
    qtbot.mouseClick(window.panel.flags.chips[0], Qt.MouseButton.LeftButton)
    assert window.panel.raw.cursor_position() == window.session.review.state.prepared.item.flags[0].spans[0].start
    assert final.cursor_position() == 100, "the closed project's review moved the caret to its own flag"
    window.close()
