"""The words and phrases detectors look for in running text: the calls to action of ads
(left_in, and content's test for an ad sentence) and the markers of Arabic dialects
(dialect).

They are found in one regex pass: a trie of every phrase behind a literal space. The
engine looks for the space in a tight loop and tries the trie only there; a plain
alternation would be tried at every character, about four times slower. Each phrase
matches as a whole word, also glued to its one-letter prefixes (و, ف, ب).

:func:`phrases_in` keeps its last few answers: left_in and dialect both read the source's
phrases, so one pass serves both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Calls to action (English ones: patterns.ENGLISH_SPAM).
SPAM_PHRASES = (
    "اتصل الآن", "اتصل الان", "اتصل بنا", "اتصلوا بنا", "كلمنا", "كلمونا", "ابعتلنا",
    "اضغط هنا", "انقر هنا", "اضغط على الرابط",
    "احجز الآن", "احجز الان", "احجز موعدك", "للحجز",
    "اطلب الآن", "اطلب الان", "اشتر الآن", "اشتري الآن", "تسوق الآن",
    "اشترك الآن", "اشترك الان", "اشترك ليصلك", "اشترك في قناتنا", "اشتركوا",
    "سجل الآن", "سجّل الآن", "سجل الان", "حمل التطبيق", "حمّل التطبيق", "حمل تطبيقنا", "حمّل تطبيقنا",
    "تابعونا", "تابعنا على", "تواصل معنا", "تواصلوا معنا", "راسلنا", "راسلونا",
    "عرض خاص", "عروض خاصة", "لفترة محدودة", "العرض ينتهي", "لا تفوت", "لا تفوتوا",
    "توصيل مجاني", "شحن مجاني", "زوروا موقعنا", "شارك الخبر", "شارك المقال",
)  # fmt: skip
# Spam only beside a number or a colon ("خصم 50%", "واتساب: 0100 ..."): alone, "خصم" is
# also an opponent, "واتساب" an app the text may be about.
SPAM_WITH_NUMBER = ("خصم", "خصومات", "واتساب", "واتس اب", "واتس آب", "واتس")

# Function words of a dialect that Modern Standard Arabic does not use (see dialect.py).
DIALECT_MARKERS = {
    "Egyptian": "إزاي ازاي ده دي عايز عايزة عاوز مش بتاع بتاعة بتاعت كده دلوقتي دلوقت امبارح أوي اوي إيه",
    "Levantine": "شو هيك هلق هلأ بدي بدك منيح كتير هيدا هيدي هاد لسا مبارح",
    "Gulf": "شلون وايد يبي تبي هالحين شنو وش ايش مو",
    "Maghrebi": "بزاف واش ديال كيفاش دابا برشا علاش شحال بغيت نتوما",
}
DIALECT_OF = {word: dialect for dialect, words in DIALECT_MARKERS.items() for word in words.split()}
_SPAM = frozenset(SPAM_PHRASES + SPAM_WITH_NUMBER)
_NUMBER_AFTER = re.compile(r"[^\n.؟!]{0,20}?[0-9\u0660-\u0669\u06f0-\u06f9%٪:+]")


# Arabic letters, the most frequent first letters of words first: the engine tries a
# word's first letter against the trie's branches in this order, at every space.
_FIRST_LETTERS = "اوفمبليعإأكدتهسنحرشخجقصطزضغثظذآئؤءة"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no groups) matching any of ``words``, as a trie: the engine then tries
    one branch per distinct letter at each step, not one per word."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        chars = sorted((char for char in node if char), key=lambda c: (_FIRST_LETTERS + c).index(c))
        branches = [re.escape(char) + pattern(node[char]) for char in chars]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


class WordFinder:
    """Finds whole words and phrases, each group of them also glued to one of its group's
    one-letter prefixes. Words after a space or a line break are found, and at the start
    of the text; not after other punctuation ("(مش")."""

    def __init__(self, *groups: tuple[Iterable[str], str], unless: Iterable[str] = ()) -> None:
        """``unless``: prefixed forms that are other words, not to be found."""
        entries = set()
        self.words: set[str] = set()
        for words, prefixes in groups:
            words = set(words)
            self.words |= words
            entries |= words | {p + w for p in prefixes for w in words}
        self._pattern = re.compile(" (" + trie_pattern(sorted(entries - set(unless))) + r")(?![^\W\d_])")

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word without its prefix) of every word found in ``text``."""
        found = []
        # Searched behind a space, line breaks made spaces: a match at index i of that
        # text starts at the space, so its word starts at index i of ``text``.
        for match in self._pattern.finditer(" " + text.replace("\n", " ").replace("\t", " ")):
            word = match.group(1)
            if word not in self.words:
                word = word[1:]
            found.append((match.start(), match.end() - 1, word))
        return found


_FINDER = WordFinder((_SPAM, "وب"), (DIALECT_OF, "وف"), unless=("ودي",))  # ودّي: friendly (لقاء ودي)


@lru_cache(maxsize=8)
def phrases_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, phrase) of every call to action and dialect marker in ``text``."""
    return tuple(_FINDER.find(text))


def spam_phrases(text: str, found: Iterable[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """Spans of the calls to action in ``text`` (among ``found``, its phrases, if given)."""
    spans = []
    for start, end, phrase in _FINDER.find(text) if found is None else found:
        if phrase not in _SPAM or (phrase in SPAM_WITH_NUMBER and not _NUMBER_AFTER.match(text, end)):
            continue
        spans.append((start, end))
    return spans
