"""Hostile JSON Lines and JSON arrays: broken syntax, huge numbers, deep nesting, odd
values, and passage texts that must be stored verbatim and never act on the terminal."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.harness import Case, Input, Workspace, good, named, named_at, record

DEEP = 100_000
HUGE_INT = "9" * 5000  # Python refuses to parse integers over 4,300 digits


def _jsonl(ws: Workspace, name: str, lines: list[str]) -> Path:
    return ws.write(name, "".join(line + "\n" for line in lines))


def _lines_around(bad: list[str], tag: str = "") -> tuple[list[str], list[str]]:
    """Good records on odd lines, ``bad`` ones on even lines: line 2, 4, 6..."""
    lines, texts = [], []
    for number, line in enumerate([*bad, None], start=1):
        texts.append(good(number, tag))
        lines.append(record(texts[-1], id=f"{tag}-{number}"))
        if line is not None:
            lines.append(line)
    return lines, texts


def _array(ws: Workspace, name: str, elements: list[str], after: str = "]\n") -> Path:
    """One element a line: element k is on line k + 1."""
    return ws.write(name, "[\n" + ",\n".join(elements) + "\n" + after)


# -- JSON Lines ----------------------------------------------------------------------------

SYNTAX = ['{"text": "فاصلة زائدة",}', '{"text": "هروب \\q خاطئ"}', "{'text': 'single'}"]
VALUES = [
    '{"text": 42}',
    '{"text": ["a", "b"]}',
    '{"text": {"ar": "نص"}}',
    '{"text": null}',
    '{"text": true}',
    '{"title": "لا نص هنا"}',
    '{"text": "   "}',
    '{"text": "\u064e\u0650\u0640"}',  # only tashkeel and tatweel
    record("نص بمعرّف غريب", id={"a": 1}),
    "[1, 2, 3]",
    '"just a string"',
    "null",
    '{"text": "\\ud800 نصف بديل"}',  # a lone surrogate
    '{"text": "بديل في المعرّف", "id": "\\udfff"}',
]
NULS = [
    '{"text": "بايت\x00صفري خام"}',
    '{"text": "بايت\\u0000صفري مهرّب"}',
    '{"text": "صفر في المعرّف", "id": "a\\u0000b"}',
    '{"text": "صفر بعد السجل"}\x00',
]


def bad_records(ws: Workspace) -> Input:
    syntax, syntax_texts = _lines_around(SYNTAX, "syntax")
    values, values_texts = _lines_around(VALUES, "values")
    nuls, nul_texts = _lines_around(NULS, "nul")
    nuls.append('{"text": "مفتاح فيه صفر", "k\\u0000": 1}')  # a NUL in a key only reaches meta, escaped
    files = [
        ws.write("syntax.jsonl", "".join(line + "\n" for line in syntax) + '{"text": "سجل مقطوع'),
        _jsonl(ws, "values.jsonl", values),
        _jsonl(ws, "nul.jsonl", nuls),
    ]
    return Input(ws.import_(*files), [*syntax_texts, *values_texts, *nul_texts, "مفتاح فيه صفر"])


BAD_RECORD_MESSAGES = (
    *(named("syntax.jsonl", line) for line in (2, 4, 6, 8)),
    *(named("values.jsonl", line) for line in range(2, 2 * len(VALUES) + 1, 2)),
    *(named("nul.jsonl", line) for line in range(2, 2 * len(NULS) + 1, 2)),
)


def line_endings_and_bom(ws: Workspace) -> Input:
    texts = [good(i) for i in range(1, 9)]
    endings = ["\r\n", "\n", "\r\n", "\n", ""]  # the last line has none
    mixed = ws.write("mixed.jsonl", "".join(record(t) + end for t, end in zip(texts, endings, strict=False)))
    array = ws.write("crlf.json", "\ufeff[\r\n" + ",\r\n".join(record(t) for t in texts[5:]) + "\r\n]\r\n")
    return Input(ws.import_(mixed, array), texts)


def cr_only_and_bom_mid_file(ws: Workspace) -> Input:
    """Records ended by CR alone; two files joined with `cat`, the second one's BOM on line 3."""
    cr_texts = [good(i, "CR") for i in range(1, 4)]
    cr = ws.write("cr.jsonl", "\r".join(record(t) for t in cr_texts) + "\r")
    joined = [good(i, "مضموم") for i in range(1, 5)]
    body = "\ufeff" + record(joined[0]) + "\n" + record(joined[1]) + "\n\ufeff"
    bom = ws.write("joined.jsonl", body + record(joined[2]) + "\n" + record(joined[3]) + "\n")
    maybe = {t: named("cr.jsonl", 1) for t in cr_texts} | {joined[2]: named("joined.jsonl", 3)}
    return Input(ws.import_(cr, bom), [joined[0], joined[1], joined[3]], maybe)


def huge_integers(ws: Workspace) -> Input:
    texts = [good(1, "أسطر"), good(2, "أسطر"), good(1, "مصفوفة"), good(2, "مصفوفة"), good(1, "ملف ثالث")]
    huge = f'{{"text": "عدد ضخم", "n": {HUGE_INT}}}'
    lines = _jsonl(ws, "big.jsonl", [record(texts[0]), huge, record(texts[1])])
    array = _array(ws, "big.json", [record(texts[2]), huge, record(texts[3])])
    return Input(ws.import_(lines, array, _jsonl(ws, "next.jsonl", [record(texts[4])])), texts)


def huge_exponents(ws: Workspace) -> Input:
    texts = [good(i) for i in range(1, 6)]
    lines = [
        record(texts[0]),
        f'{{"text": "{texts[1]}", "n": 1e999999}}',
        f'{{"text": "{texts[2]}", "n": -1e999999}}',
        f'{{"text": "{texts[3]}", "n": 1e-999999, "m": 0.{"1" * 5000}}}',
        f'{{"text": "{texts[4]}", "n": {"7" * 4000}}}',  # long, but under Python's limit
    ]
    maybe = {texts[1]: named("data.jsonl", 2), texts[2]: named("data.jsonl", 3)}
    return Input(ws.import_(_jsonl(ws, "data.jsonl", lines)), [texts[0], *texts[3:]], maybe)


def deep_nesting(ws: Workspace) -> Input:
    lists = '{"text": "قوائم", "n": ' + "[" * DEEP + "]" * DEEP + "}"
    objects = '{"text": "كائنات", "n": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}"
    lines, texts = _lines_around([lists, objects], "أسطر")
    array_texts = [good(1, "مصفوفة"), good(2, "مصفوفة")]
    array = _array(ws, "deep.json", [record(array_texts[0]), lists, record(array_texts[1])])
    return Input(ws.import_(_jsonl(ws, "deep.jsonl", lines), array), [*texts, *array_texts])


# -- passage texts that must stay as they are ---------------------------------------------


def html_in_text(ws: Workspace) -> Input:
    texts = [
        "<script>alert('نافذة')</script> نص عادي",
        "<b>عريض</b> &amp; &lt;i&gt; نافذة <!-- تعليق -->",
        '<img src=x onerror="alert(1)"> نافذة <a href="javascript:alert(2)">رابط</a>',
        "<style>body{display:none}</style><iframe src=//x></iframe> نافذة",
    ]
    return Input(ws.import_(_jsonl(ws, "data.jsonl", [record(t) for t in texts])), texts)


def direction_and_control_characters_in_text(ws: Workspace) -> Input:
    """Stored as they are; printed by `search` without acting on the terminal."""
    texts = [
        "سطر \u202eمعكوس\u202c في النص",
        "سطر فيه عزل \u2066LTR\u2069 و\u2067RTL\u2069 و\u2068أول\u2069",
        "سطر فيه تضمين \u202aيسار\u202c و\u202bيمين\u202c و\u202dفرض\u202c",
        "سطر يمسح الشاشة \x1b[2J\x1b[H ثم يكمل",
        "سطر يغير عنوان النافذة \x1b]0;pwned\x07 ثم يكمل",
        "سطر فيه رجوع\b\b\b وإرجاع\r ثم يكمل",
        "سطر فيه تحكم C1 \x9b31m أحمر \x85 ثم يكمل",
    ]
    lines = [record(t, id=f"id\u202e{i}") for i, t in enumerate(texts)]
    lines.append(record("نص آخر بالمعرّف نفسه", id="id\u202e0"))  # line 8: an id reused
    path = _jsonl(ws, "data.jsonl", lines)
    return Input(ws.import_(path), texts, after=[(["search", ws.project, "سطر"], 0)])


def text_over_a_million_characters(ws: Workspace) -> Input:
    at_limit = ("كلمة " * 200_000)[:1_000_000]
    lines, texts = _lines_around([record("x" * 1_000_001)])
    lines.append(record(at_limit))
    return Input(ws.import_(_jsonl(ws, "data.jsonl", lines)), [*texts, at_limit])


def line_over_16_mib(ws: Workspace) -> Input:
    lines, texts = _lines_around([record("ب" * (9 << 20))])  # 18 MiB in UTF-8
    return Input(ws.import_(_jsonl(ws, "data.jsonl", lines)), texts)


def a_million_tiny_rows(ws: Workspace) -> Input:
    texts = [f"r{i}" for i in range(1_000_000)]
    path = ws.write("rows.jsonl", "".join(f'{{"text":"{t}"}}\n' for t in texts))
    return Input(ws.import_(path), texts)


# -- JSON arrays ---------------------------------------------------------------------------


def data_after_the_array(ws: Workspace) -> Input:
    texts = [good(1), good(2), good(3), good(4), good(5)]
    garbage = _array(ws, "garbage.json", [record(t) for t in texts[:2]], after="]\nتعليق زائد {\n")
    two = ws.write("two.json", f"[{record(texts[2])}, {record(texts[3])}]\n[{record(texts[4])}]\n")
    return Input(ws.import_(garbage, two), texts[:4], maybe={texts[4]: named_at("two.json", "2")})


def array_not_closed_or_trailing_comma(ws: Workspace) -> Input:
    texts = [good(i) for i in range(1, 5)]
    unclosed = ws.write("unclosed.json", "[\n" + record(texts[0]) + ",\n" + record(texts[1]) + "\n")
    comma = _array(ws, "comma.json", [record(t) for t in texts[2:]], after=",\n]\n")
    return Input(ws.import_(unclosed, comma), texts)


def array_bad_element_in_the_middle(ws: Workspace) -> Input:
    texts = [good(1), good(2)]
    path = _array(ws, "data.json", [record(texts[0]), '{"text": "ناقص" "فاصلة"}', record(texts[1])])
    return Input(ws.import_(path), texts[:1], maybe={texts[1]: "{file}{at}3:"})


def array_elements_not_objects(ws: Workspace) -> Input:
    texts = [good(1), good(2), good(3)]
    elements = [
        record(texts[0]),
        "42",
        '"نص"',
        "null",
        "[1, 2]",
        record(texts[1]),
        '{"text": "\\ud800"}',
        record(texts[2]),
    ]
    return Input(ws.import_(_array(ws, "data.json", elements)), texts)


def single_pretty_object(ws: Workspace) -> Input:
    """A .json file holding one object, indented over several lines."""
    text = good(1)
    path = ws.write("data.json", json.dumps({"text": text, "id": "one"}, ensure_ascii=False, indent=2) + "\n")
    return Input(ws.import_(path), maybe={text: "{file}{at}1:"})


def array_element_over_16_mib(ws: Workspace) -> Input:
    texts = [good(1), good(2)]
    path = _array(ws, "data.json", [record(texts[0]), record("ب" * (9 << 20)), record(texts[1])])
    return Input(ws.import_(path), texts)


CASES = [
    Case("jsonl: syntax errors, wrong types, lone surrogates, NUL bytes", bad_records, messages=BAD_RECORD_MESSAGES),
    Case("jsonl and json: CRLF, LF, BOM, no final newline", line_endings_and_bom),
    Case("jsonl: lines ended by CR only; a BOM mid-file", cr_only_and_bom_mid_file, quiet=False),
    Case(
        "5,000-digit integers in JSON Lines and in an array",
        huge_integers,
        messages=(named("big.jsonl", 2), named("big.json", 3)),
    ),
    Case("jsonl: huge exponents and long decimals", huge_exponents, quiet=False),
    Case(
        "nested 100,000 deep in JSON Lines and in an array",
        deep_nesting,
        messages=(named("deep.jsonl", 2) + ".*nest", named("deep.jsonl", 4) + ".*nest", named("deep.json", 3)),
    ),
    Case("text: HTML and script tags stored verbatim", html_in_text),
    Case(
        "text: direction overrides, isolates, terminal escapes and C1 controls in text and ids",
        direction_and_control_characters_in_text,
        messages=("{file}:8: .*already used",),
    ),
    Case("text: over 1,000,000 characters", text_over_a_million_characters, messages=("{file}:2: .*1,000,000",)),
    Case("jsonl: a line over 16 MiB", line_over_16_mib, messages=("{file}:2: .*16 MiB",), slow=True),
    Case("jsonl: a million tiny rows", a_million_tiny_rows, slow=True, campaign=True),
    Case(
        "json array: garbage or a second array after the closing bracket",
        data_after_the_array,
        exit=(0, 1),
        messages=(named_at("garbage.json", "[45]"),),
    ),
    Case(  # a trailing comma loses nothing: accepting it silently is fine
        "json array: never closed; a trailing comma",
        array_not_closed_or_trailing_comma,
        exit=(0, 1),
        messages=(named_at("unclosed.json", "\\d+"),),
    ),
    Case(
        "json array: invalid element in the middle",
        array_bad_element_in_the_middle,
        exit=(0, 1),
        messages=("{file}{at}3:",),
    ),
    Case(
        "json array: elements that are not objects",
        array_elements_not_objects,
        messages=tuple(f"{{file}}:{line}: " for line in (3, 4, 5, 6, 8)),
    ),
    Case("json: one indented object instead of an array", single_pretty_object, exit=(0, 1), quiet=False),
    Case(
        "json array: an element over 16 MiB",
        array_element_over_16_mib,
        exit=(0, 1),
        messages=("{file}{at}3:",),
        slow=True,
    ),
]
