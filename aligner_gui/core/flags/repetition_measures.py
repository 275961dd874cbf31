"""The measures behind repetition.py, on one text, each computed when first asked for.

Words are white-space separated tokens with their punctuation taken off and Latin letters
case-folded. The measures are counted with C-speed building blocks (``zip``, ``Counter``,
``map``, ``bytes`` searches and big-integer shifts), since a flagged rewrite and its source
are measured on every import.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from functools import cached_property
from itertools import compress, count
from operator import ne

from aligner_gui.core.text.arabic import MARK_CHARS

LONGEST_TEXT = 6_000  # characters measured: a loop shows well before, and time stays bounded
LONGEST_UNIT = 16  # words in a unit said in a row
# Punctuation, symbols and "_" become spaces (same length, so offsets stay); harakat are
# kept. "_" is replaced first: an alternative in the pattern makes every character cost more.
_NOT_WORD = re.compile(f"[^\\w\\s{MARK_CHARS}]")
_RUN = re.compile(b"\x01+")
_DIFFERENT = bytes([0] + [1] * 255)  # bytes.translate: 0 stays 0, anything else becomes 1

WordRanges = list[tuple[int, int]]  # (first word, last word) pairs
Spans = list[tuple[int, int]]  # character (start, end) pairs


class Measures:
    def __init__(self, text: str) -> None:
        self.text = text[:LONGEST_TEXT]

    @cached_property
    def _spaced(self) -> str:
        return _NOT_WORD.sub(" ", self.text.replace("_", " "))

    @cached_property
    def keys(self) -> list[str]:
        return self._spaced.casefold().split()

    @cached_property
    def folded(self) -> str:
        """The text case-folded: every key is a part of it."""
        return self.text.casefold()

    @cached_property
    def _chars(self) -> int:
        return sum(map(len, self.keys))

    @cached_property
    def _ids(self) -> list[int]:
        """One small integer per word (where it first occurs): tuples of them hash faster than of words."""
        first_at: dict[str, int] = {}
        return list(map(first_at.setdefault, self.keys, count()))

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

    def in_a_row(self, at_least: int = 2) -> tuple[int, WordRanges]:
        """The most times a unit of 1..LONGEST_UNIT words is said in a row, and the words
        of its copies after the first, when that is ``at_least`` times (else 1 and no copies).

        Word i equals word i + unit where the word ids, XORed as one big integer with the
        ids shifted by ``unit`` words, are zero: a unit said t times in a row makes a run of
        (t - 1) * unit zero words, found by a ``bytes`` search. The ids' low bytes are tried
        first: equal words have equal low bytes, and in a text of up to 256 words (ids are
        where a word first occurs) the low bytes are the ids."""
        ids = self._ids
        words = len(ids)
        packed = array("H", ids).tobytes()  # ids < LONGEST_TEXT < 2 ** 16
        low = int.from_bytes(packed[0::2], "little")
        whole = None if words <= 256 else int.from_bytes(packed, "little")
        best, copies = at_least - 1, []
        for unit in range(1, min(LONGEST_UNIT, words // 2) + 1):
            if words // unit <= best:
                break  # longer units fit in the text too few times to be said more often
            size = words - unit
            # Word j of the XOR is word j + unit XOR word j; past ``size`` it is not, and is cut off.
            diff = ((low >> (8 * unit)) ^ low).to_bytes(words, "little")[:size]
            if b"\x00" * (best * unit) not in diff:
                continue
            if whole is not None:  # the low bytes may agree where the words do not
                both = ((whole >> (16 * unit)) ^ whole).to_bytes(len(packed), "little")[: 2 * size]
                # One byte per word: zero where both bytes of its XOR are zero.
                diff = (int.from_bytes(both[0::2], "little") | int.from_bytes(both[1::2], "little")).to_bytes(
                    size, "little"
                )
                if b"\x00" * (best * unit) not in diff:
                    continue
            same = diff.translate(_DIFFERENT)
            longest = max(map(len, same.split(b"\x01")))
            best = longest // unit + 1
            first = same.find(b"\x00" * longest)
            copies = [(i, i + unit - 1) for i in range(first + unit, first + best * unit, unit)]
        return (best, copies) if copies else (1, [])

    def times_in_a_row(self, unit: list[str], most: int) -> int:
        """How many times, up to ``most``, the words ``unit`` are said in a row."""
        if not all(map(self.folded.__contains__, unit)):
            return 0  # a word of the unit is nowhere in the text: no need to split it
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
        """Character spans of the words first..last of each range.

        Only the words from the first range's start to the last one's end are located,
        split off from the nearer end of the text: a loop at the end costs its own words."""
        if not ranges:
            return []
        spaced, words = self._spaced, len(self.keys)
        low, high = min(first for first, _ in ranges), max(last for _, last in ranges)
        if low <= words - 1 - high:
            rest = spaced.split(None, low)[-1]  # from word ``low`` on
            at = len(spaced) - len(rest)
            window = rest.split(None, high - low + 1)[: high - low + 1]
        else:
            parts = spaced.rsplit(None, words - low)  # what comes before word ``low``, then each word
            at = spaced.find(parts[1], len(parts[0]))
            window = parts[1 : high - low + 2]
        spans = {}
        for index, word in enumerate(window, low):
            if index > low:
                at = spaced.find(word, at)  # the next word: only white space comes between
            spans[index] = (at, at + len(word))
            at += len(word)
        return [(spans[first][0], spans[last][1]) for first, last in ranges]

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
