"""Word-level diff between a raw passage and its rewrite.

Built on diff-match-patch over word tokens rather than characters: character diffs are
slow on long passages, and colouring part of an Arabic word breaks letter joining. Each
distinct token is mapped to one private character, diff-match-patch diffs those strings,
and the result is mapped back to character offsets in both texts.

A token is a word (letters and digits with their harakat, tatweel and joiners), a run of
white space, or any other single character (punctuation, symbols, invisible controls).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from aligner_gui.core.text.arabic import MARK_CHARS

_TOKEN = re.compile(rf"[\w{MARK_CHARS}\u200c\u200d]+|\s+|.", re.DOTALL)
_MARKS = re.compile(f"[{MARK_CHARS}]+")

EQUAL, DELETE, INSERT = "equal", "delete", "insert"


@dataclass(frozen=True)
class Span:
    """One diff operation: ``a[a_start:a_end]`` became ``b[b_start:b_end]``."""

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Hunk:
    """A run of changes between two equal stretches; either side may be empty."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class WordDiff:
    a: str
    b: str
    spans: list[Span]
    hunks: list[Hunk]

    def removed(self) -> list[tuple[int, int]]:
        """Character ranges of ``a`` that ``b`` dropped or replaced."""
        return [(s.a_start, s.a_end) for s in self.spans if s.kind == DELETE]

    def added(self) -> list[tuple[int, int]]:
        """Character ranges of ``b`` that are not in ``a``."""
        return [(s.b_start, s.b_end) for s in self.spans if s.kind == INSERT]

    def hunk_at_b(self, position: int) -> int | None:
        """Index of the hunk touching ``position`` in ``b`` (an insertion point counts)."""
        return _hunk_at(self.hunks, position, lambda h: (h.b_start, h.b_end))

    def hunk_at_a(self, position: int) -> int | None:
        return _hunk_at(self.hunks, position, lambda h: (h.a_start, h.a_end))


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(
    a: str,
    b: str,
    *,
    ignore_marks: bool = False,
    ignore_space: bool = False,
    timeout: float = 2.0,
    semantic: bool = True,
) -> WordDiff:
    """Diff ``a`` against ``b`` word by word.

    ``ignore_marks`` treats words differing only in harakat or tatweel as equal;
    ``ignore_space`` treats any two runs of white space as equal. ``semantic`` False
    keeps every word the two share as equal, where the semantic cleanup would fold short
    common stretches ("." between two deletions) into one readable change.
    """
    a_tokens, b_tokens = tokenize(a), tokenize(b)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        out = []
        for token in tokens:
            key = _comparison_key(token, ignore_marks, ignore_space)
            code = codes.get(key)
            if code is None:
                code = codes[key] = _private_char(len(codes))
            out.append(code)
        return "".join(out)

    encoded_a, encoded_b = encode(a_tokens), encode(b_tokens)
    engine = diff_match_patch()
    engine.Diff_Timeout = timeout
    ops = engine.diff_main(encoded_a, encoded_b, checklines=False)
    if semantic:
        engine.diff_cleanupSemantic(ops)
    spans = _spans(ops, a_tokens, b_tokens)
    return WordDiff(a, b, spans, _hunks(spans))


def apply_hunk(target: str, source: str, hunk: Hunk, target_is_a: bool) -> str:
    """Replace ``hunk``'s stretch of ``target`` by the matching stretch of ``source``.

    With ``target_is_a`` the hunk's a-side is replaced by its b-side, else the reverse.
    Used both to put one hunk of a rewrite back to the original and to take one hunk
    of the rewrite into a text that is otherwise original.
    """
    if target_is_a:
        return target[: hunk.a_start] + source[hunk.b_start : hunk.b_end] + target[hunk.a_end :]
    return target[: hunk.b_start] + source[hunk.a_start : hunk.a_end] + target[hunk.b_end :]


# Edit distances are recorded with each decision, on the GUI thread: past this many
# seconds diff-match-patch settles for a coarser diff (a slightly larger distance)
# rather than keep the reviewer waiting.
DISTANCE_TIMEOUT = 0.1


def edit_distance(a: str, b: str) -> tuple[int, int]:
    """(words, characters) Levenshtein distance between ``a`` and ``b``.

    Computed from diffs (a replaced stretch counts the larger of its two sides), which
    is what diff-match-patch's diff_levenshtein does.
    """
    if a == b:
        return 0, 0
    engine = diff_match_patch()
    engine.Diff_Timeout = DISTANCE_TIMEOUT
    words = word_diff(a, b, timeout=DISTANCE_TIMEOUT)
    word_count = 0
    for hunk in words.hunks:
        removed = _word_count(a[hunk.a_start : hunk.a_end])
        added = _word_count(b[hunk.b_start : hunk.b_end])
        word_count += max(removed, added)
    chars = engine.diff_levenshtein(engine.diff_main(a, b, checklines=False))
    return word_count, chars


def _word_count(text: str) -> int:
    return sum(1 for token in tokenize(text) if not token.isspace())


def _comparison_key(token: str, ignore_marks: bool, ignore_space: bool) -> str:
    if ignore_space and token.isspace():
        return " "
    if ignore_marks:
        stripped = _MARKS.sub("", token)
        return stripped or token
    return token


def _private_char(index: int) -> str:
    # Planes 15-16 are private use: ~131k distinct tokens, never in the input itself
    # because only these codes ever reach diff-match-patch.
    return chr(0xF0000 + index)


def _spans(ops: list[tuple[int, str]], a_tokens: list[str], b_tokens: list[str]) -> list[Span]:
    spans: list[Span] = []
    ai = bi = 0  # token indexes
    ac = bc = 0  # character offsets
    for op, encoded in ops:
        count = len(encoded)
        if op == 0:
            a_len = sum(len(t) for t in a_tokens[ai : ai + count])
            b_len = sum(len(t) for t in b_tokens[bi : bi + count])
            spans.append(Span(EQUAL, ac, ac + a_len, bc, bc + b_len))
            ai, bi, ac, bc = ai + count, bi + count, ac + a_len, bc + b_len
        elif op == -1:
            a_len = sum(len(t) for t in a_tokens[ai : ai + count])
            spans.append(Span(DELETE, ac, ac + a_len, bc, bc))
            ai, ac = ai + count, ac + a_len
        else:
            b_len = sum(len(t) for t in b_tokens[bi : bi + count])
            spans.append(Span(INSERT, ac, ac, bc, bc + b_len))
            bi, bc = bi + count, bc + b_len
    return spans


def _hunks(spans: list[Span]) -> list[Hunk]:
    hunks: list[Hunk] = []
    current: list[Span] = []
    for span in [*spans, None]:
        if span is None or span.kind == EQUAL:
            if current:
                hunks.append(Hunk(current[0].a_start, current[-1].a_end, current[0].b_start, current[-1].b_end))
                current = []
        else:
            current.append(span)
    return hunks


def _hunk_at(hunks: list[Hunk], position: int, side) -> int | None:  # noqa: ANN001
    for index, hunk in enumerate(hunks):
        start, end = side(hunk)
        if start <= position <= end:
            return index
    return None
