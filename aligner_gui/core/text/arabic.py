"""Arabic text normalization used for de-duplication and search.

The normalized form is never shown to the user; it is what two passages are compared
by and what the search index holds:

* tashkeel (harakat U+064B-U+0652, superscript alef U+0670, and the other combining
  Arabic marks U+0610-U+061A, U+0653-U+065F, U+06D6-U+06ED) is removed,
* tatweel (U+0640) is removed,
* alef forms أ إ آ ٱ become ا,
* zero-width and direction-control characters are removed,
* runs of white space become one space.

The search index holds a further form, :func:`search_form`: case-folded, Latin letters
without their accents, and only letters and digits between separators.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

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
    # Every white space character but " " is unprintable, so most texts can skip the
    # split and join (measured: normalize ~1.5x faster).
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text


# Latin letters with accents (Latin-1 Supplement to Latin Extended-B, Latin Extended
# Additional) and the combining accents themselves.
_ACCENTED = re.compile("[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]")


def _accent_folds() -> dict[int, str]:
    """Each precomposed Latin letter that is a base letter plus accents -> the base."""
    folds = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(cp):
            folds[cp] = base
    return folds


# Accented Latin letters -> their base letter; combining accents -> removed.
_ACCENT_REMOVALS = {**_accent_folds(), **dict.fromkeys(range(0x300, 0x370))}
_NOT_WORD_OUTSIDE_ASCII = re.compile(r"[^\w\x00-\x7f]")  # e.g. ، ؟ « » … NBSP
_NOT_WORD = re.compile(r"[\W_]+")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Case-fold ``text`` and remove Latin accents as :func:`search_form` does, and
    return, for each character of the result, its index in ``text`` (ß folds to two
    characters, a combining accent to none)."""
    folded = text.casefold()
    if len(folded) == len(text) and not _ACCENTED.search(folded):
        return folded, list(range(len(text)))
    chars, offsets = [], []
    for i, ch in enumerate(text):
        for out in ch.casefold().translate(_ACCENT_REMOVALS):
            chars.append(out)
            offsets.append(i)
    return "".join(chars), offsets


def search_form(normalized: str) -> str:
    """The search index's form of an already normalized text.

    Case-folded (so ς finds σ and straße finds strasse), Latin letters without accents,
    and every character outside ASCII that is not a letter or a digit made a space. What
    is left to split words on is ASCII, which the index's tokenizer does by itself. Doing
    the Unicode work here, in Python, lets an import do it in its parsing process, beside
    the one that writes the index.
    """
    text = normalized.casefold()
    if _ACCENTED.search(text):
        text = text.translate(_ACCENT_REMOVALS)
    # Measured: ~3x faster than matching every non-word character, ASCII included.
    return _NOT_WORD_OUTSIDE_ASCII.sub(" ", text)


def search_words(text: str) -> list[str]:
    """The words the search index holds for ``text`` (which need not be normalized)."""
    return _NOT_WORD.sub(" ", search_form(normalize(text))).split()


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
