"""The disk fills up while a reviewer works: the decision is refused, the reviewer is told, nothing saved is lost."""

import sqlite3

from PySide6.QtCore import Qt

from aligner_gui.core.ingest.demo import create_demo_project
from tests.fault_setups import fill_disk, small_disk
from tests.ui.conftest import open_window, settle


def test_a_decision_on_a_full_disk_is_refused_and_the_earlier_ones_are_kept(qtbot, tmp_path):
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = create_demo_project(disk / "demo.aligner")
        window = open_window(qtbot, path)
        try:
            qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
            assert window.queue.current_passage() == 2
            settle(qtbot, window)  # the first decision is committed
            fill_disk(disk)
            qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
            # Moving on does not wait for the commit; the refused decision is handed back.
            qtbot.waitUntil(lambda: "disk is full" in window.statusBar().currentMessage())
            message = window.statusBar().currentMessage()
            assert f"{path}: the disk is full" in message
            assert window.queue.current_passage() == 2  # not recorded: the reviewer is back on it
        finally:
            window.close()
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT passage_id, decision FROM reviews").fetchall() == [(1, "accepted")]
        conn.close()
