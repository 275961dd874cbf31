"""Writing an export directory: the rows of one format, split into train and validation
per passage, as JSONL (and, for pretraining, Parquet shards), with a dataset card and a
manifest.

Every file is written under a temporary name and renamed only once all of them are
complete: a failure, a full disk or a stop leaves the directory as it was, and says why.
A folder the export made (the directory itself, the folders above it, parquet/) is
removed again then; one that was there before is kept, and so is any file it did not write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from aligner_gui import __version__
from aligner_gui.core.errors import ExportError
from aligner_gui.core.export.card import dataset_card, manifest_text
from aligner_gui.core.export.files import PART, SplitFiles
from aligner_gui.core.export.formats import (
    NEEDED_DECISIONS,
    PARQUET_SCHEMAS,
    ROW_BUILDERS,
    TASK_CATEGORIES,
    raw_pretrain_row,
)
from aligner_gui.core.export.rows import (
    ExportFilter,
    ReviewedRow,
    check_utf8,
    count_rows,
    other_candidates,
    read_snapshot,
    reviewed_rows,
)
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now

FORMATS = tuple(ROW_BUILDERS)
PROGRESS_EVERY = 1000


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


def _prepare_out(out: Path) -> list[Path]:
    """Make ``out`` if it is new; returns the folders made, deepest first."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file; the export needs a folder")
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(f"{out} already holds files; choose an empty or new folder (nothing was written)")
    made = []
    folder = out.absolute()
    while not folder.exists() and folder != folder.parent:
        made.append(folder)
        folder = folder.parent
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_folders(made)  # the ones above it that could be made
        raise ExportError(f"cannot create {out}: {exc.strerror or exc}") from exc
    return made


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
    check_utf8(project)
    out = Path(out)
    made = _prepare_out(out)
    report = ExportReport(out, fmt)
    temps: list[Path] = []
    named: list[Path] = []  # the files already renamed when a rename fails
    splits = SplitFiles(out, PARQUET_SCHEMAS.get(fmt), options.shard_rows, temps)
    build = ROW_BUILDERS[fmt]
    mix_raw = fmt == "pretrain" and options.mix_raw > 0
    system = options.system.encode() if options.system is not None else None

    def others(row: ReviewedRow) -> list[bytes]:
        return other_candidates(project, row.passage_id, row.rewrite_id)

    try:
        with read_snapshot(project):  # the count and the rows: one state of the project
            total = count_rows(project, read_filter)
            for row in reviewed_rows(project, read_filter, raw=fmt != "pretrain" or mix_raw):
                if stop is not None and report.passages % 100 == 0 and stop():
                    raise _Stopped()
                split = split_of(row.uid, options)
                built = list(build(row, system, others))
                if mix_raw and built and _mixed_in(row.uid, options):
                    built.append(raw_pretrain_row(row))
                for each in built:
                    splits.write(split, each)
                report.passages += 1
                if on_progress is not None and report.passages % PROGRESS_EVERY == 0:
                    on_progress(report.passages, total)
        report.rows, report.files = splits.close()
        if stop is not None and stop():
            raise _Stopped()
        if not report.rows:  # an empty dataset is of no use, and `datasets` cannot read one
            raise ExportError(f"{out}: no reviewed passage matches the filters for {fmt}; nothing was written")
        applied = replace(export_filter, decisions=wanted)  # the manifest lists only what the format took
        _write_card_and_manifest(project, report, applied, options, out, temps)
        for temp in temps:  # all complete: now they take their names
            final = temp.with_name(temp.name.removesuffix(PART))
            temp.rename(final)
            named.append(final)
    except _Stopped:
        _remove(splits, temps + named, splits.folders + made)
        report.stopped = True
        report.rows, report.files = {}, {}
    except OSError as exc:
        _remove(splits, temps + named, splits.folders + made)
        raise ExportError(f"{out}: the export was not written ({exc.strerror or exc}); nothing of it is left") from exc
    except BaseException:
        _remove(splits, temps + named, splits.folders + made)
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


def _remove(splits: SplitFiles, files: list[Path], folders: list[Path]) -> None:
    """Remove the files the export wrote, then the folders it made (deepest first)."""
    splits.abandon()
    for path in files:
        path.unlink(missing_ok=True)
    _remove_folders(folders)


def _remove_folders(folders: list[Path]) -> None:
    """Remove each of ``folders`` (deepest first) that is empty: one that holds what the
    export did not write is kept, and so are the folders above it."""
    for folder in folders:
        try:
            folder.rmdir()
        except FileNotFoundError:
            continue
        except OSError:
            return
