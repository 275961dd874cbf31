"""Loading review items ahead of the reviewer, as ops on the loader's runner.

An item is the passage, its rewrite, the reviewer's standing decision and draft, and
the word diff between the raw text and the text to show. Prepared items wait in a
small cache until the reviewer gets there; a change notice for a passage drops it.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from aligner_gui.core.review.decisions import ReviewItem, load_item
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.diff import WordDiff, word_diff
from aligner_gui.core.text.hunks import hunk_map
from aligner_gui.ui.common.ops import Op, OpRunner

CACHE_SIZE = 64


@dataclass(frozen=True)
class DiffFlags:
    ignore_marks: bool = False
    ignore_space: bool = False


@dataclass
class PreparedItem:
    item: ReviewItem
    final: str  # what the final pane starts with: draft, edited text, or the rewrite
    diff: WordDiff  # raw against final, under the flags below
    flags: DiffFlags
    coarse: bool = False  # the diff ran out of time: the display asks the loader for the exact one


def starting_text(item: ReviewItem) -> str:
    """The draft or the edited text, when it is about the rewrite shown; else the rewrite."""
    if item.draft is not None and item.draft.rewrite_id == item.rewrite_id:
        return item.draft.text
    current = item.current
    edited = current is not None and current.decision == "edited" and current.final_text is not None
    if edited and current.rewrite_id == item.rewrite_id:
        return current.final_text
    return item.rewrite or ""


# On the GUI thread (an item that was not prefetched) the diff may settle for a coarser
# result after this long rather than hold up the event loop; the exact one follows from
# the loader's runner.
GUI_DIFF_TIMEOUT = 0.01


def prepare(
    project: Project,
    passage_id: int,
    reviewer: str,
    flags: DiffFlags,
    timeout: float = 2.0,
    rewrite_id: int | None = None,
) -> PreparedItem:
    item = load_item(project, passage_id, reviewer, rewrite_id)
    final = starting_text(item)
    if item.rewrite is None and not final:  # nothing to compare the raw text with yet
        return PreparedItem(item, final, WordDiff(item.text, final, [], []), flags)
    started = time.perf_counter()
    diff = word_diff(
        item.text, final, ignore_marks=flags.ignore_marks, ignore_space=flags.ignore_space, timeout=timeout
    )
    return PreparedItem(item, final, diff, flags, coarse=time.perf_counter() - started >= timeout)


@dataclass(frozen=True)
class Highlights:
    token: int
    final: str  # the text these highlights belong to
    diff: WordDiff
    kept: list[tuple[int, int]]


def highlights(token: int, raw: str, final: str, rewrite: str | None, flags: DiffFlags) -> Highlights:
    exact = word_diff(raw, final)
    shown = (
        exact
        if flags == DiffFlags()
        else word_diff(raw, final, ignore_marks=flags.ignore_marks, ignore_space=flags.ignore_space)
    )
    return Highlights(token, final, shown, hunk_map(raw, final, rewrite, raw_to_final=exact).kept)


class ItemLoader(QObject):
    """Cache of prepared items, filled ahead by ops on the loader's runner (its own
    connection); an item not prefetched is prepared on the GUI thread's reader."""

    highlighted = Signal(object)  # Highlights, on the GUI thread
    stored = Signal(int)  # a prefetched item is now in the cache

    def __init__(self, project: Project, reviewer: str, runner: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._reviewer = reviewer
        self._runner = runner
        self.flags = DiffFlags()
        self._cache: OrderedDict[int, PreparedItem] = OrderedDict()
        self._requested: set[int] = set()
        self._token = 0
        # Invalidation epochs: an item prepared before its passage changed is not kept.
        self._epoch = 0
        self._dropped_at: dict[int, int] = {}
        self._cleared_at = 0

    def get(self, passage_id: int, rewrite_id: int | None = None) -> PreparedItem:
        """The prepared item: from the cache, else prepared right here. ``rewrite_id``
        asks for one particular candidate rewrite."""
        cached = self._cache.get(passage_id)
        if cached is not None and cached.flags == self.flags and rewrite_id in (None, cached.item.rewrite_id):
            self._cache.move_to_end(passage_id)
            return cached
        prepared = prepare(
            self._project, passage_id, self._reviewer, self.flags, timeout=GUI_DIFF_TIMEOUT, rewrite_id=rewrite_id
        )
        self._put(prepared)
        return prepared

    def prefetch(self, passage_ids: list[int]) -> None:
        reviewer, flags, epoch = self._reviewer, self.flags, self._epoch
        for passage_id in passage_ids:
            cached = self._cache.get(passage_id)
            if (cached is None or cached.flags != flags) and passage_id not in self._requested:
                self._requested.add(passage_id)
                self._runner.submit(
                    Op(
                        lambda project, p=passage_id: prepare(project, p, reviewer, flags),
                        success=lambda prepared, epoch=epoch: self._store(prepared, epoch),
                        failure=lambda _exc, p=passage_id: self._forget_request(p),
                        name="prefetch",
                    )
                )

    def request_highlights(self, raw: str, final: str, rewrite: str | None) -> int:
        """Compute highlights on the loader's runner; the answer comes by ``highlighted``."""
        self._token += 1
        token, flags = self._token, self.flags
        self._runner.submit(
            Op(lambda _project: highlights(token, raw, final, rewrite, flags), success=self.highlighted.emit)
        )
        return self._token

    def invalidate(self, passage_ids: Iterable[int] | None = None) -> None:
        self._epoch += 1
        if passage_ids is None:
            self._cache.clear()
            self._cleared_at = self._epoch
            return
        for passage_id in passage_ids:
            self._cache.pop(passage_id, None)
            if passage_id in self._requested:  # its answer, on its way, is already stale
                self._dropped_at[passage_id] = self._epoch

    def is_cached(self, passage_id: int) -> bool:
        return self.peek(passage_id) is not None

    def peek(self, passage_id: int) -> PreparedItem | None:
        """The cached item, or None: never prepares anything."""
        cached = self._cache.get(passage_id)
        return cached if cached is not None and cached.flags == self.flags else None

    def _forget_request(self, passage_id: int) -> None:
        self._requested.discard(passage_id)
        self._dropped_at.pop(passage_id, None)

    def _store(self, prepared: PreparedItem, epoch: int) -> None:
        passage_id = prepared.item.passage_id
        self._requested.discard(passage_id)
        stale = max(self._cleared_at, self._dropped_at.pop(passage_id, 0)) > epoch
        if prepared.flags == self.flags and not stale:
            self._put(prepared)
            self.stored.emit(prepared.item.passage_id)

    def _put(self, prepared: PreparedItem) -> None:
        self._cache[prepared.item.passage_id] = prepared
        self._cache.move_to_end(prepared.item.passage_id)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
