"""Parquet: row groups read in batches."""

from __future__ import annotations

from collections.abc import Iterator

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.readers.lines import RawRecord
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import ByteCounter, InputFile


def _read_parquet(
    file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition
) -> Iterator[RawRecord]:
    """Parquet's rows; ``encoding`` and ``position`` are not used (always UTF-8; read from
    the start again after an interruption)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file.path)
    except (pa.ArrowException, OSError) as exc:
        raise ImportFileError(f"{file.path}: not a readable Parquet file: {exc}") from exc
    total = max(parquet.metadata.num_rows, 1)
    size = file.path.stat().st_size
    row = 0
    with parquet:
        for batch in parquet.iter_batches(batch_size=2048):
            for fields in batch.to_pylist():
                row += 1
                yield RawRecord(row, fields)
            counter.count = size * row // total
