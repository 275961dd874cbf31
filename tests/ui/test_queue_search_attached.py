"""The queue's search in the real window finds an Arabic word with the article and proclitics
attached (الجزيرة, والجزيرة, بالجزيرة…), highlights those forms, and its field says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyle

from aligner_gui.core.ingest.importer import import_files
from aligner_gui.core.store.project import Project
from tests.conftest import write_jsonl
from tests.ui.conftest import open_window, settle

TEXTS = [
    "وصل الوفد إلى الجزيرة صباحا",
    "والجزيرة جميلة في الربيع",
    "أقمنا بالجزيرة أسبوعا",
    "رحلة للجزيرة الخضراء",
    "جزيرتان في البحر",
    "وزير يزور الجزر",
]


@pytest.fixture
def islands(qtbot, tmp_path):
    records = [{"id": f"i{i}", "text": text, "rewrite": text + " اليوم"} for i, text in enumerate(TEXTS)]
    path = tmp_path / "islands.aligner"
    with Project.create(path) as project:
        import_files(project, [write_jsonl(tmp_path / "islands.jsonl", records)])
    window = open_window(qtbot, path)
    yield window
    window.close()


def count_shown(number: int) -> str:
    return f"Passages: \u2068{QLocale().toString(number)}\u2069"


def test_a_word_lists_and_highlights_its_attached_forms(qtbot, islands):
    panel = islands.queue
    panel.search.setText("جزيرة")
    qtbot.waitUntil(lambda: panel.count.text() == count_shown(4))
    assert [panel.model.data(panel.model.index(row, 0)) for row in range(panel.listed_count())] == [1, 2, 3, 4]
    panel.select_row(2)
    qtbot.waitUntil(lambda: islands.panel.raw.toPlainText() == TEXTS[2])
    for pane in (islands.panel.raw, islands.panel.final):
        [(start, end)] = pane.match_ranges()
        assert pane.toPlainText()[start:end] == "بالجزيرة"
    settle(qtbot, islands)


def test_the_search_field_says_how_words_match(islands):
    search = islands.queue.search
    assert "ال" in search.placeholderText() and "*" in search.placeholderText()
    assert "بالجزيرة" in search.toolTip() and "*" in search.toolTip()


def test_the_search_placeholder_shows_whole(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    search = window.queue.search
    room = search.width() - 2 * search.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) - 30  # clear button
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= room
    window.close()
