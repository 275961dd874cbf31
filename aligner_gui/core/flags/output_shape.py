"""Several outputs, or commentary, in one answer: the rewriter talks instead of rewriting.

``multiple_outputs``, signs that the answer holds more than one rewrite:

* a separator line (``---``, ``***``, ``===``, ``___``, ``* * *``);
* an alternative's label at a line start or before a colon ("الصيغة الأولى",
  "النسخة الرسمية:", "نسخة مختصرة للرسائل النصية:", "Version 2", "Short version:"),
  "أو:", "Or:", "Alternatively", or a register or language label after the start of the
  answer ("بالعامية:", "English:");
* numbered alternatives: two or more numbered blocks ("1." ... "2.") each as long as a
  rewrite: ``numbered_alternative_share`` (0.30) of the raw passage's length or more;
* a restated block: two lines, each that long (and 40 characters or more), where most
  (``restated_block_overlap``, 0.6) of 8 words sampled from the shorter one (of 5 letters
  or more, spread over it) are in the other, and the source's words in one are all (but
  10%) in the other, as parts of its words: the text given twice, or a full and a short
  version. Lines that share a frame but carry different facts of the source (the rows of
  a timetable) differ in those facts and do not count. Looked for only when no other
  sign of several outputs is left;
* the text and its translation: a translation label after the text, followed by at
  least half as much again.

``commentary``, signs of the model talking to the user:

* a lead-in: an opening such as "إليك", "Here is", "بالتأكيد", an apology or a refusal
  ("عذراً، لا أستطيع", "I'm sorry"), a summary's label ("باختصار"), talk about the text
  ("هذا النص"), or a first line naming the rewrite, its forms or the reader's choice
  ("إليك النص بعد إعادة الصياغة:", "يمكنك اختيار إحدى الصيغتين:");
* a label: a translation ("الترجمة:", "Translation:"), a note or disclaimer ("ملاحظة:",
  "تنبيه:", "Note:"), a summary ("باختصار:", "TL;DR:"), the edits ("التعديلات:");
* a short last paragraph in brackets, a note ("(تم حذف روابط المشاركة.)");
* in a short last paragraph of its own, in a one-paragraph answer of up to 250
  characters, or in the last 100 characters of a longer one, words to the user ("آمل أن
  يكون", "I hope", "هل تريد أن أ", "أخبرني"), about the rewriter's own edits or the
  rewriting ("قمت بحذف", "أضفت", "تمت إعادة الصياغة", "I have rewritten"), a refusal
  ("لا أستطيع إعادة") or a disclaimer ("لا تغني عن استشارة").

A sign the raw passage already holds (the same label or phrase, a separator line,
numbered lines, lines that restate each other) does not count. Both codes prefer
recall: systems other than ours fail in ways ours does not, and a reviewer dismisses a
false alarm faster than finding a miss.

Speed: a clean single-paragraph rewrite costs a ``startswith``, a search for a colon and
a few ``in`` tests on its end. Each colon costs a set test on the word before it; each
line a few set tests on its first characters; two long lines up to eight ``in`` tests.
The raw passage is only looked at once a sign is found, with its alef forms unified by a
few ``str.replace``; it is normalized in full only when it has harakat, tatweel or
invisible characters that normalize() would take out.
"""

from __future__ import annotations

import re
from functools import cached_property

from aligner_gui.core.flags.model import LIKELY_WRONG, Flag, Pair, Span, Thresholds
from aligner_gui.core.text.arabic import INVISIBLE_CHARS, MARK_CHARS, normalize

DEFAULTS: dict[str, float] = {
    "output_shape.numbered_alternative_share": 0.30,
    "output_shape.restated_block_overlap": 0.6,
}

MAX_SPANS = 20
_FIRST_LINE = 200  # longest first line looked at as a lead-in
_LAST_LINE = 250  # longest last paragraph looked at for words to the user
_MIN_BLOCK = 40  # characters of the shortest line looked at as a restated block
_NEW_SOURCE_WORDS = 0.1  # share of a restated block's source words the other lacks, at most
_PROBES = 8  # words sampled from a line to compare it with another
_PROBE_LETTERS = 5  # the shortest word sampled: shorter ones ("التي", "على") are in any text
_PUNCTUATION = "()[]{}«»\"'“”.,،؛;:!?؟-–—…*_"

# The answer opens by talking ("Sure! Here is ...", "بالتأكيد، إليك ...", "عذراً، لا أستطيع").
_OPENERS = (
    "إليك", "اليك", "فيما يلي", "بالتأكيد", "بكل سرور", "حسنا", "حسنًا", "حسناً", "بالطبع", "تفضل",
    "النص ", "النص:", "إعادة صياغة", "إعادة الصياغة", "الصياغة الجديدة", "هذا النص", "عذرا", "عذراً", "عذرًا",
    "معذرة", "آسف", "أعتذر",
    "لا يمكنني إعادة", "لا أستطيع إعادة", "لا يمكنني المساعدة", "لا أستطيع المساعدة", "باختصار", "بإيجاز",
    "خلاصة القول",
    "Here is", "Here's", "Here are", "here is", "Sure", "Certainly", "Of course", "Okay", "Below is",
    "Rewritten", "Rephrased", "Paraphrased", "Sorry", "I'm sorry", "I am sorry", "I apologize",
    "I cannot", "I can't", "Unfortunately, I", "As an AI", "In short", "TL;DR", "This text",
)  # fmt: skip
# Words that name the rewrite, its forms, or the reader's choice, in a first line that
# ends with a colon ("إليك أذكار الصباح بعد التنسيق:", "يمكنك اختيار إحدى الصيغتين:").
_LEAD_IN_WORDS = (
    "إليك", "اليك", "فيما يلي", "صياغ", "صيغ", "المعدل", "المنقح", "المحسن", "المصحح", "التنسيق",
    "النص ", "النص:", "يمكنك", "بإمكانك",
    "Here", "here", "ewrit", "ephras", "araphras", "evised", "mproved", "ormatted", "ou can",
)  # fmt: skip
# The same, naming another rewrite further down ("وإليك صيغة أخرى:"), fewer for speed.
_LATER_LEAD_IN = ("إليك", "اليك", "صياغ", "صيغ", "ere is", "ere are", "ere's", "lternativ")
# Words to the user, about the edits or the rewriting, refusals and disclaimers: a cheap
# key, then its phrases ("صياغ" stands for itself: "تمت إعادة الصياغة", "لم أُعِد صياغته").
_TO_THE_USER = {
    "آمل": ("آمل أن يكون", "آمل أن تكون", "آمل أن يفي", "آمل أن يلبي", "آمل أن يناسب", "آمل أن ين"),
    "أتمنى": ("أتمنى أن يكون", "أتمنى أن تكون هذه", "أتمنى أن يفي", "أتمنى أن ين"),
    "أرجو أن": ("أرجو أن يكون", "أرجو أن تكون هذه", "أرجو أن يفي", "أرجو أن ين"),
    "تتردد": ("لا تتردد في إخباري", "لا تتردد في سؤالي", "لا تتردد في طلب"),
    "إخباري": ("إخباري",),
    "تعديل": ("أي تعديل آخر", "أي تعديلات أخرى", "تعديلات إضافية"),
    "خبرني": ("أخبرني", "اخبرني"),
    "هل ت": ("هل تريد أن أ", "هل تود أن أ", "هل ترغب في أن أ", "هل تريدني"),
    "قمت ب": ("لقد قمت", "قمت بإعادة", "قمت بحذف", "قمت بتعديل", "قمت بتصحيح", "قمت بإزالة", "قمت بتحسين"),
    "تُ ": ("حذفتُ", "أبقيتُ", "أزلتُ", "أضفتُ", "استبدلتُ", "عدّلتُ", "صححتُ"),
    "ضفت": ("أضفت",),
    "زلت": ("أزلت",),
    "أبقيت": ("أبقيت",),
    "صياغ": ("صياغ",),
    "الحفاظ على": ("تم الحفاظ على", "مع الحفاظ على المعنى"),
    "تمت إزالة": ("تمت إزالة",),
    "إعلامية": ("لأغراض إعلامية",),
    "فارغ": ("تركته فارغ", "تركت الرد فارغ", "الرد فارغ", "نص فارغ"),
    "النص": ("النص الأصلي", "هذا النص", "النص المقدم"),
    "أستطيع": ("لا أستطيع إعادة", "لا أستطيع المساعدة", "لا أستطيع تقديم", "لا أستطيع تنفيذ"),
    "يمكنني": ("لا يمكنني إعادة", "لا يمكنني المساعدة", "لا يمكنني تقديم", "لا يمكنني تنفيذ"),
    "تغني": ("لا تغني عن", "لا يغني عن"),
    "استشار": ("استشارة الطبيب", "استشارة طبيب", "استشارة مختص"),
}  # fmt: skip
_TO_THE_USER_LATIN = (
    "I hope", "Hope this", "hope this", "Let me know", "let me know", "I have rewritten", "I've rewritten",
    "I rewrote", "I removed", "I have removed", "I kept", "I've", "I have", "I cannot", "I can't help",
    "the original text", "the text above", "informational purposes", "consult a", "Feel free", "feel free",
    "If you need", "if you need", "Please note",
)  # fmt: skip
_LEAD_IN = re.compile("|".join(map(re.escape, _LEAD_IN_WORDS)))
_TO_THE_USER_KEY = re.compile("|".join(map(re.escape, _TO_THE_USER)))
# The commonest closers, looked for at the end of a long one-paragraph answer.
_PARAGRAPH_END = ("آمل", "أتمنى", "أرجو", "صياغ", "hope")
_OPENERS_BY_FIRST = {first: tuple(o for o in _OPENERS if o[0] == first) for first in {o[0] for o in _OPENERS}}
_NOTE = {
    "ملاحظة", "ملاحظه", "ملحوظة", "ملحوظه", "ملاحظات", "تنبيه", "تنويه", "note", "notes", "nb", "n.b",
    "disclaimer",
}  # fmt: skip
_TRANSLATION = {"الترجمة", "الترجمه", "ترجمة", "المترجم", "translation", "translated"}
_SUMMARY = {"باختصار", "بإيجاز", "الخلاصة", "خلاصة", "ملخص", "الملخص", "summary", "tl;dr", "tldr"}
_CHANGES = {"التعديلات", "التغييرات", "تعديلات", "changes", "edits"}
# Words qualifying a note ("ملاحظة هامة:", "تنبيه مهم:", "Important note:" ends on a note).
_QUALIFIERS = {"هامة", "مهمة", "هام", "مهم", "important", "المحرر"}
# Registers and languages labelling a version ("بالعامية:", "English:").
_REGISTER = {
    "بالفصحى", "بالعامية", "الفصحى", "العامية", "بالإنجليزية", "بالانجليزية", "بالإنكليزية", "بالعربية",
    "بالفرنسية", "العربية", "الإنجليزية", "english", "arabic", "french", "formal", "informal",
}  # fmt: skip
_OR = {"أو", "او", "or", "alternatively", "بديلا", "بديلاً"}
_OR_OPENERS = ("alternatively", "another version", "another option", "أو بصيغة", "أو بعبارة")
# Labels of alternatives: these name forms of a text by themselves ...
_ALTERNATIVE = {"الصيغة", "الصيغه", "صيغة", "بصيغة", "وبصيغة", "بعبارة", "وبعبارة", "alternative", "variant", "rewrite"}
# ... these with a number or an ordinal after them ("النسخة الثانية", "Version 2"; not
# "إليك النص بعد إعادة الصياغة:", a lead-in), or opening a label line of their own
# ("النسخة الرسمية:"), or closing a label ("Short version:").
_NUMBERED = {
    "الصياغة", "صياغة", "النسخة", "نسخة", "الإصدار", "إصدار", "الخيار", "خيار", "البديل", "الاقتراح", "version",
    "option", "draft",
}  # fmt: skip
_ORDINALS = {
    "الأولى", "الاولى", "الثانية", "الثالثة", "الرابعة", "الأول", "الاول", "الثاني", "الثالث", "الرابع",
    "أولى", "ثانية", "ثالثة", "أول", "ثاني", "ثالث", "أخرى", "اخرى", "الأخرى", "المختصرة", "المطولة", "البديلة",
    "another", "a", "b", "c", "أ", "ب", "ج",
}  # fmt: skip
# Ordinals that label an alternative by themselves at a line start ("الثانية: ...").
_ORDINAL_LABELS = {"الأولى", "الاولى", "الثانية", "الثالثة", "first", "second", "third"}
_COMMENTARY_KINDS = {"note label", "translation label", "summary label", "changes label"}
# Labels that name a version without numbering it ("النسخة الرسمية:", "بالعامية:"): a
# second version when another sign of several outputs comes with them, a lead-in when
# one opens the answer alone.
_UNNUMBERED_KINDS = {"version label", "register label"}
_LABELS = _NOTE | _TRANSLATION | _SUMMARY | _CHANGES | _OR | _ALTERNATIVE | _NUMBERED | _REGISTER
# What a label before a colon may end with (a number too: "Version 2:").
_LAST_LABEL_WORDS = frozenset(
    (_LABELS - _NUMBERED | {w for w in _NUMBERED if w.isascii()} | _ORDINALS | _QUALIFIERS | {"short"})
    | {w.capitalize() for w in _LABELS | {"short"} if w.isascii()}
    | {w.upper() for w in _LABELS if w.isascii()}
)
# Every label word as it may be written (Latin ones capitalised or not), for a C-speed test.
_ANY_LABEL = frozenset(_LABELS | {w.capitalize() for w in _LABELS if w.isascii()} | {w.upper() for w in _LABELS})
# Line starts worth a closer look: the first four characters of every label word, or the
# first two of shorter ones, as set tests are faster than a long ``startswith``.
_STARTS_4 = frozenset(
    {w[:4] for w in _ANY_LABEL | _ORDINAL_LABELS if len(w) >= 4}
    | {"Alte", "alte", "Anot", "anot", "Firs", "Seco"}
    # "or" on a line of its own, or opening one ("أو بصيغة أخرى"); with a colon, _colons sees it.
    | {f"{w}{after}" for w in ("أو", "او", "or", "Or", "OR") for after in ("", " ", " ب", ",", ", ")}
)
# First characters of a line worth a closer look, with _STARTS_4: markup, separators, digits.
_LOOK_AT = frozenset("*#_>([ \t-=—–~•·0123456789٠١٢٣٤٥٦٧٨٩")
_AROUND_LABELS = "()[]*_.،,"  # stripped from label words ("**ملاحظة**:", "(مختصرة):")
_SEPARATOR_CHARS = "-*=_—–~•·#"
_MARKUP = "*#_>([ \t"
_BEFORE_OPENER = _MARKUP + "\n\"'«“"
_NUMBERED_LINE = re.compile(r"\(?(?:\d{1,2}|[٠-٩]{1,2})\s*[.)\-:]\s*\S")
_ALEF_FORMS = "\u0622\u0623\u0625\u0671"  # what normalize() makes a bare alef
_NORMALIZED_AWAY = re.compile(f"[{MARK_CHARS}{INVISIBLE_CHARS}]")  # what normalize() removes
_NOT_WORD = re.compile(r"[^\w\s]+")  # with "_" replaced first: an alternative costs more

Sign = tuple[str, str, str, int, int]  # code, kind, phrase (looked for in the raw), start, end
Restated = tuple[str, str, int, int]  # an earlier line, a later line restating it, its start and end


def detect(pair: Pair, thresholds: Thresholds) -> list[Flag]:
    text = pair.rewrite
    signs: list[Sign] = []
    head = text[:40].lstrip(_BEFORE_OPENER)
    if head.startswith(_OPENERS_BY_FIRST.get(head[:1], ())):
        at = min(40, len(text)) - len(head)
        end = text.find("\n", at)  # the whole first line, if the answer goes on after it
        # The opener with the words after it: a source opening "إليكم طريقة عمل" keeps it.
        words = text[at : at + 80].split()[:3]
        if not 0 < end - at <= _FIRST_LINE:
            end = text.find(words[-1], at) + len(words[-1])
        signs.append(("commentary", "lead-in", " ".join(words), at, end))
    if (colon := text.find(":")) >= 0:
        _colons(text, colon, signs)
    long_lines = []
    if "\n" in text:
        long_lines = _lines(text, signs, len(pair.raw), thresholds)
    elif len(text) <= _LAST_LINE:  # a short answer of one paragraph: all of it
        _to_the_user(text, 0, signs)
    elif any(map((tail := text[-100:]).__contains__, _PARAGRAPH_END)):  # the end of a longer one
        _to_the_user(tail, len(text) - len(tail), signs)
    if not signs and len(long_lines) < 2:
        return []
    return _flags(signs, long_lines, text, _Source(pair.raw, thresholds))


def _words(label: str) -> list[str]:
    """The words of a label, Latin ones lower-cased, without brackets and colons."""
    if "(" in label or ")" in label:
        label = label.replace("(", " ").replace(")", " ")
    return [w.lower() if w.isascii() else w for w in label.replace(":", " ").split()]


def _label_kind(words: list[str]) -> str | None:
    """What the words before a colon label, if anything."""
    last = words[-1].strip(".،,")
    before = words[-2] if len(words) > 1 else ""
    if last in _NOTE or (last in _QUALIFIERS and before in _NOTE):
        return "note label"
    if last in _TRANSLATION or before in _TRANSLATION:
        return "translation label"
    if last in _SUMMARY or (before, last) in (("in", "short"), ("in", "summary")):
        return "summary label"
    if last in _CHANGES:
        return "changes label"
    if last in _OR:
        return "alternative"
    if any(w in _ALTERNATIVE for w in words):
        return "alternative label"
    if any(w in _NUMBERED and (n in _ORDINALS or n[:1].isdigit()) for w, n in zip(words, words[1:], strict=False)):
        return "alternative label"
    if last in _NUMBERED and last.isascii() and before:  # "Short version:" (not "إعادة الصياغة:")
        return "version label"
    if last in _REGISTER:
        return "register label"
    return None


def _colons(text: str, at: int, signs: list[Sign]) -> None:
    """Labels before a colon, from the first at ``at``: a note, a translation, an
    alternative, a lead-in."""
    brackets = "(" in text
    while at >= 0:
        if not text[at + 1 : at + 2].isdigit():  # not a time or a ratio: "5:30"
            last = text[max(0, at - 20) : at].rsplit(None, 1)[-1:]
            if last and (last[0].strip(_AROUND_LABELS) in _LAST_LABEL_WORDS or last[0][-1:].isdigit()):
                start = max(0, at - 40, text.rfind("\n", 0, at) + 1)  # within the colon's line
                _colon_label(text, text[start:at].rstrip(" *_"), start, at, signs)
            elif (
                brackets
                and (bracket := text.rfind("(", max(0, at - 30), at)) >= 0
                and _or_opens(text[bracket + 1 : at])
            ):
                signs.append(("multiple_outputs", "alternative", "", bracket, at + 1))  # "(أو بصيغة أبسط: ...)"
            elif text[at + 1 : at + 4].lstrip(" \t*")[:1] in ("", "\n"):
                # A lead-in ends its line ("وإليك صيغة أخرى:"). The first line is _lines' to
                # judge, and one that goes on in its line opens the answer (_OPENERS).
                line_start = text.rfind("\n", 0, at) + 1
                lead = text[max(line_start, at - 120) : at]
                if line_start and any(map(lead.__contains__, _LATER_LEAD_IN)) and not _is_version_label(lead):
                    word = next(w for w in _LATER_LEAD_IN if w in lead)
                    signs.append(("commentary", "lead-in", _phrase_from(lead, word), at - len(lead), at + 1))
        at = text.find(":", at + 1)


def _or_opens(text: str) -> bool:
    """Whether ``text`` (what follows a bracket) opens with "or": "أو بصيغة أبسط"."""
    first = text.split(None, 1)[:1]
    return bool(first) and first[0].lower() in ("أو", "او", "or")


def _is_version_label(line: str) -> bool:
    """Whether ``line`` opens with a version's name ("الصيغة الثانية (مختصرة)"): _lines' to judge."""
    first = line.lstrip(_MARKUP).split(None, 1)[:1]
    return bool(first) and first[0].lower() in _ALTERNATIVE | _NUMBERED


def _colon_label(text: str, before: str, start: int, at: int, signs: list[Sign]) -> None:
    """A label in the (up to) three words ``before`` (from ``start``) the colon at ``at``."""
    words = before.split()[-3:]
    if not words:
        return
    kind = _label_kind(_words(" ".join(w.strip(_AROUND_LABELS) for w in words)))
    if not kind:
        return
    # The label's own words are looked for in the raw, without a bullet or number before them.
    while len(words) > 1 and not any(map(str.isalpha, words[0])):
        words = words[1:]
    label_start = start + _start_of_last_words(before, len(words))
    if kind in _UNNUMBERED_KINDS and text[text.rfind("\n", 0, label_start) + 1 : label_start].strip(_MARKUP):
        return  # "Here's a cleaner version:" is a lead-in's end, not a version's label
    code = "commentary" if kind in _COMMENTARY_KINDS else "multiple_outputs"
    signs.append((code, kind, " ".join(words).strip("*_ "), label_start, at + 1))


def _start_of_last_words(text: str, count: int) -> int:
    """Where the last ``count`` white-space separated words of ``text`` begin."""
    end = len(text)
    for _ in range(count):
        end = len(text[:end].rstrip())
        end = max(text.rfind(" ", 0, end), text.rfind("(", 0, end), text.rfind("\n", 0, end)) + 1
    return end


def _lines(text: str, signs: list[Sign], raw_length: int, thresholds: Thresholds) -> list[tuple[int, str]]:
    """Separators, labels at line starts, numbered alternatives, a lead-in first line,
    words to the user in a short last paragraph; returns the lines long enough to be a
    version of the text, with where they start."""
    alternative_length = raw_length * thresholds["output_shape.numbered_alternative_share"]
    block_length = max(_MIN_BLOCK, alternative_length)
    lines = text.split("\n")
    numbered: list[int] = []  # where numbered lines start
    long_lines: list[tuple[int, str]] = []
    start = 0
    for line in lines:
        length = len(line)
        if line and (line[:1] in _LOOK_AT or line[:4] in _STARTS_4):  # cheap gates
            _line(line, start, signs, numbered)
        if length >= block_length:
            long_lines.append((start, line))
        start += length + 1
    # The first and last lines with text (allowing one blank line around the answer).
    first = 0 if lines[0] and not lines[0].isspace() else 1
    last = len(lines) - 1 if lines[-1] and not lines[-1].isspace() else len(lines) - 2
    if first < last:
        line = lines[first]
        start = len(lines[0]) + 1 if first else 0
        # A first line that is a sentence or a heading, not a title, may be a lead-in;
        # one that labels a version is a sign of several outputs instead.
        if (
            len(line) <= _FIRST_LINE
            and (line[:1] in ("#", "*") or line.rstrip()[-1:] == ":")
            and (found := _LEAD_IN.search(line))
            and not any(sign[3] == start and sign[0] == "multiple_outputs" for sign in signs)
        ):
            signs.append(("commentary", "lead-in", _phrase_from(line, found.group()), start, start + len(line)))
        line = lines[last]
        if len(line) <= _LAST_LINE:
            start = len(text) - len(line) - (len(lines[-1]) + 1 if last < len(lines) - 1 else 0)
            _to_the_user(line, start, signs)
            note = line.strip()
            if note.startswith(("(", "[")) and note.rstrip(".").endswith((")", "]")):  # "(تم حذف الروابط.)"
                signs.append(
                    ("commentary", "note in brackets", " ".join(note[1:].split()[:3]), start, start + len(line))
                )
    if len(numbered) >= 2:
        ends = [*numbered[1:], len(text)]
        if all(end - start >= alternative_length for start, end in zip(numbered, ends, strict=True)):
            for start in numbered:
                end = text.find("\n", start)
                signs.append(("multiple_outputs", "numbered alternatives", "", start, end if end >= 0 else len(text)))
    return long_lines


def _line(line: str, start: int, signs: list[Sign], numbered: list[int]) -> None:
    """A separator line, a label at a line start, or a numbered line."""
    head = line.lstrip(_MARKUP)
    end = start + len(line)
    if not head or head[0] in _SEPARATOR_CHARS:
        stripped = line.strip()
        if len(stripped) >= 3 and not (label := stripped.strip(_SEPARATOR_CHARS + " ")):
            signs.append(("multiple_outputs", "separator line", "", start, end))
        elif len(stripped) >= 3 and label[:4] in _STARTS_4:  # "=== النسخة الأولى ==="
            _line_label(label, start, end, signs, marked=True)
    elif head[:4] in _STARTS_4:
        _line_label(head, start, end, signs, marked=len(head) < len(line))
    elif head[0].isdigit() and _NUMBERED_LINE.match(line.lstrip()):
        numbered.append(start)


def _line_label(head: str, start: int, end: int, signs: list[Sign], marked: bool) -> None:
    """A label at the start of a line (``head``, the line without the leading markup it
    is ``marked`` with, if any)."""
    words = _words(head[:80])[:3]
    if not words:
        return
    first = words[0].strip(".،,*_")
    if first in _OR and (len(words) == 1 or ":" in head[:20]) or head[:40].lower().startswith(_OR_OPENERS):
        signs.append(("multiple_outputs", "alternative", "", start, end))
    elif len(head) <= 80 or ":" in head[:80]:  # a label line, not a sentence
        numbered = first in _NUMBERED and len(words) > 1 and (words[1] in _ORDINALS or words[1][:1].isdigit())
        if first in _ALTERNATIVE or numbered:  # "الصيغة الأولى", "النسخة الثانية", "Version 2"
            signs.append(("multiple_outputs", "alternative label", " ".join(words[:2]), start, end))
        elif first in _NUMBERED and (head.rstrip(" *_").endswith(":") or marked and len(head) <= 60):
            # A label line: "النسخة الرسمية:", "**الصياغة المبسطة**"
            signs.append(("multiple_outputs", "version label", " ".join(words[:2]), start, end))
        elif first in _ORDINAL_LABELS and head[len(words[0]) :].lstrip(" *")[:1] == ":":
            signs.append(("multiple_outputs", "alternative label", first, start, end))
        elif first in _NOTE and ":" in head[:20]:
            signs.append(("commentary", "note label", first, start, end))
        elif first in _CHANGES and ":" in head[:60]:  # "التعديلات التي أجريتها:"
            signs.append(("commentary", "changes label", first, start, end))


def _to_the_user(line: str, start: int, signs: list[Sign]) -> None:
    """Words to the user in the last paragraph ``line``, which begins at ``start``."""
    groups = []
    if _TO_THE_USER_KEY.search(line):  # one regex search: the common case ends here
        groups = [phrases for key, phrases in _TO_THE_USER.items() if key in line]
    if "e" in line or "I" in line:
        groups.append(_TO_THE_USER_LATIN)
    for phrases in groups:
        for phrase in phrases:
            if (at := line.find(phrase)) >= 0:
                signs.append(("commentary", "words to the user", phrase, start + at, start + at + len(phrase)))


def _phrase_from(text: str, word: str) -> str:
    """``word`` and the two words after it in ``text``: what a source of its own would hold
    ("إليكم طريقة عمل"), where the word alone is too common ("وإليك النشور")."""
    return " ".join(text[text.find(word) :].split()[:3]).rstrip(":")


def _restated(long_lines: list[tuple[int, str]], overlap: float) -> list[Restated]:
    """Pairs of long lines where most words sampled from the shorter one are in the other,
    as (earlier line, later line, the later line's start and end)."""
    probes: dict[int, list[str]] = {}  # by line, sampled when first needed
    found = []
    for j in range(1, len(long_lines)):
        start, later = long_lines[j]
        for i in range(j):
            earlier = long_lines[i][1]
            shorter, other = (j, earlier) if len(later) <= len(earlier) else (i, later)
            if shorter not in probes:
                probes[shorter] = _probes(long_lines[shorter][1])
            if _mostly_in(probes[shorter], other, overlap):
                found.append((earlier, later, start, start + len(later)))
                break
    return found


def _mostly_in(words: list[str], text: str, share: float) -> bool:
    """Whether ``share`` of ``words`` or more are in ``text``, looking no further than needed."""
    hits_needed = share * len(words)
    misses_allowed = len(words) - hits_needed
    hits = misses = 0
    for word in words:
        if word in text:
            hits += 1
            if hits >= hits_needed:
                return True
        else:
            misses += 1
            if misses > misses_allowed:
                return False
    return False


def _probes(line: str) -> list[str]:
    """Up to _PROBES words of _PROBE_LETTERS letters or more, spread over ``line``."""
    words = line.split()
    step = max(1, len(words) // (2 * _PROBES))
    found = []
    for word in words[step // 2 :: step]:
        if len(word := word.strip(_PUNCTUATION)) >= _PROBE_LETTERS:
            found.append(word)
            if len(found) == _PROBES:
                break
    return found


def _flags(signs: list[Sign], long_lines: list[tuple[int, str]], text: str, source: _Source) -> list[Flag]:
    """One flag per code, from the signs the raw passage does not already hold, and a
    restated block if no other sign of several outputs is left."""
    signs = [sign for sign in signs if not source.holds_sign(sign)]
    opening = [s for s in signs if s[1] in _UNNUMBERED_KINDS and not text[: s[3]].strip(_BEFORE_OPENER)]
    if opening and all(s[0] != "multiple_outputs" or s in opening for s in signs):
        # One version's label opening the answer, and no other sign of several: a lead-in.
        signs = [("commentary", "lead-in", *s[2:]) if s in opening else s for s in signs]
    if len(long_lines) >= 2 and all(s[0] != "multiple_outputs" for s in signs):
        overlap = source.thresholds["output_shape.restated_block_overlap"]
        for earlier, later, start, end in _restated(long_lines, overlap):
            if source.restated(earlier, later) and not source.restates_itself():
                signs.append(("multiple_outputs", "restated block", "", start, end))
                break
    for _, _, phrase, start, end in [s for s in signs if s[1] == "translation label"]:
        # A translation label after the text, then as much again: the text and its translation.
        before = len(text[:start].strip())
        if before >= _MIN_BLOCK and 2 * len(text[end:].strip()) >= before:
            signs.append(("multiple_outputs", "text and its translation", phrase, start, len(text.rstrip())))
    kept: dict[str, list[Sign]] = {}
    for sign in sorted(signs, key=lambda s: (s[3], -s[4])):  # of overlapping signs, the longest
        same = kept.setdefault(sign[0], [])
        if same and sign[3] < same[-1][4]:  # one sign found twice (by its line and by its colon)
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


class _Source:
    """The raw passage, normalized, split and measured only when a sign needs it."""

    def __init__(self, raw: str, thresholds: Thresholds) -> None:
        self.raw = raw
        self.thresholds = thresholds
        self._held: dict[str, bool] = {}  # by phrase: one sign is often found twice

    @cached_property
    def form(self) -> str:
        return normalize(self.raw)

    @cached_property
    def words(self) -> set[str]:
        return _words_of_normalized(self.unified if self.unified_is_normal else self.form)

    def holds_sign(self, sign: Sign) -> bool:
        _, kind, phrase, _, _ = sign
        if kind == "separator line":
            return any(len(s) >= 3 and not s.strip(_SEPARATOR_CHARS + " ") for s in self._stripped_lines)
        if kind == "numbered alternatives":
            return sum(bool(_NUMBERED_LINE.match(s)) for s in self._stripped_lines) >= 2
        if not phrase:
            return False
        if phrase not in self._held:
            self._held[phrase] = self.holds(phrase)
        return self._held[phrase]

    def holds(self, phrase: str) -> bool:
        """Whether the normalized source holds the normalized phrase (Latin letters in any
        case). A phrase found in the source with its alef forms unified is in its normalized
        form too; the source is only normalized in full when it has more for normalize() to
        do (harakat, tatweel, invisible characters, other white space)."""
        if phrase in self.raw:
            return True
        phrase = normalize(phrase)
        source = self.unified if self.unified_is_normal else self.form  # the same, as far as phrases go
        return phrase in source or (phrase.isascii() and phrase.lower() in source.lower())

    @cached_property
    def unified(self) -> str:
        """The source with its alef forms unified and its lines joined by single spaces."""
        text = self.raw.replace("\n", " ")
        while "  " in text:
            text = text.replace("  ", " ")
        for alef in _ALEF_FORMS:
            text = text.replace(alef, "\u0627")
        return text

    @cached_property
    def unified_is_normal(self) -> bool:
        """Whether ``unified`` is all normalize() would make of the source (but its ends)."""
        return self.unified.isprintable() and not _NORMALIZED_AWAY.search(self.unified)

    def restated(self, earlier: str, later: str) -> bool:
        """Whether the source words of one line are all (but _NEW_SOURCE_WORDS) in the other,
        as parts of its words: "أفراحه" is in "وأفراحه"."""
        lines = normalize(earlier).casefold(), normalize(later).casefold()
        words = [_words_of_normalized(line) & self.words for line in lines]
        if not all(words):
            return False
        new = [sum(w not in other for w in own) / len(own) for own, other in zip(words, lines[::-1], strict=True)]
        return min(new) <= _NEW_SOURCE_WORDS

    def restates_itself(self) -> bool:
        """Whether the source has restated lines of its own."""
        block_length = max(_MIN_BLOCK, len(self.raw) * self.thresholds["output_shape.numbered_alternative_share"])
        lines, start = [], 0
        for line in self.raw.split("\n"):
            if len(line) >= block_length:
                lines.append((start, line))
            start += len(line) + 1
        overlap = self.thresholds["output_shape.restated_block_overlap"]
        return any(self.restated(earlier, later) for earlier, later, _, _ in _restated(lines, overlap))

    @cached_property
    def _stripped_lines(self) -> list[str]:
        return [line.strip() for line in self.raw.split("\n")]


def _normalized_words(text: str) -> set[str]:
    return _words_of_normalized(normalize(text))


def _words_of_normalized(text: str) -> set[str]:
    return set(_NOT_WORD.sub(" ", text.replace("_", " ")).casefold().split())
