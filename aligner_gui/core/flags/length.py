"""Length anomalies: a rewrite much shorter (knowledge lost) or much longer (content
invented) than its source, as a ratio of word counts.

A word is a white-space separated token holding a letter or a digit: "|", "—", list
bullets and emoji rows do not count.

* ``too_short`` when the rewrite has under ``too_short_ratio`` (0.5) of the source's
  content words. Rewrites are meant to drop menus, share bars and keyword stuffing, so the
  source's words are counted in its content lines only: a line counts when it has at least
  8 words, fewer than two "|" (menus and share bars have more) and, under 30 words, at
  least 75% distinct words (a line such as "صيانة مكيفات شمال الرياض صيانة مكيفات شرق
  الرياض" is stuffing). A source of short lines only, such as a list, has no content
  lines by this measure and stays quiet. On the demo set this puts every
  faithful rewrite of a spam-heavy page at 0.82 or more of its source (0.53 on all words)
  and the summaries at 0.21 to 0.25. Sources with under ``min_words`` (15) content words
  stay quiet: a ratio of a few words says little (a telegraphic classified of 14 words
  written out in full sentences doubles, rightly).
* ``too_long`` when the rewrite has over ``too_long_ratio`` (1.4) times the source's
  words, all of them counted, when the source has ``min_words`` words or more: a rewrite
  longer than the whole page added something. On the labelled set (tests/flags_eval) this
  finds 0.89 of the rewrites a reviewer found too long, with a precision of 0.91: other
  rewrites reach 1.39, and the few over 1.4 add commentary. For the reviewer to judge,
  hence a warning.

Both counts must agree: a rewrite is only too long when it also has over
``too_long_ratio`` / 1.15 of the source's characters (1.22 by default), and too short when
it has under 1.4 x ``too_short_ratio`` of them (0.7). A rewrite with many more words but
hardly more characters has split words the source ran together, not added content. On
the labelled set, where the source has 15 words or more, a word ratio exceeds the
character ratio by 16% at most (an English translation), and by 11% at most in the
rewrites a reviewer found too long.

Speed: so most rewrites are decided by their lengths alone, and only the others have
their words counted, each count with a few ``str`` calls and one regex search for the
tokens without a letter or digit; the source's content lines are only looked at when the
rewrite is short against all of the source's words.
"""

from __future__ import annotations

import re

from aligner_gui.core.flags.model import WARNING, Flag, Pair, Thresholds

DEFAULTS: dict[str, float] = {
    "length.too_short_ratio": 0.5,
    "length.too_long_ratio": 1.4,
    "length.min_words": 15,
}

_CHARACTERS_TOO_LONG = 1 / 1.15  # of too_long_ratio: the character ratio a too long rewrite exceeds
_CHARACTERS_TOO_SHORT = 1.4  # of too_short_ratio: the character ratio a too short rewrite stays under
_CONTENT_LINE_WORDS = 8
_STUFFING_CHECK_WORDS = 30
_MIN_DISTINCT = 0.75
# In text whose only white space is " ", with a space added at both ends: a token without
# a letter or a digit ("-", "|", "🔥🔥"; "_" is a \w character but no letter).
_NOT_A_WORD = re.compile(r" (?:[^\w ]|_)+(?= )")
_NOT_A_WORD_NOR_UNDERSCORE = re.compile(r" [^\w ]+(?= )")  # the same, faster, for text without "_"


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    short, long = thresholds["length.too_short_ratio"], thresholds["length.too_long_ratio"]
    if not pair.raw:
        return []
    chars = len(pair.rewrite) / len(pair.raw)
    if chars > 1:
        if chars > long * _CHARACTERS_TOO_LONG:
            return _too_long(pair, long, thresholds["length.min_words"])
    elif chars < short * _CHARACTERS_TOO_SHORT:
        return _too_short(pair, short, thresholds["length.min_words"])
    return []


def _too_long(pair: Pair, long: float, min_words: float) -> list[Flag]:
    raw_words = word_count(pair.raw)
    if raw_words < min_words or _spaced(pair.rewrite)[1] <= long * raw_words:
        return []  # the rewrite's words are some of its tokens
    words = word_count(pair.rewrite)
    if words <= long * raw_words:
        return []
    return [Flag("too_long", WARNING, f"words {words / raw_words:.2f} of the source's {raw_words} > {long:.2f}")]


def _too_short(pair: Pair, short: float, min_words: float) -> list[Flag]:
    # The source's content words are some of its words, which are some of its tokens.
    raw_spaced, raw_tokens = _spaced(pair.raw)
    if raw_tokens < min_words:
        return []
    words = word_count(pair.rewrite)
    if words >= short * raw_tokens or words >= short * _words_in(raw_spaced, raw_tokens):
        return []
    content = _content_words(pair.raw)
    if content < min_words or words >= short * content:
        return []
    ratio = words / content
    return [Flag("too_short", WARNING, f"words {ratio:.2f} of the source's {content} content words < {short:.2f}")]


def word_count(text: str) -> int:
    """How many words (tokens holding a letter or a digit) ``text`` has."""
    return _words_in(*_spaced(text))


def _words_in(spaced: str, tokens: int) -> int:
    if not tokens:
        return 0
    not_words = _NOT_A_WORD if "_" in spaced else _NOT_A_WORD_NOR_UNDERSCORE
    return tokens - len(not_words.findall(f" {spaced} "))


def _spaced(text: str) -> tuple[str, int]:
    """``text`` with single spaces its only white space, and how many tokens it has, in
    C calls: ``str.split`` would make a string of every token."""
    if not text or text.isspace():
        return "", 0
    spaced = text.replace("\n", " ")
    if not spaced.isprintable():
        spaced = spaced.replace("\t", " ").replace("\r", " ")
        if not spaced.isprintable():  # other white space or control characters
            spaced = " ".join(text.split())
            return spaced, spaced.count(" ") + 1
    while "  " in spaced:
        spaced = spaced.replace("  ", " ")
    return spaced, spaced.count(" ") + 1 - (spaced[0] == " ") - (spaced[-1] == " ")


def _content_words(raw: str) -> int:
    """Words of the raw passage in lines that read as content (see the module docstring)."""
    count = 0
    for line in raw.split("\n"):
        spaced, tokens = _spaced(line)
        if tokens < _CONTENT_LINE_WORDS or line.count("|") >= 2:
            continue
        not_words = _NOT_A_WORD.findall(f" {spaced} ")
        words = tokens - len(not_words)
        if words < _CONTENT_LINE_WORDS:
            continue
        if words < _STUFFING_CHECK_WORDS:
            distinct = len(set(spaced.split())) - len(set(not_words))
            if distinct < _MIN_DISTINCT * words:
                continue
        count += words
    return count
