"""Several outputs, or commentary, in one answer: the rewriter talks instead of rewriting.

``multiple_outputs``, signs that the answer holds more than one rewrite:

* a separator line (``---``, ``***``, ``===``, ``___``, ``* * *``);
* an alternative's label at a line start or before a colon ("الصيغة الأولى",
  "النسخة الثانية:", "Version 2", "Option 1:"), or "أو:", "Or:", "Alternatively";
* numbered alternatives: two or more numbered blocks ("1." ... "2.") each as long as a
  rewrite: ``numbered_alternative_share`` (0.30) of the raw passage's length or more.

``commentary``, signs of the model talking to the user:

* a lead-in: an opening such as "إليك", "Here is", "بالتأكيد", or a first line or a
  label naming the rewrite ("إليك النص بعد إعادة الصياغة:", "النص المعاد صياغته:");
* a translation label ("الترجمة:", "Translation:");
* a note: "ملاحظة:", "Note:" at a line start or before a colon;
* in a short last paragraph of its own, or in the last 100 characters of a one-paragraph
  answer, words to the user ("آمل أن يكون", "I hope", "هل تريد أن أ", "أخبرني") or
  about the rewriter's own edits ("قمت بحذف", "حذفتُ", "I have rewritten").

A sign the raw passage already holds (the same label or phrase, a separator line,
numbered lines) does not count. Both codes prefer recall: systems other than ours fail in
ways ours does not, and a reviewer dismisses a false alarm faster than finding a miss.

Speed: a clean single-paragraph rewrite costs a ``startswith``, a test for a colon and
three ``in`` tests on its end. Each colon costs a set test on the word before it; each
line three set tests on its first characters; the raw passage is only looked at (and
normalized) once a sign is found.
"""

from __future__ import annotations

import re

from aligner_gui.core.flags.model import LIKELY_WRONG, Flag, Pair, Span, Thresholds
from aligner_gui.core.text.arabic import normalize

DEFAULTS: dict[str, float] = {
    "output_shape.numbered_alternative_share": 0.30,
}

MAX_SPANS = 20
_FIRST_LINE = 200  # longest first line looked at as a lead-in
_LAST_LINE = 250  # longest last paragraph looked at for words to the user

# The answer opens by talking ("Sure! Here is ...", "بالتأكيد، إليك ...").
_OPENERS = (
    "إليك", "اليك", "فيما يلي", "بالتأكيد", "بكل سرور", "حسنا", "حسنًا", "حسناً", "بالطبع", "تفضل",
    "النص المعاد", "النص المُعاد", "النص بعد", "إعادة صياغة", "إعادة الصياغة", "الصياغة الجديدة",
    "Here is", "Here's", "Here are", "here is", "Sure", "Certainly", "Of course", "Okay", "Below is",
    "Rewritten", "Rephrased", "Paraphrased",
)  # fmt: skip
# Words that name the rewrite, in a first line or before a colon.
_LEAD_IN = (
    "إليك", "اليك", "فيما يلي", "صياغ", "المعدل", "المنقح", "المحسن", "المصحح",
    "Here", "here", "ewrit", "ephras", "araphras", "evised", "mproved",
)  # fmt: skip
# The same, naming another rewrite further down ("وإليك صيغة أخرى:"), fewer for speed.
_LATER_LEAD_IN = ("إليك", "اليك", "صياغ", "ere is", "ere are", "ere's", "lternativ")
# Words to the user, or about the rewriter's own edits: a cheap key, then its phrases.
_TO_THE_USER = {
    "آمل": ("آمل أن يكون", "آمل أن تكون", "آمل أن يفي", "آمل أن يلبي", "آمل أن يناسب", "آمل أن ين"),
    "أتمنى": ("أتمنى أن يكون هذا", "أتمنى أن تكون هذه", "أتمنى أن يفي", "أتمنى أن يناسب"),
    "خبرني": ("أخبرني", "اخبرني"),
    "هل ت": ("هل تريد أن أ", "هل تود أن أ", "هل ترغب في أن أ", "هل تريدني"),
    "قمت ب": ("لقد قمت", "قمت بإعادة", "قمت بحذف", "قمت بتعديل", "قمت بتصحيح", "قمت بإزالة", "قمت بتحسين"),
    "تُ ": ("حذفتُ", "أبقيتُ", "أزلتُ", "أضفتُ", "استبدلتُ", "عدّلتُ", "صححتُ"),
}  # fmt: skip
_TO_THE_USER_LATIN = (
    "I hope", "Hope this", "hope this", "Let me know", "let me know", "I have rewritten", "I've rewritten",
    "I rewrote", "I removed", "I have removed", "I kept", "I've", "I have",
)  # fmt: skip
_NOTE = {"ملاحظة", "ملاحظه", "ملحوظة", "ملحوظه", "ملاحظات", "note", "notes", "nb", "n.b"}
_TRANSLATION = {"الترجمة", "الترجمه", "ترجمة", "المترجم", "translation", "translated"}
_OR = {"أو", "او", "or", "alternatively", "بديلا", "بديلاً"}
_OR_OPENERS = ("alternatively", "another version", "another option", "أو بصيغة", "أو بعبارة")
# Labels of alternatives: these name forms of a text by themselves ...
_ALTERNATIVE = {"الصيغة", "الصيغه", "صيغة", "alternative", "variant", "rewrite"}
# ... these only with a number or an ordinal after them ("النسخة الثانية", "Version 2"; not
# "إليك النص بعد إعادة الصياغة:", a lead-in).
_NUMBERED = {"الصياغة", "صياغة", "النسخة", "نسخة", "الخيار", "خيار", "البديل", "الاقتراح", "version", "option", "draft"}
_ORDINALS = {
    "الأولى", "الاولى", "الثانية", "الثالثة", "الرابعة", "الأول", "الاول", "الثاني", "الثالث", "الرابع",
    "أخرى", "اخرى", "الأخرى", "المختصرة", "المطولة", "البديلة", "another", "a", "b", "c", "أ", "ب", "ج",
}  # fmt: skip
# Ordinals that label an alternative by themselves at a line start ("الثانية: ...").
_ORDINAL_LABELS = {"الأولى", "الاولى", "الثانية", "الثالثة", "first", "second", "third"}
_LABELS = _NOTE | _TRANSLATION | _OR | _ALTERNATIVE | _NUMBERED
# What a label before a colon may end with (a number too: "Version 2:").
_LAST_LABEL_WORDS = frozenset(
    _NOTE
    | _TRANSLATION
    | _OR
    | _ALTERNATIVE
    | _ORDINALS
    | {"العربية", "الإنجليزية", "arabic", "english"}
    | {w.capitalize() for w in _NOTE | _TRANSLATION | _OR | _ALTERNATIVE if w.isascii()}
)
# Every label word as it may be written (Latin ones capitalised or not), for a C-speed test.
_ANY_LABEL = frozenset(_LABELS | {w.capitalize() for w in _LABELS if w.isascii()} | {w.upper() for w in _LABELS})
# Line starts worth a closer look: the first four characters of every label word, or the
# first two of shorter ones, as set tests are faster than a long ``startswith``.
_STARTS_4 = frozenset(
    {w[:4] for w in _ANY_LABEL | _ORDINAL_LABELS if len(w) >= 4} | {"Alte", "alte", "Anot", "anot", "Firs", "Seco"}
)
_STARTS_2 = frozenset(w[:2] for w in _ANY_LABEL if len(w) < 4)
# First characters of a line worth a closer look, with _STARTS_4 and _STARTS_2: markup,
# separators, digits.
_LOOK_AT = frozenset("*#_>([ \t-=—–~•·0123456789٠١٢٣٤٥٦٧٨٩")
_AROUND_LABELS = "()*_.،,"  # stripped from label words ("**ملاحظة**:", "(مختصرة):")
_SEPARATOR_CHARS = "-*=_—–~•·#"
_MARKUP = "*#_>([ \t"
_BEFORE_OPENER = _MARKUP + "\n\"'«“"
_NUMBERED_LINE = re.compile(r"\(?(?:\d{1,2}|[٠-٩]{1,2})\s*[.)\-:]\s*\S")

Sign = tuple[str, str, str, int, int]  # code, kind, phrase (looked for in the raw), start, end


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    text = pair.rewrite
    signs: list[Sign] = []
    head = text[:40].lstrip(_BEFORE_OPENER)
    if head.startswith(_OPENERS):
        opener = next(o for o in _OPENERS if head.startswith(o))
        at = min(40, len(text)) - len(head)
        end = text.find("\n", at)  # the whole first line, if the answer goes on after it
        signs.append(("commentary", "lead-in", opener, at, end if 0 < end - at <= _FIRST_LINE else at + len(opener)))
    if ":" in text:
        _colons(text, signs)
    if "\n" in text:
        _lines(text, signs, len(pair.raw) * thresholds["output_shape.numbered_alternative_share"])
    elif "آمل" in (tail := text[-100:]) or "أتمنى" in tail or "hope" in tail:  # one paragraph
        _to_the_user(tail, len(text) - len(tail), signs)
    if not signs:
        return []
    return _flags(signs, pair.raw)


def _words(label: str) -> list[str]:
    """The words of a label, Latin ones lower-cased, without brackets and colons."""
    if "(" in label or ")" in label:
        label = label.replace("(", " ").replace(")", " ")
    return [w.lower() if w.isascii() else w for w in label.replace(":", " ").split()]


def _label_kind(words: list[str]) -> str | None:
    """What the words before a colon, or at a line start, label, if anything."""
    last = words[-1].strip(".،,")
    if last in _NOTE:
        return "note label"
    if last in _TRANSLATION or (len(words) > 1 and words[-2] in _TRANSLATION):
        return "translation label"
    if last in _OR:
        return "alternative"
    if any(w in _ALTERNATIVE for w in words):
        return "alternative label"
    if any(w in _NUMBERED and (n in _ORDINALS or n[:1].isdigit()) for w, n in zip(words, words[1:], strict=False)):
        return "alternative label"
    return None


def _colons(text: str, signs: list[Sign]) -> None:
    """Labels before a colon: a note, a translation, an alternative, a lead-in."""
    at = text.find(":")
    while at >= 0:
        last = text[max(0, at - 20) : at].rsplit(None, 1)[-1:]
        if last and (last[0].strip(_AROUND_LABELS) in _LAST_LABEL_WORDS or last[0][-1:].isdigit()):
            start = max(0, at - 40, text.rfind("\n", 0, at) + 1)  # within the colon's line
            _colon_label(text[start:at].rstrip(" *_"), start, at, signs)
        elif text[at + 1 : at + 4].lstrip(" \t*")[:1] in ("", "\n"):
            # A lead-in ends its line ("وإليك صيغة أخرى:"). The first line is _lines' to
            # judge, and one that goes on in its line opens the answer (_OPENERS).
            line_start = text.rfind("\n", 0, at) + 1
            lead = text[max(line_start, at - 120) : at]
            if line_start and (word := _first_in(lead, _LATER_LEAD_IN)):
                signs.append(("commentary", "lead-in", word, at - len(lead), at + 1))
        at = text.find(":", at + 1)


def _colon_label(before: str, start: int, at: int, signs: list[Sign]) -> None:
    """A label in the (up to) three words ``before`` (from ``start``) the colon at ``at``."""
    words = before.split()[-3:]
    if not words:
        return
    kind = _label_kind(_words(" ".join(w.strip(_AROUND_LABELS) for w in words)))
    if kind:
        code = "commentary" if kind in ("note label", "translation label") else "multiple_outputs"
        label_start = start + _start_of_last_words(before, len(words))
        signs.append((code, kind, " ".join(words).strip("*_ "), label_start, at + 1))


def _start_of_last_words(text: str, count: int) -> int:
    """Where the last ``count`` white-space separated words of ``text`` begin."""
    end = len(text)
    for _ in range(count):
        end = len(text[:end].rstrip())
        end = max(text.rfind(" ", 0, end), text.rfind("(", 0, end), text.rfind("\n", 0, end)) + 1
    return end


def _lines(text: str, signs: list[Sign], alternative_length: float) -> None:
    """Separators, labels at line starts, numbered alternatives, a lead-in first line,
    words to the user in a short last paragraph."""
    lines = text.split("\n")
    numbered: list[int] = []  # where numbered lines start
    for i, line in enumerate(lines):
        if line and (line[:1] in _LOOK_AT or line[:4] in _STARTS_4 or line[:2] in _STARTS_2):  # cheap gates
            _line(line, sum(map(len, lines[:i])) + i, signs, numbered)
    # The first and last lines with text (allowing one blank line around the answer).
    first = 0 if lines[0] and not lines[0].isspace() else 1
    last = len(lines) - 1 if lines[-1] and not lines[-1].isspace() else len(lines) - 2
    if first < last:
        line = lines[first]
        # A first line that is a sentence or a heading, not a title, may be a lead-in.
        if (
            len(line) <= _FIRST_LINE
            and (line[:1] in ("#", "*") or line.rstrip()[-1:] in (".", "!", ":"))
            and (word := _first_in(line, _LEAD_IN))
        ):
            start = len(lines[0]) + 1 if first else 0
            signs.append(("commentary", "lead-in", word, start, start + len(line)))
        line = lines[last]
        if len(line) <= _LAST_LINE:
            _to_the_user(line, len(text) - len(line) - (len(lines[-1]) + 1 if last < len(lines) - 1 else 0), signs)
    if len(numbered) >= 2:
        ends = [*numbered[1:], len(text)]
        if all(end - start >= alternative_length for start, end in zip(numbered, ends, strict=True)):
            for start in numbered:
                end = text.find("\n", start)
                signs.append(("multiple_outputs", "numbered alternatives", "", start, end if end >= 0 else len(text)))


def _line(line: str, start: int, signs: list[Sign], numbered: list[int]) -> None:
    """A separator line, a label at a line start, or a numbered line."""
    head = line.lstrip(_MARKUP)
    end = start + len(line)
    if not head or head[0] in _SEPARATOR_CHARS:
        stripped = line.strip()
        if len(stripped) >= 3 and not stripped.strip(_SEPARATOR_CHARS + " "):
            signs.append(("multiple_outputs", "separator line", "", start, end))
    elif head[:4] in _STARTS_4 or head[:2] in _STARTS_2:
        _line_label(head, start, end, signs)
    elif head[0].isdigit() and _NUMBERED_LINE.match(line.lstrip()):
        numbered.append(start)


def _to_the_user(line: str, start: int, signs: list[Sign]) -> None:
    """Words to the user in the last paragraph ``line``, which begins at ``start``."""
    groups = []
    if any(map(line.__contains__, _TO_THE_USER)):  # in C: the common case ends here
        groups = [phrases for key, phrases in _TO_THE_USER.items() if key in line]
    if "e" in line or "I" in line:
        groups.append(_TO_THE_USER_LATIN)
    for phrases in groups:
        for phrase in phrases:
            if (at := line.find(phrase)) >= 0:
                signs.append(("commentary", "words to the user", phrase, start + at, start + at + len(phrase)))


def _first_in(text: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that ``text`` holds, if any (tested in C, by map)."""
    if not any(map(text.__contains__, words)):
        return None
    return next(w for w in words if w in text)


def _line_label(head: str, start: int, end: int, signs: list[Sign]) -> None:
    """A label at the start of a line (``head``, the line without leading markup)."""
    words = _words(head[:80])[:3]
    if not words:
        return
    first = words[0].strip(".،,*_")
    if first in _OR and (len(words) == 1 or ":" in head[:20]) or head[:40].lower().startswith(_OR_OPENERS):
        signs.append(("multiple_outputs", "alternative", "", start, end))
    elif len(head) <= 80 or ":" in head[:80]:  # a label line, not a sentence
        numbered = len(words) > 1 and first in _NUMBERED and (words[1] in _ORDINALS or words[1][:1].isdigit())
        if first in _ALTERNATIVE or numbered:
            signs.append(("multiple_outputs", "alternative label", " ".join(words[:2]), start, end))
        elif first in _ORDINAL_LABELS and head[len(words[0]) :].lstrip(" *")[:1] == ":":
            signs.append(("multiple_outputs", "alternative label", first, start, end))
        elif first in _NOTE and ":" in head[:20]:
            signs.append(("commentary", "note label", first, start, end))


def _flags(signs: list[Sign], raw: str) -> list[Flag]:
    """One flag per code, from the signs the raw passage does not already hold."""
    raw_form = normalize(raw)
    raw_lines = [line.strip() for line in raw.split("\n")]
    raw_has = {
        "separator line": any(len(s) >= 3 and not s.strip(_SEPARATOR_CHARS + " ") for s in raw_lines),
        "numbered alternatives": sum(bool(_NUMBERED_LINE.match(s)) for s in raw_lines) >= 2,
    }
    kept: dict[str, list[Sign]] = {}
    for sign in sorted(signs, key=lambda s: (s[3], -s[4])):  # of overlapping signs, the longest
        code, kind, phrase, start, end = sign
        if raw_has.get(kind) or (phrase and _in_raw(phrase, raw_form)):
            continue
        same = kept.setdefault(code, [])
        if same and start < same[-1][4]:  # one sign found twice (by its line and by its colon)
            continue
        same.append(sign)
    flags = []
    for code in ("multiple_outputs", "commentary"):
        if found := kept.get(code):
            kinds = ", ".join(dict.fromkeys(kind for _, kind, _, _, _ in found))
            detail = f"{len(found)} sign{'s' if len(found) > 1 else ''}: {kinds}"
            spans = tuple(Span("rewrite", start, end) for _, _, _, start, end in found[:MAX_SPANS])
            flags.append(Flag(code, LIKELY_WRONG, detail, spans))
    return flags


def _in_raw(phrase: str, raw_form: str) -> bool:
    phrase = normalize(phrase)
    return phrase in raw_form or (phrase.isascii() and phrase.lower() in raw_form.lower())
