"""The welcome screen: the reviewer's name and the language, the projects opened before,
and the ways in (new, open, the demo, importing a file), with what to do first.

It only asks; the window does the opening (ui.project_files), and refuses it while the
name is empty: every decision is recorded under that name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.welcome.recent_list import RecentList

CONTENT_WIDTH = 720
LANGUAGES = (("en", "English"), ("ar", "العربية"))  # each in its own language


def _button_text(text: str) -> str:
    return text.replace("&", "&&")  # a file name's "&" is not a mnemonic


class WelcomeScreen(QWidget):
    open_requested = Signal(Path)  # the last project, the one waiting for a name, or a recent one
    new_requested = Signal()
    open_other_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    reviewer_changed = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: Path | None = None
        title = QLabel("aligner_gui")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Start with the demo to learn the keys: each passage is shown beside its rewrite, and one key"
                " accepts, edits or rejects it. Then create a project and import your passages (JSON lines,"
                " CSV, Parquet or text), or drop the file on this window."
            )
        )
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setAcceptDrops(False)  # a file dropped here goes to the window
        self.name.textEdited.connect(self._on_name_edited)
        self.name.returnPressed.connect(self._open_target)
        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(1 if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0)
        self.language.activated.connect(self._on_language)
        self.language_hint = QLabel()
        form = QFormLayout()  # each label is its field's buddy: Alt+N, Alt+L
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow("", self.name_hint)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_hint)

        self.reopen = QPushButton()
        self.reopen.setDefault(True)
        self.reopen.setMinimumHeight(self.reopen.sizeHint().height() * 3 // 2)
        bold = QFont(self.reopen.font())
        bold.setBold(True)
        self.reopen.setFont(bold)
        self.reopen.clicked.connect(self._open_target)
        self.new_button = QPushButton(self.tr("New pro&ject…"))
        self.open_button = QPushButton(self.tr("&Open project…"))
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.import_button = QPushButton(self.tr("&Import a file…"))
        buttons = QGridLayout()
        for index, (button, signal) in enumerate(
            (
                (self.new_button, self.new_requested),
                (self.open_button, self.open_other_requested),
                (self.demo_button, self.demo_requested),
                (self.import_button, self.import_requested),
            )
        ):
            button.clicked.connect(signal)
            buttons.addWidget(button, index // 2, index % 2)

        self.recent_title = QLabel(self.tr("Recent projects"))
        self.recent = RecentList()
        self.recent.chosen.connect(self.open_requested)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        drop_hint = QLabel(self.tr("Drop a file of passages or an .aligner project anywhere on this window."))
        drop_hint.setWordWrap(True)
        drop_hint.setEnabled(False)  # greyed: a hint

        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        title_row = QHBoxLayout()  # at the reading start: the name alone would sit left in Arabic
        title_row.addWidget(title)
        title_row.addStretch(1)
        column.addLayout(title_row)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.reopen)
        column.addLayout(buttons)
        for widget in (self.notice, self.recent_title, self.recent, drop_hint):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(content, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)  # a little above the middle
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self._show_name_hint()

    # -- what the window tells it --------------------------------------------------------

    def show_projects(self, recent: list[Path], waiting: Path | None = None) -> None:
        """List ``recent`` and offer the first button for ``waiting`` (a project asked for
        before a name was given), else for the last project opened if it is still there."""
        self.recent.show_projects(recent)
        self.recent_title.setVisible(bool(recent))
        self.recent.setVisible(bool(recent))
        last = recent[0] if recent and recent[0].is_file() else None
        self._target = waiting or last
        if waiting is not None:
            self.reopen.setText(_button_text(self.tr("Open {name}").format(name=isolated(waiting.name))))
        elif last is not None:
            self.reopen.setText(_button_text(self.tr("Reopen {name}").format(name=isolated(last.name))))
        self.reopen.setVisible(self._target is not None)

    def set_reviewer(self, name: str) -> None:
        if name != self.name.text().strip():
            self.name.setText(name)
        self._show_name_hint()

    def reviewer(self) -> str:
        return self.name.text().strip()

    def ask_for_name(self, text: str) -> None:
        """Say why nothing opened, and put the cursor in the name field."""
        self.name_hint.setText(text)
        self.name_hint.setStyleSheet("color: #b00020; font-weight: bold")
        self.name.setFocus()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def focus_first(self) -> None:
        """The name field while it is empty, else the first way in."""
        if not self.reviewer():
            self.name.setFocus()
        elif not self.reopen.isHidden():  # isVisible() is False until the window shows
            self.reopen.setFocus()
        else:
            self.demo_button.setFocus()

    # -- the reviewer's input --------------------------------------------------------------

    def _show_name_hint(self) -> None:
        self.name_hint.setText(self.tr("Recorded with each decision you make. Required."))
        self.name_hint.setStyleSheet("")

    def _on_name_edited(self, text: str) -> None:
        self._show_name_hint()
        self.reviewer_changed.emit(text.strip())

    def _open_target(self) -> None:
        if self._target is not None:
            self.open_requested.emit(self._target)

    def _on_language(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))
        self.language_hint.setText(self.tr("The new language applies when aligner_gui is started again."))
