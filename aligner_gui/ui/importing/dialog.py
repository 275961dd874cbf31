"""File ▸ Import passages: choose files and options, watch the import, read its problems.

The import runs as a long op on the writer (importing/job.py), so the window stays usable. Closing the dialog or
pressing Stop ends it after the chunk being written; everything written is kept, and
importing the same files again carries on where it stopped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.core.ingest import FileReport, ImportOptions
from aligner_gui.core.ingest.sources import FORMATS
from aligner_gui.core.text.invisible import printable
from aligner_gui.ui.common import file_dialogs
from aligner_gui.ui.common.i18n import counted, isolated, number
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.importing.job import MAX_ERRORS_SENT, ImportJob

ENCODINGS = ("utf-8", "cp1256", "iso-8859-6", "utf-16")
FILE_PATTERNS = "*.jsonl *.ndjson *.json *.jsonl.gz *.json.gz *.gz *.csv *.tsv *.tab *.parquet *.pq *.txt *.text"


class ImportDialog(QDialog):
    finished_import = Signal(int)  # passages added

    def __init__(self, ops: ProjectOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.project_path = project_path = ops.path
        self.job: ImportJob | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import passages into {name}").format(name=project_path.name))
        self.resize(720, 560)

        self.files = QListWidget()
        self.files.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self._ask_files)
        add_folder = QPushButton(self.tr("Add a f&older of .txt files…"))
        add_folder.clicked.connect(self._ask_folder)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self._remove_selected)
        file_box = QGridLayout()
        file_box.addWidget(self.files, 0, 0, 4, 1)
        for row, button in enumerate((add_files, add_folder, self.remove)):
            file_box.addWidget(button, row, 1)

        self.format = QComboBox()
        self.format.addItem(self.tr("From the file name"), "auto")
        for name in FORMATS:
            self.format.addItem(name, name)
        self.text_field, self.id_field, self.rewrite_field = (self._field_box() for _ in range(3))
        self.encoding = QComboBox()
        self.encoding.setEditable(True)
        self.encoding.addItems(ENCODINGS)
        self.encoding.setToolTip(self.tr("cp1256 is Windows Arabic; the same as aligner import --encoding"))
        options = QFormLayout()
        options.addRow(self.tr("Format:"), self.format)
        options.addRow(self.tr("Text field:"), self.text_field)
        options.addRow(self.tr("Id field:"), self.id_field)
        options.addRow(self.tr("Rewrite field:"), self.rewrite_field)
        options.addRow(self.tr("Encoding:"), self.encoding)
        self._option_widgets = [self.files, add_files, add_folder, self.remove, self.format, self.encoding]
        self._option_widgets += [self.text_field, self.id_field, self.rewrite_field]

        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = _plain_label()
        self.problems = QPlainTextEdit()  # plain text only: file contents are untrusted
        self.problems.setReadOnly(True)
        # "file:line: reason" in the interface's direction (translated, FILE:LINE isolated);
        # a plain text box would guess each line's direction and align all of them left,
        # and, right to left, would scroll a long line's start out of view: they wrap.
        option = self.problems.document().defaultTextOption()
        option.setTextDirection(self.problems.layoutDirection())
        option.setAlignment(QStyle.visualAlignment(self.problems.layoutDirection(), Qt.AlignmentFlag.AlignLeft))
        self.problems.document().setDefaultTextOption(option)
        self.problems.setPlaceholderText(self.tr("Problems found in the files are listed here."))
        self.start = QPushButton(self.tr("&Import"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.start_import)
        self.stop = QPushButton(self.tr("&Stop"))
        self.stop.clicked.connect(self.stop_import)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QGridLayout()
        buttons.setColumnStretch(0, 1)
        for column, button in enumerate((self.start, self.stop, self.close_button), start=1):
            buttons.addWidget(button, 0, column)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files to import:")))
        layout.addLayout(file_box)
        layout.addLayout(options)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self._update_enabled()

    def _field_box(self) -> QLineEdit:
        box = QLineEdit()
        box.setPlaceholderText(self.tr("found by itself"))
        return box

    # -- choosing files ----------------------------------------------------------------

    def present(self, paths: list[Path]) -> None:
        """Show the dialog (again), with ``paths`` added to the list."""
        self._close_when_done = False  # shown again: the results are wanted
        self.add_paths(paths)
        self.show()
        self.raise_()
        self.activateWindow()

    def add_paths(self, paths: list[Path]) -> None:
        present = set(self._paths())
        for path in paths:
            if path not in present:
                item = QListWidgetItem(printable(str(path)))  # a name can hide controls: shown escaped
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.files.addItem(item)
                present.add(path)
        self._update_enabled()

    def _paths(self) -> list[Path]:
        return [self.files.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.files.count())]

    def _ask_files(self) -> None:
        names = file_dialogs.open_file_names(
            self,
            self.tr("Files to import"),
            "",
            self.tr("Passages ({patterns});;All files (*)").format(patterns=FILE_PATTERNS),
        )
        self.add_paths([Path(name) for name in names])

    def _ask_folder(self) -> None:
        name = file_dialogs.existing_directory(self, self.tr("A folder of .txt files"))
        if name:
            self.add_paths([Path(name)])

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_enabled()

    def options(self) -> ImportOptions:
        return ImportOptions(
            format=self.format.currentData(),
            text_field=self.text_field.text().strip() or None,
            id_field=self.id_field.text().strip() or None,
            rewrite_field=self.rewrite_field.text().strip() or None,
            encoding=self.encoding.currentText().strip() or "utf-8",
        )

    # -- running -------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.job is not None or not self.files.count():
            return
        paths = self._paths()
        self.problems.clear()
        self._close_when_done = False
        self.bar.setValue(0)
        self.status.setText(self.tr("Starting…"))
        self.job = ImportJob(self.ops, paths, self.options())
        self.job.progress.connect(self._on_progress)
        self.job.errors.connect(lambda lines: self.problems.appendPlainText("\n".join(lines)))
        self.job.done.connect(self._on_done)
        self._update_enabled()
        self.job.start()

    def stop_import(self) -> None:
        if self.job is not None:
            self.job.stop()
            self._update_enabled()
            self.status.setText(self.tr("Stopping after the passages being written…"))

    def retire(self) -> None:
        """Keep the results on show but take no more files: the window has moved on to
        another project, and files added here would go into this one."""
        for widget in [*self._option_widgets, self.start]:
            widget.setEnabled(False)

    @property
    def running(self) -> bool:
        return self.job is not None

    def _update_enabled(self) -> None:
        for widget in self._option_widgets:
            widget.setEnabled(not self.running)
        self.start.setEnabled(not self.running and self.files.count() > 0)
        self.stop.setEnabled(self.running and not self.job.stopping)

    def _on_progress(self, report: FileReport, done: int, total: int) -> None:
        self.bar.setMaximum(1000 if total else 0)  # 0: a pipe, of unknown size: a busy bar
        self.bar.setValue(1000 * done // max(total, 1))
        self.status.setText(self._file_line(report))

    def _file_line(self, report: FileReport) -> str:
        name = isolated(Path(report.path).name)
        if not report.begun:
            return self.tr("{file}: not begun").format(file=name)
        counts = self.tr("{file}: imported {passages}, {duplicates}, {problems}").format(
            file=name,
            passages=self._passages(report.imported),
            duplicates=self._duplicates(report.duplicates),
            problems=self._problems(report.errors),
        )
        if report.carried_on_after is not None:
            line = number(report.carried_on_after)
            return counts + " " + self.tr("(carried on after line {line}, where it stopped)").format(line=line)
        if report.changed_since:
            return counts + " " + self.tr("(changed since it stopped: read from the start)")
        return counts

    def _passages(self, count: int) -> str:
        return counted(self.tr("%Ln passage(s)", "", count), count)

    def _duplicates(self, count: int) -> str:
        return counted(self.tr("%Ln duplicate(s)", "", count), count)

    def _problems(self, count: int) -> str:
        return counted(self.tr("%Ln problem(s)", "", count), count)

    def _on_done(self, reports: list[FileReport], failure: str) -> None:
        if self.job is None:  # shut down already
            return
        self._forget_job()
        imported = sum(r.imported for r in reports)
        errors = sum(r.errors for r in reports)
        rewrites = sum(r.rewrites for r in reports)
        lines = [
            self.tr("Imported: {passages} ({rewrites}), {duplicates}, {problems}.").format(
                passages=self._passages(imported),
                rewrites=counted(self.tr("%Ln rewrite(s)", "", rewrites), rewrites),
                duplicates=self._duplicates(sum(r.duplicates for r in reports)),
                problems=self._problems(errors),
            )
        ]
        if len(reports) > 1 or any(r.carried_on_after is not None or r.changed_since for r in reports):
            lines += [self._file_line(report) for report in reports]
        if errors > MAX_ERRORS_SENT:
            lines.append(
                counted(
                    self.tr("The first %Ln problem(s) are listed; all are kept in the project.", "", MAX_ERRORS_SENT),
                    MAX_ERRORS_SENT,
                )
            )
        self.bar.setMaximum(1000)  # a busy bar no longer (see _on_progress)
        stopped = any(r.stopped for r in reports)
        if stopped:
            lines.append(self.tr("Stopped: importing the same files again carries on where it stopped."))
        if failure:
            lines.append(self.tr("The import could not run: {reason}").format(reason=failure))
            self.problems.appendPlainText(failure)
        elif not stopped:
            self.bar.setValue(self.bar.maximum())
        self.status.setText("\n".join(lines))
        self.finished_import.emit(imported)
        if self._close_when_done:
            self.reject()

    def reject(self) -> None:  # Close, Esc and the title bar's close button all come here
        if self.job is not None:  # stop first; the dialog closes once it has
            self._close_when_done = True
            self.stop_import()
            return
        super().reject()

    def shutdown(self) -> None:
        """Stop a running import (the window is closing; closing the session waits for
        the writer to finish the chunk being written)."""
        if self.job is not None:
            self.job.stop()
            self._forget_job()

    def _forget_job(self) -> None:
        self.job = None  # not deleted here: the writer may still report its end
        self._update_enabled()


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names are shown in it
    label.setWordWrap(True)
    return label
