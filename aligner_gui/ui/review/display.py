"""Showing a passage: its raw text beside the final text, the diff highlights, the
header and the recovered-draft notice. The edit buffer (editing.py) and the decision
log (decisions.py) act on what is shown here.

A change notice for the passage on screen refreshes what it says about itself (the
reviewer's standing decision, a rewrite that just arrived) without touching an edit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from aligner_gui.core.review.decisions import Decision
from aligner_gui.core.review.matches import match_ranges
from aligner_gui.core.text.diff import WordDiff
from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.common.core_messages import flag_detail
from aligner_gui.ui.common.flag_labels import flag_label
from aligner_gui.ui.common.i18n import date_time, isolated, number
from aligner_gui.ui.common.keys import key_for
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.common.states import state_label
from aligner_gui.ui.review.item_loader import DiffFlags, Highlights, ItemLoader, PreparedItem, starting_text
from aligner_gui.ui.review.panel import ReviewPanel
from aligner_gui.ui.review.passage_list import PassageList
from aligner_gui.ui.review.read_ahead import ReadAhead

# Where a rewrite came from (rewrites.origin), when no model name says it.
ORIGIN_LABELS = {
    "model": QT_TRANSLATE_NOOP("Origins", "a model"),
    "import": QT_TRANSLATE_NOOP("Origins", "imported"),
    "human": QT_TRANSLATE_NOOP("Origins", "written by hand"),
    "none": QT_TRANSLATE_NOOP("Origins", "none"),
}


@dataclass
class ItemState:
    prepared: PreparedItem
    final: str
    shown_at: float
    history: list[str] = field(default_factory=list)  # earlier final texts, for undo
    future: list[str] = field(default_factory=list)
    saved_draft: str | None = None

    @property
    def passage_id(self) -> int:
        return self.prepared.item.passage_id


class ReviewDisplay(QObject):
    def __init__(self, ops: ProjectOps, loader: ItemLoader, passages: PassageList, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.ops = ops
        self.loader = loader
        self.passages = passages
        self.panel = panel
        self.state: ItemState | None = None
        self.editing = False  # set by the edit buffer; the title and read-ahead follow it
        self.pending_text: dict[int, tuple[int | None, str]] = {}  # drafts not yet committed
        self.in_flight: dict[int, Decision] = {}  # decisions made and not yet committed
        self._highlight_token = 0
        self.search_query = ""
        self.loader.highlighted.connect(self._on_highlights)
        self.ahead = ReadAhead(loader, passages, panel, busy=lambda: self.editing)

    def shown_passage(self) -> int | None:
        return self.state.passage_id if self.state is not None else None

    def show_passage(self, passage_id: int, rewrite_id: int | None = None) -> None:
        """Show a passage; ``rewrite_id`` picks one of its candidate rewrites."""
        prepared = self.loader.get(passage_id, rewrite_id)
        deciding = self.in_flight.get(passage_id)
        if deciding is not None and deciding.rewrite_id == prepared.item.rewrite_id:
            # Shown as the reviewer left it, though the project does not have it yet.
            item = replace(prepared.item, current=deciding, draft=None)
            prepared = replace(prepared, item=item, final=starting_text(item))
        item = prepared.item
        pending = self.pending_text.get(passage_id)
        if pending is not None and pending[0] == item.rewrite_id:  # an edit still on its way to the project
            prepared = replace(prepared, final=pending[1])
        self.state = ItemState(prepared, prepared.final, time.monotonic())
        rediff = pending is not None or deciding is not None
        built = self.ahead.take(prepared) if not rediff else None
        if built is not None:
            self.panel.adopt(*built)
            self.highlight(None if prepared.final != (item.rewrite or "") else prepared.diff, painted=True)
        else:
            self.panel.show_texts(item.text, prepared.final)
            self.highlight(None if rediff else prepared.diff, refine=prepared.coarse)
        self.panel.flags.show_flags(item.flags)
        self.panel.set_chosen_reasons(item.current.reasons if item.current else ())
        self.panel.note.setText((item.current.note if item.current else None) or "")
        self.show_header()
        if item.draft is not None and item.draft.rewrite_id == item.rewrite_id:
            self.state.saved_draft = item.draft.text
            self.panel.show_notice(
                self.tr("Recovered an unsaved edit from {time}").format(time=date_time(item.draft.updated_at))
            )
        else:
            self.panel.show_notice(None)
        if pending is not None:
            self.state.saved_draft = pending[1]  # on its way: the edit buffer retries it until it lands
        self.ahead.start()

    def rewrite_of(self, passage_id: int) -> str | None:
        """The rewrite shown for ``passage_id`` (read on the GUI thread's reader)."""
        return self.loader.get(passage_id).item.rewrite

    def show_header(self) -> None:
        item = self.state.prepared.item
        current = state_label(item.current.decision if item.current else "pending")
        label = ORIGIN_LABELS.get(item.rewrite_origin or "none")
        if item.rewrite_model or label is None:
            origin = isolated(item.rewrite_model or item.rewrite_origin)
        else:
            origin = QCoreApplication.translate("Origins", label)
        index = item.candidate_index
        if len(item.candidates) > 1:
            origin += " · " + self.tr("candidate {n} of {count}").format(
                n=number(index + 1), count=number(len(item.candidates))
            )
        if index >= 0 and item.candidates[index].truncated:
            origin += " · " + self.tr("TRUNCATED")
        self.panel.header.setText(
            self.tr("Passage {uid} · {source} · {chars} · rewrite: {origin} · your decision: {state}").format(
                uid=isolated(item.uid),
                source=isolated(item.source or "-"),
                chars=self.tr("%Ln characters", "", len(item.text)),
                origin=origin,
                state=current,
            )
        )

    def highlight(self, diff: WordDiff | None = None, painted: bool = False, refine: bool = False) -> None:
        """Show the diff of the current text: given (prepared ahead), else computed on the
        loader's runner; the panes keep the previous highlights until it arrives.
        ``painted``: the colours are already in the documents built ahead; ``refine``:
        the given diff is a coarse one, and the exact one is asked for too."""
        state = self.state
        item = state.prepared.item
        changed = state.final != (item.rewrite or "")
        self.show_title()
        self.mark_evidence()
        self.mark_matches()
        if item.rewrite is None and not state.final:
            self.panel.show_no_rewrite(self._no_rewrite_hint())
            return
        if diff is not None:
            if painted:
                self.panel.show_gaps(diff)
                self.panel.show_change_count(len(diff.hunks))
            else:
                self.panel.show_diff(diff, [])
            if not changed and not refine:
                return
        self._highlight_token = self.loader.request_highlights(item.text, state.final, item.rewrite)

    def _no_rewrite_hint(self) -> str:
        return self.tr(
            "No rewrite yet: press {edit} to write one yourself, starting from the raw text,"
            " or {generate} to have the rewriter make one."
        ).format(edit=isolated(key_for(ActionId.EDIT)), generate=isolated(key_for(ActionId.REGENERATE)))

    def set_search(self, query: str) -> None:
        """The queue's search: its matches are highlighted in both panes."""
        self.search_query = query
        if self.state is not None:
            self.mark_matches()

    def mark_matches(self) -> None:
        query = self.search_query
        self.panel.raw.mark_matches(match_ranges(self.state.prepared.item.text, query) if query else [])
        self.panel.final.mark_matches(match_ranges(self.state.final, query) if query else [])

    def mark_evidence(self) -> None:
        """Underline each flag's evidence: in the raw text always; in the rewrite while the
        final text is still the rewrite the flags were measured on, and not being edited."""
        changed = self.state.final != (self.state.prepared.item.rewrite or "")
        evidence: dict[str, list[tuple[int, int, str]]] = {"raw": [], "rewrite": []}
        for flag in self.state.prepared.item.flags:
            tip = f"{flag_label(flag.code)}: {flag_detail(flag.detail)}"
            for span in flag.spans:
                evidence[span.side].append((span.start, span.end, tip))
        self.panel.raw.mark_evidence(evidence["raw"])
        self.panel.final.mark_evidence([] if changed or self.editing else evidence["rewrite"])

    def show_evidence(self, index: int) -> None:
        """Scroll to the first evidence of the flag at ``index`` (a click on its chip)."""
        flags = self.state.prepared.item.flags if self.state is not None else []
        if not 0 <= index < len(flags) or not flags[index].spans:
            return
        span = flags[index].spans[0]
        pane = self.panel.raw if span.side == "raw" else self.panel.final
        pane.set_cursor_position(span.start)

    def show_title(self) -> None:
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

    def set_flags(self, flags: DiffFlags) -> None:
        self.loader.flags = flags
        if self.state is not None:
            self.highlight()

    def reshow(self, passage_id: int) -> None:
        """Show ``passage_id`` afresh (its state just changed), selecting it in the queue."""
        self.state = None
        if not self.passages.select_passage(passage_id) or self.state is None:
            self.show_passage(passage_id)

    def on_changed(self, changes: Changes) -> None:
        """A change notice: drop stale items; refresh the passage on screen."""
        self.loader.invalidate(None if changes.new_passages or changes.all_passages else changes.passages)
        state = self.state
        if state is None or self.editing:
            return
        if changes.all_passages:  # flags checked again, a bulk decision: what is shown follows
            fresh = self.loader.get(state.passage_id, state.prepared.item.rewrite_id)
            item = replace(state.prepared.item, flags=fresh.item.flags, current=fresh.item.current)
            state.prepared = replace(state.prepared, item=item)
            self.panel.flags.show_flags(item.flags)
            self.mark_evidence()
            self.show_header()
            return
        if state.passage_id not in changes.passages:
            return
        fresh = self.loader.get(state.passage_id, state.prepared.item.rewrite_id)
        if state.prepared.item.rewrite is None and fresh.item.rewrite is None:
            fresh = self.loader.get(state.passage_id)  # a rewrite may have arrived since
        if state.prepared.item.rewrite is None and fresh.item.rewrite is not None:
            self.state = None
            self.show_passage(state.passage_id, fresh.item.rewrite_id)
            return
        state.prepared = replace(state.prepared, item=replace(state.prepared.item, current=fresh.item.current))
        self.show_header()
