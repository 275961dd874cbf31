"""The files of an export, per split: JSONL hashed as it is written, and for pretraining
Parquet shards of the same rows. Each is written under a temporary name (``.part``), whose
path joins ``temps`` before the file is created, so that a failure can remove them all."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

PART = ".part"
WRITE_LINES = 1000  # JSONL lines joined into one write
ROW_GROUP_ROWS = 10_000  # Parquet rows per row group


class JsonlFile:
    """One split's JSONL file, written under a temporary name, hashed as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(path.name + PART)
        self._file = open(self.temp, "wb")  # noqa: SIM115 - closed in close()
        self._hash = hashlib.sha256()
        self._lines: list[bytes] = []
        self.rows = 0
        self.bytes = 0

    def write(self, row: bytes) -> None:
        self._lines.append(row)
        self.rows += 1
        if len(self._lines) >= WRITE_LINES:
            self._flush()

    def _flush(self) -> None:
        data = b"".join(self._lines)
        self._lines = []
        self._hash.update(data)
        self._file.write(data)
        self.bytes += len(data)

    def abandon(self) -> None:
        self._file.close()

    def close(self) -> dict:
        self._flush()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        return {"sha256": self._hash.hexdigest(), "rows": self.rows, "bytes": self.bytes}


class ParquetShards:
    """A split's rows as Parquet files of at most ``shard_rows`` rows each, written a row
    group at a time (memory stays small whatever the shard size); each temporary name
    joins ``temps`` before its file is written, so a failure removes it too. The rows are
    the JSONL's lines, read by Arrow's JSON reader into the declared columns."""

    def __init__(self, folder: Path, split: str, shard_rows: int, schema: pa.Schema, temps: list[Path]) -> None:
        self.folder, self.split, self.shard_rows, self._temps = folder, split, shard_rows, temps
        self._parsing = pa_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
        self.schema = schema
        self._pending: list[bytes] = []
        self._file: pq.ParquetWriter | None = None
        self._in_file = 0  # rows in the open file, written or pending
        self.written: list[tuple[Path, Path, int]] = []  # final path, temporary path, rows

    def write(self, row: bytes) -> None:
        if self._file is None:
            path = self.folder / f"{self.split}-{len(self.written):05d}.parquet"
            temp = path.with_name(path.name + PART)
            self._temps.append(temp)
            self._file = pq.ParquetWriter(temp, self.schema)
            self.written.append((path, temp, 0))
        self._pending.append(row)
        self._in_file += 1
        if self._in_file == self.shard_rows:
            self.close()
        elif len(self._pending) >= ROW_GROUP_ROWS:
            self._write_group()

    def _write_group(self) -> None:
        if self._pending and self._file is not None:
            data = b"".join(self._pending)
            reading = pa_json.ReadOptions(use_threads=False, block_size=len(data) + 1)  # the group as one block
            self._file.write_table(pa_json.read_json(io.BytesIO(data), reading, self._parsing))
            self._pending = []

    def abandon(self) -> None:
        if self._file is not None:
            self._file.close()

    def close(self) -> None:
        if self._file is None:
            return
        self._write_group()
        self._file.close()
        self._file = None
        path, temp, _ = self.written[-1]
        self.written[-1] = (path, temp, self._in_file)
        self._in_file = 0


def _file_entry(path: Path, rows: int) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return {"sha256": digest.hexdigest(), "rows": rows, "bytes": path.stat().st_size}


class SplitFiles:
    """The files each split is written to: JSONL, and Parquet shards when asked for."""

    def __init__(self, out: Path, schema: pa.Schema | None, shard_rows: int, temps: list[Path]) -> None:
        self.out, self.schema, self.shard_rows, self.temps = out, schema, shard_rows, temps
        self.jsonl: dict[str, JsonlFile] = {}
        self.shards: dict[str, ParquetShards] = {}
        self.folders: list[Path] = []  # the folders made here (parquet/), for a failure to remove

    def write(self, split: str, row: bytes) -> None:
        if split not in self.jsonl:
            self._open(split)
        self.jsonl[split].write(row)
        if self.shards:
            self.shards[split].write(row)

    def _open(self, split: str) -> None:
        self.jsonl[split] = JsonlFile(self.out / f"{split}.jsonl")
        self.temps.append(self.jsonl[split].temp)
        if self.schema is not None and self.shard_rows:
            parquet = self.out / "parquet"
            try:
                parquet.mkdir()
                self.folders.append(parquet)
            except FileExistsError:
                pass
            self.shards[split] = ParquetShards(self.out / "parquet", split, self.shard_rows, self.schema, self.temps)

    def close(self) -> tuple[dict[str, int], dict[str, dict]]:
        """Complete every file: (rows per split, {name in the folder: sha256, rows, bytes})."""
        rows, files = {}, {}
        for split, jsonl in self.jsonl.items():
            files[jsonl.path.name] = jsonl.close()
            rows[split] = jsonl.rows
        for shards in self.shards.values():
            shards.close()
            for path, temp, count in shards.written:
                files[f"parquet/{path.name}"] = _file_entry(temp, count)
        return rows, files

    def abandon(self) -> None:
        """Close what is still open, quietly: the files are about to be removed."""
        for file in [*self.jsonl.values(), *self.shards.values()]:
            with contextlib.suppress(Exception):
                file.abandon()
