"""Damaged gzip: truncated, corrupt, wrong checksum, joined members, trailing bytes.

Records decompressed before the damage must be kept. Where the damage sits is computed,
so a record counts as good only when its whole line lies well before it: a reader
buffers what it decompresses, and what is in its buffer at the failure may be lost.
"""

from __future__ import annotations

import gzip
import random
import struct
import zlib

from tests.hostile.harness import Case, Input, Workspace, good, named, record

READ_AHEAD = 64 * 1024  # bytes before the damage a reader may still lose


def _records(count: int, tag: str = "") -> tuple[list[str], list[int], bytes]:
    """Texts, the offset where each line ends, and the JSON Lines bytes. Random words
    keep the compressed file large enough to damage in the middle."""
    rng = random.Random(11)
    words = ["كتاب", "مدينة", "سوق", "نهر", "جبل", "طريق", "مدرسة", "حديقة", "بحر", "قمر"]
    texts, ends, data = [], [], bytearray()
    for i in range(count):
        texts.append(good(i, " ".join(rng.choice(words) for _ in range(20)) + f" {rng.random()} {tag}"))
        data += (record(texts[-1]) + "\n").encode()
        ends.append(len(data))
    return texts, ends, bytes(data)


def _split(texts: list[str], ends: list[int], intact: int, pattern: str) -> tuple[list[str], dict[str, str]]:
    """Records ending before ``intact`` bytes (less the read-ahead) are good; the rest may
    be lost, as long as ``pattern`` is printed."""
    good_texts = [t for t, end in zip(texts, ends, strict=True) if end <= intact - READ_AHEAD]
    return good_texts, {t: pattern for t in texts[len(good_texts) :]}


def _decompressible_prefix(data: bytes) -> bytes:
    """What zlib gives back, piece by piece, until it finds the data corrupt."""
    inflater, out = zlib.decompressobj(16 + zlib.MAX_WBITS), bytearray()
    for start in range(0, len(data), 4096):
        try:
            out += inflater.decompress(data[start : start + 4096])
        except zlib.error:
            break
    return bytes(out)


def _truncated(ws: Workspace) -> tuple[list[str], dict[str, str]]:
    texts, ends, data = _records(1500, "truncated")
    packed = gzip.compress(data)
    cut = ws.write("truncated.jsonl.gz", packed[: len(packed) // 2])
    return _split(texts, ends, len(_decompressible_prefix(cut.read_bytes())), named(cut.name))


def _corrupt(ws: Workspace) -> tuple[list[str], dict[str, str]]:
    """Bytes overwritten in the middle, at a place zlib notices at once (so that no
    garbled record can be mistaken for a good one)."""
    texts, ends, data = _records(1500, "corrupt")
    packed = gzip.compress(data)
    for offset in range(len(packed) // 2, len(packed) // 2 + 4000, 7):
        damaged = packed[:offset] + b"\xff" * 32 + packed[offset + 32 :]
        out = _decompressible_prefix(damaged)
        same = next((i for i, (a, b) in enumerate(zip(out, data, strict=False)) if a != b), len(out))
        if len(out) < len(data) and len(out) - same < 100:
            break
    ws.write("corrupt.jsonl.gz", damaged)
    return _split(texts, ends, same, named("corrupt.jsonl.gz"))


def damaged_mid_stream(ws: Workspace) -> Input:
    truncated_good, truncated_maybe = _truncated(ws)
    corrupt_good, corrupt_maybe = _corrupt(ws)
    files = ws.import_(ws.dir / "truncated.jsonl.gz", ws.dir / "corrupt.jsonl.gz")
    return Input(files, truncated_good + corrupt_good, truncated_maybe | corrupt_maybe)


def wrong_checksum_and_trailing_bytes(ws: Workspace) -> Input:
    """Damage after all the data: a wrong CRC, or bytes after the last member."""
    texts, ends, data = _records(1000, "crc")
    packed = gzip.compress(data)
    crc = struct.unpack("<I", packed[-8:-4])[0]
    wrong_crc = ws.write("crc.jsonl.gz", packed[:-8] + struct.pack("<I", crc ^ 0xFFFF) + packed[-4:])
    good_texts, maybe = _split(texts, ends, len(data), named("crc.jsonl.gz"))
    texts, ends, data = _records(1000, "trailing")
    trailing = ws.write("trailing.jsonl.gz", gzip.compress(data) + b"garbage after the member")
    more_good, more_maybe = _split(texts, ends, len(data), named("trailing.jsonl.gz"))
    return Input(ws.import_(wrong_crc, trailing), good_texts + more_good, maybe | more_maybe)


def joined_members_and_plain(ws: Workspace) -> Input:
    """`cat a.jsonl.gz b.jsonl.gz` (one valid gzip file of two members), and a file named
    .gz that is not compressed."""
    texts = [good(i) for i in range(1, 7)]
    first = gzip.compress("".join(record(t) + "\n" for t in texts[:2]).encode())
    second = gzip.compress("".join(record(t) + "\n" for t in texts[2:4]).encode())
    joined = ws.write("joined.jsonl.gz", first + second)
    plain = ws.write("plain.jsonl.gz", "".join(record(t) + "\n" for t in texts[4:]))
    return Input(ws.import_(joined, plain), texts)


CASES = [
    Case(
        "gzip: truncated in the middle; corrupt compressed data",
        damaged_mid_stream,
        exit=(0, 1),
        messages=(named("truncated.jsonl.gz"), named("corrupt.jsonl.gz")),
    ),
    Case(
        "gzip: wrong CRC; bytes after the last member",
        wrong_checksum_and_trailing_bytes,
        exit=(0, 1),
        messages=(named("crc.jsonl.gz"), named("trailing.jsonl.gz")),
    ),
    Case("gzip: two members joined; named .gz but not compressed", joined_members_and_plain),
]
