"""Language drift: the rewrite is less Arabic than its source, or mostly Latin script.

Figure: the Arabic share of letters, Arabic / (Arabic + Latin), where Arabic counts the
characters of the Arabic block U+0600-U+06FF (its few marks and punctuation marks
included) and Latin counts the ASCII letters A-Z and a-z. Both are counted in C: Latin
letters in the ASCII bytes of the text, Arabic characters in its UTF-16 code units, whose
high byte is 06. A rewrite without Latin letters, the common case, is done after one
encoding and one ``bytes.translate``.

Flags when the rewrite's share falls below the source's by more than
``max_arabic_share_drop`` (0.25), or when the rewrite is mostly Latin (share under
``mostly_latin``, 0.5) while the source is mostly Arabic. On the demo set a translated
rewrite falls by 0.8 to 1.0 and no faithful one by more than 0.01; adding English glosses
such as "(Backend Developer)" to a passage costs a few hundredths, far from 0.25.

Evidence: the longest Latin-script runs of the rewrite (words with the spaces and light
punctuation between them).
"""

from __future__ import annotations

import re

from aligner_gui.core.flags.model import LIKELY_WRONG, Flag, Pair, Span, Thresholds

DEFAULTS: dict[str, float] = {
    "language.max_arabic_share_drop": 0.25,
    "language.mostly_latin": 0.50,
}

MAX_SPANS = 5
# bytes.translate deletes every byte but the ASCII letters.
_ALL_BUT_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_LATIN_RUN = re.compile(r"[A-Za-z](?:[A-Za-z0-9'’\".,;:!?()&%/$\- ]*[A-Za-z])?")


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    latin = _latin(pair.rewrite)
    if not latin:
        return []  # no Latin letter at all: the common case, decided in C
    arabic = _arabic(pair.rewrite)
    share = arabic / (arabic + latin)
    drop_limit = thresholds["language.max_arabic_share_drop"]
    mostly_latin = thresholds["language.mostly_latin"]
    if share >= 1 - drop_limit and share >= mostly_latin:
        return []  # not even a source of pure Arabic would make it drift
    raw_arabic, raw_latin = _arabic(pair.raw), _latin(pair.raw)
    if not raw_arabic + raw_latin:
        return []  # a source without letters has no language to drift from
    raw_share = raw_arabic / (raw_arabic + raw_latin)
    drop = raw_share - share
    if drop > drop_limit:
        detail = f"Arabic share of letters fell {drop:.2f} > {drop_limit:.2f} ({raw_share:.2f} to {share:.2f})"
    elif share < mostly_latin <= raw_share:
        detail = f"Arabic share of letters {share:.2f} < {mostly_latin:.2f} (source {raw_share:.2f})"
    else:
        return []
    runs = sorted(_LATIN_RUN.finditer(pair.rewrite), key=lambda m: m.end() - m.start(), reverse=True)
    spans = tuple(Span("rewrite", s, e) for s, e in sorted(m.span() for m in runs[:MAX_SPANS]))
    return [Flag("language_drift", LIKELY_WRONG, detail, spans)]


def _latin(text: str) -> int:
    """How many ASCII letters ``text`` holds."""
    return len(text.encode("ascii", "ignore").translate(None, _ALL_BUT_LATIN))


def _arabic(text: str) -> int:
    """How many characters of the Arabic block ``text`` holds."""
    return text.encode("utf-16-le", "surrogatepass")[1::2].count(6)
