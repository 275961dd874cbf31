"""Full-text search over the Arabic-normalized index.

Queries are split into the index's words (core.arabic.search_words), so كتب finds كَتَبَ,
احمد finds أحمد and cafe finds Café. Query syntax kept deliberately small: words (all
must match), "a phrase" in double quotes, and a trailing * for a prefix. Anything else
is taken literally, never as FTS5 syntax.

Arabic writes the article and the one-letter proclitics joined to the word, so an Arabic
word also finds its attached forms (word_forms): جزيرة finds الجزيرة, والجزيرة, بالجزيرة,
للجزيرة, وجزيرة, وبجزيرة…; الجزيرة finds والجزيرة and للجزيرة but not جزيرة. The query is
expanded into an FTS5 OR group at search time: the index holds the words as written. A
phrase's first word and a prefix (word*) are expanded alike; Latin words and numbers are not.

Results are ranked by BM25 among the first SEARCH_CANDIDATES matches (by passage id), and
counted up to that many: ranking or counting every passage a common word is in would read
its whole list in the index, a second in a million passages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from aligner_gui.core.store.project import Project
from aligner_gui.core.text.arabic import fold_with_offsets, normalize_with_offsets, search_words

SNIPPET_CONTEXT = 60
SEARCH_CANDIDATES = 1_000
_QUERY_PARTS = re.compile(r'"([^"]*)"?|(\S+)')
_SPACES = re.compile(r"\s+")
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")  # letters only: the index holds no marks
ARTICLE = "ال"
# What may stand before a word, joined to it: nothing, a conjunction (و ف), a preposition
# (ب ك ل), or a conjunction then a preposition.
LEADS = ("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل")


@dataclass
class SearchHit:
    id: int
    uid: str
    source: str | None
    text: str
    match_start: int  # offsets of the first matching word in ``text``; -1 if not located
    match_end: int

    def snippet(self, context: int = SNIPPET_CONTEXT) -> tuple[str, str, str]:
        """(before, match, after) around the first match, on one line."""
        if self.match_start < 0:
            return "", "", _one_line(self.text[: 2 * context])
        start = max(0, self.match_start - context)
        end = min(len(self.text), self.match_end + context)
        before = ("…" if start else "") + self.text[start : self.match_start]
        after = self.text[self.match_end : end] + ("…" if end < len(self.text) else "")
        return _one_line(before), _one_line(self.text[self.match_start : self.match_end]), _one_line(after)


@dataclass
class SearchResult:
    query: str
    total: int  # matches counted, at most SEARCH_CANDIDATES
    hits: list[SearchHit]
    more: bool = False  # more than ``total`` passages match; hits are the best of the first ``total``


def word_forms(word: str) -> list[str]:
    """``word`` (an index word) and the forms it takes with the article and proclitics
    attached, the word itself first. Only Arabic words of two letters or more have others;
    one of two letters only with the article (حر: الحر, بالحر, للحر, not بحر, a sea)."""
    if len(word) < 2 or word == ARTICLE or not _ARABIC_WORD.fullmatch(word):
        return [word]
    if word.startswith(ARTICLE):
        # ل + ال is written لل (للجزيرة); ل before a word in أ or إ (ألف: لألف) is kept.
        # Normalized, ألف is الف: the article before it (الألف) is not looked for.
        forms = [lead + word for lead in LEADS]
        forms += [lead + word[1:] for lead in LEADS if lead.endswith("ل")]
    else:
        forms = [lead + word for lead in LEADS] if len(word) >= 3 else [word]
        for lead in LEADS:
            if not lead.endswith("ل"):
                forms.append(lead + ARTICLE + word)
            else:  # ل + ال is written لل (للجزيرة), ل + ال + ل too (لليل: ل + الليل)
                forms.append(lead + word if word[0] == "ل" else lead + "ل" + word)
    return list(dict.fromkeys(forms))


def fts_query(query: str) -> tuple[str, list[str]]:
    """Translate a user query into an FTS5 expression; also return the terms: every form
    (word_forms) of each word or phrase, its words with one space between them and a
    trailing * for a prefix. A match of any form of a word or phrase is a match of it."""
    parts, terms = [], []
    for match in _QUERY_PARTS.finditer(query):
        phrase, word = match.groups()
        raw = phrase if phrase is not None else word
        star = "*" if phrase is None and raw.endswith("*") else ""
        words = search_words(raw.removesuffix(star))
        if not words:
            continue
        # Letters, digits and spaces: nothing FTS5 could read as syntax.
        texts = [" ".join([first, *words[1:]]) for first in word_forms(words[0])]
        terms += [text + star for text in texts]
        alternatives = " OR ".join(f'"{text}"{star}' for text in texts)
        parts.append(alternatives if len(texts) == 1 else f"({alternatives})")
    return " AND ".join(parts), terms  # FTS5 reads no implicit AND before a "("


def search(project: Project, query: str, limit: int = 20, offset: int = 0) -> SearchResult:
    expression, terms = fts_query(query)
    if not expression:
        return SearchResult(query, 0, [])
    conn = project.conn
    counted = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)",
        (expression, SEARCH_CANDIDATES + 1),
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT p.id, p.uid, p.source, p.text FROM"
        " (SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid LIMIT ?) f"
        " JOIN passages p ON p.id = f.rowid ORDER BY f.rank, p.id LIMIT ? OFFSET ?",
        (expression, SEARCH_CANDIDATES, limit, offset),
    ).fetchall()
    hits = [SearchHit(*row, *locate(row[3], terms)) for row in rows]
    return SearchResult(query, min(counted, SEARCH_CANDIDATES), hits, more=counted > SEARCH_CANDIDATES)


def locate(text: str, terms: list[str]) -> tuple[int, int]:
    """Offsets in ``text`` of the first match of one of ``terms`` (see fts_query)."""
    normalized, offsets = normalize_with_offsets(text)
    folded, folded_offsets = fold_with_offsets(normalized)
    offsets = [offsets[i] for i in folded_offsets]  # for each folded character, its index in text
    # A term's words may be apart by any punctuation in the text ("co op": "co-op"); unless
    # it is a prefix, its last word must end where the text's word does. One pattern for
    # every term (a word has up to 24 forms): the first match in the text is the leftmost.
    patterns = [
        r"[\W_]+".join(map(re.escape, term.rstrip("*").split())) + ("" if term.endswith("*") else r"(?![^\W_])")
        for term in terms
    ]
    found = re.search(r"(?<![^\W_])(?:" + "|".join(patterns) + ")", folded) if patterns else None
    if found is None:
        return -1, -1
    start, end = found.span()
    # Extend to the end of the word, so a prefix hit shows the whole word.
    while end < len(folded) and folded[end].isalnum():
        end += 1
    start, end = offsets[start], offsets[end - 1] + 1
    # Keep the marks (harakat, tatweel) that follow the last letter with the word.
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == "\u0640"):
        end += 1
    return start, end


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text)
