"""Automatic flags and bulk decisions in the real window: badges in the queue and the
panel, evidence underlined, the flag filter and worst first; a bulk decision confirmed
with its counts and taken back with one Undo."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from aligner_gui.core.ingest.importer import ImportOptions, import_files
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.queue.model import QueueModel
from tests.conftest import write_jsonl
from tests.core.test_flags_store import CLEAN_RAW, CLEAN_REWRITE, LOOP_REWRITE, MARKS, TWO_OUTPUTS
from tests.ui.conftest import open_window, settle, shown


def _pairs_project(tmp_path, check_flags=True):
    path = tmp_path / "pairs.aligner"
    records = [
        {"id": f"p{i}", "text": CLEAN_RAW + f" ({MARKS[i]})", "rewrite": text}
        for i, text in enumerate([CLEAN_REWRITE, LOOP_REWRITE, CLEAN_REWRITE, TWO_OUTPUTS])
    ]
    with Project.create(path) as project:
        import_files(project, [write_jsonl(tmp_path / "pairs.jsonl", records)], ImportOptions(check_flags=check_flags))
    return path


def _queue_uids(window) -> list[str]:
    model = window.queue.model
    return [model.data(model.index(row, QueueModel.ID)) for row in range(model.rowCount())]


@pytest.fixture
def pairs_window(qtbot, tmp_path):
    opened = open_window(qtbot, _pairs_project(tmp_path))
    yield opened
    opened.close()


def test_flags_show_in_the_queue_and_the_panel_with_their_evidence(qtbot, pairs_window):
    window = pairs_window
    model = window.queue.model
    assert "repetition" in model.data(model.index(1, QueueModel.FLAGS)).split(", ")
    assert model.data(model.index(0, QueueModel.FLAGS)) == ""
    window.queue.select_row(1)
    settle(qtbot, window)
    chips = window.panel.flags.chips
    assert window.panel.flags.isVisibleTo(window) and chips[0].text() == "repetition"  # the worst first
    final = window.panel.final
    shown = final.text()
    assert any("حديقة جميلة" in shown[start:end] for start, end in final.evidence_ranges())
    final.set_cursor_position(0)
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert final.cursor_position() == final.evidence_ranges()[0][0]
    # A passage with nothing flagged shows no chips and nothing underlined, and the panes stay put.
    top = window.panel.raw.mapTo(window, window.panel.raw.rect().topLeft()).y()
    window.queue.select_row(0)
    settle(qtbot, window)
    assert window.panel.flags.chips == [] and window.panel.final.evidence_ranges() == []
    assert window.panel.flags.caption.text() == "No automatic flags"
    assert window.panel.raw.mapTo(window, window.panel.raw.rect().topLeft()).y() == top


def test_the_flag_filter_and_worst_first_order_the_queue(qtbot, pairs_window):
    window = pairs_window
    queue = window.queue
    queue.flag.setCurrentIndex(queue.flag.findData("flagged"))
    settle(qtbot, window)
    assert len(_queue_uids(window)) == 2
    queue.flag.setCurrentIndex(0)
    queue.worst_first.setChecked(True)
    settle(qtbot, window)
    ids = _queue_uids(window)
    assert set(ids[:2]) == {2, 4} and ids[2:] == [1, 3]  # passage ids: the flagged first
    queue.select_passage(3)
    assert queue.current_passage() == 3


def test_rewrites_never_checked_are_checked_when_the_project_opens(qtbot, tmp_path):
    window = open_window(qtbot, _pairs_project(tmp_path, check_flags=False))
    qtbot.waitUntil(lambda: "repetition" in window.queue.model.data(window.queue.model.index(1, QueueModel.FLAGS)))
    window.close()


def _select_rows(window, rows):
    table = window.queue.table
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            window.queue.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_bulk_accept_on_a_selection_confirms_counts_and_one_undo_takes_it_back(qtbot, window):
    qtbot.keyClick(window.queue.table, Qt.Key.Key_R)  # the reviewer's own decision on passage 1
    settle(qtbot, window)
    _select_rows(window, [0, 1, 2, 3])
    window.bulk_accept_action.trigger()
    dialog = window.session.bulk.dialog
    assert dialog.on_selection.isChecked()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    counts = shown(dialog.counts.text())
    assert counts == "To be accepted: 3 passages. Left alone, as decided already: 1 passage."
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    path = window.session.path
    with sqlite3.connect(path) as conn:
        states = dict(conn.execute("SELECT passage_id, decision FROM passage_state"))
        bulk_rows = conn.execute("SELECT count(*) FROM reviews WHERE bulk_id IS NOT NULL").fetchone()[0]
    assert states == {1: "rejected", 2: "accepted", 3: "accepted", 4: "accepted"}
    assert bulk_rows == 3
    model = window.queue.model
    assert model.data(model.index(2, QueueModel.STATE)) == "accepted"  # the queue followed
    window.actions[ActionId.UNDO].trigger()
    settle(qtbot, window)
    with sqlite3.connect(path) as conn:
        states = dict(conn.execute("SELECT passage_id, decision FROM passage_state"))
    assert states == {1: "rejected"}  # the batch went back as a whole; the reviewer's own stayed
    window.actions[ActionId.UNDO].trigger()  # the next Undo is the reviewer's own decision
    settle(qtbot, window)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM passage_state").fetchone()[0] == 0


def test_bulk_on_the_whole_filtered_list(qtbot, window):
    window.queue.search.setText("الحكومة")
    settle(qtbot, window)
    qtbot.wait(400)  # the search waits for typing to pause
    settle(qtbot, window)
    listed = window.queue.listed_count()
    assert 0 < listed < window.session.total
    window.bulk_reject_action.trigger()
    dialog = window.session.bulk.dialog
    assert dialog.on_list.isChecked() and not dialog.on_selection.isEnabled()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    touched = dialog.preview.touched
    assert 0 < touched <= listed
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    with sqlite3.connect(window.session.path) as conn:
        rejected = conn.execute("SELECT count(*) FROM passage_state WHERE decision = 'rejected'").fetchone()[0]
    assert rejected == touched


def test_the_chips_of_the_passage_before_are_gone_at_once(qtbot):
    """Chips are deleted later, when Qt gets round to it: until then the last passage's
    chips must not show beside the new ones."""
    from aligner_gui.core.flags.store import StoredFlag
    from aligner_gui.ui.review.panel import FlagStrip

    strip = FlagStrip()
    qtbot.addWidget(strip)
    strip.show()
    strip.show_flags([StoredFlag(code, 2, "", (), {}) for code in ("repetition", "truncated", "too_long")])
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in strip.chips))
    before = list(strip.chips)
    strip.show_flags([StoredFlag("commentary", 3, "", (), {})])  # no event loop in between
    assert not any(chip.isVisible() for chip in before)
