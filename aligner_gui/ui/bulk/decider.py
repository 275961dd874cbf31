"""Bulk decisions from the window: ask (BulkDialog), record the batch on the writer, and
take the newest batch back with one Undo."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from aligner_gui.core.review.bulk import BulkResult, BulkSelection, decide_bulk, undo_bulk
from aligner_gui.core.review.queue import QueueFilter
from aligner_gui.core.store.project import Project
from aligner_gui.ui.bulk.dialog import BulkDialog
from aligner_gui.ui.common.core_messages import core_message
from aligner_gui.ui.common.i18n import counted
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps


class BulkSource(Protocol):
    """What a bulk decision needs from the queue."""

    def selected_passages(self) -> Sequence[int]: ...

    def listed_count(self) -> int: ...

    def more_listed(self) -> bool: ...  # a search may match more passages than are listed yet

    def current_filter(self) -> QueueFilter: ...


@dataclass(frozen=True)
class _Done:
    result: BulkResult
    decision: str
    changes: Changes


@dataclass(frozen=True)
class _Undone:
    count: int
    changes: Changes


class BulkDecider(QObject):
    message = Signal(str)
    decided = Signal()  # a batch was recorded: the next Undo is for it

    def __init__(self, ops: ProjectOps, queue: BulkSource, window: QWidget) -> None:
        super().__init__(window)
        self.ops = ops
        self.queue = queue
        self.window = window
        self.undoable: int | None = None  # the batch one Undo takes back
        self.dialog: BulkDialog | None = None

    def ask(self, decision: str) -> BulkDialog | None:
        """Open the confirmation for ``decision`` ("accepted" or "rejected")."""
        if self.ops.read_only:
            self.message.emit(core_message(str(self.ops.project.read_only_error())))
            return None
        selected = tuple(self.queue.selected_passages())
        listed = (self.queue.listed_count(), self.queue.more_listed())
        dialog = BulkDialog(self.ops, decision, selected, listed, self.queue.current_filter(), self.window)
        dialog.finished.connect(lambda code: self._on_answer(dialog, code))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_answer(self, dialog: BulkDialog, code: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            self.decide(dialog.selection(), dialog.decision)

    def decide(self, selection: BulkSelection, decision: str) -> None:
        reviewer = self.ops.reviewer

        def write(project: Project) -> _Done:
            result = decide_bulk(project, selection, decision, reviewer)
            return _Done(result, decision, Changes(all_passages=bool(result.decided)))

        self.message.emit(self.tr("Recording the bulk decision…"))  # a large batch takes a while
        self.ops.write(write, self._on_decided, name="bulk decision")

    def _on_decided(self, done: _Done) -> None:
        result = done.result
        if result.batch_id is None:
            self.message.emit(self.tr("Nothing to decide: every passage chosen is decided already"))
            return
        self.undoable = result.batch_id
        self.decided.emit()
        count = result.decided
        text = self.tr("%Ln passage(s) accepted in bulk; Undo takes them all back", "", count)
        if done.decision == "rejected":
            text = self.tr("%Ln passage(s) rejected in bulk; Undo takes them all back", "", count)
        self.message.emit(counted(text, count))

    def undo(self) -> bool:
        """Take the newest batch back; False when there is none to take back."""
        if self.undoable is None:
            return False
        batch_id, self.undoable = self.undoable, None

        def write(project: Project) -> _Undone:
            count = undo_bulk(project, batch_id)
            return _Undone(count, Changes(all_passages=True))

        def done(undone: _Undone) -> None:
            text = self.tr("Bulk decision undone, pending again: %Ln passage(s)", "", undone.count)
            self.message.emit(counted(text, undone.count))

        self.ops.write(write, done, name="undo bulk decision")
        return True

    def shutdown(self) -> None:
        """The session closes: a confirmation still open goes with it, deciding nothing."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finished.disconnect()
            dialog.reject()
            dialog.deleteLater()
