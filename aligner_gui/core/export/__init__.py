"""Exports of the curated set: sft, pretrain, dpo and kto rows with provenance, written
as a directory that `datasets.load_dataset(DIR)` reads (a dataset card and a manifest)."""

from aligner_gui.core.export.rows import ExportFilter, ReviewedRow, reviewed_rows
from aligner_gui.core.export.writer import FORMATS, ExportOptions, ExportReport, export

__all__ = ["FORMATS", "ExportFilter", "ExportOptions", "ExportReport", "ReviewedRow", "export", "reviewed_rows"]
