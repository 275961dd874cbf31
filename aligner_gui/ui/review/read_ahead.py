"""Getting the next passages ready while the reviewer reads the current one.

After the current item has painted, the next few are fetched and diffed on the loader's
worker thread; once the very next one is in, its two documents are built, coloured and
laid out on the GUI thread, so moving on only swaps documents.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from aligner_gui.ui.review.diff_pane import BuiltText
from aligner_gui.ui.review.item_loader import DiffFlags, ItemLoader, PreparedItem
from aligner_gui.ui.review.panel import ReviewPanel
from aligner_gui.ui.review.passage_list import PassageList

PREFETCH_AHEAD = 4
# Prefetching starts once the new item has painted: the worker's pure-Python diff holds
# the GIL, and competing with the paint made moving on 4x slower on long passages.
PREFETCH_DELAY_MS = 120


class ReadAhead(QObject):
    def __init__(self, loader: ItemLoader, passages: PassageList, panel: ReviewPanel, busy: Callable[[], bool]) -> None:
        super().__init__(panel)
        self.loader = loader
        self.queue = passages
        self.panel = panel
        self._busy = busy  # True while the reviewer edits: leave the GUI thread alone
        self._built: dict[int, tuple[DiffFlags, BuiltText, BuiltText]] = {}
        self._timer = QTimer(self, singleShot=True, interval=PREFETCH_DELAY_MS)
        self._timer.timeout.connect(self._prefetch)
        loader.stored.connect(self._on_stored)

    def start(self) -> None:
        """Call after showing an item: prefetching begins once it has painted."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def take(self, prepared: PreparedItem) -> tuple[BuiltText, BuiltText] | None:
        """The documents built ahead for this item, if they still fit."""
        entry = self._built.pop(prepared.item.passage_id, None)
        if entry is None:
            return None
        flags, raw, final = entry
        fits = raw.key == self.panel.raw.layout_key() and final.key == self.panel.final.layout_key()
        if flags == prepared.flags and final.text == prepared.final and fits:
            return raw, final
        raw.document.deleteLater()
        final.document.deleteLater()
        return None

    def _prefetch(self) -> None:
        self.loader.prefetch(self.queue.upcoming(PREFETCH_AHEAD))
        self._build_next()

    def _on_stored(self, passage_id: int) -> None:
        if passage_id in self.queue.upcoming(1):
            QTimer.singleShot(0, self._build_next)

    def _build_next(self) -> None:
        upcoming = self.queue.upcoming(1)
        if not upcoming or self._busy() or upcoming[0] in self._built:
            return
        prepared = self.loader.peek(upcoming[0])
        if prepared is None:
            return
        for _, raw, final in self._built.values():
            raw.document.deleteLater()
            final.document.deleteLater()
        raw, final = self.panel.build(prepared.item.text, prepared.final, prepared.diff)
        self._built = {upcoming[0]: (prepared.flags, raw, final)}
