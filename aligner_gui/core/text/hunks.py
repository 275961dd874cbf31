"""Per-hunk editing of a final text between the raw passage and the model's rewrite.

The reviewer's final text starts as the rewrite. At any point each stretch of it is
either a change the rewrite made (a hunk of diff(raw, final)), which can be put back to
the original, or original text where the rewrite proposed something else (a hunk of
diff(final, rewrite)), which can be taken from the rewrite. One action, "toggle", does
whichever applies at the cursor, so an over-eager rewrite is fixed without retyping.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner_gui.core.text.diff import WordDiff, apply_hunk, word_diff


@dataclass(frozen=True)
class HunkMap:
    """Where the toggleable stretches are, in final-text offsets."""

    changed: list[tuple[int, int]]  # the rewrite's changes, can be reverted
    kept: list[tuple[int, int]]  # original text the rewrite would change, can be taken

    def all(self) -> list[tuple[int, int]]:
        return sorted(self.changed + self.kept)


def hunk_map(
    raw: str, final: str, rewrite: str | None, timeout: float = 2.0, raw_to_final: WordDiff | None = None
) -> HunkMap:
    """``timeout`` bounds each diff (see core.diff.word_diff): coarser hunks, never wrong ones.
    ``raw_to_final``: the exact diff of ``raw`` against ``final``, when the caller has it."""
    if raw_to_final is None:
        raw_to_final = word_diff(raw, final, timeout=timeout)
    changed = [(h.b_start, h.b_end) for h in raw_to_final.hunks]
    kept = []
    if rewrite is not None and rewrite != final:
        kept = [(h.a_start, h.a_end) for h in word_diff(final, rewrite, timeout=timeout).hunks]
    # A stretch the reviewer changed that the rewrite also changed differently shows once.
    kept = [span for span in kept if not any(_touches(span, other) for other in changed)]
    return HunkMap(changed, kept)


def toggle_hunk(
    raw: str, final: str, rewrite: str | None, position: int, timeout: float = 2.0
) -> tuple[str, int] | None:
    """Revert or take the hunk at ``position``; return (new final text, where it now starts)."""
    reverting = word_diff(raw, final, timeout=timeout)
    index = reverting.hunk_at_b(position)
    if index is not None:
        hunk = reverting.hunks[index]
        return apply_hunk(final, raw, hunk, target_is_a=False), hunk.b_start
    if rewrite is None:
        return None
    taking = word_diff(final, rewrite, timeout=timeout)
    index = taking.hunk_at_a(position)
    if index is not None:
        hunk = taking.hunks[index]
        return apply_hunk(final, rewrite, hunk, target_is_a=True), hunk.a_start
    return None


def neighbour_hunk(spans: list[tuple[int, int]], position: int, forward: bool) -> tuple[int, int] | None:
    """The next (or previous) hunk after (before) ``position``, wrapping around."""
    if not spans:
        return None
    if forward:
        return next((s for s in spans if s[0] > position), spans[0])
    return next((s for s in reversed(spans) if s[1] < position), spans[-1])


def hunk_at(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    return next((s for s in spans if s[0] <= position <= s[1]), None)


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
