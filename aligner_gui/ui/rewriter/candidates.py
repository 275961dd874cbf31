"""Candidate rewrites in the review panel: regenerate one (streamed as it is written),
and step between a passage's candidates to keep the best.

A new candidate appears token by token in the final-text pane, which stays read-only
while it streams; once stored it is shown with its diff like any rewrite. Switching or
regenerating waits until an unsaved edit is saved or discarded: nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from aligner_gui.core.review.decisions import load_item
from aligner_gui.core.rewrite.factory import check_choice
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.ui.common.i18n import number
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.rewriter.runner import RewriteOrder, RewriteRunner


class ReviewSurface(Protocol):
    """What candidates need of the review feature (wired by the session)."""

    panel: Any  # the review panel: its final and raw panes

    def shown_passage(self) -> int | None: ...
    def shown_rewrite(self) -> int | None: ...
    def has_unsaved_edit(self) -> bool: ...
    def set_editing(self, editing: bool) -> None: ...
    def show_passage(self, passage_id: int, rewrite_id: int | None = None) -> None: ...


class CandidateController(QObject):
    message = Signal(str)
    need_setting = Signal(object)  # RewriteSettingError: regenerate was asked for before the rewriter was set up

    def __init__(
        self, ops: ProjectOps, review: ReviewSurface, runner: RewriteRunner, order: Callable[[], RewriteOrder]
    ) -> None:
        super().__init__(runner)
        self.ops = ops
        self.review = review
        self.runner = runner
        self._order = order
        self.streaming_passage: int | None = None
        self._live = False  # the pane shows the candidate being written (not after moving away)
        runner.piece.connect(self._on_piece)
        runner.regenerated.connect(self._on_regenerated)
        runner.failed.connect(self._on_failed)
        self._failure = ""

    def _shown_passage(self) -> int | None:
        return self.review.shown_passage()

    def _blocked(self, what: str) -> bool:
        if self.review.has_unsaved_edit():
            self.message.emit(self.tr("Save or discard your edit before {what}").format(what=what))
            return True
        return False

    # -- regenerate --------------------------------------------------------------------------

    def regenerate(self) -> None:
        passage_id = self._shown_passage()
        if passage_id is None or self._blocked(self.tr("regenerating")):
            return
        order = self._order()
        try:
            check_choice(order.choice)
        except RewriteSettingError as problem:
            self.need_setting.emit(problem)
            return
        if not self.runner.regenerate(order, passage_id):
            self.message.emit(self.tr("The rewriter is busy with a job: cancel it or wait for it to finish"))
            return
        self.review.set_editing(False)
        self.streaming_passage = passage_id
        self._failure = ""
        self._live = True
        panel = self.review.panel
        panel.final.set_text("")
        panel.raw.set_highlights()  # the old candidate's diff no longer applies
        panel.final_pane.title.setText(self.tr("New candidate (being written — Esc stops it)"))

    @property
    def streaming(self) -> bool:
        return self.streaming_passage is not None

    def streaming_here(self) -> bool:
        """A candidate is being written for the passage on screen."""
        return self.streaming and self.streaming_passage == self._shown_passage()

    def stop(self) -> None:
        if self.streaming and self.runner.control is not None:
            self.runner.control.cancel()

    def _on_failed(self, reason: str) -> None:
        if self.streaming:
            self._failure = reason

    def on_moved(self, _passage_id: int) -> None:
        """Another passage is shown: a candidate being written no longer streams into the pane."""
        self._live = False

    def _on_piece(self, passage_id: int, piece: str) -> None:
        if not self._live or passage_id != self.streaming_passage:
            return
        self.review.panel.final.append_text(piece)

    def _on_regenerated(self, passage_id: int, rewrite_id: int) -> None:
        self.streaming_passage = None
        self._live = False
        if not rewrite_id:
            reason = self._failure or self.tr("stopped")
            self.message.emit(self.tr("No new candidate: {reason}").format(reason=reason))
        if passage_id != self._shown_passage():
            if rewrite_id:
                self.message.emit(self.tr("New candidate saved for passage {id}").format(id=number(passage_id)))
            return
        if rewrite_id:
            self.message.emit(self.tr("New candidate saved: C and Shift+C switch between candidates"))
        # Shown afresh even when it is the same rewrite: the pane still holds the streamed text.
        self.review.show_passage(passage_id, rewrite_id or self.review.shown_rewrite())

    def shutdown(self) -> None:
        """The session closes: what the old rewriter still sends must not reach the panel."""
        self._live = False
        self.streaming_passage = None
        for signal, slot in (
            (self.runner.piece, self._on_piece),
            (self.runner.regenerated, self._on_regenerated),
            (self.runner.failed, self._on_failed),
        ):
            signal.disconnect(slot)

    # -- switching ---------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        passage_id = self._shown_passage()
        if passage_id is None or self.streaming or self._blocked(self.tr("switching candidates")):
            return
        shown = self.review.shown_rewrite()
        candidates = load_item(self.ops.project, passage_id, self.ops.reviewer).candidates
        if len(candidates) < 2:
            self.message.emit(self.tr("This passage has only one candidate: G writes another"))
            return
        ids = [c.rewrite_id for c in candidates]
        current = ids.index(shown) if shown in ids else len(ids) - 1
        self.review.show_passage(passage_id, ids[(current + delta) % len(ids)])
