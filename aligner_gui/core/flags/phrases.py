"""The words and phrases detectors look for in running text: the calls to action of ads
(left_in, and content's test for an ad sentence) and the markers of Arabic dialects
(dialect).

They are found in one regex pass: a trie of every phrase behind a literal space. The
engine looks for the space in a tight loop and tries the trie only there; a plain
alternation would be tried at every character, about four times slower. Each phrase
matches as a whole word, also glued to its one-letter prefixes (و, ف, ب).

:func:`phrases_in` and :func:`phrase_words` keep their last few answers: left_in and
dialect both read the source's phrases, so one pass serves both. :func:`has_marker` tells
whether a text has one given dialect marker, with ``str.find`` and no pass of the regex.
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
    "توصيل مجاني", "شحن مجاني", "زوروا موقعنا", "شارك الخبر", "شارك المقال", "للاشتراك",
    # page furniture: cookie notices, related posts
    "ملفات تعريف الارتباط", "ملفات الارتباط",
    "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "إقرأ ايضا", "اقرأ أيضًا", "إقرأ أيضًا",  # ً before or after ا
    "مقالات ذات صلة", "تدوينات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة",
)  # fmt: skip
# Spam only beside a number or a colon ("خصم 50%", "واتساب: 0100 ..."): alone, "خصم" is
# also an opponent, "واتساب" an app the text may be about.
SPAM_WITH_NUMBER = ("خصم", "خصومات", "واتساب", "واتس اب", "واتس آب", "واتس")

# Function words of a dialect that Modern Standard Arabic does not use (see dialect.py).
SHARED = "Shared"  # spoken in several dialects: no clue to which
DIALECT_MARKERS = {
    "Egyptian": "إزاي ازاي ده دي عايز عايزة عاوز مش بتاع بتاعة بتاعت كده كدا دلوقتي دلوقت امبارح أوي اوي إيه فين"
    " امتى ليه لسه مفيش مافيش علشان كويس كويسة تلات ابعت النهارده النهاردة برضه برضو",
    "Levantine": "شو هيك هلق هلأ بدي بدك منيح كتير هيدا هيدي هاد لسا مبارح شوي هون لهون قديش",
    "Gulf": "شلون وايد يبي تبي هالحين للحين شنو وش ايش مو هذي هاذي ابغى أبغى يبغى تبغى يسوون سويت نسوي",
    "Iraqi": "ماكو اكو هسة هسه شكد شكو كلش",
    "Maghrebi": "بزاف واش ديال كيفاش دابا برشا برشة علاش شحال بغيت نتوما بصح وقتاش تاع مزيان كيما باش",
    SHARED: "اللي بس عشان وين ليش كمان بعدين دقايق بكرا بكره شوية شي شفت شفنا موية مويه",
}
DIALECT_OF = {word: dialect for dialect, words in DIALECT_MARKERS.items() for word in words.split()}
_SPAM = frozenset(SPAM_PHRASES + SPAM_WITH_NUMBER)
SPAM_WORDS = _SPAM  # what phrase_words() holds of a call to action
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
        for match in self._pattern.finditer(_behind_a_space(text)):
            found.append((match.start(), match.end() - 1, self._word(match.group(1))))
        return found

    def found_words(self, text: str) -> list[str]:
        """The words of :meth:`find`, without their spans (``findall``: no match objects)."""
        return [self._word(entry) for entry in self._pattern.findall(_behind_a_space(text))]

    def _word(self, entry: str) -> str:
        return entry if entry in self.words else entry[1:]


def _behind_a_space(text: str) -> str:
    return " " + text.replace("\n", " ").replace("\t", " ")


_DIALECT_PREFIXES = "وف"
_NOT_MARKERS = ("ودي",)  # ودّي: friendly (لقاء ودي)
_FINDER = WordFinder((_SPAM, "وب"), (DIALECT_OF, _DIALECT_PREFIXES), unless=_NOT_MARKERS)


@lru_cache(maxsize=8)
def phrases_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, phrase) of every call to action and dialect marker in ``text``."""
    return tuple(_FINDER.find(text))


@lru_cache(maxsize=8)
def phrase_words(text: str) -> tuple[str, ...]:
    """The phrases of :func:`phrases_in`, without their spans: what tells whether there is
    anything to look at."""
    return tuple(_FINDER.found_words(text))


def has_marker(text: str, marker: str) -> bool:
    """Whether :func:`phrases_in` finds the dialect marker ``marker`` in ``text``: at the
    start of a word (after a space, a line break or a tab, or at the start), alone or
    behind و or ف, and followed by no letter. No marker is a prefix plus another marker, a
    spam phrase, or a word of one (tests/core/test_flags_detectors_b.py checks), so this
    is the whole test; it looks only where ``marker`` occurs."""
    at = text.find(marker)
    while at != -1:
        after = text[at + len(marker) : at + len(marker) + 1]
        if not (after.isalnum() and not after.isdecimal()):  # not a letter: [^\W\d_]
            before = text[at - 1] if at else " "
            if before in " \n\t" or (
                before in _DIALECT_PREFIXES
                and (at == 1 or text[at - 2] in " \n\t")
                and before + marker not in _NOT_MARKERS
            ):
                return True
        at = text.find(marker, at + 1)
    return False


def has_spam(text: str, words: Iterable[str] | None = None) -> bool:
    """Whether :func:`spam_phrases` finds a call to action in ``text``, told from the words
    found (``words``: phrase_words(text), where already known) unless each of them needs a
    number after it (only then are spans made)."""
    found = _SPAM.intersection(_FINDER.found_words(text) if words is None else words)
    return bool(found) and (not found.issubset(SPAM_WITH_NUMBER) or bool(spam_phrases(text)))


def spam_phrases(text: str, found: Iterable[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """Spans of the calls to action in ``text`` (among ``found``, its phrases, if given)."""
    spans = []
    for start, end, phrase in _FINDER.find(text) if found is None else found:
        if phrase not in _SPAM or (phrase in SPAM_WITH_NUMBER and not _NUMBER_AFTER.match(text, end)):
            continue
        spans.append((start, end))
    return spans
