"""The measures behind repetition.py, on one text, each computed when first asked for.

Words are white-space separated tokens with their punctuation taken off and Latin letters
case-folded. The n-gram measures are counted with C-speed building blocks (``zip``,
``Counter``, ``map`` and big-integer shifts), since a flagged rewrite and its source are
measured on every import.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from itertools import compress, count
from operator import eq, ne

from aligner_gui.core.text.arabic import MARK_CHARS

LONGEST_TEXT = 6_000  # characters measured: a loop shows well before, and time stays bounded
LONGEST_UNIT = 16  # words in a unit said in a row
# Punctuation and symbols become spaces (same length, so offsets stay); harakat are kept.
_NOT_WORD = re.compile(f"[^\\w\\s{MARK_CHARS}]|_")
_WORD = re.compile(r"\S+")
_RUN = re.compile(b"\x01+")

WordRanges = list[tuple[int, int]]  # (first word, last word) pairs
Spans = list[tuple[int, int]]  # character (start, end) pairs


class Measures:
    def __init__(self, text: str) -> None:
        self.text = text[:LONGEST_TEXT]

    @cached_property
    def _spaced(self) -> str:
        return _NOT_WORD.sub(" ", self.text)

    @cached_property
    def keys(self) -> list[str]:
        return self._spaced.casefold().split()

    @cached_property
    def _chars(self) -> int:
        return sum(map(len, self.keys))

    @cached_property
    def _ids(self) -> list[int]:
        """One small integer per distinct word: tuples of them hash faster than of words."""
        vocabulary: dict[str, int] = {}
        return list(map(vocabulary.setdefault, self.keys, count()))

    def lines(self) -> tuple[float, float, Spans]:
        """The share of non-empty lines that repeat an earlier one, the share of line
        characters in those repeats, and the spans of every line said more than once."""
        lines, start = [], 0
        for line in self.text.split("\n"):
            if stripped := line.strip():
                lines.append((stripped, start, start + len(line)))
            start += len(line) + 1
        if not lines:
            return 0.0, 0.0, []
        counts = Counter(stripped for stripped, _, _ in lines)
        repeats = sum(counts.values()) - len(counts)
        repeat_chars = sum(len(line) * (times - 1) for line, times in counts.items())
        all_chars = sum(len(line) * times for line, times in counts.items())
        spans = [(start, end) for stripped, start, end in lines if counts[stripped] > 1]
        return repeats / len(lines), repeat_chars / all_chars, spans

    def in_a_row(self) -> tuple[int, WordRanges]:
        """The most times a unit of 1..LONGEST_UNIT words is said in a row, and the words
        of its copies after the first."""
        keys = self.keys
        best, copies = 1, []
        for unit in range(1, min(LONGEST_UNIT, len(keys) // 2) + 1):
            # same[i] is 1 where word i equals word i + unit: a unit said t times in a row
            # makes a run of (t - 1) * unit ones.
            same = bytes(map(eq, keys, keys[unit:]))
            if b"\x01" * (best * unit) not in same:
                continue
            longest = max(map(len, same.split(b"\x00")))
            best = longest // unit + 1
            first = same.find(b"\x01" * longest)
            copies = [(i, i + unit - 1) for i in range(first + unit, first + best * unit, unit)]
        return best, copies

    def times_in_a_row(self, unit: list[str], most: int) -> int:
        """How many times, up to ``most``, the words ``unit`` are said in a row."""
        words = " " + " ".join(self.keys) + " "
        times = 0
        while times < most and " " + " ".join(unit * (times + 1)) + " " in words:
            times += 1
        return times

    def duplicated(self, n: int) -> tuple[float, bytes]:
        """The share of word characters in n-grams that already occurred earlier, and
        which words those are (one byte per word, 1 where covered)."""
        grams = self._grams(n)
        if not grams:
            return 0.0, b""
        first_at = dict(zip(reversed(grams), range(len(grams) - 1, -1, -1), strict=True))
        later = bytes(map(ne, map(first_at.__getitem__, grams), range(len(grams))))
        return self._covered(later, n)

    def top(self, n: int) -> tuple[float, bytes]:
        """The share of word characters in the most frequent n-gram, when it occurs at
        least twice, and which words those are."""
        grams = self._grams(n)
        if not grams:
            return 0.0, b""
        top, times = Counter(grams).most_common(1)[0]
        if times < 2:
            return 0.0, b""
        return self._covered(bytes(map(top.__eq__, grams)), n)

    def word_spans(self, ranges: WordRanges) -> Spans:
        """Character spans of the words first..last of each range."""
        offsets = [m.span() for m in _WORD.finditer(self._spaced)]  # one per key
        return [(offsets[first][0], offsets[last][1]) for first, last in ranges]

    @staticmethod
    def runs(covered: bytes) -> WordRanges:
        """The runs of covered words."""
        return [(m.start(), m.end() - 1) for m in _RUN.finditer(covered)]

    def _grams(self, n: int) -> list[tuple[int, ...]]:
        ids = self._ids
        return list(zip(*(ids[i:] for i in range(n)), strict=False))

    def _covered(self, starts: bytes, n: int) -> tuple[float, bytes]:
        """Words within n of a start (``starts`` holds a 1 byte per n-gram start), and
        their share of the word characters."""
        bits = int.from_bytes(starts, "little")
        spread = bits
        for shift in range(1, n):  # bytes are 0 or 1, so OR never carries
            spread |= bits << (8 * shift)
        covered = spread.to_bytes(len(starts) + n - 1, "little")
        return sum(map(len, compress(self.keys, covered))) / self._chars, covered
