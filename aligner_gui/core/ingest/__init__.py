"""Getting corpora into a project: file formats, validation, chunked writing.

The names below are loaded when first used, not with the package: an import's helper
processes load ``parse_process`` from it, and need neither the importer nor the project
store (sqlite-utils, numpy), which would cost each of them a third of a second.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULE_OF = {
    "FileReport": "importer",
    "ImportOptions": "importer",
    "RecordError": "importer",
    "import_files": "importer",
    "imports_after": "importer",
    "latest_import_id": "importer",
    "MAX_RECORD_BYTES": "readers",
    "MAX_TEXT_CHARS": "records",
}

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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whichever name is asked for
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
