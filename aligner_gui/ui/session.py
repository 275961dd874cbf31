"""The session: one open project with its writer, its readers, its item loader and its
controllers, wired to the window's panels. ``MainWindow`` is only layout and actions.

Three runners (ui.common.ops) serve the session: the writer owns the only write
connection, the reader answers queries too long for the GUI thread (filters, counts),
and the loader prepares the next passages. The GUI thread keeps a connection of its own
for short reads, set query-only. The features talk to each other only through the
session's ProjectOps and its change notices.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from aligner_gui.core.review.decisions import drafts_of, last_position, review_reasons, set_review_reasons
from aligner_gui.core.review.queue import Progress, counted_progress
from aligner_gui.core.store.project import Project
from aligner_gui.ui.bulk.decider import BulkDecider
from aligner_gui.ui.common.actions import WAIT_FOR_CANDIDATE, ActionId
from aligner_gui.ui.common.ops import Changes, OpRunner
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.flags.checker import FlagChecker
from aligner_gui.ui.queue.panel import QueuePanel
from aligner_gui.ui.review.panel import ReviewPanel
from aligner_gui.ui.review.workspace import ReviewWorkspace
from aligner_gui.ui.rewriter.candidates import CandidateController
from aligner_gui.ui.rewriter.dock import RewriterDock


def _query_only(project: Project) -> Project:
    project.conn.execute("PRAGMA query_only=1")  # a reader: it cannot write by mistake
    return project


def _open_reader(path: Path) -> Project:
    return _query_only(Project.open(path))


class Session(QObject):
    message = Signal(str)  # for the status bar
    counts_changed = Signal(int, int)  # passages reviewed, passages in all
    unsaved_changed = Signal(int)  # decisions made and not committed yet

    def __init__(
        self, project: Project, reviewer: str, queue: QueuePanel, panel: ReviewPanel, dock: RewriterDock
    ) -> None:
        super().__init__()
        # The runners run Python (diffs, parsing); a short switch interval hands the GIL
        # back to the GUI thread sooner, so painting does not wait behind them (default 5 ms).
        sys.setswitchinterval(0.001)
        path = project.path
        self.project = _query_only(project)  # the GUI thread's reader
        self.reviewer = reviewer
        self.writer = OpRunner("writer", lambda: Project.open(path), Project.close)
        self.reader = OpRunner("reader", lambda: _open_reader(path), Project.close)
        self.loader_runner = OpRunner("loader", lambda: _open_reader(path), Project.close)
        self.ops = ProjectOps(project, reviewer, self.writer, self.reader)
        self.queue, self.panel, self.dock = queue, panel, dock
        self.done, self.total = 0, 0
        # Decisions are counted as they are committed. A count, read on the reader, may be
        # taken before some of them and arrive after: it says the newest it includes.
        self._counted_through = 0  # the newest reviews row the last count included
        self._counted_since: list[tuple[int, int]] = []  # (reviews row, change in done) newer than it

        reasons = review_reasons(project)
        panel.set_reasons(reasons)
        queue.set_project(self.ops, reasons)
        self.review = ReviewWorkspace(self.ops, self.loader_runner, queue, panel)
        runner = dock.set_project(self.ops, queue)
        self.candidates = CandidateController(self.ops, self.review, runner, dock.panel.order)
        self._connections = [
            (queue.selected, self.review.on_selected),
            (queue.selected, self.candidates.on_moved),
            (self.ops.changed, queue.on_changed),
            (self.ops.changed, self.review.on_changed),
            (self.ops.changed, dock.on_changed),
            (self.ops.changed, self._on_changed),
            (self.review.edits.hunk_clicked, lambda: self.trigger(ActionId.TOGGLE_HUNK)),
            (queue.search.textChanged, self.review.display.set_search),  # its matches shown in the panes
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.review.display.set_search(queue.search.text())
        for source in (self.ops.failed, self.review.message, self.candidates.message):
            source.connect(self.message)
        self.review.decisions.unsaved_changed.connect(self.unsaved_changed)
        self.candidates.need_setting.connect(dock.offer_panel)
        self.flag_checker = FlagChecker(self.ops, self)
        self.flag_checker.message.connect(self.message)
        self.bulk = BulkDecider(self.ops, queue, queue.window())
        self.bulk.message.connect(self.message)
        self._bulk_is_last = False  # the newest thing to undo is a bulk batch
        self.bulk.decided.connect(lambda: setattr(self, "_bulk_is_last", True))
        self._handlers = self._build_handlers()
        self.recount()
        self.flag_checker.start()  # rewrites an older project never checked

    @property
    def path(self) -> Path:
        return self.project.path

    # -- actions ----------------------------------------------------------------------------

    def _build_handlers(self) -> dict[ActionId, Callable[[], None]]:
        decisions, edits, candidates = self.review.decisions, self.review.edits, self.candidates
        return {
            ActionId.ACCEPT: lambda: decisions.decide("accept"),
            ActionId.REJECT: lambda: decisions.decide("reject"),
            ActionId.SKIP: lambda: decisions.decide("skip"),
            ActionId.SAVE_EDIT: lambda: decisions.decide("save_edit"),
            ActionId.EDIT: edits.start_edit,
            ActionId.NEXT_HUNK: lambda: edits.step_hunk(True),
            ActionId.PREVIOUS_HUNK: lambda: edits.step_hunk(False),
            ActionId.TOGGLE_HUNK: edits.toggle_hunk,
            ActionId.REMOVE_ADDITION: edits.remove_addition,
            ActionId.SPLIT_HUNK: edits.split_hunk,
            ActionId.FROM_ORIGINAL: edits.from_original,
            ActionId.UNDO: self._undo,
            ActionId.REDO: decisions.redo,
            ActionId.REGENERATE: candidates.regenerate,
            ActionId.NEXT_CANDIDATE: lambda: candidates.step(1),
            ActionId.PREVIOUS_CANDIDATE: lambda: candidates.step(-1),
        }

    def handles(self, action_id: ActionId) -> bool:
        return action_id in self._handlers

    def trigger(self, action_id: ActionId) -> None:
        if self.candidates.streaming_here() and action_id in WAIT_FOR_CANDIDATE:
            self.message.emit(self.tr("A new candidate is being written: wait for it, or Esc"))
            return
        if action_id in (ActionId.ACCEPT, ActionId.REJECT, ActionId.SKIP, ActionId.SAVE_EDIT):
            self._bulk_is_last = False
        self._handlers[action_id]()

    def _undo(self) -> None:
        """Undo takes back the newest: a bulk batch as a whole, else the last decision."""
        if self._bulk_is_last and self.bulk.undo():
            self._bulk_is_last = False
            return
        self.review.decisions.undo()

    def escape(self) -> bool:
        """Esc: stop a candidate being written, or leave the editor; False when neither."""
        if self.candidates.streaming_here():
            self.candidates.stop()
        elif self.review.editing:
            self.review.set_editing(False)
        else:
            return False
        return True

    def go_to_start(self) -> int:
        """Show the newest recovered draft (the edit in progress when the app stopped),
        else where this reviewer left off, else the first passage. Returns the number of
        drafts recovered."""
        drafts = drafts_of(self.project, self.reviewer)  # oldest first
        target = drafts[-1].passage_id if drafts else last_position(self.project, self.reviewer)
        if target is None or not self.queue.select_passage(target):
            self.queue.select_row(0)
        return len(drafts)

    def pace(self) -> tuple[int, float]:
        """Decisions that stand from this session, and how many an hour."""
        return self.review.decisions.pace()

    # -- project-wide changes -----------------------------------------------------------------

    def set_reasons(self, reasons: list[tuple[str, str]]) -> None:
        def write(project: Project) -> Changes:
            set_review_reasons(project, reasons)
            return Changes(reasons=True)

        self.ops.write(write, name="set reasons")

    def recount(self) -> None:
        """Count reviewed passages on the reader: a scan on a large project."""
        self.ops.read(counted_progress, self._on_counted, name="count")

    def _on_counted(self, counted: Progress) -> None:
        self._counted_since = [(row, change) for row, change in self._counted_since if row > counted.last_review]
        self._counted_through = counted.last_review
        self.done = counted.done + sum(change for _, change in self._counted_since)
        self.total = counted.total
        self.counts_changed.emit(self.done, self.total)

    def _on_changed(self, changes: Changes) -> None:
        if changes.reasons:
            reasons = review_reasons(self.project)
            self.panel.set_reasons(reasons)
            self.queue.set_reasons(reasons)
        if changes.recount or changes.new_passages or changes.all_passages:
            self.recount()
        elif changes.reviewed and changes.review_id > self._counted_through:  # counted as it goes: a recount is a scan
            self._counted_since.append((changes.review_id, changes.reviewed))
            self.done += changes.reviewed
            self.counts_changed.emit(self.done, self.total)

    # -- closing ---------------------------------------------------------------------------------

    def close(self, wait_for_jobs: bool = True) -> int:
        """Save what is in progress and stop the runners. ``wait_for_jobs`` False: an
        import still running finishes on the writer by itself (its dialog follows it).
        Returns the number of decisions that could not be committed."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        unsaved = self.review.shutdown()
        self.candidates.shutdown()
        self.flag_checker.shutdown()
        self.bulk.shutdown()
        self.dock.close_project()
        self.queue.set_project(None)
        _show_no_passage(self.panel)  # the panel outlives the session: a project opened next starts blank
        self.ops.closed = True
        self.review.deleteLater()
        self.reader.stop()
        self.loader_runner.stop()
        if wait_for_jobs or not self.writer.in_long_op:
            self.writer.stop(drop_callbacks=False)
        else:
            self.writer.stop(wait=0, drop_callbacks=False)
        self.project.close()
        return unsaved


def _show_no_passage(panel: ReviewPanel) -> None:
    """Empty the review panel: no texts, header, flags, reasons or note, nothing to save."""
    panel.show_texts("", "")
    panel.show_no_rewrite("")  # no highlights or gap marks left
    panel.changes.clear()
    panel.header.clear()
    panel.show_notice(None)
    panel.flags.show_flags([])
    panel.set_chosen_reasons(())
    panel.note.clear()
    panel.set_editing(False)
    panel.final_pane.title.setText(QCoreApplication.translate("ReviewPanel", "Rewrite"))
