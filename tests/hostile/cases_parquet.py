"""Hostile Parquet: damaged files, text columns that are not strings, nested columns."""

from __future__ import annotations

import datetime
import decimal
from pathlib import Path

from tests.hostile.harness import Case, Input, Workspace, good, named


def _parquet(path: Path, columns: dict, schema: object = None) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns, schema=schema), path)
    return path


def damaged(ws: Workspace) -> Input:
    texts = [good(i) for i in range(1, 4)]
    whole = _parquet(ws.dir / "whole.parquet", {"text": texts}).read_bytes()
    truncated = ws.write("truncated.parquet", whole[: len(whole) // 2])
    wrong_magic = ws.write("magic.parquet", whole[:-4] + b"PARX")
    not_parquet = ws.write("json.parquet", '{"text": "ليس باركيه"}\n')
    later = _parquet(ws.dir / "later.parquet", {"text": [good(4)]})
    return Input(ws.import_(truncated, wrong_magic, not_parquet, later), [good(4)])


def text_column_not_strings(ws: Workspace) -> Input:
    """Numbers and structs must be refused; binary UTF-8 may be read or refused."""
    import pyarrow as pa

    numbers = _parquet(ws.dir / "numbers.parquet", {"text": [1, 2, 3]})
    structs = _parquet(ws.dir / "structs.parquet", {"text": [{"ar": "نص", "n": 1}]})
    binary_texts = [good(1, "ثنائي"), good(2, "ثنائي")]
    schema = pa.schema([("text", pa.binary())])
    binary = _parquet(ws.dir / "binary.parquet", {"text": [t.encode() for t in binary_texts]}, schema)
    later = _parquet(ws.dir / "later.parquet", {"text": [good(1)]})
    maybe = {t: "/binary\\.parquet(?::\\d+)?: " for t in binary_texts}
    return Input(ws.import_(numbers, structs, binary, later), [good(1)], maybe)


def nested_columns_and_null_texts(ws: Workspace) -> Input:
    import pyarrow as pa

    texts = [good(1), good(2)]
    schema = pa.schema(
        [
            ("text", pa.large_string()),
            ("tags", pa.list_(pa.string())),
            ("info", pa.struct([("a", pa.int64()), ("b", pa.string())])),
            ("counts", pa.map_(pa.string(), pa.int64())),
            ("seen", pa.timestamp("ms")),
            ("price", pa.decimal128(10, 2)),
            ("raw", pa.binary()),
            ("score", pa.float64()),
        ]
    )
    columns = {
        "text": texts,
        "tags": [["أ", "ب"], []],
        "info": [{"a": 1, "b": "ج"}, None],
        "counts": [[("x", 1)], []],
        "seen": [datetime.datetime(2025, 1, 2, 3, 4, 5), None],
        "price": [decimal.Decimal("12.50"), None],
        "raw": [b"\x00\xff", None],
        "score": [float("nan"), float("inf")],
    }
    nested = _parquet(ws.dir / "nested.parquet", columns, schema)
    null_texts = [good(1, "nulls"), good(3, "nulls"), good(5, "nulls")]
    nulls = _parquet(ws.dir / "nulls.parquet", {"text": [null_texts[0], None, null_texts[1], "", null_texts[2]]})
    return Input(ws.import_(nested, nulls), [*texts, *null_texts])


CASES = [
    Case(
        "parquet: truncated, wrong magic, not Parquet at all",
        damaged,
        exit=1,
        messages=("truncated\\.parquet: ", "magic\\.parquet: ", "json\\.parquet: "),
    ),
    Case(
        "parquet: text column of numbers, structs or binary",
        text_column_not_strings,
        exit=(0, 1),
        messages=("numbers\\.parquet(?::\\d+)?: ", "structs\\.parquet(?::\\d+)?: "),
    ),
    Case(
        "parquet: nested, map, timestamp, decimal and binary columns; null and empty texts",
        nested_columns_and_null_texts,
        messages=(named("nulls.parquet", 2), named("nulls.parquet", 4)),
    ),
]
