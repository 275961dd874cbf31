"""`aligner import`: passages (and rewrites) from files into a project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aligner_gui.cli.common import first_ctrl_c_stops, open_project
from aligner_gui.core.errors import ProjectWriteError
from aligner_gui.core.ingest import (
    FileReport,
    ImportOptions,
    RecordError,
    import_files,
    imports_after,
    latest_import_id,
)
from aligner_gui.core.ingest.sources import FORMATS
from aligner_gui.core.text.invisible import printable

# Errors printed per file on the terminal; all of them go to the import_errors table.
MAX_ERRORS_SHOWN = 50


def add_import(commands: argparse._SubParsersAction) -> None:
    imp = commands.add_parser("import", help="import passages (and rewrites) from files")
    imp.add_argument("project", type=Path, metavar="PROJECT")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--format", choices=("auto", *FORMATS), default="auto")
    imp.add_argument("--text-field", metavar="F", help="field holding the passage text")
    imp.add_argument("--id-field", metavar="F", help="field holding a stable passage id")
    imp.add_argument("--rewrite-field", metavar="F", help="field holding a rewrite made elsewhere")
    imp.add_argument("--encoding", default="utf-8", metavar="E", help="input encoding (default utf-8)")
    imp.add_argument(
        "--no-flags", action="store_true", help="do not check rewrites for flags now (`aligner flags` does it later)"
    )
    imp.set_defaults(run=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    options = ImportOptions(
        format=args.format,
        text_field=args.text_field,
        id_field=args.id_field,
        rewrite_field=args.rewrite_field,
        encoding=args.encoding,
        check_flags=not args.no_flags,
    )
    printer = _ImportPrinter()
    stopping = first_ctrl_c_stops("after the passages being written")
    with open_project(args.project, writing=True) as project, stopping as stop:
        before = latest_import_id(project)
        try:
            reports = import_files(project, args.files, options, printer.error, printer.progress, stop.is_set)
        except ProjectWriteError as exc:  # a full disk, a read-only file: say what is kept
            raise type(exc)(f"{exc}{_kept(imports_after(project, before))}") from exc
    for report in reports:
        printer.finish_file(report)
    total = FileReport("total")
    for report in reports:
        total.imported += report.imported
        total.rewrites += report.rewrites
        total.duplicates += report.duplicates
        total.errors += report.errors
    print(
        f"imported {total.imported} passages ({total.rewrites} rewrites), "
        f"{total.duplicates} duplicates, {total.errors} errors"
    )
    if any(report.stopped for report in reports):
        if any(report.stopped and report.from_pipe for report in reports):
            print("stopped: what was read from the pipe or device is kept; the rest was not read", file=sys.stderr)
        else:
            print("stopped: importing the same files again carries on where it stopped", file=sys.stderr)
        return 130  # as for an interrupted command
    return 1 if any(report.failed for report in reports) else 0


def _kept(reports: list[FileReport]) -> str:
    if not reports:
        return ""
    passages = sum(report.imported for report in reports)
    rewrites = sum(report.rewrites for report in reports)
    return (
        f". Kept from this import: {passages} passages ({rewrites} rewrites);"
        " importing the same files again carries on"
    )


class _ImportPrinter:
    """Errors and progress on stderr, so stdout carries only the summary."""

    def __init__(self) -> None:
        self.shown: dict[str, int] = {}
        self.tty = sys.stderr.isatty()

    def error(self, error: RecordError) -> None:
        if error.whole_file:  # always shown; the reason names the file
            self._clear_progress()
            print(printable(error.reason), file=sys.stderr)
            return
        count = self.shown.get(error.file, 0) + 1
        self.shown[error.file] = count
        if count <= MAX_ERRORS_SHOWN:
            self._clear_progress()
            print(printable(str(error)), file=sys.stderr)

    def progress(self, report: FileReport, done: int, total: int) -> None:
        if self.tty:
            done_so_far = f"{100 * done // total:3d}%" if total else f"{done >> 20} MiB"  # a pipe: size unknown
            sys.stderr.write(
                f"\r{printable(report.path)}: {done_so_far}  {report.imported} imported, "
                f"{report.duplicates} duplicates, {report.errors} errors"
            )
            sys.stderr.flush()

    def _clear_progress(self) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K")

    def finish_file(self, report: FileReport) -> None:
        self._clear_progress()
        name = printable(report.path)
        if not report.begun:
            print(f"{name}: not begun")
            return
        if report.carried_on_after is not None:
            line = report.carried_on_after
            print(f"{name}: carried on after line {line}, where an import of it stopped", file=sys.stderr)
        elif report.changed_since:
            print(f"{name}: changed since an import of it stopped; read from the start", file=sys.stderr)
        hidden = self.shown.get(report.path, 0) - MAX_ERRORS_SHOWN
        if hidden > 0:
            print(f"{name}: {hidden} more errors (see `aligner stats`)", file=sys.stderr)
        fields = ""
        if report.fields:
            names = report.fields
            fields = f" [text: {names.text}, id: {names.id or '-'}, rewrite: {names.rewrite or '-'}]"
        print(
            f"{name} ({report.format}){printable(fields)}: {report.imported} imported, "
            f"{report.rewrites} rewrites, {report.duplicates} duplicates, {report.errors} errors"
        )
