"""An import as a long op on the writer (ui.common.ops).

The background function only reports (through the op's progress); the GUI steers it
through its JobControl: a cancel (``stop()``) ends the import after the chunk being
written (core.ingest.import_files keeps what was written), and a pause waits after a
commit while the writer goes on serving decisions. After each committed chunk the writer lets the decisions and
drafts waiting behind the import through, written as durably as ever.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from aligner_gui.core import ingest
from aligner_gui.core.ingest import FileReport, ImportOptions, RecordError
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.core_messages import core_message
from aligner_gui.ui.common.ops import Changes, OpContext, ServingControl
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text

# Record errors passed on to the window, per import; all of them are in import_errors.
MAX_ERRORS_SENT = 1000
# Records per transaction: a decision made meanwhile waits, on the writer, for the chunk
# being written (tests/bench/bench_import_beside_review.py measured 22-47 ms with 2,000
# and a median ~0.8 s with the command line's 20,000; the import is up to ~1.2x slower).
TRANSACTION_ROWS_BESIDE_REVIEW = 2000


@dataclass
class _Report:
    report: FileReport
    done: int
    total: int
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportOutcome:
    reports: list[FileReport]
    failure: str  # "" when it did not fail
    errors: list[str]  # the last ones, not yet reported
    changes: Changes


class ImportJob(QObject):
    progress = Signal(object, int, int)  # FileReport (a copy), bytes done, bytes total
    errors = Signal(list)  # lines as "file:line: reason", in the order found
    done = Signal(list, str)  # the FileReports, and why it failed ("" when it did not)

    def __init__(self, ops: ProjectOps, files: list[Path], options: ImportOptions) -> None:
        super().__init__()
        self.ops = ops
        self.files = files
        self.options = replace(options, transaction_rows=options.transaction_rows or TRANSACTION_ROWS_BESIDE_REVIEW)
        self.errors_found = 0
        self.control = ServingControl()
        self.finished = False

    def stop(self) -> None:
        self.control.cancel()

    @property
    def stopping(self) -> bool:
        return self.control.cancelled

    def start(self) -> None:
        self.ops.run_long(self._run, self._on_report, self._on_done, self._on_failed, name="import", outlives=True)

    # -- on the writer ----------------------------------------------------------------------

    def _run(self, project: Project, context: OpContext) -> ImportOutcome:
        self.control.attach(context)
        unsent: list[str] = []
        began = False  # the import has reported something: it holds the project

        def on_error(error: RecordError) -> None:
            nonlocal began
            began = True
            self.errors_found += 1
            if error.whole_file or self.errors_found <= MAX_ERRORS_SENT:  # a whole file's: always
                unsent.append(core_message(str(error)))

        def on_progress(report: FileReport, done: int, total: int) -> None:  # after a commit
            nonlocal began
            began = True
            context.report(_Report(replace(report), done, total, unsent[:]))
            unsent.clear()
            # What waits behind the import is written as durably as outside it.
            project.conn.execute("PRAGMA synchronous=FULL")
            context.serve()
            self.control.wait_while_paused()  # here, between transactions: never inside one
            project.conn.execute("PRAGMA synchronous=NORMAL")

        before = ingest.latest_import_id(project)
        reports: list[FileReport] = []
        failure = ""
        try:
            reports = ingest.import_files(
                project, self.files, self.options, on_error, on_progress, lambda: self.control.cancelled
            )
        except Exception as exc:  # noqa: BLE001 - the window must hear of it, not lose the writer
            failure = _describe(exc)
            if began:  # not a lock refused at once: report what it committed
                reports = ingest.imports_after(project, before)
        changed = any(r.imported or r.rewrites for r in reports)
        return ImportOutcome(reports, failure, unsent, Changes(new_passages=changed, recount=changed))

    # -- on the GUI thread --------------------------------------------------------------------

    def _on_report(self, report: _Report) -> None:
        if report.errors:
            self.errors.emit(report.errors)
        self.progress.emit(report.report, report.done, report.total)

    def _on_done(self, outcome: ImportOutcome) -> None:
        self.finished = True
        if outcome.errors:
            self.errors.emit(outcome.errors)
        self.done.emit(outcome.reports, outcome.failure)

    def _on_failed(self, exc: Exception) -> None:  # the project could not be opened
        self.finished = True
        self.done.emit([], _describe(exc))


def _describe(exc: Exception) -> str:
    """Said in the dialog, escaped (failure_text escapes): a file name in it could hide
    control characters."""
    return failure_text(exc)
