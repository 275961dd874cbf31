"""The Rewriter panel: choose model, backend and prompt; start, pause and cancel a job.

Its choices also drive "regenerate this passage". They are kept in the settings, except
the API key, which is never written to disk (the ALIGNER_API_KEY environment variable is
the lasting way to give one).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
from aligner_gui.core.rewrite.factory import BACKENDS, BackendChoice
from aligner_gui.core.rewrite.job import Progress, duration_text
from aligner_gui.core.rewrite.prompts import DEFAULT_PROMPT, latest_prompts
from aligner_gui.core.rewrite.types import GenerationSettings
from aligner_gui.core.store.project import Project
from aligner_gui.ui.rewriter.runner import RewriteOrder

SCOPES = ("all", "list", "current")  # every passage, the queue's current list, the shown passage


class RewriterPanel(QWidget):
    start_clicked = Signal()
    pause_clicked = Signal()
    cancel_clicked = Signal()
    edit_prompts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = QComboBox()
        self.backend.addItems(BACKENDS)
        self.model = QLineEdit()
        self.model.setPlaceholderText(self.tr("model folder, or a model id in the Hugging Face cache"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(browse)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("http://localhost:8000/v1")
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("optional; default $ALIGNER_API_KEY"))
        self.prompt = QComboBox()
        prompts_button = QPushButton(self.tr("Edit prompts…"))
        prompts_button.clicked.connect(self.edit_prompts_clicked)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(prompts_button)
        self.scope = QComboBox()
        for scope, label in zip(
            SCOPES, (self.tr("All passages"), self.tr("The passages in the list"), self.tr("This passage")), strict=True
        ):
            self.scope.addItem(label, scope)
        self.limit = QSpinBox(maximum=10_000_000, specialValueText=self.tr("no limit"))
        self.batch_size = QSpinBox(minimum=0, maximum=4096, specialValueText=self.tr("automatic"))
        self.max_new_tokens = QSpinBox(minimum=16, maximum=32768, value=2048)
        self.sample = QCheckBox(self.tr("Sample (instead of greedy)"))
        self.temperature = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.1, value=0.7)
        # Opt-ins, as on the command line; never remembered: each session asks again.
        self.allow_download = QCheckBox(self.tr("Download the model if it is not cached (--allow-download)"))
        self.trust_remote_code = QCheckBox(self.tr("Run the checkpoint's own code (--trust-remote-code)"))
        self.allow_pickle = QCheckBox(self.tr("Accept pickle weights (--allow-pickle)"))

        form = QFormLayout()
        form.addRow(self.tr("Backend"), self.backend)
        form.addRow(self.tr("Model"), model_row)
        form.addRow(self.tr("Server URL"), self.base_url)
        form.addRow(self.tr("API key"), self.api_key)
        form.addRow(self.tr("Prompt"), prompt_row)
        form.addRow(self.tr("Passages"), self.scope)
        form.addRow(self.tr("At most"), self.limit)
        form.addRow(self.tr("Batch size"), self.batch_size)
        form.addRow(self.tr("Max new tokens"), self.max_new_tokens)
        form.addRow(self.sample, self.temperature)
        for opt_in in (self.allow_download, self.trust_remote_code, self.allow_pickle):
            form.addRow(opt_in)

        self.start = QPushButton(self.tr("Start"))
        self.pause = QPushButton(self.tr("Pause"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.start.clicked.connect(self.start_clicked)
        self.pause.clicked.connect(self.pause_clicked)
        self.cancel.clicked.connect(self.cancel_clicked)
        buttons = QHBoxLayout()
        for button in (self.start, self.pause, self.cancel):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        self.bar = QProgressBar()
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.last_progress = ""
        self.backend.currentTextChanged.connect(self._on_backend)
        self._restore()
        self.set_running(False)

    # -- choices ---------------------------------------------------------------------------

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Model folder"), self.model.text())
        if folder:
            self.model.setText(folder)

    def _on_backend(self, backend: str) -> None:
        remote = backend == "openai"
        self.base_url.setEnabled(remote)
        self.api_key.setEnabled(remote)

    def set_prompts(self, project: Project, select_id: int | None = None) -> None:
        wanted = select_id or self.prompt.currentData() or QSettings().value("rewriter/prompt", DEFAULT_PROMPT)
        self.prompt.clear()
        for prompt in latest_prompts(project):
            self.prompt.addItem(prompt.label, prompt.id)
            self.prompt.setItemData(self.prompt.count() - 1, prompt.name, Qt.ItemDataRole.UserRole + 1)
            if wanted in (prompt.id, prompt.name):
                self.prompt.setCurrentIndex(self.prompt.count() - 1)

    def order(self) -> RewriteOrder:
        choice = BackendChoice(
            self.backend.currentText(),
            self.model.text().strip(),
            base_url=self.base_url.text().strip() or None,
            api_key=self.api_key.text().strip() or None,
            batch_size=self.batch_size.value() or None,
            model_options=ModelOptions(
                allow_download=self.allow_download.isChecked(),
                trust_remote_code=self.trust_remote_code.isChecked(),
                allow_pickle=self.allow_pickle.isChecked(),
            ),
        )
        settings = GenerationSettings(
            max_new_tokens=self.max_new_tokens.value(),
            do_sample=self.sample.isChecked(),
            temperature=self.temperature.value(),
        )
        self._save()
        return RewriteOrder(choice, self.prompt.currentData(), settings)

    def _save(self) -> None:
        settings = QSettings()
        settings.setValue("rewriter/backend", self.backend.currentText())
        settings.setValue("rewriter/model", self.model.text().strip())
        settings.setValue("rewriter/base_url", self.base_url.text().strip())
        settings.setValue("rewriter/prompt", self.prompt.currentData(Qt.ItemDataRole.UserRole + 1))
        settings.setValue("rewriter/batch_size", self.batch_size.value())
        settings.setValue("rewriter/max_new_tokens", self.max_new_tokens.value())

    def _restore(self) -> None:
        settings = QSettings()
        self.backend.setCurrentText(settings.value("rewriter/backend", "transformers", type=str))
        self.model.setText(settings.value("rewriter/model", "", type=str))
        self.base_url.setText(settings.value("rewriter/base_url", "", type=str))
        self.batch_size.setValue(settings.value("rewriter/batch_size", 0, type=int))
        self.max_new_tokens.setValue(settings.value("rewriter/max_new_tokens", 2048, type=int))
        self._on_backend(self.backend.currentText())

    # -- running ---------------------------------------------------------------------------

    def set_running(self, running: bool, paused: bool = False) -> None:
        self.start.setEnabled(not running)
        self.pause.setEnabled(running)
        self.cancel.setEnabled(running)
        self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def show_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        left = progress.seconds_left
        self.last_progress = (
            self.tr("{done} of {total} passages · {rate:.0f} tokens/s · {left} left").format(
                done=progress.done,
                total=progress.total,
                rate=progress.tokens_per_second,
                left="?" if left is None else duration_text(left),
            )
        )
        self.state.setText(self.last_progress)

    def show_state(self, text: str) -> None:
        self.state.setText(text)
