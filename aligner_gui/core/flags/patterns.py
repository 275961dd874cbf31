"""What several detectors look for: digits of every script, the pieces of a text that are
not Arabic words, contact details, and ads and page furniture.

* Digits: Western 0-9, Arabic-Indic ٠-٩ and Extended Arabic-Indic ۰-۹ are one class;
  ``int()`` and ``float()`` read all three.
* :func:`token_regex` finds, in one pass, numbers (digit groups joined by ``.,/`` and by
  single spaces or dashes, so a phone number or a date is one token), Latin-script words
  (URLs and e-mail addresses are one token), and hashtags and @handles. Its first
  character is a character class, which the regex engine scans for in a tight loop; what
  follows depends on that character (a plain alternation would be tried at every
  position, several times slower). left_in looks for contact details among the tokens; content compares the
  source's with the rewrite's.
* Ads and page furniture: a sentence with a call to action (see core.flags.phrases), a
  contact detail, menu separators or a copyright line, which a rewrite rightly drops.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from aligner_gui.core.flags.phrases import has_spam
from aligner_gui.core.text.arabic import MARK_CHARS

DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # a character-class body
LATIN = "A-Za-z\u00c0-\u024f"  # a character-class body
TO_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u066b\u066c", "01234567890123456789.,")
TO_ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Up to 5 more groups after a space or a dash: a phone number, a date; not a table's row.
_NUMBER_TAIL = rf"[{DIGITS}.,\u066b\u066c/]*(?:\)?[ \-]\(?[{DIGITS}][{DIGITS}.,\u066b\u066c/]*){{0,5}}"


def token_regex(after_number: str = "") -> re.Pattern[str]:
    """Tokens, each in one named group: ``number`` (followed by the pattern
    ``after_number``, which may name its own groups), ``latin``, or ``tag`` (# or @)."""
    return re.compile(
        rf"[{DIGITS}{LATIN}@#]"
        rf"(?:(?<=[{DIGITS}])(?P<number>{_NUMBER_TAIL}{after_number})"
        rf"|(?<=[{LATIN}])(?P<latin>[{LATIN}0-9._%+/:?=&~@'’\-]*)"
        rf"|(?<=[@#])(?P<tag>\w*))"
    )


TOKEN = token_regex()
_MARKS = re.compile(f"[{MARK_CHARS}]")
TRAILING = ".,:;!?'’)-/"  # ends a sentence, not a token


def token_text(match: re.Match[str]) -> tuple[int, int, str]:
    """A token's start, end and text, without the punctuation that ends a sentence."""
    text = match.group()
    trimmed = text.rstrip(TRAILING)
    return match.start(), match.start() + len(trimmed), trimmed


# -- contact details ---------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# A host name without a scheme, in lower case (most Latin words with a dot are not one).
_BARE_HOST = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*\.([a-z][a-z-]*[a-z])(?:[/:?#]\S*)?")
# File names and code, not hosts: "report.pdf", "node.js".
_NOT_HOSTS = frozenset((
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "txt", "jpg", "jpeg", "png", "gif", "mp3", "mp4", "zip",
    "js", "py", "exe", "html", "htm", "php", "css", "json", "csv",
))  # fmt: skip


def is_url(token: str) -> bool:
    lower = token.lower()
    if "://" in lower or lower.startswith("www."):
        return True
    host = _BARE_HOST.fullmatch(token) if "." in token else None
    return host is not None and host.group(1) not in _NOT_HOSTS


def is_email(token: str) -> bool:
    return "@" in token and _EMAIL.fullmatch(token) is not None


_DATE = re.compile(rf"[{DIGITS}]{{1,4}}([-/.])[{DIGITS}]{{1,2}}\1[{DIGITS}]{{1,4}}")
_YEARS = re.compile(rf"(?:1[5-9]|20)[{DIGITS}]{{2}}(?:\s?[-/–]\s?(?:1[5-9]|20)[{DIGITS}]{{2}})+")
_PHONE_WORDS = re.compile(
    "هاتف|جوال|موبايل|تلفون|تليفون|اتصل|اتصال|واتس|للاستفسار|للتواصل|للحجز|رقم|☎|📞|📱|tel|phone|call|whatsapp",
    re.IGNORECASE,
)


PHONE_DIGITS = 8  # the fewest digits of a phone number


def is_phone(text: str, start: int, end: int) -> bool:
    """Whether the number token ``text[start:end]`` is a phone number: 8 to 15 digits, not
    a date or a range of years (2025-2026), and written as phone numbers are (after "+",
    with a leading 0 as in 0100 or 00966) or beside a word such as "هاتف", "اتصل" or "☎"
    (Gulf numbers have no leading 0)."""
    token = text[start:end]
    digits = sum(map(str.isdigit, token))
    if not PHONE_DIGITS <= digits <= 15 or _DATE.fullmatch(token) or _YEARS.fullmatch(token.translate(TO_ASCII_DIGITS)):
        return False
    if text[start - 1 : start] in ("+", "(") or token[0] in "0٠۰":
        return True
    return _PHONE_WORDS.search(text, max(0, start - 25), min(len(text), end + 15)) is not None


# -- ads -----------------------------------------------------------------------------------

ENGLISH_SPAM = re.compile(
    r"\b(?:click here|subscribe|follow us|call now|buy now|order now|shop now|sign up|link in bio|"
    r"free shipping|limited offer|promo code|dm us|swipe up)\b",
    re.IGNORECASE,
)
# What ENGLISH_SPAM can match a letter of: ASCII letters, and İ ı ſ K (Kelvin) under IGNORECASE.
# Searched for first: ENGLISH_SPAM has no literal to scan for and is tried at every character.
_MAY_BE_ENGLISH = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
ENGLISH_SPAM_FIRST_WORDS = frozenset((
    "click", "subscribe", "follow", "call", "buy", "order", "shop", "sign", "link", "free", "limited", "promo",
    "dm", "swipe",
))  # fmt: skip


# Page furniture a rewrite rightly drops with its numbers: copyright lines, time stamps,
# view and post counts.
_PAGE_MARKERS = (
    "©", "جميع الحقوق", "حقوق النشر", "حقوق الطبع", "آخر تحديث", "اخر تحديث", "آخر تعديل", "تاريخ النشر",
    "نشر بواسطة", "الساعة الآن", "تاريخ التسجيل", "عدد المشاهدات", "المشاهدات:", "المشاركات:",
    "copyright", "all rights reserved", "powered by",
)  # fmt: skip


# What offers the reader a contact detail ("للتواصل info@...", "📞 0100..."): beside one, a
# contact detail is the ad's, not the content's.
_CONTACT_LEAD_INS = ("للتواصل", "للاستفسار", "للاستعلام", "للطلب", "📞", "☎", "📱", "📲", "📧")


def is_ad(text: str, contacts: bool = True) -> bool:
    """Whether ``text`` (a sentence, a page) advertises: a call to action (vowelled or
    not), a hashtag or an @handle, and a contact detail where ``contacts`` (else what
    offers one: "للتواصل", "📞")."""
    if has_spam(_MARKS.sub("", text)) or (_MAY_BE_ENGLISH.search(text) and ENGLISH_SPAM.search(text)):
        return True
    if not contacts and any(lead_in in text for lead_in in _CONTACT_LEAD_INS):
        return True
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "tag":
            return True
        if not contacts or (kind == "number" and match.end() - match.start() < PHONE_DIGITS):
            continue  # a number too short for a phone number
        start, end, token = token_text(match)
        if kind == "number" and is_phone(text, start, end):
            return True
        if kind == "latin" and (is_url(token) or is_email(token)):
            return True
    return False


def looks_like_boilerplate(text: str, contacts: bool = True) -> bool:
    """Whether ``text`` (a line or a sentence) is an ad (see :func:`is_ad`) or page
    furniture: menu separators ("|", " > "), a copyright line, a time stamp."""
    if "|" in text or " > " in text:
        return True
    folded = text.casefold()
    for marker in _PAGE_MARKERS:  # noqa: SIM110 (a loop of `in`: twice as fast as any())
        if marker in folded:
            return True
    return is_ad(text, contacts)


def informative(raw: str, contact: str) -> bool:
    """Whether the source gives ``contact`` (a URL, an e-mail address, a phone number) as
    information: in a sentence that, its contact details aside, is neither an ad nor page
    furniture ("موقعها الرسمي الوحيد هو sareea.example", "للتقديم أرسل سيرتك إلى hr@...",
    "بالاتصال بالرقم المجاني 800-123-4567"). A rewrite keeps such a detail rightly (left_in
    lets it be) and drops it wrongly (content flags a URL dropped)."""
    at = raw.find(contact)
    if at == -1:
        return False
    start, end = sentence_span(raw, at)
    return not looks_like_boilerplate(raw[start:end], contacts=False)


_SENTENCE_ENDS = (". ", "! ", "؟ ", "? ", "\n")  # no two of them overlap
# Sentences and lines are looked for within a window of 3 x _REACH characters around an
# item, aligned on multiples of _REACH: a longer sentence is judged by that window, which
# the items near each other share, so that a text with many items costs linear time.
_REACH = 300


def sentence_span(text: str, index: int) -> tuple[int, int]:
    """(start, end) of the sentence (within its line) that holds ``text[index]``: from the
    last sentence end within the window before it to the first one within the window after."""
    low, high = _window(text, index)
    begins, stops = _sentence_ends(text)
    before = bisect_right(stops, index) - 1
    after = bisect_left(begins, index)
    start = stops[before] if before >= 0 and begins[before] >= low else low
    end = begins[after] if after < len(begins) and stops[after] <= high else high
    return start, end


def line_span(text: str, index: int) -> tuple[int, int]:
    """(start, end) of the line (within the window) that holds ``text[index]``."""
    low, high = _window(text, index)
    breaks = _line_breaks(text)
    after = bisect_left(breaks, index)
    start = breaks[after - 1] + 1 if after and breaks[after - 1] >= low else low
    end = breaks[after] if after < len(breaks) and breaks[after] < high else high
    return start, end


# A text's items (numbers, names, contacts) are judged by their sentences and lines one
# after another: each text's sentence ends and line breaks are found once.
@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence end of ``text`` begins and stops, in order."""
    begins = sorted([at for end in _SENTENCE_ENDS for at in _occurrences(text, end)])
    return tuple(begins), tuple(at + (1 if text[at] == "\n" else 2) for at in begins)


@lru_cache(maxsize=4)
def _line_breaks(text: str) -> tuple[int, ...]:
    return tuple(_occurrences(text, "\n"))


def _occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` occurs in ``text`` (with ``str.find``: a regex pass costs many times more)."""
    found = []
    at = text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + len(part))
    return found


def _window(text: str, index: int) -> tuple[int, int]:
    aligned = index - index % _REACH
    return max(0, aligned - _REACH), min(len(text), aligned + 2 * _REACH)
