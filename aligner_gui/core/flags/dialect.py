"""Dialect markers of the source that the rewrite no longer has: the dialect was
flattened into Modern Standard Arabic.

dialect_changed (INFO): informational, for the reviewer to judge. A rewrite into MSA may
be what a corpus wants, or lose what it needs (dialect text is scarce).

Markers are function words that MSA does not use (core.flags.phrases lists them all):
Egyptian "إزاي", "ده", "عايز", "مش", "كده", "فين"; Levantine "شو", "هيك", "هلق", "بدي",
"منيح"; Gulf "شلون", "وايد", "يبي", "هالحين", "هذي"; Iraqi "ماكو", "اكو", "هسة", "شكد";
Maghrebi "بزاف", "واش", "ديال", "كيفاش", "دابا", "برشا", "بصح"; and, spoken in several
of them, "اللي", "بس", "عشان", "وين", "ليش". Each is matched as a whole word, also behind
the conjunctions و and ف ("ومش", "فهيك"), which attach to any word. Not behind ب: "بدي"
is itself a marker, and ب + marker is rare. Words that are also MSA are left out: "حيل"
(tricks), "زين" (a name), "دول" (countries), "بدو" (Bedouins), "ابي" (my father), "هواية"
(a hobby), "الحين" (في ذلك الحين، بين الحين والآخر). A marker inside a longer word
("مشروع", "دين") is no marker.

Flagged when at least ``dialect.min_gone`` (2) distinct markers of the source are absent
from the rewrite, and they are at least ``dialect.gone_share`` (0.5) of the source's
distinct markers: one marker can be a quotation or a slip, two mean the source spoke a
dialect, and a rewrite that keeps most of them kept the dialect while wording a few
things otherwise. The detail names the dialect(s) the gone markers belong to, most first (markers
shared by several dialects name none).

Speed: one regex pass over the source (shared with left_in), which the engine runs as a
search for spaces, with ``findall`` (no match objects); spans are only made for a flag.
The rewrite is not scanned: each of the source's markers is looked for with ``str.find``
(phrases.has_marker), the same answer as a pass of the regex.
"""

from __future__ import annotations

from collections import Counter

from aligner_gui.core.flags.model import INFO, Flag, Pair, Span, Thresholds
from aligner_gui.core.flags.phrases import DIALECT_OF, SHARED, has_marker, phrase_words, phrases_in

DEFAULTS: dict[str, float] = {
    "dialect.min_gone": 2,
    "dialect.gone_share": 0.5,
}

MAX_SPANS = 20


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    markers = {word for word in phrase_words(pair.raw) if word in DIALECT_OF}
    if len(markers) < thresholds["dialect.min_gone"]:
        return []
    gone_words = {word for word in markers if not has_marker(pair.rewrite, word)}
    if len(gone_words) < thresholds["dialect.min_gone"]:
        return []
    return _flag(pair, gone_words, len(markers), thresholds)


def detect_in_full(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    """:func:`detect` without its shortcuts, both texts scanned: what tests compare it with."""
    found = {word for _, _, word in phrases_in(pair.raw) if word in DIALECT_OF}
    kept = {word for _, _, word in phrases_in(pair.rewrite)}
    return _flag(pair, found - kept, len(found), thresholds)


def _flag(pair: Pair, gone_words: set[str], source_markers: int, thresholds: Thresholds) -> list[Flag]:
    """``source_markers``: how many distinct markers the source has."""
    gone = [(start, end, word) for start, end, word in phrases_in(pair.raw) if word in gone_words]
    words = list(dict.fromkeys(word for _, _, word in gone))
    if not words or len(words) < thresholds["dialect.min_gone"]:
        return []
    if len(words) < thresholds["dialect.gone_share"] * source_markers:
        return []  # most of them kept: a rewrite in the dialect that words a few things otherwise
    dialects = Counter(DIALECT_OF[word] for word in words)
    guessed = ", ".join(dialect for dialect, _ in dialects.most_common() if dialect != SHARED) or "which one unknown"
    detail = f"{len(words)} dialect markers gone ({guessed}): {', '.join(words)}"
    spans = tuple(Span("raw", start, end) for start, end, _ in gone[:MAX_SPANS])
    return [Flag("dialect_changed", INFO, detail, spans)]
