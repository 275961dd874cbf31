"""Invisible and direction-control characters, shown as visible marks.

A passage may hide zero-width characters and bidi controls that reorder what the
reviewer sees. The review panes show each as a one-character visible stand-in (same
length, so offsets do not move) and never let it act on the layout.
"""

from __future__ import annotations

import unicodedata

STAND_INS = {
    "\u200b": "\u2423",  # ZERO WIDTH SPACE -> open box
    "\u200c": "\u00a6",  # ZERO WIDTH NON-JOINER -> broken bar
    "\u200d": "\u2021",  # ZERO WIDTH JOINER -> double dagger
    "\u200e": "\u2192",  # LEFT-TO-RIGHT MARK -> rightwards arrow
    "\u200f": "\u2190",  # RIGHT-TO-LEFT MARK -> leftwards arrow
    "\u202a": "\u21d2",  # LEFT-TO-RIGHT EMBEDDING
    "\u202b": "\u21d0",  # RIGHT-TO-LEFT EMBEDDING
    "\u202c": "\u22a3",  # POP DIRECTIONAL FORMATTING
    "\u202d": "\u21db",  # LEFT-TO-RIGHT OVERRIDE
    "\u202e": "\u21da",  # RIGHT-TO-LEFT OVERRIDE
    "\u2066": "\u21e5",  # LEFT-TO-RIGHT ISOLATE
    "\u2067": "\u21e4",  # RIGHT-TO-LEFT ISOLATE
    "\u2068": "\u2194",  # FIRST STRONG ISOLATE
    "\u2069": "\u22a2",  # POP DIRECTIONAL ISOLATE
    "\ufeff": "\u2300",  # ZERO WIDTH NO-BREAK SPACE (BOM)
    "\u061c": "\u21a4",  # ARABIC LETTER MARK -> leftwards arrow from bar
    "\u2060": "\u2040",  # WORD JOINER -> character tie
    "\u00ad": "\u00ac",  # SOFT HYPHEN -> not sign (how editors show an optional hyphen)
}
_TO_STAND_IN = str.maketrans(STAND_INS)


def to_display(text: str) -> str:
    """``text`` with every invisible character replaced by its stand-in."""
    return text.translate(_TO_STAND_IN)


def invisible_positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch in STAND_INS]


def describe(char: str) -> str:
    """'U+200F RIGHT-TO-LEFT MARK' for a hidden character."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL')}"


_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` safe to print on one line: control characters, invisible format
    characters (bidi overrides, isolates, marks, zero-width) and line separators as
    escapes (``\\n``, ``\\u202e``), and undecodable bytes kept by surrogateescape (a file
    name that is not UTF-8) as ``\\xff``. For names and messages, not for passage text."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escape(ch) for ch in text)


def _escape(char: str) -> str:
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that did not decode, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def storable(text: str) -> str:
    """``text`` as valid UTF-8 for the project file: bytes kept by surrogateescape (a
    file name that is not UTF-8) become ``\\xff``, any other lone surrogate ``\\udxxx``.
    Everything else is kept as it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(_escape(ch) if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text
