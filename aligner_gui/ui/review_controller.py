"""What the review keys do: decisions, editing, hunk actions, undo/redo, autosave.

Every decision is committed the moment it is made. Edits in progress are saved as
drafts at least every two seconds and come back when the passage is shown again, also
after a crash. Undo and redo of decisions append rows; they never rewrite the log.
"""

from __future__ import annotations

import sys
import time
from contextlib import suppress
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from aligner_gui.core.errors import ProjectWriteError
from aligner_gui.core.review.decisions import (
    RESET,
    Decision,
    current_decision,
    discard_draft,
    record_decision,
    save_draft,
    save_position,
)
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.diff import WordDiff
from aligner_gui.core.text.hunks import hunk_at, hunk_map, neighbour_hunk, toggle_hunk
from aligner_gui.ui.item_loader import DiffFlags, Highlights, ItemLoader, PreparedItem
from aligner_gui.ui.queue_model import state_label
from aligner_gui.ui.queue_panel import QueuePanel
from aligner_gui.ui.read_ahead import ReadAhead
from aligner_gui.ui.review_panel import ReviewPanel

AUTOSAVE_MS = 1500
REHIGHLIGHT_MS = 150
# Hunk actions diff on the GUI thread: bounded, so a long passage never freezes it.
HUNK_DIFF_TIMEOUT = 0.2


@dataclass
class _Undoable:
    passage_id: int
    before: Decision | None
    after: Decision


@dataclass
class _ItemState:
    prepared: PreparedItem
    final: str
    shown_at: float
    history: list[str] = field(default_factory=list)  # earlier final texts, for undo
    future: list[str] = field(default_factory=list)
    saved_draft: str | None = None


class ReviewController(QObject):
    decided = Signal(int, str, str)  # passage id, decision, the decision it replaced ("" if none)
    message = Signal(str)
    hunk_clicked = Signal()  # a double-click on a change: the window decides (see MainWindow._call)

    def __init__(self, project: Project, reviewer: str, queue: QueuePanel, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.project = project
        self.reviewer = reviewer
        self.queue = queue
        self.panel = panel
        # The loader's thread runs pure-Python diffs; a short switch interval hands the GIL
        # back to the GUI thread sooner, so painting does not wait behind it (default 5 ms).
        sys.setswitchinterval(0.001)
        self.loader = ItemLoader(project, reviewer, self)
        self.state: _ItemState | None = None
        self.editing = False
        self.undo_stack: list[_Undoable] = []
        self.redo_stack: list[_Undoable] = []
        self.session_decisions = 0
        self.session_started = time.monotonic()
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._autosave.start()
        self._rehighlight = QTimer(self, singleShot=True, interval=REHIGHLIGHT_MS)
        self._rehighlight.timeout.connect(self._on_typing_settled)
        self._position_timer = QTimer(self, singleShot=True, interval=1000)
        self._position_timer.timeout.connect(self._save_position)
        # The panel and the queue outlive this controller (another project opens in them):
        # shutdown() cuts these, or the closed project would be read again.
        self._connections = [
            (panel.final.textChanged, self._on_typed),
            (panel.final.double_clicked, self._on_double_click),
            (panel.ignore_marks.toggled, self._on_flags),
            (panel.ignore_space.toggled, self._on_flags),
            (panel.discard_draft_clicked, self.discard_recovered),
            (queue.selected, self.show_passage),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._highlight_token = 0
        self.loader.highlighted.connect(self._on_highlights)
        self.ahead = ReadAhead(self.loader, queue, panel, busy=lambda: self.editing)

    # -- showing -------------------------------------------------------------------------

    def show_passage(self, passage_id: int, rewrite_id: int | None = None) -> None:
        """Show a passage; ``rewrite_id`` picks one of its candidate rewrites."""
        if self.state is not None and self.state.prepared.item.passage_id == passage_id and rewrite_id is None:
            return
        if not self.leave_item():  # the edit could not be saved: stay with it
            self.queue.select_passage(self.state.prepared.item.passage_id)
            return
        self.state = None
        prepared = self.loader.get(passage_id, rewrite_id)
        item = prepared.item
        self.state = _ItemState(prepared, prepared.final, time.monotonic())
        built = self.ahead.take(prepared)
        if built is not None:
            self.panel.adopt(*built)
            self._highlight(None if prepared.final != (item.rewrite or "") else prepared.diff, painted=True)
        else:
            self.panel.show_texts(item.text, prepared.final)
            self._highlight(prepared.diff)
        self.panel.set_chosen_reasons(item.current.reasons if item.current else ())
        self.panel.note.setText((item.current.note if item.current else None) or "")
        self._show_header()
        if item.draft is not None and item.draft.rewrite_id == item.rewrite_id:
            self.state.saved_draft = item.draft.text
            self.panel.show_notice(
                self.tr("Recovered an unsaved edit from {time}").format(time=item.draft.updated_at[:19])
            )
        else:
            self.panel.show_notice(None)
        self.set_editing(False)
        self._position_timer.start()
        self.ahead.start()

    def _show_header(self) -> None:
        item = self.state.prepared.item
        current = state_label(item.current.decision if item.current else "pending")
        origin = item.rewrite_model or item.rewrite_origin or self.tr("none")
        index = item.candidate_index
        if len(item.candidates) > 1:
            origin += " · " + self.tr("candidate {n} of {count}").format(n=index + 1, count=len(item.candidates))
        if index >= 0 and item.candidates[index].truncated:
            origin += " · " + self.tr("TRUNCATED")
        self.panel.header.setText(
            self.tr(
                "Passage {uid} · {source} · {chars} characters · rewrite: {origin} · your decision: {state}"
            ).format(uid=item.uid, source=item.source or "-", chars=len(item.text), origin=origin, state=current)
        )

    def _highlight(self, diff: WordDiff | None = None, painted: bool = False) -> None:
        """Show the diff of the current text: given (prepared ahead), else computed on the
        worker thread; the panes keep the previous highlights until it arrives.
        ``painted``: the colours are already in the documents built ahead."""
        state = self.state
        item = state.prepared.item
        changed = state.final != (item.rewrite or "")
        self._show_title()
        if diff is not None:
            if painted:
                self.panel.show_change_count(len(diff.hunks))
            else:
                self.panel.show_diff(diff, [])
            if not changed:
                return
        self._highlight_token = self.loader.request_highlights(item.text, state.final, item.rewrite)

    def _show_title(self) -> None:
        state = self.state
        if self.editing:
            title = self.tr("Final text (editing — Ctrl+Enter saves, Esc leaves)")
        elif state.final != (state.prepared.item.rewrite or ""):
            title = self.tr("Final text (changed)")
        else:
            title = self.tr("Rewrite")
        self.panel.final_pane.title.setText(title)

    def _on_highlights(self, result: Highlights) -> None:
        if self.state is None or result.token != self._highlight_token or result.final != self.state.final:
            return
        self.panel.show_diff(result.diff, result.kept)

    def has_unsaved_edit(self) -> bool:
        """The text was changed since the passage was shown (drafts are saved separately)."""
        return self.state is not None and self._current_final() != self.state.prepared.final

    def leave_item(self) -> bool:
        """Before showing another passage: keep unsaved changes as a draft. False when
        they could not be saved (the project is busy): then stay on this passage."""
        if self.state is None:
            return True
        self.set_editing(False)
        return self.save_draft_now()

    # -- editing ---------------------------------------------------------------------------

    def set_editing(self, editing: bool) -> None:
        if self.state is None:
            return
        leaving = self.editing and not editing
        self._current_final()
        self.editing = editing
        self.panel.set_editing(editing)
        self._show_title()
        if not editing:
            self.panel.final.clearFocus()
            self.queue.table.setFocus()
        if leaving:
            self._highlight()

    def start_edit(self) -> None:
        if self.project.read_only:
            self.message.emit(str(self.project.read_only_error()))
        elif self.state is not None and self.state.prepared.item.rewrite is not None:
            self.set_editing(True)

    def _on_double_click(self, _position: int) -> None:
        self.hunk_clicked.emit()

    def _on_typed(self) -> None:
        if self.state is not None and self.editing:
            self._rehighlight.start()

    def _on_typing_settled(self) -> None:
        if self.state is None:
            return
        text = self.panel.final.text()
        if text != self.state.final:
            self.state.final = text
            self._highlight()

    def save_draft_now(self) -> bool:
        """Save the current text as a draft if it changed; False when the project was too
        busy to take it (the reviewer is told; the autosave tries again)."""
        state = self.state
        if state is None:
            return True
        self._current_final()
        item = state.prepared.item
        if state.final == state.saved_draft or item.rewrite is None:
            return True
        if state.saved_draft is None and state.final == state.prepared.final:
            return True  # unchanged since shown: the rewrite, or the text of an "edited" decision
        try:
            save_draft(self.project, item.passage_id, self.reviewer, item.rewrite_id, state.final)
        except ProjectWriteError as exc:  # busy, read-only, disk full
            self.message.emit(self.tr("Your edit is not saved yet: {reason}").format(reason=exc))
            return False
        state.saved_draft = state.final
        self.loader.invalidate(item.passage_id)
        return True

    def discard_recovered(self) -> None:
        if self.state is None:
            return
        item = self.state.prepared.item
        try:
            discard_draft(self.project, item.passage_id, self.reviewer)
        except ProjectWriteError as exc:
            self.message.emit(str(exc))
            return
        self.loader.invalidate(item.passage_id)
        self.state.saved_draft = None
        self._replace_final(item.rewrite or "", remember=True)
        self.panel.show_notice(None)

    def _replace_final(self, text: str, remember: bool, cursor_at: int | None = None) -> None:
        state = self.state
        if remember and text != state.final:
            state.history.append(state.final)
            state.future.clear()
        state.final = text
        self.panel.final.set_text(text)
        self._highlight()
        if cursor_at is not None:
            self._place_cursor(cursor_at)

    # -- hunks -----------------------------------------------------------------------------

    def _current_final(self) -> str:
        if self.editing:
            self.state.final = self.panel.final.text()
        return self.state.final

    def step_hunk(self, forward: bool) -> None:
        if self.state is None:
            return
        item = self.state.prepared.item
        spans = hunk_map(item.text, self._current_final(), item.rewrite, HUNK_DIFF_TIMEOUT).all()
        target = neighbour_hunk(spans, self.panel.final.cursor_position(), forward)
        if target is None:
            self.panel.final.mark_hunk(None, None)
            return
        self._place_cursor(target[0])
        self.panel.final.mark_hunk(*target)

    def toggle_hunk(self) -> None:
        if self.state is None or self.state.prepared.item.rewrite is None:
            return
        item = self.state.prepared.item
        position = self.panel.final.cursor_position()
        result = toggle_hunk(item.text, self._current_final(), item.rewrite, position, HUNK_DIFF_TIMEOUT)
        if result is None:
            self.message.emit(self.tr("No change at the cursor: use [ and ] to move between changes"))
            return
        text, at = result
        self._replace_final(text, remember=True, cursor_at=at)
        spans = hunk_map(item.text, text, item.rewrite, HUNK_DIFF_TIMEOUT).all()
        self.panel.final.mark_hunk(*(hunk_at(spans, at) or (None, None)))

    def from_original(self) -> None:
        if self.state is None or self.state.prepared.item.rewrite is None:
            return
        self._replace_final(self.state.prepared.item.text, remember=True, cursor_at=0)

    def _place_cursor(self, position: int) -> None:
        self.panel.final.set_cursor_position(position)

    # -- decisions ---------------------------------------------------------------------------

    def decide(self, kind: str) -> None:
        """accept / reject / skip / save_edit: record it and move to the next passage."""
        state = self.state
        if state is None:
            return
        item = state.prepared.item
        if item.rewrite is None and kind != "skip":
            self.message.emit(self.tr("This passage has no rewrite to judge yet"))
            return
        final = self._current_final()
        if kind in ("accept", "save_edit"):  # what is shown is what is kept
            decision, text = ("accepted" if final == item.rewrite else "edited"), final
        elif kind == "reject":
            decision, text = "rejected", None
        else:
            decision, text = "skipped", None
        new = Decision(
            item.passage_id,
            item.rewrite_id,
            self.reviewer,
            decision,
            final_text=text,
            reasons=self.panel.chosen_reasons(),
            note=self.panel.note.text().strip() or None,
            seconds=round(time.monotonic() - state.shown_at, 2),
        )
        recorded, before = self._record(new)
        if not recorded:
            return
        self.undo_stack.append(_Undoable(item.passage_id, before, new))
        self.redo_stack.clear()
        self.session_decisions += 1
        self.set_editing(False)
        self.state = None  # the decision replaced the draft; nothing left to autosave
        if not self.queue.step(1):
            self._reshow(item.passage_id)
            self.message.emit(self.tr("That was the last passage in this list"))

    def _record(self, decision: Decision) -> tuple[bool, Decision | None]:
        """Commit ``decision``; return whether it was recorded, and the decision it
        replaced. Not recorded (the reviewer is told why) when another writer held the
        project too long."""
        before = current_decision(self.project, decision.passage_id, self.reviewer)
        try:
            record_decision(self.project, decision)
        except ProjectWriteError as exc:  # busy, read-only, disk full
            self.message.emit(str(exc))
            return False, before
        self.loader.invalidate(decision.passage_id)
        self.queue.model.refresh_passage(decision.passage_id)
        self.decided.emit(decision.passage_id, decision.decision, before.decision if before else "")
        return True, before

    def _reshow(self, passage_id: int) -> None:
        """Show ``passage_id`` afresh (its state just changed), selecting it in the queue."""
        if not self.leave_item():  # an edit that could not be saved stays on screen
            return
        self.state = None
        if not self.queue.select_passage(passage_id) or self.state is None:
            self.show_passage(passage_id)

    # -- undo / redo -----------------------------------------------------------------------------

    def undo(self) -> None:
        if self.state is not None and self._move_text(self.state.history, self.state.future):
            return
        if not self.undo_stack:
            self.message.emit(self.tr("Nothing to undo"))
            return
        entry = self.undo_stack[-1]
        previous = entry.before or Decision(entry.passage_id, entry.after.rewrite_id, self.reviewer, RESET)
        if not self._record(previous)[0]:
            return
        self.redo_stack.append(self.undo_stack.pop())
        self._reshow(entry.passage_id)
        self.message.emit(
            self.tr("Undone: {decision} on passage {id}").format(decision=entry.after.decision, id=entry.passage_id)
        )

    def redo(self) -> None:
        if self.state is not None and self._move_text(self.state.future, self.state.history):
            return
        if not self.redo_stack:
            self.message.emit(self.tr("Nothing to redo"))
            return
        entry = self.redo_stack[-1]
        if not self._record(entry.after)[0]:
            return
        self.undo_stack.append(self.redo_stack.pop())
        self._reshow(entry.passage_id)

    def _move_text(self, source: list[str], target: list[str]) -> bool:
        """Undo or redo one change to the current text; False when there is none."""
        if not source:
            return False
        target.append(self.state.final)
        self._replace_final(source.pop(), remember=False)
        return True

    # -- misc -------------------------------------------------------------------------------------

    def _on_flags(self) -> None:
        self.loader.flags = DiffFlags(self.panel.ignore_marks.isChecked(), self.panel.ignore_space.isChecked())
        if self.state is not None:
            self._highlight()

    def _save_position(self) -> None:
        if self.state is not None and not self.project.read_only:
            with suppress(ProjectWriteError):  # a convenience only: the next passage shown saves it again
                save_position(self.project, self.reviewer, self.state.prepared.item.passage_id)

    def items_per_hour(self) -> float:
        hours = max(time.monotonic() - self.session_started, 1.0) / 3600
        return self.session_decisions / hours

    def shutdown(self) -> None:
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self.leave_item()
        self._save_position()
        self._autosave.stop()
        self.ahead.stop()
        self.loader.shutdown()
