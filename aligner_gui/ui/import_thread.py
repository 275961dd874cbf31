"""Importing files off the GUI thread, with its own project connection.

The thread only reports through signals; the GUI stops it through ``stop()``, which the
import checks between chunks (core.ingest.import_files keeps what was written).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from aligner_gui.core import ingest
from aligner_gui.core.errors import AlignerError
from aligner_gui.core.ingest import FileReport, ImportOptions, RecordError
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.invisible import printable

# Record errors passed on to the window, per import; all of them are in import_errors.
MAX_ERRORS_SENT = 1000
# Records per transaction. The reviewer's decisions are written on the GUI thread and
# wait for the import's open transaction. Measured while importing 100,000 passages
# (tests/bench/bench_import_beside_review.py): a decision took a median ~0.8 s with the
# command line's 20,000, 22-47 ms with 2,000; the import itself is up to ~1.2x slower.
TRANSACTION_ROWS_BESIDE_REVIEW = 2000


class ImportThread(QThread):
    progress = Signal(object, int, int)  # FileReport (a copy), bytes done, bytes total
    errors = Signal(list)  # lines as "file:line: reason", in the order found
    done = Signal(list, str)  # the FileReports, and why it failed ("" when it did not)

    def __init__(self, project_path: Path, files: list[Path], options: ImportOptions) -> None:
        super().__init__()
        self.setObjectName("import")
        self.project_path = project_path
        self.files = files
        self.options = replace(options, transaction_rows=options.transaction_rows or TRANSACTION_ROWS_BESIDE_REVIEW)
        self.errors_found = 0
        self._began = False  # the import has reported something: it holds the project
        self._unsent: list[str] = []
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        reports: list[FileReport] = []
        failure = ""
        try:
            with Project.open(self.project_path) as project:
                before = ingest.latest_import_id(project)
                try:
                    reports = ingest.import_files(
                        project, self.files, self.options, self._on_error, self._on_progress, self._stop.is_set
                    )
                except Exception as exc:
                    failure = _describe(exc)
                    if self._began:  # not a lock refused at once: report what it committed
                        reports = ingest.imports_after(project, before)
        except Exception as exc:  # noqa: BLE001 - the project could not be opened
            failure = _describe(exc)
        self._send_errors()
        self.done.emit(reports, failure)

    def _on_error(self, error: RecordError) -> None:
        self._began = True
        self.errors_found += 1
        if error.whole_file or self.errors_found <= MAX_ERRORS_SENT:  # a whole file's: always
            self._unsent.append(printable(str(error)))

    def _on_progress(self, report: FileReport, done: int, total: int) -> None:
        self._began = True
        self._send_errors()
        self.progress.emit(replace(report), done, total)

    def _send_errors(self) -> None:
        if self._unsent:
            self.errors.emit(self._unsent)
            self._unsent = []


def _describe(exc: Exception) -> str:
    if isinstance(exc, AlignerError):  # a busy project, an unreadable project file…
        return printable(str(exc))
    return f"{type(exc).__name__}: {exc}"  # the window must hear of it, not lose the thread
