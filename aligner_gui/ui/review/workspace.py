"""Review of the open project: the display, the edit buffer and the decision log,
wired to the review panel and to the queue (handed in by the session)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from aligner_gui.core.review.decisions import save_position
from aligner_gui.ui.common.ops import Changes, OpRunner
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.review.decisions import DecisionLog
from aligner_gui.ui.review.display import ReviewDisplay
from aligner_gui.ui.review.editing import EditBuffer
from aligner_gui.ui.review.item_loader import DiffFlags, ItemLoader
from aligner_gui.ui.review.panel import ReviewPanel
from aligner_gui.ui.review.passage_list import PassageList

POSITION_SAVE_MS = 1000


class ReviewWorkspace(QObject):
    message = Signal(str)

    def __init__(self, ops: ProjectOps, loader_runner: OpRunner, passages: PassageList, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.ops = ops
        self.panel = panel
        self.loader = ItemLoader(ops.project, ops.reviewer, loader_runner, self)
        self.loader.flags = self._chosen_flags()  # the boxes as they were left (the settings keep them)
        self.display = ReviewDisplay(ops, self.loader, passages, panel)
        self.edits = EditBuffer(ops, self.display)
        self.decisions = DecisionLog(ops, self.display, self.edits)
        for source in (self.edits, self.decisions):
            source.message.connect(self.message)
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_position)
        # The panel outlives this workspace (another project opens in it): shutdown()
        # cuts these, or the closed project would be read again.
        self._connections = [
            (panel.final.textChanged, self.edits.on_typed),
            (panel.final.double_clicked, self.edits.on_double_click),
            (panel.raw.clicked, lambda: self.edits.on_clicked("raw")),
            (panel.final.clicked, lambda: self.edits.on_clicked("final")),
            (panel.ignore_marks.toggled, self._on_flags),
            (panel.ignore_space.toggled, self._on_flags),
            (panel.discard_draft_clicked, self.edits.discard_recovered),
            (panel.flags.chosen, self.display.show_evidence),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    # -- what other features see (rewriter.candidates.ReviewSurface) ------------------------

    @property
    def state(self):  # noqa: ANN201 - the display's ItemState, or None
        return self.display.state

    @property
    def editing(self) -> bool:
        return self.display.editing

    def shown_passage(self) -> int | None:
        return self.display.shown_passage()

    def shown_rewrite(self) -> int | None:
        state = self.display.state
        return state.prepared.item.rewrite_id if state is not None else None

    def has_unsaved_edit(self) -> bool:
        return self.edits.has_unsaved_edit()

    def set_editing(self, editing: bool) -> None:
        self.edits.set_editing(editing)

    def on_selected(self, passage_id: int) -> None:
        """The queue's selection moved."""
        if self.display.shown_passage() != passage_id:
            self.show_passage(passage_id)

    def show_passage(self, passage_id: int, rewrite_id: int | None = None) -> None:
        """Show a passage afresh (``rewrite_id``: one of its candidates); an edit in
        progress on the one shown is kept as a draft first."""
        self.edits.leave_item()
        self.display.state = None
        self.display.show_passage(passage_id, rewrite_id)
        self.edits.set_editing(False)
        self._position_timer.start()

    def on_changed(self, changes: Changes) -> None:
        self.display.on_changed(changes)

    # -- the rest --------------------------------------------------------------------------

    def _chosen_flags(self) -> DiffFlags:
        return DiffFlags(self.panel.ignore_marks.isChecked(), self.panel.ignore_space.isChecked())

    def _on_flags(self) -> None:
        self.display.set_flags(self._chosen_flags())

    def _save_position(self) -> None:
        passage_id, reviewer = self.display.shown_passage(), self.ops.reviewer
        if passage_id is not None and not self.ops.read_only:
            # A convenience only: the next passage shown saves it again.
            self.ops.write_later(lambda project: save_position(project, reviewer, passage_id))

    def shutdown(self) -> int:
        """Keep the edit in progress and the position; send what is left to the writer.
        Returns the number of decisions that could not be committed."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self.edits.leave_item()
        self._position_timer.stop()
        self._save_position()
        self.edits.stop()
        self.display.ahead.stop()
        return self.decisions.flush()
