"""File ▸ Export: choose a format, a folder and which decisions; the export runs as a
long op on the session's reader (it only reads), with a progress bar and Cancel.
Nothing is left in the folder when it fails or is cancelled (core.export)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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

from aligner_gui.core.export import FORMATS, ExportFilter, ExportOptions, ExportReport, export
from aligner_gui.core.export.formats import NEEDED_DECISIONS
from aligner_gui.core.export.rows import DECIDED
from aligner_gui.core.rewrite.prompts import latest_prompts
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common import file_dialogs
from aligner_gui.ui.common.flag_labels import flag_filter_combo
from aligner_gui.ui.common.i18n import counted, isolated
from aligner_gui.ui.common.ops import OpContext
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text
from aligner_gui.ui.common.states import state_label

FORMAT_LABELS = {
    "sft": QT_TRANSLATE_NOOP("ExportDialog", "Fine-tuning (sft): raw and final text as a conversation"),
    "pretrain": QT_TRANSLATE_NOOP("ExportDialog", "Pretraining (pretrain): the final texts"),
    "dpo": QT_TRANSLATE_NOOP("ExportDialog", "Preferences (dpo): the edit or candidate kept over the other"),
    "kto": QT_TRANSLATE_NOOP("ExportDialog", "Desirable or not (kto): accepted and rejected"),
}

SPLIT_LABELS = {
    "train": QT_TRANSLATE_NOOP("ExportDialog", "train"),
    "validation": QT_TRANSLATE_NOOP("ExportDialog", "validation"),
}


class ExportDialog(QDialog):
    exported = Signal(str)  # the folder

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._stop: threading.Event | None = None
        self.setWindowTitle(self.tr("Export from {name}").format(name=isolated(ops.path.name)))
        self.resize(640, 360)
        self.format = QComboBox()
        for fmt in FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportDialog", FORMAT_LABELS[fmt]), fmt)
        self.folder = QLineEdit()
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
        self.folder.setPlaceholderText(self.tr("a new or empty folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._ask_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.decisions = {decision: QCheckBox(state_label(decision)) for decision in DECIDED}
        self._ticked = dict.fromkeys(DECIDED, True)  # the reviewer's choice, kept while a format has no use for it
        decision_row = QHBoxLayout()
        for check in self.decisions.values():
            check.setChecked(True)
            decision_row.addWidget(check)
        self.flag = flag_filter_combo()
        self.worst_first = QCheckBox(self.tr("Worst first"))
        self.worst_first.setToolTip(self.tr("Rows ordered by the reviewed rewrite's worst automatic flag"))
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag, 1)
        flag_row.addWidget(self.worst_first)
        self.system = QComboBox()
        self.system.addItem(self.tr("The prompt each rewrite was made with"), None)
        for prompt in latest_prompts(ops.project):
            self.system.addItem(f"{prompt.name} v{prompt.version}", prompt.text)
        self.validation = QDoubleSpinBox(minimum=0.0, maximum=0.9, singleStep=0.05, decimals=2)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1)
        self.mix_raw = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, decimals=2)
        self.mix_raw.setToolTip(self.tr("Pretraining: add this share of the passages' original raw texts, marked"))
        self.shard_rows = QSpinBox(minimum=0, maximum=100_000_000, singleStep=10_000)
        self.shard_rows.setSpecialValueText(self.tr("no Parquet"))
        self.shard_rows.setToolTip(self.tr("Pretraining: also write Parquet shards of this many rows"))
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Decisions"), decision_row)
        form.addRow(self.tr("Automatic flags"), flag_row)
        form.addRow(self.tr("System message"), self.system)
        form.addRow(self.tr("Validation share"), self.validation)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Raw texts mixed in"), self.mix_raw)
        form.addRow(self.tr("Parquet shard rows"), self.shard_rows)
        self.format.currentIndexChanged.connect(self._update_format_options)
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names and messages are shown in it
        self.status.setWordWrap(True)
        self.start = QPushButton(self.tr("Export"))
        self.start.clicked.connect(self.start_export)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start, self.cancel, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status, 1)
        layout.addLayout(buttons)
        self._update_enabled()
        self._update_format_options()

    def _update_format_options(self) -> None:
        self._update_decisions()
        pretrain = self.format.currentData() == "pretrain"
        self.mix_raw.setEnabled(pretrain)
        self.shard_rows.setEnabled(pretrain)
        self.system.setEnabled(self.format.currentData() != "pretrain")  # pretraining rows have no messages

    def _update_decisions(self) -> None:
        """Only the decisions the format takes can be ticked (sft, pretrain and dpo never
        take a rejected passage); one ticked or not before is so again when it can be."""
        taken = NEEDED_DECISIONS[self.format.currentData()]
        for decision, check in self.decisions.items():
            if check.isEnabled():
                self._ticked[decision] = check.isChecked()
            check.setEnabled(decision in taken)
            check.setChecked(decision in taken and self._ticked[decision])
            check.setToolTip("" if decision in taken else self.tr("This format never includes these passages"))

    def chosen_decisions(self) -> frozenset[str]:
        """The decisions ticked, of those the format takes."""
        taken = NEEDED_DECISIONS[self.format.currentData()]
        return frozenset(d for d, check in self.decisions.items() if check.isChecked() and d in taken)

    @property
    def running(self) -> bool:
        return self._stop is not None

    def _update_enabled(self) -> None:
        self.start.setEnabled(not self.running)
        self.cancel.setEnabled(self.running)

    def _ask_folder(self) -> None:
        name = file_dialogs.existing_directory(self, self.tr("Export into"), self.folder.text())
        if name:
            self.folder.setText(name)

    def start_export(self) -> None:
        if self.running:
            return
        if not self.folder.text().strip():
            self.status.setText(self.tr("Choose a folder to export into"))
            return
        chosen = self.chosen_decisions()
        if not chosen:
            self.status.setText(self.tr("Tick the decisions to export"))
            return
        out = Path(self.folder.text().strip())
        fmt = self.format.currentData()
        export_filter = ExportFilter(
            decisions=chosen,
            flag=self.flag.currentData(),
            order="worst-first" if self.worst_first.isChecked() else "id",
        )
        pretrain = fmt == "pretrain"
        options = ExportOptions(
            validation=self.validation.value(),
            seed=self.seed.value(),
            system=self.system.currentData(),
            mix_raw=self.mix_raw.value() if pretrain else 0.0,
            shard_rows=self.shard_rows.value() if pretrain else 0,
        )
        stop = self._stop = threading.Event()

        def run(project: Project, context: OpContext) -> ExportReport:  # on the reader
            progress = lambda done, total: context.report((done, total))  # noqa: E731
            return export(project, fmt, out, export_filter, options, progress, stop.is_set)

        self.bar.setRange(0, 0)  # busy until the first count
        self.status.setText(self.tr("Exporting…"))
        self._update_enabled()
        self.ops.read_long(run, self._on_progress, self._on_done, self._on_failed, name="export")

    def cancel_export(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, counts: tuple[int, int]) -> None:
        done, total = counts
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _on_done(self, report: ExportReport) -> None:
        self._stop = None
        self._update_enabled()
        self.bar.setRange(0, 1)
        if report.stopped:
            self.bar.setValue(0)
            self.status.setText(self.tr("Cancelled: nothing was written"))
            return
        self.bar.setValue(1)
        rows = " · ".join(
            counted(self.tr("{split}: %Ln row(s)", "", count), count).format(
                split=QCoreApplication.translate("ExportDialog", SPLIT_LABELS[split])
            )
            for split, count in report.rows.items()
        )
        exported = self.tr("Exported %Ln reviewed passage(s) into {folder}: {rows}", "", report.passages)
        self.status.setText(counted(exported, report.passages).format(folder=isolated(str(report.out)), rows=rows))
        self.exported.emit(str(report.out))

    def _on_failed(self, exc: Exception) -> None:
        self._stop = None
        self._update_enabled()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(self.tr("Not exported: {reason}").format(reason=failure_text(exc)))

    def reject(self) -> None:  # Close, Esc: a running export is cancelled first
        self.cancel_export()
        super().reject()
