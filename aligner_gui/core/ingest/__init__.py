"""Getting corpora into a project: file formats, validation, chunked writing."""

from aligner_gui.core.ingest.importer import (
    FileReport,
    ImportOptions,
    RecordError,
    import_files,
    imports_after,
    latest_import_id,
)
from aligner_gui.core.ingest.readers import MAX_RECORD_BYTES
from aligner_gui.core.ingest.records import MAX_TEXT_CHARS

__all__ = [
    "MAX_RECORD_BYTES",
    "MAX_TEXT_CHARS",
    "FileReport",
    "ImportOptions",
    "RecordError",
    "import_files",
    "imports_after",
    "latest_import_id",
]
