"""Counts in Arabic: each number in the locale's digits and isolated, and the noun it counts
in the form Arabic gives that number (one, two, three to ten, eleven and on)."""

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QApplication

from aligner_gui.ui.common.i18n import counted
from tests.conftest import write_jsonl
from tests.ui.conftest import open_window, settle
from tests.ui.visible_text import latin_left


def isolated_number(value: int) -> str:
    return f"\u2068{QLocale().toString(value)}\u2069"


def test_the_import_dialog_counts_in_arabic(qtbot, arabic_ui, demo_path, tmp_path):
    records = [{"text": "نص أول"}, {"text": "نص ثان"}, {"text": "نص أول"}] + [{"text": ""}] * 11
    window = open_window(qtbot, demo_path)
    dialog = window.import_passages([write_jsonl(tmp_path / "mixed.jsonl", records)])
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    status = dialog.status.text()
    eleven = isolated_number(11)
    assert status == f"المستورد: فقرتان (لا إعادات صياغة)، ونسخة مكررة واحدة، و{eleven} مشكلةً."
    assert latin_left(status) == []
    window.close()


def test_the_bulk_dialog_counts_in_arabic(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_R)  # passage 1 decided by the reviewer
    settle(qtbot, window)
    selection = window.queue.table.selectionModel()
    selection.clearSelection()
    for row in range(5):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(window.queue.model.index(row, 0), flags)
    window.bulk_accept_action.trigger()
    dialog = window.session.bulk.dialog
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    four = isolated_number(4)
    assert dialog.counts.text() == f"ستُقبل {four} فقرات. تبقى على حالها لأنها مقرَّرة من قبل: فقرة واحدة."
    assert dialog.on_selection.text() == f"الفقرات المحددة في القائمة ({isolated_number(5)})"
    assert dialog.ok.text() == f"قبول {four}"
    dialog.reject()
    window.close()


def test_english_counts_say_one_and_many(qapp):
    one, many = (counted(QApplication.translate("ImportDialog", "%Ln passage(s)", None, n), n) for n in (1, 1200))
    assert (one, many) == ("\u20681\u2069 passage", f"{isolated_number(1200)} passages")
