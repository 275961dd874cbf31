"""Every encoding: UTF-16 and UTF-32 with and without a byte order mark, Windows-1256,
and `--encoding` names that are not text codecs or not codecs at all."""

from __future__ import annotations

import codecs

from tests.hostile.harness import Case, Input, Workspace, good, record

# Characters one of whose UTF-16/32 bytes is 0x0A, the byte of "\n": a reader that
# splits lines on bytes cuts them in two.
NEWLINE_BYTE_LE = "\u010a"  # Ċ: 0A 01 in UTF-16-LE
NEWLINE_BYTE_BE = "\u0a05"  # ਅ: 0A 05 in UTF-16-BE


def _texts(tag: str, traps: bool = True) -> list[str]:
    middle = f"{NEWLINE_BYTE_LE} {NEWLINE_BYTE_BE}" if traps else tag
    return [good(1, tag), good(2, middle), good(3, tag)]


def _jsonl_text(texts: list[str]) -> str:
    return "".join(record(t) + "\r\n" for t in texts)


def _encoded(ws: Workspace, name: str, text: str, codec: str, bom: bytes = b"") -> object:
    return ws.write(name, bom + text.encode(codec))


def boms_read_without_asking(ws: Workspace) -> Input:
    """Excel's "Unicode Text" (UTF-16-LE with a BOM, tab-separated, CRLF), and JSON Lines
    in UTF-16-BE, UTF-32-LE and UTF-32-BE, each with its BOM."""
    texts = _texts("تبويب")
    body = "id\ttext\r\n" + "".join(f"{i}\t{t}\r\n" for i, t in enumerate(texts))
    files = [_encoded(ws, "excel.tsv", body, "utf-16-le", codecs.BOM_UTF16_LE)]
    for codec, bom in (
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ):
        more = _texts(codec)
        files.append(_encoded(ws, f"{codec}.jsonl", _jsonl_text(more), codec, bom))
        texts += more
    return Input(ws.import_(*files), texts)


def _with_option(codec: str, option: str, bom: bytes = b"", traps: bool = True) -> object:
    def build(ws: Workspace) -> Input:
        texts = _texts(codec, traps)
        path = _encoded(ws, "data.jsonl", _jsonl_text(texts), codec, bom)
        return Input(ws.import_(path, "--encoding", option), texts)

    return build


def utf16le_without_bom_or_option(ws: Workspace) -> Input:
    texts = _texts("بلا علامة")
    path = _encoded(ws, "data.jsonl", _jsonl_text(texts), "utf-16-le")
    return Input(ws.import_(path), maybe={t: "{file}(?::\\d+)?: " for t in texts})


def cp1256_without_option(ws: Workspace) -> Input:
    texts = [good(i, "بترميز ويندوز") for i in range(1, 6)]
    return Input(ws.import_(_encoded(ws, "data.jsonl", _jsonl_text(texts), "cp1256")))


def _refused_option(option: str, ascii_only: bool) -> object:
    """``--encoding option`` that Python cannot use to decode a file: refused, clearly."""

    def build(ws: Workspace) -> Input:
        texts = ["plain ASCII text"] if ascii_only else [good(1), good(2)]
        path = ws.write("data.jsonl", _jsonl_text(texts))
        return Input(ws.import_(path, "--encoding", option))

    return build


def idna_option(ws: Workspace) -> Input:
    """A codec Python has, that fails on these bytes with UnicodeError, not UnicodeDecodeError."""
    path = ws.write("data.jsonl", _jsonl_text([good(1), good(2)]))
    return Input(ws.import_(path, "--encoding", "idna"))


CASES = [
    Case("utf-16 and utf-32 with BOM, read without --encoding (Excel TSV among them)", boms_read_without_asking),
    Case("utf-16 with BOM and --encoding utf-16", _with_option("utf-16-le", "utf-16", codecs.BOM_UTF16_LE)),
    Case("utf-16-le without BOM, --encoding utf-16-le", _with_option("utf-16-le", "utf-16-le")),
    Case("utf-16-le without BOM or --encoding", utf16le_without_bom_or_option, exit=(0, 1), quiet=False),
    Case("utf-32 with BOM and --encoding utf-32", _with_option("utf-32-le", "utf-32", codecs.BOM_UTF32_LE)),
    Case("cp1256 without --encoding", cp1256_without_option, exit=1, messages=("{file}: .*--encoding cp1256",)),
    Case("cp1256 with --encoding cp1256", _with_option("cp1256", "cp1256", traps=False)),
    Case(
        "--encoding rot13 (not a text encoding), ASCII input",
        _refused_option("rot13", ascii_only=True),
        exit=1,
        messages=("rot13",),
    ),
    Case(
        "--encoding with an unknown name, Arabic input",
        _refused_option("klingon-8", ascii_only=False),
        exit=1,
        messages=("klingon-8",),
    ),
    Case("--encoding idna on Arabic UTF-8", idna_option, exit=(0, 1), messages=("({file}(?::\\d+)?: |idna)",)),
]
