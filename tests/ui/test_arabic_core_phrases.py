"""What core passes on from Python and the system, said in Arabic in an Arabic window:
json's reasons for refusing a record, what a value is ("an array"), why a server cannot be
reached ("Connection refused"); with line and column numbers in the interface's digits.
The file, FILE:LINE and the URL stay as written, isolated."""

import errno
import re
import socket
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractProxyModel, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QTreeView

from aligner_gui.core.ingest import import_files
from aligner_gui.core.rewrite.backends.network_reasons import network_reason
from aligner_gui.ui.common.core_messages import core_message
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.main_window import MainWindow
from aligner_gui.ui.project_files import ask_new
from tests.ui.conftest import open_window, show_window

# Each a record that json refuses for another reason (the column numbers are json's).
BROKEN_LINES = {
    "{broken": "Expecting property name enclosed in double quotes",
    '{"text": }': "Expecting value",
    '{"text": "بلا نهاية': "Unterminated string starting at",
    '{"text": "نص"} زائد': "Extra data",
    '{"text": "نص" "نص"}': "Expecting ',' delimiter",
    '{"text" "نص"}': "Expecting ':' delimiter",
    '{"text": "نص\tمع جدولة"}': "Invalid control character at",
    '{"text": "\\q"}': "Invalid \\escape",
    '{"text": "\\u12"}': "Invalid \\uXXXX escape",
}
# Each a record that is valid JSON but not a passage, and the kind core names.
NOT_PASSAGES = {
    "[1, 2]": "an array",
    '"نص وحده"': "a string",
    "42": "a number",
    "true": "a boolean",
    "null": "null",
    '{"text": 7}': "a number",
    '{"text": {"ar": "نص"}}': "an object",
    '{"text": ["نص"]}': "an array",
}


def english_in(message: str, *values: str) -> list[str]:
    """The Latin words of ``message`` once ``values`` (each shown isolated) are taken out;
    "JSON", the format's name, is allowed."""
    for value in values:
        message = message.replace(f"{isolated(str(value))}", " ")
    return [word for word in re.findall(r"[A-Za-z]+", message) if word != "JSON"]


def paragraph_is_right_to_left(text: str) -> bool:
    """How Qt decides a line's direction: by its first strong letter outside isolates."""
    depth = 0
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0 and kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def imported_problems(project, path):
    problems = []
    import_files(project, [path], on_error=problems.append)
    return problems


def test_json_reasons_and_value_kinds_are_said_in_arabic(arabic_ui, project, tmp_path):
    path = tmp_path / "broken.jsonl"
    lines = [*BROKEN_LINES, *NOT_PASSAGES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = imported_problems(project, path)
    assert [problem.line for problem in problems] == list(range(1, len(lines) + 1))
    reasons = [*BROKEN_LINES.values(), *NOT_PASSAGES.values()]
    for problem, reason in zip(problems, reasons, strict=True):
        assert reason in str(problem)  # core's words, as the command line prints them
        shown = core_message(str(problem))
        assert english_in(shown, f"{path}:{problem.line}", "'text'") == [], shown
        assert shown.startswith(f"{isolated(f'{path}:{problem.line}')}: ")
        assert paragraph_is_right_to_left(shown), shown  # a list of problems shows it from the right


def test_line_and_column_are_in_the_interface_digits(arabic_ui, project, tmp_path):
    path = tmp_path / "one-line.json"  # an array on one line, its second element broken on the next
    path.write_text('[{"text": "نص"}, {"text": "نص"\n "نص"}]\n', encoding="utf-8")
    (problem,) = imported_problems(project, path)
    assert str(problem).endswith("invalid JSON: Expecting ',' delimiter (line 2, column 2)")
    shown = core_message(str(problem))
    line, column = (f"\u2068{QLocale().toString(n)}\u2069" for n in (2, 2))
    assert shown.endswith(f"بيانات JSON غير صالحة: كان المتوقَّع الفاصلة «,» (السطر {line}، العمود {column})")
    assert QLocale().toString(2) == "٢"  # Arabic-Indic digits, not the 2 core wrote


def test_english_keeps_core_words(qapp, project, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text("{broken\n[1]\n", encoding="utf-8")
    shown = [core_message(str(problem)) for problem in imported_problems(project, path)]
    assert shown == [
        f"{path}:1: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:2: expected a JSON object, got an array",
    ]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_refused_connection_is_said_in_arabic(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    window.rewriter_dock.show()
    panel = window.rewriter_dock.panel
    url = f"http://127.0.0.1:{closed_port()}/v1"
    panel.select_backend("openai")
    panel.model.setText("rewriter")
    panel.base_url.setText(url)
    with qtbot.waitSignal(window.rewriter_dock.job_finished, timeout=10_000):
        qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    state = panel.state.text()
    assert "(رُفض الاتصال)" in state, state
    assert english_in(state, url) == [], state
    window.close()


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "رُفض الاتصال"),
        (OSError(errno.ETIMEDOUT, "Connection timed out"), "انتهت مهلة الاتصال"),
        (OSError(errno.EHOSTUNREACH, "No route to host"), "لا طريق إلى الخادم عبر الشبكة"),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "اسم الخادم غير معروف"),
    ],
)
def test_why_a_server_cannot_be_reached_is_said_in_arabic(arabic_ui, error, said):
    url = "http://gpu-box.local:8000/v1/chat/completions"
    message = f"cannot reach {url}: {network_reason(error)} (gave up after 3 attempts)"
    shown = core_message(message)
    assert shown.startswith(f"يتعذّر الوصول إلى {isolated(str(url))}: {said} (")
    assert f"\u2068{QLocale().toString(3)}\u2069 محاولات" in shown and english_in(shown, url) == [], shown


def read_file_dialog_row(qtbot, path: Path) -> list[str]:
    """Once a file dialog shows ``path``'s folder: the cells of ``path``'s row; the dialog
    is then cancelled."""
    row: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, attempt)
            return
        files = dialog.findChild(QFileSystemModel)
        view = dialog.findChild(QTreeView, "treeView")
        shown = view.model()
        index = files.index(str(path))
        if isinstance(shown, QAbstractProxyModel):
            index = shown.mapFromSource(index)
        cells = [shown.data(index.siblingAtColumn(column)) or "" for column in range(shown.columnCount(index.parent()))]
        if not cells or not cells[1]:  # the folder is read in the background
            QTimer.singleShot(20, attempt)
            return
        row.extend(cells)
        dialog.reject()

    QTimer.singleShot(0, attempt)
    return row


def test_the_file_dialog_says_sizes_and_dates_in_arabic(qtbot, arabic_ui, tmp_path):
    window = MainWindow("هدى")
    qtbot.addWidget(window)
    show_window(qtbot, window)
    small, larger = tmp_path / "small.aligner", tmp_path / "larger.aligner"
    small.write_bytes(b"x" * 12)
    larger.write_bytes(b"x" * 3000)
    rows = []
    for path in (small, larger):
        rows.append(read_file_dialog_row(qtbot, path))
        ask_new(window, importing=[tmp_path / "small.jsonl"])  # File ▸ New project, offered beside it
    assert all(rows), "the New project dialog did not show the folder"
    name, size, _, modified = rows[0]
    assert name == "small.aligner"
    assert size == "١٢ بايت"  # not "12 bytes"
    assert not re.search(r"[0-9]", modified) and re.search(r"[٠-٩]", modified), modified
    assert rows[1][1] == "٢٫٩ كيلوبايت"  # not "2.9 KiB"
    window.close()
