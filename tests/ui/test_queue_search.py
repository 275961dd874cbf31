"""Searching from the queue in the real window: a common word lists its first matches at
once, says "N+" while there may be more, and reads the rest as the reviewer scrolls or steps
to the end of the list."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt

from aligner_gui.core.ingest.importer import import_files
from aligner_gui.core.review import queue
from aligner_gui.core.store.project import Project
from tests.conftest import write_jsonl
from tests.ui.conftest import open_window, settle

WORD = "السوق"


@pytest.fixture
def market(qtbot, tmp_path, monkeypatch):
    """320 passages with the word, 5 without, and matches read 150 at a time (more than
    the list shows at once, and than it reads ahead of the current row)."""
    monkeypatch.setattr(queue, "SEARCH_BATCH", 150)
    records = [{"id": f"m{i:03d}", "text": f"الفقرة {i} عن {WORD} القديم"} for i in range(320)]
    records += [{"id": f"o{i}", "text": f"الفقرة {i} عن شيء آخر"} for i in range(5)]
    for record in records:
        record["rewrite"] = record["text"] + " الكبير"
    path = tmp_path / "market.aligner"
    with Project.create(path) as project:
        import_files(project, [write_jsonl(tmp_path / "market.jsonl", records)])
    window = open_window(qtbot, path)
    yield window
    window.close()


def count_shown(number: int, more: bool) -> str:
    return f"Passages: \u2068{QLocale().toString(number)}\u2069{'+' if more else ''}"


def test_a_search_lists_its_first_matches_and_reads_more_at_the_end_of_the_list(qtbot, market):
    panel = market.queue
    assert panel.count.text() == count_shown(325, False)
    panel.search.setText(WORD)
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(150, True))
    assert panel.listed_count() == 150 and "More passages match" in panel.count.toolTip()
    panel.table.scrollToBottom()  # the view asks the model for more
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(300, True))
    panel.select_row(panel.listed_count() - 1)  # stepping near the end reads ahead too
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(320, False))
    assert panel.count.toolTip() == ""
    uids = [panel.model.data(panel.model.index(row, 0)) for row in range(panel.listed_count())]
    assert uids == list(range(1, 321))  # every match once, in order
    settle(qtbot, market)


def test_worst_first_with_a_search_says_the_order_is_per_batch(qtbot, market):
    panel = market.queue
    panel.worst_first.setChecked(True)
    panel.search.setText(WORD)
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(150, True))
    assert "Worst first within each" in panel.count.toolTip()
    panel.search.setText("القديم شيء")  # no passage has both: an exact zero
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(0, False))
    settle(qtbot, market)


def test_in_arabic_the_count_says_more_than_the_number_isolated(qtbot, arabic_ui, market):
    panel = market.queue
    panel.search.setText(WORD)
    number = f"\u2068{QLocale().toString(150)}\u2069"
    qtbot.waitUntil(lambda: panel.count.text() == f"الفقرات: أكثر من {number}")
    settle(qtbot, market)


def test_a_bulk_decision_on_a_search_says_and_decides_every_match_not_only_those_listed(qtbot, market):
    panel = market.queue
    panel.search.setText(WORD)
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(150, True))
    market.bulk_reject_action.trigger()
    dialog = market.session.bulk.dialog
    assert dialog.on_list.isChecked() and dialog.on_list.text() == (
        "Every passage in the list as filtered (\u2068150\u2069+)"
    )
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    assert dialog.preview.touched == 320
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, market)
    with sqlite3.connect(market.session.path) as conn:
        assert conn.execute("SELECT count(*) FROM passage_state WHERE decision = 'rejected'").fetchone()[0] == 320
