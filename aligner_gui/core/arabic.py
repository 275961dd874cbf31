"""Arabic text normalization used for de-duplication and search.

The normalized form is never shown to the user; it is what two passages are compared
by and what the search index holds:

* tashkeel (harakat U+064B-U+0652, superscript alef U+0670, and the other combining
  Arabic marks U+0610-U+061A, U+0653-U+065F, U+06D6-U+06ED) is removed,
* tatweel (U+0640) is removed,
* alef forms أ إ آ ٱ become ا,
* zero-width and direction-control characters are removed,
* runs of white space become one space.
"""

from __future__ import annotations

import hashlib
import re

# Regex character-class body: harakat and other combining marks, and tatweel.
MARK_CHARS = (
    "\u0610-\u061a"  # Quranic honorifics and small letters
    "\u064b-\u065f"  # harakat, shadda, sukun, maddah/hamza above and below
    "\u0670"  # superscript alef
    "\u06d6-\u06ed"  # Quranic annotation marks
    "\u0640"  # tatweel
)
INVISIBLE_CHARS = (
    "\u200b-\u200f"  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a-\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066-\u2069"  # LRI, RLI, FSI, PDI
    "\ufeff"  # byte order mark / zero-width no-break space
)
_REMOVED = re.compile(f"[{MARK_CHARS}{INVISIBLE_CHARS}]+")
_ALEF_FORM_CHARS = "\u0622\u0623\u0625\u0671"


def normalize(text: str) -> str:
    """Return the comparison form of ``text`` (see the module docstring)."""
    # Measured on 600-character passages: chained str.replace and split/join are 2-3x
    # faster than regex substitution (see tests/bench/bench_import.py).
    text = _REMOVED.sub("", text)
    for alef in _ALEF_FORM_CHARS:
        text = text.replace(alef, "\u0627")
    return " ".join(text.split())


def text_hash(normalized: str) -> bytes:
    """A 16-byte digest of an already normalized text; equal digests mean duplicates.

    Raises UnicodeEncodeError when the text holds lone surrogates, which is how
    undecodable input bytes (read with ``surrogateescape``) are detected.
    """
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=16).digest()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize like :func:`normalize` and also return, for each character of the
    result, its index in ``text``. Used to map a search hit back onto the original."""
    out: list[str] = []
    offsets: list[int] = []
    removed = set()
    for match in _REMOVED.finditer(text):
        removed.update(range(match.start(), match.end()))
    pending_space = False
    for i, ch in enumerate(text):
        if i in removed:
            continue
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            offsets.append(i - 1)
            pending_space = False
        out.append("\u0627" if ch in _ALEF_FORM_CHARS else ch)
        offsets.append(i)
    return "".join(out), offsets
