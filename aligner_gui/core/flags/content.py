"""Numbers, dates, Latin-script names and URLs of the source that the rewrite changed or
dropped: knowledge the rewrite should have kept.

numbers_changed (WARNING). Numbers are compared as values (core.flags.values reads
them): ٤٥, ۴۵ and 45 are one number, "25,000" and "٢٥٬٠٠٠" are 25000, "٤٫٢" is 4.2,
"85 ألف" is also 85000. A date is its day, month and year, so 15/3/2024, ١٥-٣-٢٠٢٤ and
"15 مارس 2024" (or آذار) hold the same values; "1445هـ" is 1445. A small number the
rewrite spells out ("ثلاث", "الثانية") counts as kept. Not counted: digits of phone
numbers, URLs, hashtags and codes (2FA, PHOTO50), footnote marks, and, when numbers are
only dropped, every number of a sentence or line that is an ad or page furniture (a
call to action, a contact detail, a "|" menu, a copyright line, a time stamp): a rewrite
that drops an ad's price or a post's date is doing its job. A source number is missing
when none of its values is in the rewrite. Flagged when

* a number is missing and the rewrite says a number more often than the source does
  (changed: 45 -> 54, or 5.7 -> 7.5 where 7.5 is also said elsewhere); or
* only dropped, when at least ``content.min_missing`` (1) numbers and
  ``content.missing_share`` (0.2) of the source's distinct numbers are missing. One
  number in ten left out is as often furniture not recognised as such (a view count, a
  time) as a lost fact; one in five is a lost fact.

names_changed (WARNING). Latin-script names: capitalised words and acronyms (WHO, UNESCO,
Python), compared case-insensitively; English prose ("Follow us"), common English words
and ads are not names. Flagged when a name is missing and the rewrite has a Latin word,
spelled like it, that the source lacks (Moreno -> Morena); or when at least
``content.min_names_missing`` (1) names are missing: dropped, translated or written in
Arabic letters (جوجل for Google), which the prompt asks not to do (names are kept as
given). URLs: a changed one (the rewrite has a URL the source lacks) is flagged; a
dropped one only where the source gave it as information, in a sentence that is no ad
(no call to action, hashtag or menu: patterns.informative). left_in flags the other
URLs when kept, so a URL gets one flag at most, whichever way the rewrite goes.

Speed: the source's tokens (numbers, Latin words) are found in one regex pass, and a
rewrite that holds each of them verbatim (or a number in the other digit script) is done.
Only then are values parsed, and only the missing numbers are judged as furniture
before the rest are; a lost Latin word that cannot count (an English word of _NOT_NAMES,
"A", "2b") does not start the names' pass.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import NamedTuple

from aligner_gui.core.flags.model import WARNING, Flag, Pair, Span, Thresholds
from aligner_gui.core.flags.patterns import (
    TO_ARABIC_INDIC_DIGITS,
    TO_ASCII_DIGITS,
    TRAILING,
    informative,
    is_email,
    is_url,
    line_span,
    looks_like_boilerplate,
    sentence_span,
    token_text,
)
from aligner_gui.core.flags.values import TOKEN, Number, is_number, numbers, spelled_out, tokens_of

DEFAULTS: dict[str, float] = {
    "content.min_missing": 1,
    "content.missing_share": 0.2,
    "content.min_names_missing": 1,
}

MAX_SPANS = 20

_LETTER = re.compile(r"[^\W\d_]")
# Capitalised English words that open a sentence or a menu more often than they name anything.
_NOT_NAMES = frozenset((
    "The", "This", "That", "These", "We", "Our", "You", "Your", "It", "Its", "In", "On", "Of", "For", "And",
    "Or", "With", "To", "From", "By", "At", "An", "My", "Is", "Are", "Follow", "Click", "Share", "Subscribe",
    "Like", "Comment", "Home", "Menu", "Contact", "About", "Login", "Log", "Sign", "Register", "Search", "Read",
    "More", "Next", "Previous", "Back", "Download", "Free", "New", "Best", "Top", "Buy", "Shop", "Order", "Call",
    "Now", "Here", "English", "Arabic", "Join", "Update", "News", "Breaking", "Video", "Photo", "Photos",
    "Hello", "Hi", "Dear", "Thanks", "Welcome", "Salam", "Salaam", "Bonjour", "Merci", "Ok", "OK",
))  # fmt: skip


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    return _detect(pair, thresholds, shortcuts=True)


def detect_in_full(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    """:func:`detect` without its shortcut (lost words that cannot be names are passed
    on): what tests compare it with."""
    return _detect(pair, thresholds, shortcuts=False)


def _detect(pair: Pair, thresholds: Thresholds, shortcuts: bool) -> list[Flag]:
    raw, rewrite = pair.raw, pair.rewrite
    tokens = list(TOKEN.finditer(raw))
    lost_number, lost_words = False, []
    for match in tokens:
        kind = match.lastgroup
        if kind == "tag":
            continue
        # Kept as it is ("2024." too, at the end of a sentence), between characters that
        # cannot continue it: the common case.
        whole = match.group()
        token = whole.rstrip(TRAILING)
        if _plainly_in(rewrite, whole) or (token != whole and _plainly_in(rewrite, token)):
            continue
        start, end = match.start(), match.start() + len(token)
        if kind == "number":
            if not lost_number and not _in_other_digits(rewrite, token):
                lost_number = is_number(raw, start, end) and not _holds(rewrite, token, number=True)
        elif (
            (token[0].isupper() or is_url(token))
            and not _holds(rewrite, token)
            and (not shortcuts or _may_be_missed(token))
        ):
            lost_words.append(_Word(start, end, token))  # a name or a URL, maybe
    flags = []
    furniture = _Furniture(raw)  # judged lazily, once for both flags
    if lost_number:
        flags.append(_numbers_flag(raw, tokens, rewrite, furniture, thresholds))
    if lost_words:
        flags.append(_names_flag(raw, tokens, lost_words, rewrite, furniture, thresholds))
    return [flag for flag in flags if flag is not None]


# What may continue a token: digits of every script, Latin letters, decimal and URL marks.
_JOINING = frozenset(
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,٫٬_%+/:?=&~@-'’"
)


def _plainly_in(rewrite: str, form: str) -> bool:
    """Whether the first ``form`` in ``rewrite`` stands between characters that cannot continue it."""
    at = rewrite.find(form)
    end = at + len(form)
    return at != -1 and (at == 0 or rewrite[at - 1] not in _JOINING) and rewrite[end : end + 1] not in _JOINING


def _in_other_digits(rewrite: str, token: str) -> bool:
    """Whether ``rewrite`` holds the number ``token`` in the other digit script (٤٥ for 45,
    45 for ٤٥: a rewrite that changes the digits keeps the numbers)."""
    form = token.translate(TO_ASCII_DIGITS)
    return _plainly_in(rewrite, form if form != token else token.translate(TO_ARABIC_INDIC_DIGITS))


def _may_be_missed(token: str) -> bool:
    """Whether a Latin word the rewrite lacks may count in names_changed: a URL, or a word
    that _names can take for a name (the test of its neighbours aside)."""
    if is_url(token):
        return True
    letters = sum(map(str.isalpha, token))
    return letters >= 2 and letters >= len(token) / 2 and token not in _NOT_NAMES and not is_email(token)


def _holds(rewrite: str, token: str, number: bool = False) -> bool:
    """Whether ``rewrite`` holds ``token`` as a whole token: 45 is not in 450 or 4.5, and
    .../match not in .../matches (a digit before a Latin word is no part of it: "2FA"
    holds "FA"). A quick answer: False only says to look closer."""
    inner = ".,\u066b\u066c" if number else "._%+/:?=&~@-'’"
    index = rewrite.find(token)
    while index != -1:
        before, after = rewrite[max(0, index - 2) : index], rewrite[index + len(token) : index + len(token) + 2]
        if not _continues(before[::-1], inner, number) and not _continues(after, inner, True):
            return True
        index = rewrite.find(token, index + 1)
    return False


def _continues(chars: str, inner: str, digits: bool) -> bool:
    """Whether ``chars`` (the next two, outwards) continue a token: a Latin letter, a digit
    where ``digits``, or one of ``inner`` (a decimal point, a URL's dot) before one."""
    first = chars[:1]
    if first[:1] in inner and first:
        first = chars[1:2]
    return (first.isascii() and first.isalpha()) or (digits and first.isdigit())


# -- numbers -------------------------------------------------------------------------------


def _numbers_flag(
    raw: str, tokens: list[re.Match[str]], rewrite: str, furniture: _Furniture, thresholds: Thresholds
) -> Flag | None:
    source, ours = numbers(raw, tokens), numbers(rewrite, tokens_of(rewrite))
    in_source = Counter(v for n in source for v in n.values)
    in_ours = Counter(v for n in ours for v in n.values)
    missing = [n for n in source if not any(in_ours[v] for v in n.values) and not spelled_out(rewrite, n, raw)]
    if not missing:
        return None
    # Said more often than in the source: a new number, or one put where another was (5.7 -> 7.5).
    extra = [n for n in ours if all(in_ours[v] > in_source[v] for v in n.values) and not spelled_out(raw, n)]
    if extra:
        detail = (
            f"{len(_distinct(missing))} of {len(_distinct(source))} source numbers changed or missing: "
            f"{_listed(_distinct(missing))}; more often than in the source: {_listed(_distinct(extra))}"
        )
        half = MAX_SPANS // 2
        spans = [Span("raw", n.start, n.end) for n in missing[:half]] + [
            Span("rewrite", n.start, n.end) for n in extra[:half]
        ]
        return Flag("numbers_changed", WARNING, detail, tuple(spans))
    # Only dropped: an ad's price, a menu's date or a time stamp is the rewrite's to drop.
    # The missing numbers are judged first: most often all of them are furniture.
    dropped = [n for n in missing if not furniture.holds(n)]
    shown = _distinct(dropped)
    if not shown or len(shown) < thresholds["content.min_missing"]:
        return None
    counted: set[str] = set()  # the source's distinct numbers outside furniture
    for n in source:
        if n.shown not in counted and not furniture.holds(n):
            counted.add(n.shown)
            if len(shown) / len(counted) < thresholds["content.missing_share"]:
                return None  # a smaller share with every number counted: no need to count on
    total = len(counted)
    detail = f"{len(shown)} of {total} source numbers missing: {_listed(shown)}"
    return Flag("numbers_changed", WARNING, detail, tuple(Span("raw", n.start, n.end) for n in dropped[:MAX_SPANS]))


def _distinct(numbers: list[Number]) -> list[str]:
    return list(dict.fromkeys(n.shown for n in numbers))


def _listed(items: list[str], most: int = 8) -> str:
    return ", ".join(items[:most]) + (", …" if len(items) > most else "")


class _Furniture:
    """Which items of one text sit in an ad or page furniture: a sentence that looks
    like boilerplate, or a line that is a menu or has no words ("- 14 -", a page number).
    Each sentence and line is judged once, and each item's answer kept: the source's
    numbers are asked about again when they are counted. A text that, taken whole, shows
    no sign of an ad or furniture has none in any sentence, and its sentences are not
    judged (most sources: one test of the text in place of one per sentence)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences: dict[tuple[int, int], bool] = {}
        self.lines: dict[tuple[int, int], bool] = {}
        self._at: dict[int, bool] = {}  # by where an item starts: all the answer depends on
        self._anywhere: bool | None = None  # whether the whole text looks like boilerplate

    def holds(self, item: Number | _Word) -> bool:
        held = self._at.get(item.start)
        if held is None:
            held = self._at[item.start] = self._holds(item.start)
        return held

    def _holds(self, start: int) -> bool:
        line = line_span(self.text, start)
        if line not in self.lines:
            self.lines[line] = _menu_or_wordless(self.text[line[0] : line[1]])
        if self.lines[line]:
            return True
        if self._anywhere is None:
            self._anywhere = looks_like_boilerplate(self.text)
        if not self._anywhere:
            return False
        sentence = sentence_span(self.text, start)
        if sentence not in self.sentences:
            self.sentences[sentence] = looks_like_boilerplate(self.text[sentence[0] : sentence[1]])
        return self.sentences[sentence]


def _menu_or_wordless(line: str) -> bool:
    return "|" in line or " > " in line or not _LETTER.search(line)


# -- names and URLs ------------------------------------------------------------------------


class _Word(NamedTuple):
    start: int
    end: int
    text: str


def _names_flag(
    raw: str,
    tokens: list[re.Match[str]],
    lost: list[_Word],
    rewrite: str,
    furniture: _Furniture,
    thresholds: Thresholds,
) -> Flag | None:
    """``lost``: the source's capitalised words and URLs the rewrite lacks verbatim."""
    lost_urls = [w for w in lost if is_url(w.text)]
    lost = [w for w in lost if w not in lost_urls and not furniture.holds(w)]
    if not lost and not lost_urls:
        return None  # a share bar, a menu: the rewrite's to drop
    source_words, source_urls = _latin(raw, tokens)
    our_words, our_urls = _latin(rewrite, tokens_of(rewrite))
    ours = {w.text.casefold() for w in our_words}
    missing = [w for w in _names(raw, source_words, among=lost) if w.text.casefold() not in ours]
    known = {w.text.casefold() for w in source_words}
    new_words = [w for w in our_words if w.text.casefold() not in known]
    respelled = list({n: None for w in missing[:MAX_SPANS] for n in new_words[:100] if _alike(w.text, n.text)})
    dropped = missing if respelled or len(missing) >= thresholds["content.min_names_missing"] else []

    kept_urls = {_url_key(w.text) for w in our_urls}
    missing_urls = [w for w in lost_urls if _url_key(w.text) not in kept_urls]
    source_keys = {_url_key(w.text) for w in source_urls}
    new_urls = [w for w in our_urls if _url_key(w.text) not in source_keys]
    if not new_urls:  # only dropped: wrong for a URL given as information, right for an ad's
        missing_urls = [w for w in missing_urls if informative(raw, w.text)]
    if not dropped and not missing_urls:
        return None
    lost_texts = [w.text for w in dropped + missing_urls]
    changed = respelled + (new_urls if missing_urls else [])
    names = [w for w in _names(raw, source_words) if not furniture.holds(w)]
    detail = f"{len(lost_texts)} of {len(names) + len(source_urls)} source names or URLs missing: {_listed(lost_texts)}"
    if changed:
        detail += f"; not in the source: {_listed(list(dict.fromkeys(w.text for w in changed)))}"
    spans = [Span("raw", w.start, w.end) for w in dropped + missing_urls]
    spans += [Span("rewrite", w.start, w.end) for w in changed]
    return Flag("names_changed", WARNING, detail, tuple(spans[:MAX_SPANS]))


def _latin(text: str, tokens: Iterable[re.Match[str]]) -> tuple[list[_Word], list[_Word]]:
    """The Latin words (e-mail addresses left out) and the URLs of ``text``."""
    words, urls = [], []
    for match in tokens:
        if match.lastgroup == "latin":
            start, end, token = token_text(match)
            if is_url(token):
                urls.append(_Word(start, end, token))
            elif not is_email(token):
                words.append(_Word(start, end, token))
    return words, urls


def _names(text: str, words: list[_Word], among: list[_Word] | None = None) -> list[_Word]:
    """The words (of ``among``, if given) that look like names: capitalised or acronyms,
    outside English prose."""
    names = []
    wanted = None if among is None else set(among)
    for i, word in enumerate(words):
        if wanted is not None and word not in wanted:
            continue
        letters = sum(map(str.isalpha, word.text))
        if not word.text[0].isupper() or letters < 2 or letters < len(word.text) / 2 or word.text in _NOT_NAMES:
            continue
        neighbours = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
        if any(n.text[0].islower() and _adjacent(text, word, n) for n in neighbours):
            continue  # "Follow us", "We're hiring": English, which a rewrite may translate
        names.append(word)
    return names


def _adjacent(text: str, a: _Word, b: _Word) -> bool:
    """Whether only spaces and punctuation (a few) stand between two words."""
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return end - start <= 4 and not _LETTER.search(text, start, end)


def _alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.75


def _url_key(url: str) -> str:
    key = url.lower().split("://", 1)[-1]
    return key.removeprefix("www.").rstrip("/")
