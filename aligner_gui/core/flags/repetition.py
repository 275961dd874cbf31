"""Repetition loops: a word, n-gram or line repeated until it makes up much of the rewrite.

Measures, with the limits Gopher filtered pretraining text by (Rae et al. 2021, table A1):

* duplicate lines: the share of non-empty lines that repeat an earlier line (0.30), and
  the share of line characters in those repeats (0.20);
* top n-gram: the share of word characters covered by the most frequent 2-, 3- and
  4-gram, when it occurs at least twice (0.20, 0.18, 0.16);
* duplicated n-grams: the share of word characters covered by 5- to 10-grams that
  already occurred earlier (0.15 down to 0.10).

The n-gram measures only count in rewrites of at least ``min_words`` words (50, Gopher's
own minimum document length): in a 20-word text one 3-gram said twice is already 0.3. A
loop in a short text is caught by a fourth measure, whatever the length:

* in a row: a unit of 1 to 16 words said ``repeats_in_a_row`` (4) times or more in a row
  ("هل هذا معقول؟ هل هذا معقول؟ ..."), the classic generation loop.

Words are compared without their punctuation, Latin letters case-folded. The first
measure that flags, in the order duplicate lines, in a row, duplicated n-grams, top
n-gram (the cheapest first), gives the detail and the evidence: the repeated lines,
copies or n-grams.

Relative to the source: a measure flags only where the rewrite's figure exceeds its limit
and the raw passage's own figure by ``raw_margin`` (0.10); a run in a row only where it is
longer than the raw's longest. Keyword stuffing the raw already had is no loop of the
rewriter's.

Speed: a clean rewrite costs a few ``str.find`` calls. Pieces of 16 characters, taken at 4
evenly spaced places and at the very end, are looked for again in the text, before and
after. A repeat that covers a quarter of the text, or runs to its end as generation loops
do, holds one; it counts when the repeat around it is at least 48 characters long, or a
unit of up to 16 characters said three times in a row (a title said again in the first
sentence is not). Shorter or scattered repeats are only seen by chance: this gate is a
heuristic, not a bound. On the labelled set (tests/flags_eval) it hides no repetition a
reviewer found; the measures alone (measured()) would add one flag there, on two
versions that share a few phrases. Only past this gate are words split and counted
(repetition_measures.py), each measure when first needed, the source's only for a
measure the rewrite exceeds (and for a unit said in a row, only when every word of the
unit is somewhere in the source).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from aligner_gui.core.flags.model import LIKELY_WRONG, Flag, Pair, Span, Thresholds
from aligner_gui.core.flags.repetition_measures import Measures

DEFAULTS: dict[str, float] = {
    "repetition.duplicate_line_fraction": 0.30,
    "repetition.duplicate_line_char_fraction": 0.20,
    "repetition.top_2gram_char_fraction": 0.20,
    "repetition.top_3gram_char_fraction": 0.18,
    "repetition.top_4gram_char_fraction": 0.16,
    "repetition.duplicate_5gram_char_fraction": 0.15,
    "repetition.duplicate_6gram_char_fraction": 0.14,
    "repetition.duplicate_7gram_char_fraction": 0.13,
    "repetition.duplicate_8gram_char_fraction": 0.12,
    "repetition.duplicate_9gram_char_fraction": 0.11,
    "repetition.duplicate_10gram_char_fraction": 0.10,
    "repetition.min_words": 50,
    "repetition.repeats_in_a_row": 4,
    "repetition.raw_margin": 0.10,
}

MAX_SPANS = 20
_PROBE = 16  # characters
_PROBES = 4
_MIN_REPEAT = 48  # characters a repeat around a probe must span

Found = tuple[str, list[tuple[int, int]]]  # detail, character spans


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    if not (_has_duplicate_line(pair.rewrite) or _has_long_repeat(pair.rewrite)):
        return []
    return measured(pair, thresholds)


def measured(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    """The flag every measure gives, whatever the cheap gate of detect() says."""
    rewrite, raw = Measures(pair.rewrite), Measures(pair.raw)  # each measured when asked
    for measure in (_duplicate_lines, _in_a_row, _duplicated_ngrams, _top_ngrams):
        if found := measure(rewrite, raw, thresholds):
            detail, spans = found
            return [
                Flag("repetition", LIKELY_WRONG, detail, tuple(Span("rewrite", s, e) for s, e in spans[:MAX_SPANS]))
            ]
    return []


def _in_a_row(rewrite: Measures, raw: Measures, thresholds: Thresholds) -> Found | None:
    limit = thresholds["repetition.repeats_in_a_row"]
    times, copies = rewrite.in_a_row(at_least=max(2, math.ceil(limit)))
    if times < limit or not copies:
        return None
    first, last = copies[0]
    raw_times = raw.times_in_a_row(rewrite.keys[first : last + 1], times)
    if raw_times >= times:
        return None
    return f"a unit said {times} times in a row >= {limit:.0f} (source {raw_times})", rewrite.word_spans(copies)


def _duplicate_lines(rewrite: Measures, raw: Measures, thresholds: Thresholds) -> Found | None:
    lines, chars, spans = rewrite.lines()
    limits = thresholds["repetition.duplicate_line_fraction"], thresholds["repetition.duplicate_line_char_fraction"]
    if lines <= limits[0] and chars <= limits[1]:
        return None
    raw_lines, raw_chars, _ = raw.lines()
    margin = thresholds["repetition.raw_margin"]
    for label, value, limit, raw_value in (
        ("lines", lines, limits[0], raw_lines),
        ("line characters", chars, limits[1], raw_chars),
    ):
        if value > limit and value > raw_value + margin:
            return f"duplicate {label} {value:.2f} > {limit:.2f} (source {raw_value:.2f})", spans
    return None


def _duplicated_ngrams(rewrite: Measures, raw: Measures, thresholds: Thresholds) -> Found | None:
    limits = {n: thresholds[f"repetition.duplicate_{n}gram_char_fraction"] for n in range(5, 11)}
    # Words in a repeated n-gram are in repeated 5-grams too: a low 5-gram share is enough.
    if len(rewrite.keys) < thresholds["repetition.min_words"] or rewrite.duplicated(5)[0] <= min(limits.values()):
        return None
    return _worst_ngram(rewrite, raw, thresholds, limits, Measures.duplicated, "duplicated")


def _top_ngrams(rewrite: Measures, raw: Measures, thresholds: Thresholds) -> Found | None:
    if len(rewrite.keys) < thresholds["repetition.min_words"]:
        return None
    limits = {n: thresholds[f"repetition.top_{n}gram_char_fraction"] for n in (2, 3, 4)}
    return _worst_ngram(rewrite, raw, thresholds, limits, Measures.top, "top")


def _worst_ngram(
    rewrite: Measures,
    raw: Measures,
    thresholds: Thresholds,
    limits: dict[int, float],
    measure: Callable[[Measures, int], tuple[float, bytes]],
    label: str,
) -> Found | None:
    """The n whose measure exceeds its limit, and the raw's figure, by most."""
    worst = None
    for n, limit in limits.items():
        value, covered = measure(rewrite, n)
        if value <= limit:
            continue
        raw_value = measure(raw, n)[0]
        if value > raw_value + thresholds["repetition.raw_margin"] and (worst is None or value - limit > worst[0]):
            detail = f"{label} {n}-gram characters {value:.2f} > {limit:.2f} (source {raw_value:.2f})"
            worst = (value - limit, detail, covered)
    if worst is None:
        return None
    _, detail, covered = worst
    return detail, rewrite.word_spans(Measures.runs(covered))


def _has_duplicate_line(text: str) -> bool:
    """Whether two non-empty lines are exactly equal (a cheap gate)."""
    if "\n" not in text:
        return False
    lines = text.split("\n")
    distinct = set(lines)
    if len(distinct) == len(lines):
        return False
    distinct.discard("")
    return len(distinct) + lines.count("") < len(lines)


def _has_long_repeat(text: str) -> bool:
    """Whether a probe of ``text`` (see the module docstring) is found again within a
    repeat long enough to count."""
    text = text.rstrip()
    last = len(text) - _PROBE
    if last <= 0:
        return False
    # The latest earlier copy of the end, overlapping or not: a loop's period may be short.
    earlier = text.rfind(text[last:], 0, len(text) - 1)
    if earlier >= 0 and _repeat_counts(text, earlier, last):
        return True
    step = last // _PROBES or 1
    for at in range(step // 2, last, step):
        probe = text[at : at + _PROBE]
        if text.count(probe) < 2:  # the common case: one C call
            continue
        first = text.find(probe)  # an earlier copy, or this one
        if first < at and _repeat_counts(text, first, at):
            return True
        again = text.find(probe, at + 1)
        if again >= 0 and _repeat_counts(text, at, again):
            return True
    return False


def _repeat_counts(text: str, first: int, second: int) -> bool:
    """Whether the equal pieces at ``first`` < ``second`` lie in a repeat of at least
    _MIN_REPEAT characters, or in a unit of up to _PROBE characters said three times."""
    period = second - first
    if period <= _PROBE:
        need = 3 * period
        starts = range(max(0, first - period), min(first, len(text) - need) + 1)
        return any(text[s : s + 2 * period] == text[s + period : s + need] for s in starts)
    for back in range(0, _MIN_REPEAT - _PROBE + 1, 4):
        a, b = first - back, second - back
        if a >= 0 and b + _MIN_REPEAT <= len(text) and text[a : a + _MIN_REPEAT] == text[b : b + _MIN_REPEAT]:
            return True
    return False
