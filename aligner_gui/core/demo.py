"""The bundled demo project: Arabic web passages with model rewrites, good and flawed."""

from __future__ import annotations

from pathlib import Path

from aligner_gui.core.ingest import ImportOptions, import_files
from aligner_gui.core.project import Project
from aligner_gui.core.resources import resources_dir


def demo_source() -> Path:
    return resources_dir() / "demo" / "passages.jsonl"


def create_demo_project(target: Path) -> Path:
    """Write a fresh copy of the demo project at ``target``, replacing an older copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        stale = target.with_name(target.name + suffix)
        if stale.exists():
            stale.unlink()
    with Project.create(target) as project:
        options = ImportOptions(format="jsonl", text_field="text", id_field="id", rewrite_field="rewrite")
        [report] = import_files(project, [demo_source()], options)
    if report.failed or report.errors:
        raise RuntimeError(f"the bundled demo data is broken: {report}")
    return target
