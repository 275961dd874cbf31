"""Editing the code-of-conduct prompts. Saving never overwrites: it adds a version."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.core.rewrite.prompts import Prompt, latest_prompts, prompt_versions, save_prompt
from aligner_gui.ui.common.fonts import passage_font
from aligner_gui.ui.common.i18n import date_time, isolated
from aligner_gui.ui.common.message_box import warn
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text


@dataclass(frozen=True)
class _SavedPrompt:
    prompt: Prompt
    changes: Changes = Changes(prompts=True)


class PromptDialog(QDialog):
    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.project = ops.project  # the GUI thread's reader
        self.saved: Prompt | None = None
        self.setWindowTitle(self.tr("Prompts"))
        self.resize(760, 620)
        self.name = QComboBox()
        self.version = QComboBox()
        new = QPushButton(self.tr("New prompt…"))
        new.clicked.connect(self._new_prompt)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Prompt")))
        top.addWidget(self.name, 1)
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.version)
        top.addWidget(new)
        self.text = QPlainTextEdit()
        self.text.setFont(passage_font())
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save as new version"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.name.currentTextChanged.connect(self._show_versions)
        self.version.currentIndexChanged.connect(self._show_version)
        self._fill_names()

    def _fill_names(self, select: str | None = None) -> None:
        self.name.blockSignals(True)
        self.name.clear()
        self.name.addItems([p.name for p in latest_prompts(self.project)])
        self.name.blockSignals(False)
        if select:
            self.name.setCurrentText(select)
        self._show_versions(self.name.currentText())

    def _show_versions(self, name: str) -> None:
        self._versions = prompt_versions(self.project, name)
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItems([f"v{p.version}" for p in self._versions])
        self.version.blockSignals(False)
        self._show_version(0)

    def _show_version(self, index: int) -> None:
        if not 0 <= index < len(self._versions):
            self.text.clear()
            return
        prompt = self._versions[index]
        self.text.setPlainText(prompt.text)
        direction = Qt.LayoutDirection.RightToLeft if prompt.language == "ar" else Qt.LayoutDirection.LeftToRight
        self.text.setLayoutDirection(direction)
        self.info.setText(
            self.tr("{label} · {language} · saved {time}. Editing an older version saves a new one.").format(
                label=isolated(prompt.label),
                language=self._language_names().get(prompt.language) or isolated(prompt.language),
                time=date_time(prompt.created_at),
            )
        )

    def _save(self) -> None:
        name = self.name.currentText()
        language = self._versions[0].language if self._versions else "ar"
        self._store(name, language)

    def _store(self, name: str, language: str) -> None:
        text = self.text.toPlainText()
        self.save_button.setEnabled(False)  # until the writer has it
        self.ops.write(
            lambda project: _SavedPrompt(save_prompt(project, name, text, language)),
            self._on_saved,
            self._on_not_saved,
            name="save prompt",
        )

    def _on_saved(self, saved: _SavedPrompt) -> None:
        self.saved = saved.prompt
        self.save_button.setEnabled(True)
        self._fill_names(select=self.saved.name)

    def _on_not_saved(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        warn(self, self.tr("Prompt not saved"), failure_text(exc))

    def _new_prompt(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New prompt"), self.tr("Name of the new prompt:"))
        if not ok or not name.strip():
            return
        names = self._language_names()
        shown, ok = QInputDialog.getItem(
            self, self.tr("New prompt"), self.tr("Language:"), list(names.values()), 0, False
        )
        if ok:
            language = next(code for code, word in names.items() if word == shown)
            self._store(name.strip(), language)

    def _language_names(self) -> dict[str, str]:
        """A prompt's language (its code) as a word of the interface's language."""
        return {"ar": self.tr("Arabic"), "en": self.tr("English")}
