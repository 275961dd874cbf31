"""Exact Levenshtein distances from a rewrite to the text a reviewer kept, over words and
over characters (rapidfuzz, in C), for every row of an export.

Splitting two texts into words costs more than comparing them, so the words both texts
begin and end with are cut off first: at a space inside the common beginning (or end),
where splitting would cut too. Words both sides share at an end never change the distance.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein, Postfix, Prefix


def edit_distances(before: str | None, after: str | None) -> tuple[int | None, int | None]:
    """(words, characters); (None, None) when either text is missing."""
    if before is None or after is None:
        return None, None
    if before == after:  # an accepted rewrite
        return 0, 0
    words_before, words_after = _without_common_ends(before, after)
    return Levenshtein.distance(words_before.split(), words_after.split()), Levenshtein.distance(before, after)


def _without_common_ends(a: str, b: str) -> tuple[str, str]:
    cut = a.rfind(" ", 0, Prefix.similarity(a, b))
    if cut > 0:  # a[:cut] == b[:cut] and both have a space at cut
        a, b = a[cut:], b[cut:]
    cut = a.find(" ", len(a) - Postfix.similarity(a, b))
    if cut >= 0:  # a[cut:] ends b too, and starts with a space
        a, b = a[:cut], b[: len(b) - (len(a) - cut)]
    return a, b
