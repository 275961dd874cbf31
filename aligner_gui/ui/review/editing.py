"""The edit buffer: the final text being edited, its own undo, hunk actions, and drafts.

Edits in progress are saved as drafts at least every two seconds and come back when the
passage is shown again, also after a crash. A draft is kept in memory until the writer
has committed it; one that could not be committed is tried again at the next autosave,
and moving on never waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from aligner_gui.core.review.decisions import discard_draft, save_draft
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.hunks import (
    CHANGED,
    Change,
    Cuts,
    change_at,
    changes,
    cut_before_word,
    neighbour,
    selection_cuts,
    toggled,
    within,
    without_additions,
)
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text
from aligner_gui.ui.review.display import ReviewDisplay

AUTOSAVE_MS = 1500
REHIGHLIGHT_MS = 150
# Hunk actions diff on the GUI thread: bounded, so a long passage never freezes it.
HUNK_DIFF_TIMEOUT = 0.2


class EditBuffer(QObject):
    message = Signal(str)
    hunk_clicked = Signal()  # a double-click on a change: the window decides (see Session.trigger)

    def __init__(self, ops: ProjectOps, display: ReviewDisplay) -> None:
        super().__init__(display)
        self.ops = ops
        self.display = display
        self.panel = display.panel
        self._in_flight: set[int] = set()  # passages whose draft is being written
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._autosave.start()
        self._rehighlight = QTimer(self, singleShot=True, interval=REHIGHLIGHT_MS)
        self._rehighlight.timeout.connect(self._on_typing_settled)
        # The selected change and the reviewer's cuts hold for one final text of one passage.
        self._current: tuple[object, str, Change] | None = None  # (state, final text, change)
        self._cuts: tuple[object, str, Cuts] | None = None
        self._clicked: tuple[object, str] | None = None  # (state, "raw" or "final"): the pane last clicked

    @property
    def state(self):  # noqa: ANN201 - the display's ItemState
        return self.display.state

    @property
    def editing(self) -> bool:
        return self.display.editing

    # -- editing ---------------------------------------------------------------------------

    def set_editing(self, editing: bool) -> None:
        if self.state is None:
            return
        leaving = self.editing and not editing
        self.current_final()
        self.display.editing = editing
        self.panel.set_editing(editing)
        self.display.show_title()
        self.display.mark_evidence()
        if not editing:
            self.panel.final.clearFocus()
            self.display.passages.focus_list()
        if leaving:
            self.display.highlight()

    def start_edit(self) -> None:
        """Edit the final text; a passage without a rewrite starts one from its raw text."""
        if self.ops.read_only:
            self.message.emit(str(self.ops.project.read_only_error()))
        elif self.state is not None:
            item = self.state.prepared.item
            if item.rewrite is None and not self.current_final():
                self.panel.show_hint(None)
                self.replace_final(item.text, remember=True, cursor_at=0)
            self.set_editing(True)

    def on_double_click(self, _position: int) -> None:
        self.panel.raw.clear_selection()  # the change double-clicked, not words selected before
        self.hunk_clicked.emit()

    def on_clicked(self, side: str) -> None:
        """A click in a pane: the next hunk action is for the change under it, not the
        one selected before with [ and ]."""
        if self.state is None:
            return
        self._clicked = (self.state, side)
        self._select(None)

    def on_typed(self) -> None:
        if self.state is not None and self.editing:
            self._rehighlight.start()

    def _on_typing_settled(self) -> None:
        if self.state is None:
            return
        text = self.panel.final.text()
        if text != self.state.final:
            self.state.final = text
            self.display.highlight()

    def current_final(self) -> str:
        if self.editing:
            self.state.final = self.panel.final.text()
        return self.state.final

    def has_unsaved_edit(self) -> bool:
        """The text was changed since the passage was shown (drafts are saved separately)."""
        return self.state is not None and self.current_final() != self.state.prepared.final

    def replace_final(self, text: str, remember: bool, cursor_at: int | None = None) -> None:
        state = self.state
        if remember and text != state.final:
            state.history.append(state.final)
            state.future.clear()
        state.final = text
        self._cuts = None  # cuts were made on the text replaced (also when an undo brings it back)
        self.panel.final.set_text(text)
        self.display.highlight()
        if cursor_at is not None:
            self.panel.final.set_cursor_position(cursor_at)

    def undo_text(self) -> bool:
        """Undo one change to the current text; False when there is none."""
        return self.state is not None and self._move_text(self.state.history, self.state.future)

    def redo_text(self) -> bool:
        return self.state is not None and self._move_text(self.state.future, self.state.history)

    def _move_text(self, source: list[str], target: list[str]) -> bool:
        if not source:
            return False
        target.append(self.state.final)
        self.replace_final(source.pop(), remember=False)
        return True

    # -- hunks -----------------------------------------------------------------------------

    def step_hunk(self, forward: bool) -> None:
        if self.state is None:
            return
        self.panel.raw.clear_selection()  # the next action is for the change stepped to
        target = neighbour(self._changes(), self._selected(), self.panel.final.cursor_position(), forward)
        self._select(target)

    def toggle_hunk(self) -> None:
        """Revert or take the selected words, else the selected change, else the one at the cursor."""
        targets = self._targets()
        if targets:
            self._apply(*toggled(self.current_final(), targets))

    def remove_addition(self) -> None:
        """Drop words the rewrite added (a note to the user), putting nothing back."""
        targets = [change for change in self._targets() if change.is_addition]
        if not targets and self.state is not None:
            self.message.emit(self.tr("Nothing added here: select a green addition with [ and ] first"))
        elif targets:
            self._apply(*without_additions(self.current_final(), targets))

    def split_hunk(self) -> None:
        """Cut the change under the cursor before the word the cursor is on (in the pane
        the reviewer last clicked), so that each part is restored or taken on its own."""
        if self.state is None:
            return
        side, position = self._pointer()
        text = self.state.prepared.item.text if side == "raw" else self.current_final()
        cut = cut_before_word(text, position)
        found = self._changes()
        if cut in getattr(self._active_cuts(), side):
            self._select(next((c for c in found if c.range_on(side)[0] == cut), None))
            self.message.emit(self.tr("This change is already split here: [ and ] move between the parts"))
            return
        if not any(c.range_on(side)[0] < cut < c.range_on(side)[1] for c in found):
            self.message.emit(self.tr("Put the cursor on a word inside a change to split it there"))
            return
        self._cuts = (self.state, self.current_final(), self._active_cuts().plus(**{side: [cut]}))
        found = self._changes()
        self._select(next((c for c in found if c.range_on(side)[1] == cut), None))
        self.panel.show_change_count(sum(c.kind == CHANGED for c in found))
        self.message.emit(self.tr("Split in two: [ and ] move between the parts"))

    def _pointer(self) -> tuple[str, int]:
        """Where hunk actions look for a change: the caret of the pane the reviewer last
        clicked, as ("raw" or "final", Python offset); the final pane's until a click."""
        held = self._clicked
        side = held[1] if held is not None and held[0] is self.state else "final"
        return side, (self.panel.raw if side == "raw" else self.panel.final).cursor_position()

    def _changes(self, cuts: Cuts | None = None) -> list[Change]:
        item = self.state.prepared.item
        cuts = self._active_cuts() if cuts is None else cuts
        if item.rewrite is None and not self.state.final:
            return []  # nothing to compare yet
        return changes(item.text, self.current_final(), item.rewrite, cuts, HUNK_DIFF_TIMEOUT)

    def _active_cuts(self) -> Cuts:
        held = self._cuts
        valid = held is not None and held[0] is self.state and held[1] == self.current_final()
        return held[2] if valid else Cuts()

    def _selected(self) -> Change | None:
        """The change selected with [ and ], while the text and the final pane's cursor
        are as it left them (a click elsewhere picks the change there)."""
        held = self._current
        valid = held is not None and held[0] is self.state and held[1] == self.current_final()
        return held[2] if valid and self.panel.final.cursor_position() == held[2].final_start else None

    def _targets(self) -> list[Change]:
        """What a hunk action applies to: the words selected in either pane, else the
        selected change, else the change at the cursor of the pane last clicked."""
        if self.state is None:
            return []
        item = self.state.prepared.item
        for side, pane, text in (("raw", self.panel.raw, item.text), ("final", self.panel.final, self.current_final())):
            selected = pane.selected_range()
            if selected is None:
                continue
            start, end = selection_cuts(text, *selected)
            extra = self._active_cuts().plus(**{side: (start, end)})
            pane.clear_selection()
            found = within(self._changes(extra), side, start, end)
            if not found:
                self.message.emit(self.tr("No change in the selected words"))
            return found
        side, position = self._pointer()
        target = self._selected() or change_at(self._changes(), position, side)
        if target is None:
            self.message.emit(self.tr("No change at the cursor: use [ and ] to move between changes"))
        return [target] if target is not None else []

    def _apply(self, text: str, at: int) -> None:
        self.replace_final(text, remember=True, cursor_at=at)
        self._select(change_at(self._changes(), at))

    def _select(self, change: Change | None) -> None:
        """Frame ``change`` in both panes and scroll both to it (None: no change)."""
        self._current = None if change is None else (self.state, self.current_final(), change)
        if change is not None:
            self._clicked = None  # selected after the click: [ and ] step on from the final pane
        if change is None:
            self.panel.final.mark_hunk(None, None)
            self.panel.raw.mark_hunk(None, None)
            return
        self.panel.final.set_cursor_position(change.final_start)
        self.panel.final.mark_hunk(*change.final_range)
        self.panel.raw.mark_hunk(*change.raw_range)
        self.panel.reveal(change.raw_range, change.final_range)

    def from_original(self) -> None:
        if self.state is None or self.state.prepared.item.rewrite is None:
            return
        self.replace_final(self.state.prepared.item.text, remember=True, cursor_at=0)

    # -- drafts ----------------------------------------------------------------------------

    def save_draft_now(self) -> None:
        """Send the current text to the writer as a draft if it changed, and any draft a
        failure left waiting."""
        state = self.state
        if state is not None:
            self.current_final()
            item = state.prepared.item
            # Unchanged: the rewrite, or the text of an "edited" decision, as shown; or, for
            # a passage without a rewrite, its raw text that E started one from.
            untouched = (state.prepared.final, item.text if item.rewrite is None else state.prepared.final)
            unchanged = state.saved_draft is None and state.final in untouched
            if state.final != state.saved_draft and not unchanged:
                self.display.pending_text[item.passage_id] = (item.rewrite_id, state.final)
                state.saved_draft = state.final
        for passage_id in list(self.display.pending_text):
            if passage_id not in self._in_flight:
                self._send_draft(passage_id)

    def _send_draft(self, passage_id: int) -> None:
        rewrite_id, text = self.display.pending_text[passage_id]
        reviewer = self.ops.reviewer
        self._in_flight.add(passage_id)

        def write(project: Project) -> Changes:
            save_draft(project, passage_id, reviewer, rewrite_id, text)
            return Changes(passages=frozenset({passage_id}))

        def saved(_changes: Changes) -> None:
            self._in_flight.discard(passage_id)
            if self.display.pending_text.get(passage_id) == (rewrite_id, text):
                del self.display.pending_text[passage_id]

        def failed(exc: Exception) -> None:  # busy, read-only, disk full: kept, and tried again
            self._in_flight.discard(passage_id)
            self.message.emit(self.tr("Your edit is not saved yet: {reason}").format(reason=failure_text(exc)))

        self.ops.write(write, saved, failed, name="save draft")

    def forget_draft(self, passage_id: int) -> None:
        """A decision replaces the draft (the project drops its row in the same step)."""
        self.display.pending_text.pop(passage_id, None)

    def discard_recovered(self) -> None:
        if self.state is None:
            return
        item = self.state.prepared.item
        passage_id, reviewer = item.passage_id, self.ops.reviewer
        self.display.pending_text.pop(passage_id, None)

        def write(project: Project) -> Changes:
            discard_draft(project, passage_id, reviewer)
            return Changes(passages=frozenset({passage_id}))

        self.ops.write(write, failure=lambda exc: self.message.emit(failure_text(exc)), name="discard draft")
        self.state.saved_draft = None
        self.replace_final(item.rewrite or "", remember=True)
        self.panel.show_notice(None)

    def leave_item(self) -> None:
        """Before showing another passage: keep unsaved changes as a draft."""
        if self.state is None:
            return
        self.set_editing(False)
        self.save_draft_now()

    def stop(self) -> None:
        self._autosave.stop()
        self._rehighlight.stop()
