"""Numbers, dates, Latin-script names and URLs of the source that the rewrite changed or
dropped: knowledge the rewrite should have kept.

numbers_changed (WARNING). Numbers are compared as values: ٤٥, ۴۵ and 45 are one number,
"25,000" and "٢٥٬٠٠٠" are 25000, "٤٫٢" is 4.2, "85 ألف" is also 85000. A date is its
day, month and year, so 15/3/2024, ١٥-٣-٢٠٢٤ and "15 مارس 2024" (or آذار) hold the same
values; "1445هـ" is 1445. A small number the rewrite spells out ("ثلاث", "الثانية")
counts as kept. Not counted: digits of phone numbers, URLs, hashtags and codes (2FA,
PHOTO50), and every number of a sentence or line that is an ad or a menu (a call to
action, a contact detail, "|"): a rewrite that drops an ad's price or phone is doing its
job. A source number is missing when none of its values is in the rewrite. Flagged when

* a number is missing and the rewrite has one the source lacks (changed: 45 -> 54); or
* only dropped, when at least ``content.min_missing`` (1) numbers and
  ``content.missing_share`` (0.2) of the source's distinct numbers are missing. One
  number in ten left out is as often furniture we did not recognise (a view count, a
  time) as a lost fact; two in ten, or one in five or fewer, is a lost fact.

names_changed (WARNING). Latin-script names: capitalised words and acronyms (WHO, UNESCO,
Python), compared case-insensitively; English prose ("Follow us"), common English words
and ads are not names. Flagged when a name is missing and the rewrite has a Latin word,
spelled like it, that the source lacks (Moreno -> Morena); or when at least
``content.min_names_missing`` (1) names are missing while the rewrite still writes Latin
script (a rewrite with none chose to write names in Arabic letters: جوجل for Google is
no loss). URLs: a changed one (the rewrite has a URL the source lacks) is flagged; a
dropped one only where the source gave it as information, in a sentence that is no ad
(no call to action, phone number, e-mail address, hashtag or menu). left_in flags the
other URLs when kept, so a URL gets one flag at most, whichever way the rewrite goes.

Speed: the source's tokens (numbers, Latin words) are found in one regex pass, and a
rewrite that holds each of them verbatim is done. Only then are values parsed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from aligner_gui.core.flags.model import WARNING, Flag, Pair, Span, Thresholds
from aligner_gui.core.flags.patterns import (
    DIGITS,
    TO_ASCII_DIGITS,
    TRAILING,
    informative_url,
    is_email,
    is_phone,
    is_url,
    line_span,
    looks_like_boilerplate,
    might_hold_tokens,
    sentence_span,
    token_regex,
    token_text,
)
from aligner_gui.core.flags.phrases import trie_pattern

DEFAULTS: dict[str, float] = {
    "content.min_missing": 1,
    "content.missing_share": 0.2,
    "content.min_names_missing": 1,
}

MAX_SPANS = 20

_MONTHS = {
    # Egypt and the Gulf; the Levant and Iraq; the Maghreb; the Hijri calendar.
    1: "يناير|كانون الثاني|جانفي|محرم",
    2: "فبراير|شباط|فيفري|صفر",
    3: "مارس|آذار|اذار|ربيع الأول|ربيع الاول",
    4: "أبريل|ابريل|إبريل|نيسان|أفريل|افريل|ربيع الآخر|ربيع الاخر|ربيع الثاني",
    5: "مايو|أيار|ايار|ماي|جمادى الأولى|جمادى الاولى",
    6: "يونيو|يونيه|حزيران|جوان|جمادى الآخرة|جمادى الاخرة|جمادى الثانية",
    7: "يوليو|يوليه|تموز|جويلية|رجب",
    8: "أغسطس|اغسطس|آب|أوت|اوت|شعبان",
    9: "سبتمبر|أيلول|ايلول|رمضان",
    10: "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|شوال",
    11: "نوفمبر|تشرين الثاني|ذو القعدة|ذي القعدة",
    12: "ديسمبر|كانون الأول|كانون الاول|ذو الحجة|ذي الحجة",
}
_MONTH_OF = {name: month for month, names in _MONTHS.items() for name in names.split("|")}
_MULTIPLIER_OF = {
    **dict.fromkeys(("ألف", "الف", "ألفا", "الفا", "آلاف", "الاف"), 1e3),
    **dict.fromkeys(("مليون", "ملايين", "مليونا"), 1e6),
    **dict.fromkeys(("مليار", "مليارات", "مليارا"), 1e9),
}
_TOKEN = token_regex(after_number=rf"(?:\s?(?P<unit>{trie_pattern([*_MONTH_OF, *_MULTIPLIER_OF])})(?![^\W\d_]))?")
_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_])({'|'.join(_MONTH_OF)})\s?$")
_PART = re.compile(rf"[{DIGITS}]+(?:[.,\u066b\u066c][{DIGITS}]+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_AFTER = re.compile(r"\s*(?:ال)?([^\W\d_]{2,})")

# Small and round numbers a rewrite may write out in words, cardinal and ordinal.
_SPELLED = {
    0: "صفر",
    1: "واحد|واحدة|أول|اول|أولى|اولى",
    2: "اثنان|اثنين|اثنتان|اثنتين|إثنين|ثاني|ثانية",
    3: "ثلاث|ثلاثة|ثالث|ثالثة",
    4: "أربع|اربع|أربعة|اربعة|رابع|رابعة",
    5: "خمس|خمسة|خامس|خامسة",
    6: "ست|ستة|سادس|سادسة",
    7: "سبع|سبعة|سابع|سابعة",
    8: "ثمان|ثماني|ثمانية|ثامن|ثامنة",
    9: "تسع|تسعة|تاسع|تاسعة",
    10: "عشر|عشرة|عاشر|عاشرة",
    20: "عشرون|عشرين",
    30: "ثلاثون|ثلاثين",
    40: "أربعون|أربعين|اربعين",
    50: "خمسون|خمسين",
    60: "ستون|ستين",
    70: "سبعون|سبعين",
    80: "ثمانون|ثمانين",
    90: "تسعون|تسعين",
    100: "مائة|مئة|مية",
    1000: "ألف|الف",
}
_SPELLED_WORD = {
    float(value): re.compile(rf"(?<![^\W\d_])(?:[وفبلك]?(?:ال)?|لل)(?:{forms})(?![^\W\d_])")
    for value, forms in _SPELLED.items()
}

# Capitalised English words that open a sentence or a menu more often than they name anything.
_NOT_NAMES = frozenset((
    "The", "This", "That", "These", "We", "Our", "You", "Your", "It", "Its", "In", "On", "Of", "For", "And",
    "Or", "With", "To", "From", "By", "At", "An", "My", "Is", "Are", "Follow", "Click", "Share", "Subscribe",
    "Like", "Comment", "Home", "Menu", "Contact", "About", "Login", "Log", "Sign", "Register", "Search", "Read",
    "More", "Next", "Previous", "Back", "Download", "Free", "New", "Best", "Top", "Buy", "Shop", "Order", "Call",
    "Now", "Here", "English", "Arabic", "Join", "Update", "News", "Breaking", "Video", "Photo", "Photos",
    "Hello", "Hi", "Dear", "Thanks", "Welcome", "Salam", "Salaam", "Bonjour", "Merci", "Ok", "OK",
))  # fmt: skip


class _Number(NamedTuple):
    start: int
    end: int
    shown: str  # in Western digits, for the detail
    values: frozenset[float]


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    raw, rewrite = pair.raw, pair.rewrite
    if not might_hold_tokens(raw):
        return []
    tokens = list(_TOKEN.finditer(raw))
    lost_number, lost_words = False, []
    for match in tokens:
        kind = match.lastgroup
        if kind == "tag":
            continue
        token = match.group().rstrip(TRAILING)
        at = rewrite.find(token)
        if at != -1 and _plainly_whole(rewrite, at, at + len(token)):
            continue  # kept as it is: the common case, decided in a few steps
        start, end = match.start(), match.start() + len(token)
        if kind == "number":
            if _is_number(raw, start, end) and not _holds(rewrite, token, number=True):
                lost_number = True
        elif (token[0].isupper() or is_url(token)) and not _holds(rewrite, token):
            lost_words.append(_Word(start, end, token))  # a name or a URL, maybe
    flags = []
    if lost_number:
        flags.append(_numbers_flag(raw, tokens, rewrite, thresholds))
    if lost_words:
        flags.append(_names_flag(raw, tokens, lost_words, rewrite, thresholds))
    return [flag for flag in flags if flag is not None]


# What may continue a token: digits of every script, Latin letters, decimal and URL marks.
_JOINING = frozenset(
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,٫٬_%+/:?=&~@-'’"
)


def _plainly_whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between characters that cannot continue it."""
    return (start == 0 or text[start - 1] not in _JOINING) and text[end : end + 1] not in _JOINING


def _is_number(text: str, start: int, end: int) -> bool:
    """Whether the number token ``text[start:end]`` is one this module compares, not a
    code (2FA, 4G), a footnote mark ([2]) or a phone number."""
    glued = text[end : end + 1]
    if glued.isascii() and glued.isalpha():
        return False
    if glued == "]" and text[start - 1 : start] == "[":
        return False
    return end - start < 8 or not is_phone(text, start, end)


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


def _numbers_flag(raw: str, tokens: list[re.Match[str]], rewrite: str, thresholds: Thresholds) -> Flag | None:
    source, ours = _numbers(raw, tokens), _numbers(rewrite, _TOKEN.finditer(rewrite))
    in_source = Counter(v for n in source for v in n.values)
    in_ours = Counter(v for n in ours for v in n.values)
    missing = [n for n in source if not any(in_ours[v] for v in n.values) and not _spelled_out(rewrite, n, raw)]
    if not missing:
        return None
    # Said more often than in the source: a new number, or one put where another was (5.7 -> 7.5).
    extra = [n for n in ours if all(in_ours[v] > in_source[v] for v in n.values) and not _spelled_out(raw, n)]
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
    furniture = _Furniture(raw)
    counted = [n for n in source if not furniture.holds(n)]
    kept_in_view = set(counted)
    dropped = [n for n in missing if n in kept_in_view]
    shown, total = _distinct(dropped), len(_distinct(counted))
    if (
        not shown
        or len(shown) < thresholds["content.min_missing"]
        or len(shown) / total < thresholds["content.missing_share"]
    ):
        return None
    detail = f"{len(shown)} of {total} source numbers missing: {_listed(shown)}"
    return Flag("numbers_changed", WARNING, detail, tuple(Span("raw", n.start, n.end) for n in dropped[:MAX_SPANS]))


def _distinct(numbers: list[_Number]) -> list[str]:
    return list(dict.fromkeys(n.shown for n in numbers))


def _listed(items: list[str], most: int = 8) -> str:
    return ", ".join(items[:most]) + (", …" if len(items) > most else "")


def _numbers(text: str, tokens: Iterable[re.Match[str]]) -> list[_Number]:
    """The numbers of ``text``: each digit group of a number token with its values, and the
    month of a date written with the month's name."""
    found = []
    for match in tokens:
        if match.lastgroup != "number":
            continue
        start, end, token = token_text(match)
        if not _is_number(text, start, end):
            continue
        unit = match.group("unit")
        multiplier = _MULTIPLIER_OF.get(unit, 1)
        for part in _PART.finditer(token if not unit else token[: match.start("unit") - start]):
            values = _values(part.group())
            if not values:
                continue
            if multiplier != 1:
                values |= {v * multiplier for v in values}
            found.append(_Number(start + part.start(), start + part.end(), _shown(part.group()), frozenset(values)))
        month = _MONTH_OF.get(unit)
        if month:
            found.append(_Number(match.start("unit"), match.end("unit"), unit, frozenset({float(month)})))
        elif len(token) == 4:  # a year: "مارس 2023", "رمضان 1445"
            before = _MONTH_BEFORE.search(text, max(0, start - 16), start)
            if before:
                name = before.group(1)
                found.append(_Number(before.start(1), before.end(1), name, frozenset({float(_MONTH_OF[name])})))
    return list(dict.fromkeys(found))  # "15 مارس 2023": the month once, not for the day and the year


def _values(part: str) -> set[float]:
    """The values of one digit group: 25,000 -> 25000; 4.2 -> 4.2; 12.3.2024 -> 12, 3, 2024;
    1,5 (a list) -> 1, 5."""
    part = part.translate(TO_ASCII_DIGITS)
    if _THOUSANDS.fullmatch(part):
        return {float(part.replace(",", "").replace(".", "") if part.count(".") > 1 else part.replace(",", ""))}
    pieces = part.split(",")
    if any(piece.count(".") > 1 for piece in pieces):
        pieces = [p for piece in pieces for p in piece.split(".")]
    return {float(piece) for piece in pieces if piece}


def _shown(part: str) -> str:
    shown = part.translate(TO_ASCII_DIGITS)
    return shown if len(shown) <= 20 else shown[:20] + "…"


def _spelled_out(text: str, number: _Number, source: str = "") -> bool:
    """Whether ``text`` writes one of this number's values in words: "ثلاث", or for a 2 of
    ``source`` the dual of the word after it ("2 كوب" -> "كوبان", "2 حبة" -> "حبتين")."""
    if any(_says_in_words(text, value) for value in number.values if value in _SPELLED_WORD):
        return True
    if 2.0 not in number.values or not source:
        return False
    after = _WORD_AFTER.match(source, number.end)
    if not after:
        return False
    stem = after.group(1)
    stem = stem[:-1] + "ت" if stem.endswith("ة") else stem
    return any(stem + ending in text for ending in ("ان", "ين", "ا "))


@lru_cache(maxsize=64)
def _says_in_words(text: str, value: float) -> bool:
    return _SPELLED_WORD[value].search(text) is not None


class _Furniture:
    """Which items of one text sit in an ad or page furniture: a sentence that looks
    like boilerplate, or a line that is a menu or has no words ("- 14 -", a page number).
    Each sentence and line is judged once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences: dict[tuple[int, int], bool] = {}
        self.lines: dict[tuple[int, int], bool] = {}

    def holds(self, item: _Number | _Word) -> bool:
        sentence, line = sentence_span(self.text, item.start), line_span(self.text, item.start)
        if sentence not in self.sentences:
            self.sentences[sentence] = looks_like_boilerplate(self.text[sentence[0] : sentence[1]])
        if line not in self.lines:
            self.lines[line] = _menu_or_wordless(self.text[line[0] : line[1]])
        return self.sentences[sentence] or self.lines[line]


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
    thresholds: Thresholds,
) -> Flag | None:
    """``lost``: the source's capitalised words and URLs the rewrite lacks verbatim."""
    furniture = _Furniture(raw)
    lost_urls = [w for w in lost if is_url(w.text)]
    lost = [w for w in lost if w not in lost_urls and not furniture.holds(w)]
    if not lost and not lost_urls:
        return None  # a share bar, a menu: the rewrite's to drop
    source_words, source_urls = _latin(raw, tokens)
    our_words, our_urls = _latin(rewrite, _TOKEN.finditer(rewrite))
    ours = {w.text.casefold() for w in our_words}
    missing = [w for w in _names(raw, source_words, among=lost) if w.text.casefold() not in ours]
    known = {w.text.casefold() for w in source_words}
    new_words = [w for w in our_words if w.text.casefold() not in known]
    respelled = list({n: None for w in missing[:MAX_SPANS] for n in new_words[:100] if _alike(w.text, n.text)})
    writes_latin = len(missing) >= thresholds["content.min_names_missing"] and bool(our_words)
    dropped = missing if respelled or writes_latin else []

    kept_urls = {_url_key(w.text) for w in our_urls}
    missing_urls = [w for w in lost_urls if _url_key(w.text) not in kept_urls]
    source_keys = {_url_key(w.text) for w in source_urls}
    new_urls = [w for w in our_urls if _url_key(w.text) not in source_keys]
    if not new_urls:  # only dropped: wrong for a URL given as information, right for an ad's
        missing_urls = [w for w in missing_urls if informative_url(raw, w.text)]
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
