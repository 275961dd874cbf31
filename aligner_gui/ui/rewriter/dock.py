"""The Rewriter dock: the panel's buttons wired to a RewriteRunner for the open project.

Each committed batch is announced as a change notice (the queue's rows and the passage
on screen follow it); the dock itself shows the job's progress.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from aligner_gui.core.review.queue import QueueFilter
from aligner_gui.core.rewrite.job import Progress
from aligner_gui.core.rewrite.job_store import Selection
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.rewriter.panel import RewriterPanel
from aligner_gui.ui.rewriter.prompt_dialog import PromptDialog
from aligner_gui.ui.rewriter.runner import RewriteRunner
from aligner_gui.ui.rewriter.setting_messages import setting_error_text


class ListScope(Protocol):
    """What a job's "the passages in the list" and "this passage" mean (the queue's)."""

    def current_passage(self) -> int | None: ...
    def current_filter(self) -> QueueFilter: ...


class RewriterDock(QDockWidget):
    message = Signal(str)
    job_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rewriter"), parent)
        self.setObjectName("rewriter-dock")
        self.panel = RewriterPanel()
        self.setWidget(self.panel)
        self.ops: ProjectOps | None = None
        self.scope: ListScope | None = None
        self.runner: RewriteRunner | None = None
        self.offer: QMessageBox | None = None  # "open the Rewriter panel?", while it is shown
        self.panel.start_clicked.connect(self.start_job)
        self.panel.pause_clicked.connect(self.toggle_pause)
        self.panel.cancel_clicked.connect(self.cancel)
        self.panel.edit_prompts_clicked.connect(self.edit_prompts)

    def set_project(self, ops: ProjectOps, scope: ListScope) -> RewriteRunner:
        self.close_project()
        self.ops, self.scope = ops, scope
        self.runner = RewriteRunner(ops, self)
        self.runner.status.connect(self.panel.show_state)
        self.runner.progress.connect(self._on_progress)
        self.runner.failed.connect(self._on_failed)
        self.runner.job_finished.connect(self._on_job_finished)
        self.runner.busy_changed.connect(lambda busy: self.panel.set_running(busy and self.runner.kind == "job"))
        self.panel.set_prompts(ops.project)
        self.panel.set_running(False)
        return self.runner

    def on_changed(self, changes: Changes) -> None:
        if changes.prompts and self.ops is not None:
            self.panel.set_prompts(self.ops.project)

    def close_project(self) -> None:
        if self.runner is not None:
            self.runner.shutdown()
            self.runner.deleteLater()
        self.runner = self.ops = self.scope = None

    # -- buttons -----------------------------------------------------------------------------

    def start_job(self) -> None:
        if self.runner is None or self.scope is None:
            return
        problem = self.panel.setting_problem()
        if problem is not None:
            self.panel.show_setting_error(problem)
            return
        order = self.panel.order()
        limit = self.panel.limit.value() or None
        scope = self.panel.scope.currentData()
        queue = self.scope
        if scope == "current":
            current = queue.current_passage()
            if current is None:
                self.panel.show_state(self.tr("No passage is shown"))
                return
            selection = Selection(passage_ids=(current,), limit=limit)
        elif scope == "list":
            selection = Selection(queue_filter=queue.current_filter(), limit=limit)
        else:
            selection = Selection(limit=limit)
        if self.runner.start_job(order, selection):
            self.panel.bar.setValue(0)
            self.panel.last_progress = ""
            self.panel.show_state(self.tr("starting…"))
        else:
            self.panel.show_state(self.tr("The rewriter is busy"))

    def toggle_pause(self) -> None:
        control = self.runner.control if self.runner else None
        if control is None:
            return
        if control.paused:
            control.resume()
            self.panel.show_state(self.tr("resumed"))
        else:
            control.pause()
            self.panel.show_state(self.tr("paused: the batch in progress waits at its next step"))
        self.panel.set_running(True, paused=control.paused)

    def cancel(self) -> None:
        if self.runner is not None and self.runner.control is not None:
            self.runner.control.cancel()
            self.panel.show_state(self.tr("cancelling…"))

    def offer_panel(self, problem: RewriteSettingError) -> None:
        """G was pressed with the rewriter not set up: say what to do, and offer to open the
        panel there (not at once: the reviewer's next keys would land in its fields)."""
        if self.offer is not None:
            return
        text = "\n\n".join(
            (
                self.tr("A new candidate is written by the rewriter, and the rewriter is not set up yet."),
                setting_error_text(problem),
                self.tr(
                    "Or import rewrites made elsewhere: File ▸ Import passages…, with Rewrite field naming"
                    " the field that holds them."
                ),
            )
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Rewriter not set up"), text, parent=self.window())
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_panel = box.addButton(self.tr("Open the Rewriter panel"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_panel)

        def answered() -> None:
            self.offer = None
            box.deleteLater()
            if box.clickedButton() is open_panel:
                self.show_setting(problem)

        box.finished.connect(answered)
        self.offer = box
        box.open()

    def show_setting(self, problem: RewriteSettingError) -> None:
        """Show the panel with the cursor in the field to change."""
        self.show()
        self.raise_()
        self.panel.show_setting_error(problem)

    def edit_prompts(self) -> None:
        if self.ops is None:
            return
        dialog = PromptDialog(self.ops, self)
        dialog.exec()
        self.panel.set_prompts(self.ops.project, dialog.saved.id if dialog.saved else None)

    # -- results -----------------------------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        self.panel.show_progress(progress)

    def _on_failed(self, text: str) -> None:
        self.panel.show_state(self.tr("Failed: {reason}").format(reason=text))
        self.message.emit(text)

    def _on_job_finished(self, status: str) -> None:
        self.panel.set_running(False)
        ends = {"done": self.tr("Job finished"), "cancelled": self.tr("Job cancelled: run it again to carry on")}
        if status in ends:
            done = self.panel.last_progress
            self.panel.show_state(ends[status] + (f" — {done}" if done else ""))
        self.job_finished.emit()
