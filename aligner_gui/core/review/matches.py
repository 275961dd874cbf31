"""Where a search query matches in one passage's text, for highlighting it.

Words are compared as the search index holds them (core.arabic.search_words), so the
highlighted words are the ones the search found: كتب marks كَتَبَ, احمد marks أحمد, and
جزيرة marks والجزيرة (the whole word; see search.word_forms). A phrase marks its words in
a row, whatever punctuation stands between them; a trailing * marks every word it is the
start of.
"""

from __future__ import annotations

import re

from aligner_gui.core.review.search import fts_query
from aligner_gui.core.text.arabic import MARK_CHARS, search_words

_WORD = re.compile(rf"[\w{MARK_CHARS}\u200c\u200d]+")


def match_ranges(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every match of ``query`` in ``text``, in order, not overlapping."""
    _, terms = fts_query(query)
    if not terms:
        return []
    words: list[tuple[int, int, str]] = []  # each index word with the stretch of text it comes from
    known: dict[str, list[str]] = {}  # a passage repeats its words: each is folded once
    for token in _WORD.finditer(text):
        folded = known.get(token.group())
        if folded is None:
            folded = known[token.group()] = search_words(token.group())
        words += [(token.start(), token.end(), word) for word in folded]
    found = set()
    # A word of the query has up to 24 forms (search.word_forms): one word terms, the most
    # common, are looked up in a set, or a tuple of prefixes, rather than one by one.
    exact = {term for term in terms if " " not in term and not term.endswith("*")}
    starts = tuple(term[:-1] for term in terms if " " not in term and term.endswith("*"))
    for start, end, word in words:
        if word in exact or word.startswith(starts):
            found.add((start, end))
    for term in terms:
        if " " not in term:
            continue
        prefix = term.endswith("*")
        wanted = term.rstrip("*").split()
        for index in range(len(words) - len(wanted) + 1):
            here = [word for _, _, word in words[index : index + len(wanted)]]
            last_ok = here[-1].startswith(wanted[-1]) if prefix else here[-1] == wanted[-1]
            if here[:-1] == wanted[:-1] and last_ok:
                found.add((words[index][0], words[index + len(wanted) - 1][1]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
