"""Per-change editing of a final text between the raw passage and the model's rewrite.

The reviewer's final text starts as the rewrite. At any point each stretch of it is
either a change the rewrite made (a hunk of diff(raw, final)), which can be put back to
the original, or original text where the rewrite proposed something else (a hunk of
diff(final, rewrite)), which can be taken from the rewrite. One action, "toggle", does
whichever applies, so an over-eager rewrite is fixed without retyping.

A hunk can join a useful clause with spam. Cuts split hunks into pieces the reviewer
acts on one at a time: a cut is a word boundary in the raw text or in the final text,
and a selection of words is a cut at each end. Inside a cut hunk the pieces follow a
finer diff, one that keeps every word both sides share (the "." a semantic diff folds
into the change), so restoring a piece brings back exactly its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from aligner_gui.core.text.arabic import MARK_CHARS
from aligner_gui.core.text.diff import DELETE, EQUAL, INSERT, Hunk, Span, WordDiff, word_diff

CHANGED, KEPT = "changed", "kept"
_WORD_CHAR = re.compile(rf"[\w{MARK_CHARS}\u200c\u200d]")


@dataclass(frozen=True)
class Change:
    """One stretch the reviewer can act on, in raw and final offsets.

    ``changed``: the rewrite changed raw[raw_start:raw_end] into final[final_start:final_end];
    toggling puts the raw words back. ``kept``: original words the rewrite would change;
    toggling takes the rewrite's words. ``replacement`` is what toggling puts in place of
    the final stretch. Either stretch may be empty (a deletion, an addition)."""

    kind: str
    raw_start: int
    raw_end: int
    final_start: int
    final_end: int
    replacement: str

    @property
    def raw_range(self) -> tuple[int, int]:
        return self.raw_start, self.raw_end

    @property
    def final_range(self) -> tuple[int, int]:
        return self.final_start, self.final_end

    def range_on(self, side: str) -> tuple[int, int]:
        """Its stretch of the raw text (``side`` "raw") or of the final text ("final")."""
        return self.raw_range if side == "raw" else self.final_range

    @property
    def is_addition(self) -> bool:
        """The rewrite added words here (they can be removed without restoring any)."""
        return self.kind == CHANGED and self.final_end > self.final_start


@dataclass(frozen=True)
class Cuts:
    """Where hunks are split: word boundaries in the raw text and in the final text."""

    raw: frozenset[int] = frozenset()
    final: frozenset[int] = frozenset()

    def plus(self, raw: Iterable[int] = (), final: Iterable[int] = ()) -> Cuts:
        return Cuts(self.raw | frozenset(raw), self.final | frozenset(final))


def changes(
    raw: str,
    final: str,
    rewrite: str | None,
    cuts: Cuts = Cuts(),
    timeout: float = 2.0,
    raw_to_final: WordDiff | None = None,
) -> list[Change]:
    """Every change in ``final``, cut at ``cuts``, in reading order (by final offset).

    ``timeout`` bounds each diff (see core.diff.word_diff): coarser hunks, never wrong ones.
    ``raw_to_final``: the exact diff of ``raw`` against ``final``, when the caller has it."""
    if raw_to_final is None:
        raw_to_final = word_diff(raw, final, timeout=timeout)
    found = [
        Change(CHANGED, a0, a1, b0, b1, raw[a0:a1])
        for hunk in raw_to_final.hunks
        for a0, a1, b0, b1 in _pieces(raw, final, hunk, cuts.raw, cuts.final)
    ]
    if rewrite is not None and rewrite != final:
        changed = [(h.b_start, h.b_end) for h in raw_to_final.hunks]
        for hunk in word_diff(final, rewrite, timeout=timeout).hunks:
            # A stretch the reviewer changed that the rewrite also changed differently shows once.
            if any(_touches((hunk.a_start, hunk.a_end), other) for other in changed):
                continue
            for f0, f1, r0, r1 in _pieces(final, rewrite, hunk, cuts.final, frozenset()):
                start, end = final_to_raw(raw_to_final, f0), final_to_raw(raw_to_final, f1)
                found.append(Change(KEPT, start, end, f0, f1, rewrite[r0:r1]))
    return sorted(found, key=lambda c: (c.final_start, c.raw_start, c.final_end))


def final_to_raw(raw_to_final: WordDiff, position: int) -> int:
    """Where a final-text offset falls in the raw text (inside an addition: where it starts)."""
    for span in raw_to_final.spans:
        if span.b_start <= position <= span.b_end:
            if span.kind == EQUAL:
                return span.a_start + (position - span.b_start)
            if span.kind == INSERT:
                return span.a_start
    return len(raw_to_final.a)


def toggled(final: str, targets: list[Change]) -> tuple[str, int]:
    """``final`` with each target toggled; and where the first of them now starts."""
    return _replace(final, targets, lambda change: change.replacement)


def without_additions(final: str, targets: list[Change]) -> tuple[str, int]:
    """``final`` without the words the targets added, restoring nothing in their place."""
    return _replace(final, [c for c in targets if c.is_addition], lambda _change: "")


def change_at(found: list[Change], position: int, side: str = "final") -> Change | None:
    """The change touching ``position`` of the final text, or of the raw text (``side``
    "raw"); a change the rewrite made first."""
    touching = [c for c in found if c.range_on(side)[0] <= position <= c.range_on(side)[1]]
    return next((c for c in touching if c.kind == CHANGED), touching[0] if touching else None)


def neighbour(found: list[Change], current: Change | None, position: int, forward: bool) -> Change | None:
    """The change after (before) ``current``, or after (before) ``position`` when there is
    no current one, wrapping around."""
    if not found:
        return None
    if current in found:
        index = found.index(current) + (1 if forward else -1)
        return found[index % len(found)]
    if forward:  # a change right at the cursor is the first one to go to
        return next((c for c in found if c.final_start >= position), found[0])
    return next((c for c in reversed(found) if c.final_end < position), found[-1])


def within(found: list[Change], side: str, start: int, end: int) -> list[Change]:
    """The changes inside a selection of ``side`` ("raw" or "final"), already cut at its ends.

    A selection in the raw text is words to bring back: only changes the rewrite made."""
    inside = []
    for change in found:
        if side == "raw" and change.kind != CHANGED:
            continue
        low, high = change.range_on(side)
        empty_inside = low == high and start < low < end
        if (start <= low and high <= end and low < high) or empty_inside:
            inside.append(change)
    return inside


def selection_cuts(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection's ends moved to word boundaries: the start to its word's start and
    back over the white space before it, the end to its word's end."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    return cut_at(text, start), _word_end(text, end)


def cut_at(text: str, position: int) -> int:
    """The cut before the word at ``position``: its start, and back over white space
    (the space before a piece goes with it)."""
    position = max(0, min(position, len(text)))
    while 0 < position < len(text) and _is_word(text[position - 1]) and _is_word(text[position]):
        position -= 1
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def cut_before_word(text: str, position: int) -> int:
    """The cut before the word a cursor is on, whichever half of it was clicked: a
    cursor right after a word's last letter (a click on its second half) is on it."""
    position = max(0, min(position, len(text)))
    if position > 0 and _is_word(text[position - 1]) and (position == len(text) or not _is_word(text[position])):
        position -= 1
    return cut_at(text, position)


def _word_end(text: str, position: int) -> int:
    while 0 < position < len(text) and _is_word(text[position - 1]) and _is_word(text[position]):
        position += 1
    return position


def _is_word(char: str) -> bool:
    return bool(_WORD_CHAR.match(char))


def _replace(final: str, targets: list[Change], replacement) -> tuple[str, int]:  # noqa: ANN001
    if not targets:
        return final, 0
    text = final
    # From the end, so earlier offsets stay true; pieces of one deletion share a final
    # offset and go in, each before the one after it.
    for change in sorted(targets, key=lambda c: (c.final_start, c.raw_start), reverse=True):
        text = text[: change.final_start] + replacement(change) + text[change.final_end :]
    return text, min(c.final_start for c in targets)


def _pieces(
    a: str, b: str, hunk: Hunk, a_cuts: frozenset[int], b_cuts: frozenset[int]
) -> list[tuple[int, int, int, int]]:
    """The hunk of diff(a, b) split at the cuts that fall inside it, as (a0, a1, b0, b1)."""
    inner_a = {c for c in a_cuts if hunk.a_start < c < hunk.a_end}
    inner_b = {c for c in b_cuts if hunk.b_start < c < hunk.b_end}
    whole = (hunk.a_start, hunk.a_end, hunk.b_start, hunk.b_end)
    if not inner_a and not inner_b:
        return [whole]
    fine = word_diff(a[hunk.a_start : hunk.a_end], b[hunk.b_start : hunk.b_end], semantic=False)
    spans = [
        piece
        for span in fine.spans
        for piece in _split_span(_shifted(span, hunk.a_start, hunk.b_start), inner_a, inner_b)
    ]
    pieces = []
    a_at, b_at = start = (hunk.a_start, hunk.b_start)
    for span in spans:
        if (a_at in inner_a or b_at in inner_b) and (a_at, b_at) != start:
            pieces.append((start[0], a_at, start[1], b_at))
            start = (a_at, b_at)
        inner_a.discard(a_at)  # a cut splits once, at the first boundary it meets
        inner_b.discard(b_at)
        a_at, b_at = span.a_end, span.b_end
    pieces.append((start[0], hunk.a_end, start[1], hunk.b_end))
    # A piece of shared words only is no change.
    return [p for p in pieces if a[p[0] : p[1]] != b[p[2] : p[3]]]


def _shifted(span: Span, a_offset: int, b_offset: int) -> Span:
    a_start, a_end, b_start, b_end = span.a_start + a_offset, span.a_end + a_offset, span.b_start, span.b_end
    return Span(span.kind, a_start, a_end, b_start + b_offset, b_end + b_offset)


def _split_span(span: Span, a_cuts: set[int], b_cuts: set[int]) -> list[Span]:
    """``span`` cut where a cut falls strictly inside it (an equal span on either side)."""
    if span.kind == DELETE:
        offsets = sorted(c - span.a_start for c in a_cuts if span.a_start < c < span.a_end)
    elif span.kind == INSERT:
        offsets = sorted(c - span.b_start for c in b_cuts if span.b_start < c < span.b_end)
    else:  # equal words: the same length on both sides
        from_a = {c - span.a_start for c in a_cuts if span.a_start < c < span.a_end}
        offsets = sorted(from_a | {c - span.b_start for c in b_cuts if span.b_start < c < span.b_end})
    if not offsets:
        return [span]
    pieces, previous = [], 0
    for offset in [*offsets, None]:
        a_end = span.a_end if offset is None else span.a_start + (0 if span.kind == INSERT else offset)
        b_end = span.b_end if offset is None else span.b_start + (0 if span.kind == DELETE else offset)
        a_start = span.a_start + (0 if span.kind == INSERT else previous)
        b_start = span.b_start + (0 if span.kind == DELETE else previous)
        pieces.append(Span(span.kind, a_start, a_end, b_start, b_end))
        previous = offset if offset is not None else previous
    return pieces


def hunk_map(
    raw: str, final: str, rewrite: str | None, timeout: float = 2.0, raw_to_final: WordDiff | None = None
) -> HunkMap:
    """The stretches of ``final`` that are changes (``changed``) and kept original words
    (``kept``), uncut."""
    found = changes(raw, final, rewrite, timeout=timeout, raw_to_final=raw_to_final)
    return HunkMap(
        [c.final_range for c in found if c.kind == CHANGED], [c.final_range for c in found if c.kind == KEPT]
    )


@dataclass(frozen=True)
class HunkMap:
    """Where the toggleable stretches are, in final-text offsets."""

    changed: list[tuple[int, int]]  # the rewrite's changes, can be reverted
    kept: list[tuple[int, int]]  # original text the rewrite would change, can be taken

    def all(self) -> list[tuple[int, int]]:
        return sorted(self.changed + self.kept)


def toggle_hunk(
    raw: str, final: str, rewrite: str | None, position: int, timeout: float = 2.0
) -> tuple[str, int] | None:
    """Revert or take the change at ``position``; return (new final text, where it now starts)."""
    change = change_at(changes(raw, final, rewrite, timeout=timeout), position)
    return None if change is None else toggled(final, [change])


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
