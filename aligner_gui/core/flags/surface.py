"""The rewrite's surface: hidden characters, and quotes around the whole of it.

invisible_chars: zero-width characters, bidi marks and controls, and the byte-order mark
(the characters core.text.invisible shows as visible stand-ins). A rewrite should carry
none: they split words for search and tokenizers, and the embeddings, overrides and
isolates (U+202A-U+202E, U+2066-U+2069) reorder what a reader sees. WARNING when the
rewrite holds one of those controls; INFO when it holds only zero-width characters and
marks (a stray LRM or ZWNJ is harmless to read, yet noise in training text). Always
flagged, whether or not the source had them: the rewrite was the chance to remove them.

wrapped_in_quotes (INFO): the rewrite, leading and trailing white space aside, starts
with an opening quote and ends with its closing one (" ", “ ”, « », ' ', ‘ ’, and
the reversed » « and ” “ of right-to-left typing), and the quote opened first is the
one closed last, so «أ» و«ب» is not wrapped. Only where the source is not itself
wrapped: a model that quotes its answer, where a quotation kept is no fault.

Speed: every hidden character is unprintable, so a rewrite that is printable once its
line breaks are removed (``str.isprintable``, at C speed) holds none; others are searched
character by character with ``in``. The quotes are looked for only at the two ends.
"""

from __future__ import annotations

from collections import Counter

from aligner_gui.core.flags.model import INFO, WARNING, Flag, Pair, Span, Thresholds
from aligner_gui.core.text.invisible import STAND_INS, describe

DEFAULTS: dict[str, float] = {}

MAX_SPANS = 20

_HIDDEN = tuple(STAND_INS)
_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CLOSING = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’", "»": "«", "”": "“"}


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    return _detect(pair, _holds_hidden(pair.rewrite))


def detect_in_full(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    """:func:`detect` with the hidden characters looked for one by one: what tests compare it with."""
    return _detect(pair, any(char in pair.rewrite for char in _HIDDEN))


def _holds_hidden(text: str) -> bool:
    if "\n" in text:
        text = text.replace("\n", "")
    if text.isprintable():
        return False
    for char in _HIDDEN:  # noqa: SIM110 (a loop of `in` is faster than any() or a regex)
        if char in text:
            return True
    return False


def _detect(pair: Pair, hidden: bool) -> list[Flag]:
    flags = []
    if hidden:
        flags.append(_invisible(pair.rewrite))
    wrapped = _wrapping_quotes(pair.rewrite)
    if wrapped and not _wrapping_quotes(pair.raw):
        start, end = wrapped
        detail = f"the whole rewrite is in quotes {pair.rewrite[start]}…{pair.rewrite[end - 1]}"
        flags.append(
            Flag("wrapped_in_quotes", INFO, detail, (Span("rewrite", start, start + 1), Span("rewrite", end - 1, end)))
        )
    return flags


def _invisible(text: str) -> Flag:
    positions = [i for i, char in enumerate(text) if char in STAND_INS]
    counts = Counter(text[i] for i in positions)
    severity = WARNING if _CONTROLS & counts.keys() else INFO
    named = ", ".join(f"{describe(char)} ×{n}" for char, n in counts.most_common())
    detail = f"{len(positions)} invisible character{'s' if len(positions) > 1 else ''}: {named}"
    return Flag("invisible_chars", severity, detail, tuple(Span("rewrite", i, i + 1) for i in positions[:MAX_SPANS]))


def _wrapping_quotes(text: str) -> tuple[int, int] | None:
    """(start, end) of the text from its opening quote to its closing one, when one pair
    of quotes wraps all of it."""
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        return None
    opening, closing = text[start], text[end - 1]
    if _CLOSING.get(opening) != closing:
        return None
    depth = 0
    for char in text[start + 1 : end - 1]:
        if char == closing and (opening == closing or depth == 0):
            return None  # the first quote closes before the end: «أ» و«ب»
        if opening != closing:
            depth += (char == opening) - (char == closing)
    return start, end
