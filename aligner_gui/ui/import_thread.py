"""Importing files off the GUI thread, with its own project connection.

The thread only reports through signals; the GUI stops it through ``stop()``, which the
import checks between chunks (core.ingest.import_files keeps what was written).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.ingest import FileReport, ImportOptions, RecordError, import_files
from aligner_gui.core.project import Project

# Record errors passed on to the window, per import; all of them are in import_errors.
MAX_ERRORS_SENT = 1000


class ImportThread(QThread):
    progress = Signal(object, int, int)  # FileReport (a copy), bytes done, bytes total
    errors = Signal(list)  # lines as "file:line: reason", in the order found
    done = Signal(list, str)  # the FileReports, and why it failed ("" when it did not)

    def __init__(self, project_path: Path, files: list[Path], options: ImportOptions) -> None:
        super().__init__()
        self.setObjectName("import")
        self.project_path = project_path
        self.files = files
        self.options = options
        self.errors_found = 0
        self._unsent: list[str] = []
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        reports: list[FileReport] = []
        failure = ""
        try:
            with Project.open(self.project_path) as project:
                reports = import_files(
                    project, self.files, self.options, self._on_error, self._on_progress, self._stop.is_set
                )
        except AlignerError as exc:  # busy project, unreadable project file…
            failure = str(exc)
        except Exception as exc:  # noqa: BLE001 - the window must hear of it, not lose the thread
            failure = f"{type(exc).__name__}: {exc}"
        self._send_errors()
        self.done.emit(reports, failure)

    def _on_error(self, error: RecordError) -> None:
        self.errors_found += 1
        if not error.line:  # the whole file failed: always passed on; the reason names the file
            self._unsent.append(error.reason)
        elif self.errors_found <= MAX_ERRORS_SENT:
            self._unsent.append(str(error))

    def _on_progress(self, report: FileReport, done: int, total: int) -> None:
        self._send_errors()
        self.progress.emit(replace(report), done, total)

    def _send_errors(self) -> None:
        if self._unsent:
            self.errors.emit(self._unsent)
            self._unsent = []
