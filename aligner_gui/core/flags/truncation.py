"""Truncation: the generation stopped at its length limit, or the text ends unfinished.

* LIKELY_WRONG when generation reports ``finish_reason == "length"``: it stopped at its
  token limit (generation records the same code itself, kind ``truncated``).
* WARNING when the rewrite ends inside a quote or bracket (« “ " ( [ { opened in its last
  120 characters and not closed after, with more openers than closers of that kind in
  the whole text, so that »reversed« Arabic quotes do not count), or mid-sentence: its
  last character, after trailing spaces, harakat and invisible characters, is a letter,
  a digit or a comma or dash ("... ويعمل عليه عادةً أربعة إلى"). A last line that is a
  list item ("- ملح"), and a last word that is a number, a time, a phone number, a URL or
  an e-mail address ("للاستفسار: 0551234567"), end properly.

A raw passage that itself ends unfinished keeps the second rule quiet: texts cut out of
longer documents end mid-sentence, and their rewrites may rightly do so too. The raw
counts as ending properly when its last line does, or when that line is a short footer
(under 15 words) after other lines ("مشاركة: f | t | in"). A rewrite ending on the same
word as the raw (a sign-off kept, "والله أعلم") stays quiet as well.

Evidence: the unclosed opener and what follows it, or the last three words.
"""

from __future__ import annotations

import re

from aligner_gui.core.flags.model import LIKELY_WRONG, WARNING, Flag, Pair, Span, Thresholds

DEFAULTS: dict[str, float] = {
    "truncation.footer_words": 15,
}

_TAIL = 120
# Stripped from the end before the last character is looked at: white space, harakat and
# tatweel, zero-width and direction-control characters.
_TRAILING = (
    "".join(map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE), 0x640]))
    + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff \t\r\n\xa0"
)
_CONTINUES = ",،-–—/&+="  # a sentence does not end on these
_LIST_ITEM = ("-", "•", "*", "–", "—")
_CLOSERS = {"«": "»", "“": "”", "(": ")", "[": "]", "{": "}", '"': '"'}
# A last word that ends a text whole: a number, a time or a phone number; a URL or an e-mail address.
_NUMBER_OR_ADDRESS = re.compile(r"[\d+()./:\-]*\d|\S*(?:@|://|www\.)\S*|\S+\.[A-Za-z]{2,}(?:/\S*)?")
_UNCLOSED = re.compile(r'[«“(\[{"][^«»“”()\[\]{}"]*\Z')


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    text = pair.rewrite.rstrip(_TRAILING)
    if not text:
        return []
    if pair.finish_reason == "length":
        return [Flag("truncated", LIKELY_WRONG, "generation stopped at its length limit", (_last_words(text),))]
    tail = text[-_TAIL:]
    could_be_open = "«" in tail or "“" in tail or "(" in tail or "[" in tail or "{" in tail or '"' in tail
    opener = _unclosed(text) if could_be_open else None
    if opener is not None and _unclosed(pair.raw.rstrip(_TRAILING)) is None:
        char = text[opener]
        return [Flag("truncated", WARNING, f"ends inside an unclosed {char}", (Span("rewrite", opener, len(text)),))]
    if _ends_properly(text) or not _raw_ends_properly(pair.raw, thresholds["truncation.footer_words"]):
        return []
    last = text.rsplit(None, 1)[-1]
    if pair.raw.rstrip(_TRAILING).endswith(last):
        return []  # the same last word as the raw: a kept sign-off, not a cut
    return [
        Flag(
            "truncated", WARNING, f"ends mid-sentence, on {text[-1]!r}; the source ends properly", (_last_words(text),)
        )
    ]


def _last_words(text: str) -> Span:
    """The last three words, within the last 200 characters (a regex search for them
    would try every start in those characters)."""
    tail_start = max(0, len(text) - 200)
    tail = text[tail_start:]
    words = tail.rsplit(None, 3)
    if not words:  # only white space that is not trailing (say an em space)
        return Span("rewrite", 0, len(text))
    if len(words) < 4:
        return Span("rewrite", tail_start + len(tail) - len(tail.lstrip()), len(text))
    # words[0] is the tail up to the white space before the third last word.
    return Span("rewrite", tail_start + tail.index(words[1], len(words[0])), len(text))


def _unclosed(text: str) -> int | None:
    """Where a quote or bracket opened near the end and never closed begins, if one does."""
    start = max(0, len(text) - _TAIL)
    match = _UNCLOSED.search(text, start)
    if match is None:
        return None
    char = text[match.start()]
    closer = _CLOSERS[char]
    if char == closer:
        return match.start() if text.count(char) % 2 else None
    return match.start() if text.count(char) > text.count(closer) else None


def _ends_properly(text: str) -> bool:
    """Whether stripped ``text`` ends a sentence, a list item, or on a number or an address."""
    last = text[-1]
    if not (last.isalnum() or last in _CONTINUES):
        return True
    if last.isalnum() and _NUMBER_OR_ADDRESS.fullmatch(text.rsplit(None, 1)[-1]):
        return True
    line = text[text.rfind("\n") + 1 :].lstrip()
    return line.startswith(_LIST_ITEM) or line[:1].isdigit() and line[1:3].lstrip("0123456789")[:1] in (".", ")")


def _raw_ends_properly(raw: str, footer_words: float) -> bool:
    raw = raw.rstrip(_TRAILING)
    if not raw or _ends_properly(raw):
        return True
    newline = raw.rfind("\n")
    return newline > 0 and len(raw[newline + 1 :].split()) < footer_words
