"""Counts in Arabic: each number in the locale's digits and isolated, and the noun it counts
in the form Arabic gives that number (one, two, three to ten, eleven and on); and a new
prompt's languages offered as words."""

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from aligner_gui.core.flags.check import DEFAULT_THRESHOLDS
from aligner_gui.core.rewrite.job import Progress
from aligner_gui.ui.common.i18n import counted
from aligner_gui.ui.flags.thresholds_dialog import ThresholdsDialog
from aligner_gui.ui.rewriter.panel import RewriterPanel
from aligner_gui.ui.rewriter.prompt_dialog import PromptDialog
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


def test_the_rewriter_job_progress_counts_in_arabic(qtbot, arabic_ui):
    panel = RewriterPanel()
    qtbot.addWidget(panel)
    panel.show_progress(Progress(job_id=1, done=3, total=12, done_this_run=3, tokens_out=1500, elapsed=10.0))
    done, total, rate = isolated_number(3), isolated_number(12), isolated_number(150)
    assert panel.state.text() == f"{done} من {total} فقرةً · {rate} رمزًا/ث · بقي \u20660:30\u2069"
    assert latin_left(panel.state.text()) == []


def test_a_new_prompt_offers_its_languages_as_words(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    dialog = PromptDialog(window.session.ops, window)
    qtbot.addWidget(dialog)
    offered = []

    def answer() -> None:  # the name asked first, then the language
        asking = QApplication.activeModalWidget()
        if not isinstance(asking, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        if not asking.comboBoxItems():
            asking.setTextValue("موجه إنجليزي")
            asking.done(QDialog.DialogCode.Accepted)
            QTimer.singleShot(20, answer)
            return
        offered.extend(asking.comboBoxItems())
        asking.setTextValue("الإنجليزية")
        asking.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(20, answer)
    dialog._new_prompt()
    assert offered == ["العربية", "الإنجليزية"]
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert (dialog.saved.name, dialog.saved.language) == ("موجه إنجليزي", "en")
    window.close()


def test_the_flag_thresholds_defaults_are_in_the_interface_digits(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    dialog = ThresholdsDialog(window.session.ops, window.session.flag_checker, window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    defaults = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert defaults == [QLocale().toString(float(DEFAULT_THRESHOLDS[name]), "g", 6) for name in names]
    if QLocale().zeroDigit() != "0":  # Arabic-Indic digits, as the spin boxes beside them
        assert not any(character.isascii() and character.isdigit() for text in defaults for character in text)
    window.close()
