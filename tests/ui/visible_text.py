"""What a reviewer can read on screen, and the English left in it.

``latin_left`` finds the Latin words in a text that are not allowed in the Arabic interface.
Allowed: whatever is between isolates (values put in by ui/common/i18n: names, ids, paths,
numbers, dates, FILE:LINE), words that carry a digit or punctuation (paths, ids, options
such as --encoding, keys such as Ctrl+Z, file patterns), single letters (keys), and the
names in NAMES. ``walk_the_window`` opens every menu action and dialog of the main window
and returns what it found, one line each: where, the text, the word.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from aligner_gui.ui.project_files import open_or_warn
from aligner_gui.ui.rewriter.prompt_dialog import PromptDialog

# Names of things, not words of the interface: formats (JSON Lines, the values of the
# import's and the export's --format), protocols, the product, key names, a language named in its own language, the
# rewriter backends (values of --backend).
NAMES = frozenset(
    {
        "aligner", "JSON", "JSONL", "CSV", "TSV", "Parquet", "HTTP", "HTTPS", "URL", "API", "NUL", "UTF",
        "OpenAI", "tokenizer", "GPU", "CPU", "CUDA", "English", "transformers", "openai", "safetensors",
        "Lines", "sft", "dpo", "kto", "pretrain", "jsonl", "json", "csv", "tsv", "parquet", "txt",
        "Ctrl", "Shift", "Alt", "Meta", "Esc", "Return", "Enter", "Tab", "Space", "Backspace", "Del", "Home", "End",
        "PgUp", "PgDown", "Ins",
    }
)  # fmt: skip
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
_WORD = re.compile(r"(?:--|\*?\.)?[A-Za-z][\w.\-+:/\\*$@%]*")
_VALUE_MARKS = set("0123456789_.-+:/\\*$@%")


def latin_left(text: str) -> list[str]:
    """The Latin words of ``text`` that are English left untranslated."""
    text = text.replace("&&", "\0").replace("&", "")
    while True:  # isolates can nest: take the innermost first
        stripped = _ISOLATED.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return [
        word
        for word in _WORD.findall(text)
        if len(word) > 1 and not (set(word) & _VALUE_MARKS) and word not in NAMES
    ]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for each text shown in ``root`` and its visible children. Passage
    text (the review panes, an editable text) and the cells of lists are left out."""
    found = [("title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        kind = type(widget).__name__
        for text in _texts_of(widget):
            if text.strip():
                found.append((kind, text))
    return found


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [QTextDocumentFragment.fromHtml(widget.text()).toPlainText() if "<" in widget.text() else widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QDockWidget):
        return [widget.windowTitle()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if type(widget).__name__ == "DiffPane" or not widget.isReadOnly():  # passage text, or the reviewer's
            return [widget.placeholderText()]
        return [widget.placeholderText(), widget.toPlainText()]
    if isinstance(widget, QHeaderView) and widget.model() is not None:  # a table's column names
        model = widget.model()
        return [str(model.headerData(section, widget.orientation()) or "") for section in range(widget.count())]
    return []


def menu_actions(window) -> list[tuple[str, QAction]]:  # noqa: ANN001
    """Every action of the window's menus, with the menu path it sits on."""
    found = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                visit(action.menu(), f"{path} ▸ {action.text()}")
            else:
                found.append((f"{path} ▸ {action.text()}", action))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            visit(top.menu(), top.text())
    return found


class _Findings:
    """Each text with English in it, once, with where it was first seen."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._seen: set[str] = set()

    def scan_text(self, where: str, text: str) -> None:
        words = latin_left(text)
        if not words or text in self._seen:
            return
        self._seen.add(text)
        shown = text if len(text) <= 160 else text[:160] + "…"
        self.lines.append(f"{where}: {shown!r} ({', '.join(dict.fromkeys(words))})")

    def scan(self, where: str, root: QWidget) -> None:
        for kind, text in visible_texts(root):
            self.scan_text(f"{where} / {kind}", text)


def walk_the_window(qtbot, window, import_file, not_a_project) -> list[str]:  # noqa: ANN001
    """Trigger each menu action of ``window`` (but quitting) and read what it shows: the
    window, its status bar, each dialog that opens (then cancelled) and each new window
    (then closed); then an import of ``import_file`` and its problems, and the message
    that ``not_a_project`` cannot be opened; last, the window with the project closed.
    Returns the English found."""
    findings = _Findings()
    seen: set[int] = set()
    new_prompt_asked: set[int] = set()

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        findings.scan(f"dialog {modal.windowTitle()!r}", modal)
        if isinstance(modal, PromptDialog) and id(modal) not in new_prompt_asked:
            new_prompt_asked.add(id(modal))  # New prompt… asks a name, then a language
            QTimer.singleShot(0, _button(modal, "PromptDialog", "New prompt…").click)
            return
        if isinstance(modal, QInputDialog) and isinstance(modal.parent(), PromptDialog) and not modal.comboBoxItems():
            modal.setTextValue("موجه للتجربة")  # the name given, so that the language is asked
            modal.done(QDialog.DialogCode.Accepted)
            return
        if isinstance(modal, QDialog):
            modal.done(0)
        else:
            modal.close()

    closer = QTimer(interval=40)
    closer.timeout.connect(close_modal)
    closer.start()
    # Walked last (closing the project), or not at all (the app's end).
    leaving = {QApplication.translate("MainWindow", "&Quit")}
    try:
        findings.scan("main window", window)
        for path, action in menu_actions(window):
            findings.scan_text("menu", path)
            if not action.isEnabled() or action is window.close_action or action.text() in leaving:
                continue
            action.trigger()
            _pump(0.15)
            findings.scan_text(f"status bar after {path}", window.statusBar().currentMessage())
            findings.scan(f"main window after {path}", window)
            for other in QApplication.topLevelWidgets():
                if other is window or not other.isVisible() or id(other) in seen or isinstance(other, QMenu):
                    continue
                seen.add(id(other))
                findings.scan(f"window {other.windowTitle()!r} from {path}", other)
                other.close()
        # Dialogs opened by buttons rather than menus: each is read, then cancelled.
        _button(window.rewriter_dock.panel, "RewriterPanel", "Edit prompts…").click()
        _button(window.rewriter_dock.panel, "RewriterPanel", "Browse…").click()  # the model folder
        dialog = window.import_passages([import_file])
        if dialog is not None:
            dialog.start.click()
            qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
            findings.scan("import dialog", dialog)
            _button(dialog, "ImportDialog", "Add &files…").click()
            _button(dialog, "ImportDialog", "Add a f&older of .txt files…").click()
            dialog.close()
        export = window.export_curated()
        if export is not None:
            _button(export, "ExportDialog", "Browse…").click()
            export.close()
        open_or_warn(window, not_a_project)  # a project fault, in a message box
        window.close_action.trigger()
        _pump(0.3)
        findings.scan("main window, no project open", window)
    finally:
        closer.stop()
    return findings.lines


def _button(root: QWidget, context: str, source: str) -> QPushButton:
    text = QApplication.translate(context, source)
    return next(button for button in root.findChildren(QPushButton) if button.text() == text)


def _pump(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
