"""Contact details and ad phrases still in the rewrite: what aligning a web passage should
have removed.

left_in (WARNING), with a span on each of:

* URLs ("https://...", "www.site.com", "site.example") and e-mail addresses;
* phone numbers in any digit script: 8 to 15 digits written as phone numbers are ("+965
  9999 1234", "0100 123 4567", "٠١٠٠١٢٣٤٥٦٧"; without a leading 0 or "+" only beside a
  word such as "هاتف" or "☎"), never a date;
* @handles and hashtags ("#عروض_الصيف");
* calls to action: "اتصل الآن", "اضغط هنا", "للحجز", "تابعونا", "عرض خاص", "click here",
  "subscribe"...; "خصم" and "واتساب" only followed by a number or a colon.

A URL, e-mail address or phone number is let be where the source gives it as
information, in a sentence that (its contact details aside) is no ad: no call to action,
hashtag, menu, or word offering a contact such as "للتواصل" or "📞" (patterns.informative):
the site a warning is about, the address an application goes to, a hotline. content
flags such a URL when it is dropped, so a URL gets one flag at most.

One of any of them is enough (``left_in.min_items``: 1): an aligned passage carries none.

Speed: the rewrite's token pass is made whatever it holds. The regex engine scans for a
token's first character (a digit, a Latin letter, # or @) in a tight loop, so on a text
of Arabic words alone it costs less than any test of whether to make it (measured: 2.4
µs against 3.2 for a 600-character passage; 4.7 against 6.4 with a gate, on passages
holding a few numbers).
Calls to action are looked for in the rewrite only where the source has one (a rewrite
does not invent "اتصل الآن"; it may turn a dialect one into MSA, and those are listed
too), which is known from the one pass over the source that dialect shares.
"""

from __future__ import annotations

from aligner_gui.core.flags.model import WARNING, Flag, Pair, Span, Thresholds
from aligner_gui.core.flags.patterns import (
    ENGLISH_SPAM,
    ENGLISH_SPAM_FIRST_WORDS,
    PHONE_DIGITS,
    TOKEN,
    informative,
    is_email,
    is_phone,
    is_url,
    token_text,
)
from aligner_gui.core.flags.phrases import SPAM_WORDS, has_spam, phrase_words, phrases_in, spam_phrases

DEFAULTS: dict[str, float] = {
    "left_in.min_items": 1,
}

MAX_SPANS = 20


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    found = []
    if has_spam(pair.raw, phrase_words(pair.raw)):
        found += _calls_to_action_in(pair.rewrite)
    found += _contacts(pair.raw, pair.rewrite)
    return _flag(pair.rewrite, found, thresholds)


def detect_in_full(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    """:func:`detect` without its shortcuts: what tests compare it with."""
    return _flag(pair.rewrite, _calls_to_action(pair) + _contacts(pair.raw, pair.rewrite), thresholds)


def _calls_to_action(pair: Pair) -> list[tuple[str, int, int]]:
    """A call to action left in was in the source: where it has none, the rewrite is not searched."""
    if not spam_phrases(pair.raw, phrases_in(pair.raw)):
        return []
    return _calls_to_action_in(pair.rewrite)


def _calls_to_action_in(rewrite: str) -> list[tuple[str, int, int]]:
    if SPAM_WORDS.isdisjoint(phrase_words(rewrite)):
        return []  # findall: no spans to make
    return [("call to action", start, end) for start, end in spam_phrases(rewrite, phrases_in(rewrite))]


def _flag(rewrite: str, found: list[tuple[str, int, int]], thresholds: Thresholds) -> list[Flag]:
    found = list({start: (kind, start, end) for kind, start, end in found}.values())  # "subscribe" twice
    if not found or len(found) < thresholds["left_in.min_items"]:
        return []
    found.sort(key=lambda item: item[1])
    kinds = list(dict.fromkeys(kind for kind, _, _ in found))
    counts = ", ".join(f"{sum(k == kind for k, _, _ in found)} {kind}" for kind in kinds)
    first = rewrite[found[0][1] : found[0][2]]
    detail = f"{len(found)} left in ({counts}), first: {first if len(first) <= 40 else first[:40] + '…'}"
    spans = tuple(Span("rewrite", start, end) for _, start, end in found[:MAX_SPANS])
    return [Flag("left_in", WARNING, detail, spans)]


def _contacts(raw: str, rewrite: str) -> list[tuple[str, int, int]]:
    found = []
    details = []  # (kind, start, end, text): kept unless the source gave them as information
    for match in TOKEN.finditer(rewrite):
        kind = match.lastgroup
        if kind == "number" and match.end() - match.start() < PHONE_DIGITS:
            continue  # too short for a phone number: most numbers
        start, end, token = token_text(match)
        if kind == "tag":
            if any(char.isalpha() for char in token[1:]):  # not "#1"
                found.append(("hashtag" if token[0] == "#" else "handle", start, end))
        elif kind == "number":
            if end - start >= PHONE_DIGITS and is_phone(rewrite, start, end):
                details.append(("phone number", start - (rewrite[start - 1 : start] == "+"), end, token))
        elif is_email(token):
            details.append(("e-mail address", start, end, token))
        elif is_url(token):
            details.append(("URL", start, end, token))
        elif token.casefold() in ENGLISH_SPAM_FIRST_WORDS and (phrase := ENGLISH_SPAM.match(rewrite, start)):
            found.append(("call to action", start, phrase.end()))
    found += [(kind, start, end) for kind, start, end, text in details if not informative(raw, text)]
    return found
