"""The numbers of a text, as values: what content compares between a source and its
rewrite.

* Digits of every script are one: ٤٥, ۴۵ and 45 are 45. Thousands separators (25,000,
  ٢٥٬٠٠٠, 1.000.000) and decimal points (4.2, ٤٫٢) are read as such; a group with
  several dots that are no thousands separators is a date or a version (12.3.2024).
* A number followed by ألف, مليون or مليار is also that many thousands, millions or
  billions: "85 ألف" holds 85 and 85000.
* A month written by name next to a number (Egyptian and Gulf, Levantine, Maghrebi and
  Hijri names) is its number: "15 مارس 2024" holds 15, 3 and 2024, as 15/3/2024 does.
* A number that is part of a code (2FA, 4G), a footnote mark ([2]) or a phone number
  is no number here.
* Small and round numbers may be written in words (ثلاث، الثانية، عشرين، مئة), and a 2
  as a dual (كوبان for "2 كوب").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from aligner_gui.core.flags.patterns import DIGITS, TO_ASCII_DIGITS, TRAILING, is_phone, token_regex
from aligner_gui.core.flags.phrases import trie_pattern

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
_MONTH_ENDINGS = frozenset(name[-2:] for name in _MONTH_OF)
_MULTIPLIER_OF = {
    **dict.fromkeys(("ألف", "الف", "ألفا", "الفا", "آلاف", "الاف"), 1e3),
    **dict.fromkeys(("مليون", "ملايين", "مليونا"), 1e6),
    **dict.fromkeys(("مليار", "مليارات", "مليارا"), 1e9),
}
# Tokens (see patterns.token_regex), a month name or a multiplier after a number in group ``unit``.
TOKEN = token_regex(after_number=rf"(?:\s?(?P<unit>{trie_pattern([*_MONTH_OF, *_MULTIPLIER_OF])})(?![^\W\d_]))?")
_PART = re.compile(rf"[{DIGITS}][{DIGITS}]*(?:[.,\u066b\u066c][{DIGITS}]+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}")
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


@lru_cache(maxsize=4)
def tokens_of(text: str) -> tuple[re.Match[str], ...]:
    """TOKEN's matches in ``text``, kept for the next look: the numbers and the Latin words
    of a rewrite are both read from one pass."""
    return tuple(TOKEN.finditer(text))


class Number(NamedTuple):
    start: int
    end: int
    shown: str  # in Western digits, for the detail
    values: frozenset[float]


def is_number(text: str, start: int, end: int) -> bool:
    """Whether the number token ``text[start:end]`` counts as a number: not a code (2FA,
    4G), a footnote mark ([2]) or a phone number."""
    glued = text[end : end + 1]
    if glued.isascii() and glued.isalpha():
        return False
    if glued == "]" and text[start - 1 : start] == "[":
        return False
    return end - start < 8 or not is_phone(text, start, end)


def numbers(text: str, tokens: Iterable[re.Match[str]]) -> list[Number]:
    """The numbers of ``text``: each digit group of a number token with its values, and the
    month of a date written with the month's name."""
    found = []
    months = False
    for match in tokens:
        if match.lastgroup != "number":
            continue
        start = match.start()
        token = match.group().rstrip(TRAILING)
        if not is_number(text, start, start + len(token)):
            continue
        unit = match.group("unit")
        digits = token if not unit else token[: match.start("unit") - start]
        for part_start, part_end, shown, values in _parts(digits, _MULTIPLIER_OF.get(unit, 1)):
            found.append(Number(start + part_start, start + part_end, shown, values))
        month = _MONTH_OF.get(unit)
        if month:
            found.append(Number(match.start("unit"), match.end("unit"), unit, frozenset({float(month)})))
            months = True
        elif len(token) == 4 and (named := _month_before(text, start)):  # a year: "مارس 2023"
            found.append(named)
            months = True
    # "15 مارس 2023": the month once, not for the day and the year
    return list(dict.fromkeys(found)) if months else found


@lru_cache(maxsize=4096)
def _parts(digits: str, multiplier: float) -> tuple[tuple[int, int, str, frozenset[float]], ...]:
    """(start, end, shown, values) of each digit group of a number token (without its
    unit); a source and its rewrite share most numbers, so each is read once."""
    parts = []
    for part in _PART.finditer(digits):
        values = _values(part.group())
        if multiplier != 1:
            values |= {v * multiplier for v in values}
        if values:
            parts.append((part.start(), part.end(), _shown(part.group()), frozenset(values)))
    return tuple(parts)


def _month_before(text: str, start: int) -> Number | None:
    """The month named just before the year at ``start``: "مارس 2023", "ربيع الأول 1445"."""
    low = max(0, start - 16)
    before = text[low:start].rstrip()
    if before[-2:] not in _MONTH_ENDINGS:  # the common case: no month there
        return None
    words = before.split()
    for name in (" ".join(words[-2:]), words[-1] if words else ""):
        if name in _MONTH_OF and before.endswith(name):
            at = low + len(before) - len(name)
            return Number(at, at + len(name), name, frozenset({float(_MONTH_OF[name])}))
    return None


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


def spelled_out(text: str, number: Number, source: str = "") -> bool:
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
    forms = _SPELLED[int(value)].split("|")
    # ``in`` first: the whole-word regex has no literal to scan for, and is tried everywhere.
    return any(form in text for form in forms) and _SPELLED_WORD[value].search(text) is not None
