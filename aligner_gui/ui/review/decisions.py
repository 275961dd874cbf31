"""The decision log: accept, reject, skip and save an edit; undo and redo; and the
outbox that takes each decision to the writer.

A decision goes into the undo history and the reviewer moves on at once; the queue
shows it as decided when the writer has committed it (the change notice). Decisions are
committed one after another, in the order made. One that cannot be committed is never
dropped, and the status bar says why: while another program holds the project it stays
first in the outbox and is tried again every few seconds; when the project cannot take
it (read-only, the disk full) it is handed back: the reviewer is taken back to the
passage, with the chosen reasons, note and edited text, to decide again. Undo and redo
append rows to the log; they never rewrite it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from aligner_gui.core.errors import ProjectBusyError
from aligner_gui.core.review.decisions import (
    DONE_DECISIONS,
    RESET,
    Decision,
    current_decision,
    record_decision,
    save_draft,
)
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.i18n import counted, isolated
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text
from aligner_gui.ui.common.states import state_label
from aligner_gui.ui.review.display import ReviewDisplay
from aligner_gui.ui.review.editing import EditBuffer

RETRY_MS = 3000


@dataclass
class Undoable:
    passage_id: int
    uid: str  # the passage as the header names it, for what undo and redo say
    after: Decision
    before: Decision | None = None  # set by the writer, when the decision is committed


@dataclass
class _Outgoing:
    decision: Decision | None  # None: the one before ``entry`` (an undo), known once written
    entry: Undoable
    first: bool  # the decision itself, not an undo or a redo: it learns what it replaced
    reshow: bool  # show the passage afresh once it is committed
    note: str = ""  # said in the status bar once committed


class _SteppedAside(Exception):
    """Sent before an earlier decision met a busy project: it waits for that one."""


@dataclass(frozen=True)
class Recorded:
    passage_id: int
    changes: Changes


class DecisionLog(QObject):
    message = Signal(str)
    unsaved_changed = Signal(int)  # decisions made and not yet committed

    def __init__(self, ops: ProjectOps, display: ReviewDisplay, edits: EditBuffer) -> None:
        super().__init__(display)
        self.ops = ops
        self.display = display
        self.edits = edits
        self.undo_stack: list[Undoable] = []
        self.redo_stack: list[Undoable] = []
        self.session_decisions = 0
        self.session_started = time.monotonic()
        self._outbox: list[_Outgoing] = []  # made, not yet committed, in order
        # Rounds of sending: the writer starts a new one when a decision meets a busy
        # project; the GUI thread follows when it hears of it. An op sent in an old round
        # steps aside, so none overtakes the one that has to wait.
        self._writer_round = 0
        self._round = 0
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._resend)

    # -- deciding ----------------------------------------------------------------------------

    def decide(self, kind: str) -> None:
        """accept / reject / skip / save_edit: record it and move to the next passage."""
        state = self.display.state
        if state is None:
            return
        item = state.prepared.item
        final = self.edits.current_final()
        # Without a rewrite, only a text the reviewer wrote (E) can be kept: it becomes
        # the passage's rewrite, origin human (core.review.decisions.record_decision).
        if item.rewrite is None and (kind == "reject" or (kind != "skip" and not final)):
            self.message.emit(self.tr("This passage has no rewrite to judge yet"))
            return
        if kind in ("accept", "save_edit"):  # what is shown is what is kept
            decision, text = ("accepted" if final == item.rewrite else "edited"), final
        elif kind == "reject":
            decision, text = "rejected", None
        else:
            decision, text = "skipped", None
        panel = self.display.panel
        new = Decision(
            item.passage_id,
            item.rewrite_id,
            self.ops.reviewer,
            decision,
            final_text=text,
            reasons=panel.chosen_reasons(),
            note=panel.note.text().strip() or None,
            seconds=round(time.monotonic() - state.shown_at, 2),
        )
        entry = Undoable(item.passage_id, item.uid, new)
        self.undo_stack.append(entry)
        self.redo_stack.clear()
        self.session_decisions += 1
        self.edits.set_editing(False)
        self.edits.forget_draft(item.passage_id)  # the decision replaces the draft
        self.display.state = None  # nothing left to autosave
        self.display.in_flight[item.passage_id] = new
        at_end = not self.display.passages.step(1)
        self._queue(_Outgoing(new, entry, first=True, reshow=at_end))
        if at_end:
            self.message.emit(self.tr("That was the last passage in this list"))

    def undo(self) -> None:
        if self.edits.undo_text():
            return
        if not self.undo_stack:
            self.message.emit(self.tr("Nothing to undo"))
            return
        entry = self.undo_stack.pop()
        self.redo_stack.append(entry)
        self.display.in_flight.pop(entry.passage_id, None)  # what it goes back to is known once written
        if _edit_of(entry.after) is not None:
            note = self.tr("Undone: {decision} on passage {id}. Your edit is back, as an unsaved draft.")
        else:
            note = self.tr("Undone: {decision} on passage {id}")
        note = note.format(decision=state_label(entry.after.decision), id=isolated(entry.uid))
        self._queue(_Outgoing(None, entry, first=False, reshow=True, note=note))

    def redo(self) -> None:
        if self.edits.redo_text():
            return
        if not self.redo_stack:
            self.message.emit(self.tr("Nothing to redo"))
            return
        entry = self.redo_stack.pop()
        self.undo_stack.append(entry)
        self.display.in_flight[entry.passage_id] = entry.after
        note = self.tr("Redone: {decision} on passage {id}")
        note = note.format(decision=state_label(entry.after.decision), id=isolated(entry.uid))
        self._queue(_Outgoing(entry.after, entry, first=False, reshow=True, note=note))

    # -- the outbox --------------------------------------------------------------------------

    @property
    def unsaved(self) -> int:
        return len(self._outbox)

    def _queue(self, outgoing: _Outgoing) -> None:
        self._outbox.append(outgoing)
        self.unsaved_changed.emit(len(self._outbox))
        if not self._retry.isActive():
            self._send(outgoing)

    def _resend(self) -> None:
        for outgoing in list(self._outbox):
            self._send(outgoing)

    def _send(self, outgoing: _Outgoing) -> None:
        """Hand ``outgoing`` to the writer. All of the outbox is sent at once (the writer
        keeps their order); when one meets a busy project, it starts a new round, and the
        ones sent in the old round only step aside, to be sent again after it."""
        reviewer, round_sent = self.ops.reviewer, self._round

        def write(project: Project) -> Recorded:  # on the writer: in the order decided
            if self._writer_round != round_sent:
                raise _SteppedAside()
            entry = outgoing.entry
            decision = outgoing.decision or entry.before or Decision(
                entry.passage_id, entry.after.rewrite_id, reviewer, RESET
            )
            try:
                before = current_decision(project, entry.passage_id, reviewer)
                review_id = record_decision(project, decision)
                if outgoing.decision is None:
                    _keep_edit_as_draft(project, entry.after)
            except ProjectBusyError:
                self._writer_round += 1
                raise
            if outgoing.first:
                entry.before = before
            was = before.decision if before else ""
            reviewed = (decision.decision in DONE_DECISIONS) - (was in DONE_DECISIONS)
            changes = Changes(frozenset({entry.passage_id}), reviewed=reviewed, review_id=review_id)
            return Recorded(entry.passage_id, changes)

        self.ops.write(
            write,
            lambda recorded: self._on_committed(outgoing, recorded),
            lambda exc: self._on_failed(outgoing, exc),
            name="decision",
        )

    def _on_committed(self, outgoing: _Outgoing, recorded: Recorded) -> None:
        self._outbox.remove(outgoing)
        self._land(outgoing)
        self.unsaved_changed.emit(len(self._outbox))
        if outgoing.reshow:
            self.edits.leave_item()
            self.display.reshow(recorded.passage_id)
        if outgoing.note:
            self.message.emit(outgoing.note)

    def _on_failed(self, outgoing: _Outgoing, exc: Exception) -> None:
        if isinstance(exc, _SteppedAside):  # it is sent again with the next round
            return
        if isinstance(exc, ProjectBusyError):  # another program holds it: wait, and try again
            self._round = self._writer_round
            waiting = len(self._outbox)
            self.message.emit(
                counted(
                    self.tr("%Ln decision(s) not saved yet ({reason}); trying again in a few seconds", "", waiting),
                    waiting,
                ).format(reason=failure_text(exc))
            )
            self._retry.start()
            return
        self._outbox.remove(outgoing)
        self._land(outgoing)
        self.unsaved_changed.emit(len(self._outbox))
        self._hand_back(outgoing, exc)

    def _land(self, outgoing: _Outgoing) -> None:
        """``outgoing`` is written, or handed back: the project says how the passage stands."""
        passage_id = outgoing.entry.passage_id
        if outgoing.decision is not None and self.display.in_flight.get(passage_id) is outgoing.decision:
            del self.display.in_flight[passage_id]

    def _hand_back(self, outgoing: _Outgoing, exc: Exception) -> None:
        """The project cannot take it: show the passage again as the reviewer left it."""
        entry = outgoing.entry
        for stack in (self.undo_stack, self.redo_stack):
            if entry in stack:
                stack.remove(entry)
        if outgoing.first:
            self.session_decisions -= 1
            decision = outgoing.decision
            if decision.final_text is not None and decision.final_text != self.display.rewrite_of(entry.passage_id):
                self.display.pending_text[entry.passage_id] = (decision.rewrite_id, decision.final_text)
        self.edits.leave_item()
        self.display.reshow(entry.passage_id)
        if outgoing.first and self.display.state is not None:
            self.display.panel.set_chosen_reasons(outgoing.decision.reasons)
            self.display.panel.note.setText(outgoing.decision.note or "")
        self.message.emit(
            self.tr("Not saved: {reason}. The passage is back on screen to decide again.").format(
                reason=failure_text(exc)
            )
        )

    # -- the session's figures ---------------------------------------------------------------------

    def pace(self) -> tuple[int, float]:
        """Decisions that stand from this session, and how many an hour: the undo history,
        so an undo takes one back and a redo counts it again."""
        made = len(self.undo_stack)
        hours = max(time.monotonic() - self.session_started, 1.0) / 3600
        return made, made / hours

    def flush(self, wait_s: float = 15.0) -> int:
        """At closing: send what is left and let the writer finish it; the number of
        decisions still unsaved after ``wait_s`` seconds."""
        deadline = time.monotonic() + wait_s
        while self._outbox and time.monotonic() < deadline:
            if self._retry.isActive():
                self._retry.stop()
                self._resend()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            time.sleep(0.005)
        return len(self._outbox)


def _edit_of(decision: Decision) -> str | None:
    """The text the reviewer wrote, when ``decision`` kept one."""
    return decision.final_text if decision.decision == "edited" else None


def _keep_edit_as_draft(project: Project, undone: Decision) -> None:
    """Undoing an "edited" decision keeps its text, as the draft the passage shows again."""
    text = _edit_of(undone)
    if text is not None:
        save_draft(project, undone.passage_id, undone.reviewer, undone.rewrite_id, text)
