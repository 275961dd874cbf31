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
from aligner_gui.core.rewrite.factory import BACKENDS, BackendChoice, check_choice
from aligner_gui.core.rewrite.job import Progress, duration_text
from aligner_gui.core.rewrite.prompts import DEFAULT_PROMPT, latest_prompts
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.core.rewrite.types import GenerationSettings
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common import file_dialogs
from aligner_gui.ui.common.i18n import counted, isolated, left_to_right, number
from aligner_gui.ui.rewriter.runner import RewriteOrder
from aligner_gui.ui.rewriter.setting_messages import EXAMPLE_URL, setting_error_text
from aligner_gui.ui.rewriter.three_ways import three_ways_text

SCOPES = ("all", "list", "current")  # every passage, the queue's current list, the shown passage


class RewriterPanel(QWidget):
    start_clicked = Signal()
    pause_clicked = Signal()
    cancel_clicked = Signal()
    edit_prompts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.three_ways = QLabel(three_ways_text())
        self.three_ways.setTextFormat(Qt.TextFormat.PlainText)
        self.three_ways.setWordWrap(True)
        self.backend = QComboBox()
        server = self.tr("An {openai}-compatible server").format(openai=isolated("OpenAI"))
        for backend, label in zip(BACKENDS, (self.tr("A model on this computer"), server), strict=True):
            self.backend.addItem(label, backend)
        self.model = QLineEdit()
        self.browse = browse = QPushButton(self.tr("Browse…"))
        browse.setToolTip(
            self.tr("Choose the model's folder: the one that holds its {config}").format(config=isolated("config.json"))
        )
        browse.clicked.connect(self._browse)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(browse)
        self.base_url = QLineEdit()
        # "for example": an empty field is not a default; Start asks for an address.
        self.base_url.setPlaceholderText(self.tr("for example {url}").format(url=isolated(EXAMPLE_URL)))
        self.base_url.setToolTip(
            self.tr("The server's address, up to {v1}: {vllm} on this computer is at {url}").format(
                v1=isolated("/v1"), vllm=isolated("vLLM"), url=isolated(EXAMPLE_URL)
            )
        )
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(
            self.tr("optional; default {variable}").format(variable=isolated("$ALIGNER_API_KEY"))
        )
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
        self.allow_download = QCheckBox(self.tr("Download the model if it is not cached"))
        self.trust_remote_code = QCheckBox(self.tr("Run the checkpoint's own code"))
        self.allow_pickle = QCheckBox(self.tr("Accept pickle weights"))

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
        layout.addWidget(self.three_ways)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.last_progress = ""
        self.backend.currentIndexChanged.connect(self._on_backend)
        _fit_placeholders(self.model, (self._model_placeholder(False), self._model_placeholder(True)))
        _fit_placeholders(self.base_url, (self.base_url.placeholderText(),))
        self._restore()
        self.set_running(False)

    # -- choices ---------------------------------------------------------------------------

    def _browse(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Model folder"), self.model.text())
        if folder:
            self.model.setText(folder)

    def _on_backend(self) -> None:
        remote = self.backend.currentData() == "openai"
        self.base_url.setEnabled(remote)
        self.api_key.setEnabled(remote)
        for local_only in (self.browse, self.allow_download, self.trust_remote_code, self.allow_pickle):
            local_only.setEnabled(not remote)
        self.model.setPlaceholderText(self._model_placeholder(remote))
        if remote:
            self.model.setToolTip(
                self.tr("The name the server gives its model ({option} of {vllm})").format(
                    option=isolated("--served-model-name"), vllm=isolated("vLLM")
                )
            )
        else:
            self.model.setToolTip(
                self.tr(
                    "The model's folder (Browse…), or the id of a model already in this computer's {hf} cache"
                ).format(hf=isolated("Hugging Face"))
            )

    def _model_placeholder(self, remote: bool) -> str:
        return self.tr("the server's model name") if remote else self.tr("a model folder")

    def select_backend(self, backend: str) -> None:
        self.backend.setCurrentIndex(max(0, self.backend.findData(backend)))

    def set_prompts(self, project: Project, select_id: int | None = None) -> None:
        wanted = select_id or self.prompt.currentData() or QSettings().value("rewriter/prompt", DEFAULT_PROMPT)
        self.prompt.clear()
        for prompt in latest_prompts(project):
            self.prompt.addItem(prompt.label, prompt.id)
            self.prompt.setItemData(self.prompt.count() - 1, prompt.name, Qt.ItemDataRole.UserRole + 1)
            if wanted in (prompt.id, prompt.name):
                self.prompt.setCurrentIndex(self.prompt.count() - 1)

    def choice(self) -> BackendChoice:
        return BackendChoice(
            self.backend.currentData(),
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

    def setting_problem(self) -> RewriteSettingError | None:
        """What must change before anything can start (no model, no or a wrong server URL)."""
        try:
            check_choice(self.choice())
        except RewriteSettingError as error:
            return error
        return None

    def show_setting_error(self, error: RewriteSettingError) -> None:
        """Say what is wrong, in the panel's words, and put the cursor in the field to change."""
        self.state.setText(setting_error_text(error))
        control = {
            "model": self.model,
            "base_url": self.base_url,
            "api_key": self.api_key,
            "allow_download": self.allow_download,
            "allow_pickle": self.allow_pickle,
            "trust_remote_code": self.trust_remote_code,
            "max_new_tokens": self.max_new_tokens,
        }.get(error.setting)
        if control is not None:
            control.setFocus()
            if isinstance(control, QLineEdit):
                control.selectAll()

    def order(self) -> RewriteOrder:
        choice = self.choice()
        settings = GenerationSettings(
            max_new_tokens=self.max_new_tokens.value(),
            do_sample=self.sample.isChecked(),
            temperature=self.temperature.value(),
        )
        self._save()
        return RewriteOrder(choice, self.prompt.currentData(), settings)

    def _save(self) -> None:
        settings = QSettings()
        settings.setValue("rewriter/backend", self.backend.currentData())
        settings.setValue("rewriter/model", self.model.text().strip())
        settings.setValue("rewriter/base_url", self.base_url.text().strip())
        settings.setValue("rewriter/prompt", self.prompt.currentData(Qt.ItemDataRole.UserRole + 1))
        settings.setValue("rewriter/batch_size", self.batch_size.value())
        settings.setValue("rewriter/max_new_tokens", self.max_new_tokens.value())

    def _restore(self) -> None:
        settings = QSettings()
        self.select_backend(settings.value("rewriter/backend", "transformers", type=str))
        self.model.setText(settings.value("rewriter/model", "", type=str))
        self.base_url.setText(settings.value("rewriter/base_url", "", type=str))
        self.batch_size.setValue(settings.value("rewriter/batch_size", 0, type=int))
        self.max_new_tokens.setValue(settings.value("rewriter/max_new_tokens", 2048, type=int))
        self._on_backend()

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
        self.last_progress = counted(
            self.tr("{done} of %Ln passage(s) · {rate} tokens/s · {left} left", "", progress.total), progress.total
        ).format(
            done=number(progress.done),
            rate=number(round(progress.tokens_per_second)),
            left="?" if left is None else left_to_right(duration_text(left)),
        )
        self.state.setText(self.last_progress)

    def show_state(self, text: str) -> None:
        self.state.setText(text)


def _fit_placeholders(field: QLineEdit, placeholders: tuple[str, ...]) -> None:
    """Keep ``field`` wide enough that none of its placeholders is cut off."""
    widest = max(field.fontMetrics().horizontalAdvance(text) for text in placeholders)
    field.setMinimumWidth(widest + 24)  # the frame and the text margins
