"""Hostile CSV and TSV: stray quotes, ragged rows, odd headers, odd line endings, NUL
bytes, huge fields. A header is line 1; row k is on line k + 1 unless said otherwise."""

from __future__ import annotations

from tests.hostile.harness import Case, Input, Workspace, good, named


def _rows(texts: list[str], sep: str = ",", prefix: str = "") -> list[str]:
    """Rows of an id and a text; ids are ``prefix`` and the row number (unique in a case)."""
    return [f"{prefix}{number}{sep}{text}" for number, text in enumerate(texts, start=1)]


def _with_stray_quote(ws: Workspace, name: str, count: int, row: int, sep: str) -> list[str]:
    """``count`` rows, row ``row`` opening a quote it never closes; returns the good texts."""
    texts = [good(i, name) for i in range(1, count + 1)]
    rows = _rows(texts, sep, name)
    rows[row - 1] = f'{name}{row}{sep}"فقرة بلا علامة إغلاق'
    ws.write(name, f"id{sep}text\n" + "\n".join(rows) + "\n")
    return texts[: row - 1] + texts[row:]


def stray_quotes(ws: Workspace) -> Input:
    texts = [
        *_with_stray_quote(ws, "middle.csv", 100, 30, ","),
        *_with_stray_quote(ws, "last.csv", 10, 10, ","),
        *_with_stray_quote(ws, "quote.tsv", 10, 5, "\t"),
    ]
    return Input(ws.import_(ws.dir / "middle.csv", ws.dir / "last.csv", ws.dir / "quote.tsv"), texts)


def bad_rows(ws: Workspace) -> Input:
    texts = [good(i, "ragged") for i in range(1, 4)]
    ragged = ["id,text", f"r1,{texts[0]}", "r2,نص,حقل زائد", f"r3,{texts[1]}", "r4", f"r5,{texts[2]}"]
    ws.write("ragged.csv", "\n".join(ragged) + "\n")
    nul_texts = [good(1, "nul"), good(3, "nul")]
    ws.write("nul.csv", f"id,text\nn1,{nul_texts[0]}\nn2,نص\x00بصفر\nn3,{nul_texts[1]}\n")
    multiline = 'سطر أول\nسطر ثان مع "اقتباس", وفاصلة\nسطر ثالث'
    multi_texts = [multiline, good(2, "multi"), good(4, "multi")]
    quoted = multiline.replace('"', '""')
    lines = ["id,text", f'm1,"{quoted}"', f"m2,{multi_texts[1]}", "m3,a,b", f"m4,{multi_texts[2]}"]  # row 3: line 6
    ws.write("multiline.csv", "\n".join(lines) + "\n")
    files = [ws.dir / name for name in ("ragged.csv", "nul.csv", "multiline.csv")]
    return Input(ws.import_(*files), [*texts, *nul_texts, *multi_texts])


def line_endings_and_empty_header_names(ws: Workspace) -> Input:
    """A BOM and CRLF; lines ended by CR alone (old Mac); a header with empty names."""
    texts = [good(1), good(2, "، بفاصلة, وفاصلة"), good(3)]
    body = f'1,{texts[0]}\r\n2,"{texts[1]}"\r\n3,{texts[2]}\r\n'
    crlf = ws.write("crlf.csv", "\ufeffid,text\r\n" + body)
    cr_texts = [good(i, "CR") for i in range(1, 4)]
    cr = ws.write("cr.csv", "id,text\r" + "\r".join(_rows(cr_texts, prefix="cr")) + "\r")
    unnamed_texts = [good(i, "بلا أسماء") for i in range(1, 4)]
    unnamed = ws.write("unnamed.csv", "text,,\n" + "".join(f"{t},x,y\n" for t in unnamed_texts))
    return Input(ws.import_(crlf, cr, unnamed), [*texts, *cr_texts, *unnamed_texts])


def header_problems(ws: Workspace) -> Input:
    """`text` twice: whichever column is taken, the other's value must not vanish unsaid.
    No text column at all: the file is refused."""
    first, second = good(1, "العمود الأول"), good(1, "العمود الثاني")
    twice = ws.write("twice.csv", f"id,text,note,text\n1,{first},ملاحظة,{second}\n")
    no_text = ws.write("no-text.csv", "a,b\n1,نص\n")
    pattern = "/twice\\.csv(?::1)?: "
    return Input(ws.import_(twice, no_text), maybe={first: pattern, second: pattern})


def field_of_20_mb(ws: Workspace) -> Input:
    texts = [good(1), good(3)]
    huge = "ب" * (10 << 20)  # 20 MiB in UTF-8
    path = ws.write("data.csv", f"id,text\n1,{texts[0]}\n2,{huge}\n3,{texts[1]}\n")
    return Input(ws.import_(path), texts)


CASES = [
    Case(
        "csv and tsv: a stray quote in row 30 of 100, in the last row, in a TSV",
        stray_quotes,
        messages=(named("middle.csv", 31), named("last.csv", 11), named("quote.tsv", 6)),
    ),
    Case(
        "csv: ragged rows, a NUL byte, a quoted field over three lines",
        bad_rows,
        messages=(named("ragged.csv", 3), named("ragged.csv", 5), named("nul.csv", 3), named("multiline.csv", 6)),
    ),
    Case("csv: BOM and CRLF, CR only, empty header names", line_endings_and_empty_header_names, quiet=False),
    Case(
        "csv: a header naming text twice; no text column",
        header_problems,
        exit=1,
        messages=("/twice\\.csv(?::1)?: ", named("no-text.csv") + ".*--text-field"),
    ),
    Case("csv: a field of 20 MB", field_of_20_mb, messages=("{file}:3: .*16 MiB",), slow=True),
]
