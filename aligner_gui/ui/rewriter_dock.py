"""The Rewriter dock: the panel's buttons wired to a RewriteRunner for the open project.

Each committed batch refreshes the affected rows of the queue, and a passage on screen
that had no rewrite shows its new one at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from aligner_gui.core.rewrite.job import Progress
from aligner_gui.core.rewrite.job_store import Selection
from aligner_gui.core.store.project import Project
from aligner_gui.ui.prompt_dialog import PromptDialog
from aligner_gui.ui.review_controller import ReviewController
from aligner_gui.ui.rewrite_worker import RewriteRunner
from aligner_gui.ui.rewriter_panel import RewriterPanel


class RewriterDock(QDockWidget):
    message = Signal(str)
    job_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rewriter"), parent)
        self.setObjectName("rewriter-dock")
        self.panel = RewriterPanel()
        self.setWidget(self.panel)
        self.project: Project | None = None
        self.review: ReviewController | None = None
        self.runner: RewriteRunner | None = None
        self.panel.start_clicked.connect(self.start_job)
        self.panel.pause_clicked.connect(self.toggle_pause)
        self.panel.cancel_clicked.connect(self.cancel)
        self.panel.edit_prompts_clicked.connect(self.edit_prompts)

    def set_project(self, project: Project, review: ReviewController) -> RewriteRunner:
        self.close_project()
        self.project, self.review = project, review
        self.runner = RewriteRunner(project.path, self)
        self.runner.status.connect(self.panel.show_state)
        self.runner.progress.connect(self._on_progress)
        self.runner.failed.connect(self._on_failed)
        self.runner.job_finished.connect(self._on_job_finished)
        self.runner.busy_changed.connect(lambda busy: self.panel.set_running(busy and self.runner.kind == "job"))
        self.panel.set_prompts(project)
        self.panel.set_running(False)
        return self.runner

    def close_project(self) -> None:
        if self.runner is not None:
            self.runner.shutdown()
            self.runner.deleteLater()
        self.runner = self.project = self.review = None

    # -- buttons -----------------------------------------------------------------------------

    def start_job(self) -> None:
        if self.runner is None or self.review is None:
            return
        order = self.panel.order()
        if not order.choice.model:
            self.panel.show_state(self.tr("Choose a model first"))
            return
        limit = self.panel.limit.value() or None
        scope = self.panel.scope.currentData()
        queue = self.review.queue
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

    def edit_prompts(self) -> None:
        if self.project is None:
            return
        dialog = PromptDialog(self.project, self)
        dialog.exec()
        self.panel.set_prompts(self.project, dialog.saved.id if dialog.saved else None)

    # -- results -----------------------------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        self.panel.show_progress(progress)
        review = self.review
        if review is None:
            return
        for passage_id in progress.passage_ids:
            review.loader.invalidate(passage_id)
            review.queue.model.refresh_passage(passage_id)
        state = review.state
        if state is not None and state.prepared.item.rewrite is None and not review.editing:
            shown = state.prepared.item.passage_id
            if shown in progress.passage_ids:
                review.show_passage(shown, progress.rewrite_ids[progress.passage_ids.index(shown)])

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
