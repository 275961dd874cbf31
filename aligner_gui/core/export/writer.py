"""Writing an export directory: the rows of one format, split into train and validation
per passage, as JSONL (and, for pretraining, Parquet shards), with a dataset card and a
manifest.

Every file is written under a temporary name and renamed only once all of them are
complete: a failure, a full disk or a stop leaves the directory as it was, and says why.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from aligner_gui import __version__
from aligner_gui.core.errors import ExportError
from aligner_gui.core.export.card import dataset_card, manifest_text
from aligner_gui.core.export.formats import NEEDED_DECISIONS, PARQUET_SCHEMAS, ROW_BUILDERS, TASK_CATEGORIES
from aligner_gui.core.export.jsonl import json_line
from aligner_gui.core.export.rows import ExportFilter, count_rows, other_candidates, read_snapshot, reviewed_rows
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now

FORMATS = tuple(ROW_BUILDERS)
PART = ".part"
PROGRESS_EVERY = 1000
WRITE_LINES = 1000  # JSONL lines joined into one write
ROW_GROUP_ROWS = 10_000  # Parquet rows per row group


@dataclass(frozen=True)
class ExportOptions:
    validation: float = 0.0  # the share of passages in the validation split
    seed: int = 0
    system: str | None = None  # the system message; None: the prompt the rewrite used
    mix_raw: float = 0.0  # pretrain: the share of exported passages whose raw text is added too
    shard_rows: int = 0  # pretrain: rows per Parquet shard; 0: no Parquet
    license: str = "other"


@dataclass
class ExportReport:
    out: Path
    format: str
    passages: int = 0  # reviewed passages read
    rows: dict[str, int] = field(default_factory=dict)  # split -> rows
    files: dict[str, dict] = field(default_factory=dict)  # name -> sha256, rows, bytes
    stopped: bool = False


class _Stopped(Exception):
    pass


def _draw(key: str) -> float:
    """A number in [0, 1) fixed by ``key``: the same in every run, on every machine."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") / 2**64


def split_of(uid: str, options: ExportOptions) -> str:
    """Deterministic under the seed, and per passage: one passage's rows stay together."""
    if options.validation <= 0:
        return "train"
    return "validation" if _draw(f"{options.seed}:{uid}") < options.validation else "train"


def _mixed_in(uid: str, options: ExportOptions) -> bool:
    return _draw(f"raw:{options.seed}:{uid}") < options.mix_raw


class _Jsonl:
    """One split's JSONL file, written under a temporary name, hashed as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(path.name + PART)
        self._file = open(self.temp, "wb")  # noqa: SIM115 - closed in close()
        self._hash = hashlib.sha256()
        self._lines: list[bytes] = []
        self.rows = 0
        self.bytes = 0

    def write(self, row: dict) -> None:
        self._lines.append(json_line(row))
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


class _ParquetShards:
    """A split's rows as Parquet files of at most ``shard_rows`` rows each, written a row
    group at a time (memory stays small whatever the shard size); each temporary name
    joins ``temps`` before its file is written, so a failure removes it too."""

    def __init__(self, folder: Path, split: str, shard_rows: int, schema: pa.Schema, temps: list[Path]) -> None:
        self.folder, self.split, self.shard_rows, self.schema, self._temps = folder, split, shard_rows, schema, temps
        self._pending: list[dict] = []
        self._file: pq.ParquetWriter | None = None
        self._in_file = 0  # rows in the open file, written or pending
        self.written: list[tuple[Path, Path, int]] = []  # final path, temporary path, rows

    def write(self, row: dict) -> None:
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
            self._file.write_table(pa.Table.from_pylist(self._pending, schema=self.schema))
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


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file; the export needs a folder")
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(f"{out} already holds files; choose an empty or new folder (nothing was written)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {out}: {exc.strerror or exc}") from exc


class _Splits:
    """The files each split is written to: JSONL, and Parquet shards when asked for."""

    def __init__(self, out: Path, schema: pa.Schema | None, shard_rows: int, temps: list[Path]) -> None:
        self.out, self.schema, self.shard_rows, self.temps = out, schema, shard_rows, temps
        self.jsonl: dict[str, _Jsonl] = {}
        self.shards: dict[str, _ParquetShards] = {}

    def write(self, split: str, row: dict) -> None:
        if split not in self.jsonl:
            self._open(split)
        self.jsonl[split].write(row)
        if self.shards:
            self.shards[split].write(row)

    def _open(self, split: str) -> None:
        self.jsonl[split] = _Jsonl(self.out / f"{split}.jsonl")
        self.temps.append(self.jsonl[split].temp)
        if self.schema is not None and self.shard_rows:
            (self.out / "parquet").mkdir(exist_ok=True)
            self.shards[split] = _ParquetShards(self.out / "parquet", split, self.shard_rows, self.schema, self.temps)

    def close(self, report: ExportReport) -> None:
        for split, jsonl in self.jsonl.items():
            report.files[jsonl.path.name] = jsonl.close()
            report.rows[split] = jsonl.rows
        for shards in self.shards.values():
            shards.close()
            for path, temp, count in shards.written:
                report.files[f"parquet/{path.name}"] = _file_entry(temp, count)

    def abandon(self) -> None:
        """Close what is still open, quietly: the files are about to be removed."""
        for file in [*self.jsonl.values(), *self.shards.values()]:
            with contextlib.suppress(Exception):
                file.abandon()


def export(
    project: Project,
    fmt: str,
    out: Path,
    export_filter: ExportFilter | None = None,
    options: ExportOptions | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write ``project``'s reviewed passages as ``fmt`` into the folder ``out`` (new or
    empty). ``on_progress(done, total)`` counts passages; ``stop()`` is asked as it goes."""
    if fmt not in ROW_BUILDERS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    export_filter = export_filter or ExportFilter()
    export_filter.check()
    options = options or ExportOptions()
    wanted = export_filter.decisions & NEEDED_DECISIONS[fmt]
    read_filter = replace(export_filter, decisions=wanted or frozenset({"none"}))
    out = Path(out)
    _prepare_out(out)
    report = ExportReport(out, fmt)
    temps: list[Path] = []
    splits = _Splits(out, PARQUET_SCHEMAS.get(fmt), options.shard_rows, temps)
    build = ROW_BUILDERS[fmt]
    mix_raw = fmt == "pretrain" and options.mix_raw > 0
    try:
        with read_snapshot(project):  # the count and the rows: one state of the project
            total = count_rows(project, read_filter)
            for row in reviewed_rows(project, read_filter, raw=fmt != "pretrain" or mix_raw):
                if stop is not None and report.passages % 100 == 0 and stop():
                    raise _Stopped()
                split = split_of(row.uid, options)
                others = partial(other_candidates, project, row.passage_id, row.rewrite_id)
                built = list(build(row, options.system, others))
                if mix_raw and built and _mixed_in(row.uid, options):
                    built.append({**built[0], "text": row.raw, "aligned": False})
                for each in built:
                    splits.write(split, each)
                report.passages += 1
                if on_progress is not None and report.passages % PROGRESS_EVERY == 0:
                    on_progress(report.passages, total)
        splits.close(report)
        if stop is not None and stop():
            raise _Stopped()
        if not report.rows:  # an empty dataset is of no use, and `datasets` cannot read one
            raise ExportError(f"{out}: no reviewed passage matches the filters for {fmt}; nothing was written")
        _write_card_and_manifest(project, report, export_filter, options, out, temps)
        for temp in temps:  # all complete: now they take their names
            temp.rename(temp.with_name(temp.name.removesuffix(PART)))
    except _Stopped:
        _remove(splits, temps, out)
        report.stopped = True
        report.rows, report.files = {}, {}
    except OSError as exc:
        _remove(splits, temps, out)
        raise ExportError(f"{out}: the export was not written ({exc.strerror or exc}); nothing of it is left") from exc
    except BaseException:
        _remove(splits, temps, out)
        raise
    if on_progress is not None and not report.stopped:
        on_progress(report.passages, report.passages)
    return report


def _write_card_and_manifest(
    project: Project, report: ExportReport, export_filter: ExportFilter, options: ExportOptions, out: Path,
    temps: list[Path],
) -> None:  # fmt: skip
    splits = {split: f"{split}.jsonl" for split in ("train", "validation") if split in report.rows}
    configs = {"default": splits}
    summary = [
        f"Rewrites of Arabic passages curated with aligner_gui {__version__}, as `{report.format}` rows.",
        "",
        f"- passages read: {report.passages}",
        *[f"- {split}: {count} rows" for split, count in report.rows.items()],
        "",
        "Each row carries its provenance: passage uid, source, reviewer, decision, reasons, note, model,",
        "prompt name and version, flags, word and character edit distance, decided at.",
        "See manifest.json for the filters and the SHA-256 of each file.",
    ]
    if any(name.startswith("parquet/") for name in report.files):
        summary += ["", "The same rows as Parquet shards: `datasets.load_dataset(\"DIR/parquet\")`."]
    title = f"aligner_gui export ({report.format})"
    card = dataset_card(title, configs, options.license, TASK_CATEGORIES, summary)
    manifest = {
        "format": report.format,
        "created_at": utc_now(),
        "app_version": __version__,
        "schema_version": project.schema_version,
        "project": project.path.name,
        "filters": export_filter.as_dict(),
        "options": asdict(options),
        "passages": report.passages,
        "rows": report.rows,
        "files": report.files,
    }
    for name, text in (("README.md", card), ("manifest.json", manifest_text(manifest))):
        temp = out / (name + PART)
        temp.write_text(text, encoding="utf-8")
        temps.append(temp)


def _remove(splits: _Splits, temps: list[Path], out: Path) -> None:
    splits.abandon()
    for temp in temps:
        temp.unlink(missing_ok=True)
    parquet = out / "parquet"
    if parquet.is_dir() and not any(parquet.iterdir()):
        parquet.rmdir()
