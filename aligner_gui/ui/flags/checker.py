"""Checking, in the background, the rewrites an older project never checked for flags.

New rewrites are checked as they arrive (import, generation). A project made before
flags existed has rewrites without them: on opening, the writer checks them a chunk at a
time, serving the reviewer's decisions between chunks, and the queue follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from aligner_gui.core.flags.store import CheckReport, recheck, unchecked_count
from aligner_gui.core.rewrite.types import Cancelled
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.i18n import counted, number
from aligner_gui.ui.common.ops import Changes, OpContext, ServingControl
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text


@dataclass(frozen=True)
class CheckDone:
    report: CheckReport | None  # None: stopped (the session closed)
    changes: Changes


class FlagChecker(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, ops: ProjectOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.control = ServingControl()
        self.running = False

    def start(self, everything: bool = False) -> None:
        """Check what is unchecked (``everything``: all rewrites again, after a change of thresholds)."""
        if self.ops.read_only or self.running:
            return
        if everything:
            self._run(everything=True)
        else:
            self.ops.read(unchecked_count, lambda count: count and self._run(everything=False), name="unchecked")

    def _run(self, everything: bool) -> None:
        self.running = True

        def check(project: Project, context: OpContext) -> CheckDone:
            self.control.attach(context)

            def between_chunks() -> None:
                context.serve()
                self.control.checkpoint()  # raises Cancelled once the session closes

            try:
                report = recheck(project, everything, lambda done, total: context.report((done, total)), between_chunks)
            except Cancelled:
                report = None
            return CheckDone(report, Changes(all_passages=True))

        self.ops.run_long(
            check, progress=self._on_progress, success=self._on_done, failure=self._on_failed, name="flags"
        )

    def _on_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.message.emit(
            self.tr("Checking rewrites for automatic flags: {done} of {total}").format(
                done=number(done), total=number(total)
            )
        )

    def _on_done(self, result: CheckDone) -> None:
        self.running = False
        if result.report is not None:
            self.message.emit(
                counted(
                    self.tr("Automatic flags checked: {flagged} of %Ln rewrite(s) flagged", "", result.report.checked),
                    result.report.checked,
                ).format(flagged=number(result.report.flagged))
            )

    def _on_failed(self, error: Exception) -> None:
        self.running = False
        self.message.emit(failure_text(error))

    def shutdown(self) -> None:
        self.control.cancel()
