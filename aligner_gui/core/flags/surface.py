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
one closed last, so «أ» و«ب» is not wrapped; or the rewrite is one Markdown code fence
(```...```). Only where the source is not itself wrapped: a model that quotes its
answer, where a quotation kept is no fault.

Speed: the hidden characters are looked for one by one with ``in`` (memchr-fast on
Arabic text); the quotes only at the two ends.
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
_FENCE = "```"  # a Markdown code fence: a wrapper of the same kind


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    flags = []
    if _holds_hidden(pair.rewrite):
        flags.append(_invisible(pair.rewrite))
    wrapped = _wrapping(pair.rewrite)
    if wrapped and not _wrapping(pair.raw):
        start, end, width = wrapped
        opening, closing = pair.rewrite[start : start + width], pair.rewrite[end - width : end]
        detail = f"the whole rewrite is in {'a code fence' if width > 1 else 'quotes'} {opening}…{closing}"
        spans = (Span("rewrite", start, start + width), Span("rewrite", end - width, end))
        flags.append(Flag("wrapped_in_quotes", INFO, detail, spans))
    return flags


def _holds_hidden(text: str) -> bool:
    for char in _HIDDEN:  # noqa: SIM110 (a loop of `in` is faster than any() or a regex)
        if char in text:
            return True
    return False


def _invisible(text: str) -> Flag:
    positions = [i for i, char in enumerate(text) if char in STAND_INS]
    counts = Counter(text[i] for i in positions)
    severity = WARNING if _CONTROLS & counts.keys() else INFO
    named = ", ".join(f"{describe(char)} ×{n}" for char, n in counts.most_common())
    detail = f"{len(positions)} invisible character{'s' if len(positions) > 1 else ''}: {named}"
    return Flag("invisible_chars", severity, detail, tuple(Span("rewrite", i, i + 1) for i in positions[:MAX_SPANS]))


def _wrapping(text: str) -> tuple[int, int, int] | None:
    """(start, end, width) of the text from its opening quote (width 1) or code fence
    (```, width 3) to its closing one, when one pair of them wraps all of it."""
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        return None
    if text.startswith(_FENCE, start) and end - start > 2 * len(_FENCE):
        inside = text[start + len(_FENCE) : end - len(_FENCE)]
        return (start, end, len(_FENCE)) if text.endswith(_FENCE, 0, end) and _FENCE not in inside else None
    opening, closing = text[start], text[end - 1]
    if _CLOSING.get(opening) != closing:
        return None
    depth = 0
    for char in text[start + 1 : end - 1]:
        if char == closing and (opening == closing or depth == 0):
            return None  # the first quote closes before the end: «أ» و«ب»
        if opening != closing:
            depth += (char == opening) - (char == closing)
    return start, end, 1
