"""The `aligner` command: parses arguments, calls core, prints. No logic of its own."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from aligner_gui import __version__, cli_rewrite
from aligner_gui.cli_common import first_ctrl_c_stops, open_project, positive_int
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
from aligner_gui.core.review.search import search
from aligner_gui.core.review.stats import project_stats
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.invisible import printable
from aligner_gui.guard import run_guarded

# Errors printed per file on the terminal; all of them go to the import_errors table.
MAX_ERRORS_SHOWN = 50


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligner", description="Curate LLM rewrites of Arabic pretraining text.")
    parser.add_argument("--version", action="version", version=f"aligner_gui {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser("init", help="create an empty project file")
    init.add_argument("project", type=Path, metavar="PROJECT")
    init.set_defaults(run=cmd_init)

    imp = commands.add_parser("import", help="import passages (and rewrites) from files")
    imp.add_argument("project", type=Path, metavar="PROJECT")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--format", choices=("auto", *FORMATS), default="auto")
    imp.add_argument("--text-field", metavar="F", help="field holding the passage text")
    imp.add_argument("--id-field", metavar="F", help="field holding a stable passage id")
    imp.add_argument("--rewrite-field", metavar="F", help="field holding a rewrite made elsewhere")
    imp.add_argument("--encoding", default="utf-8", metavar="E", help="input encoding (default utf-8)")
    imp.set_defaults(run=cmd_import)

    stats = commands.add_parser("stats", help="what the project holds and how far review has come")
    stats.add_argument("project", type=Path, metavar="PROJECT")
    stats.add_argument("--json", action="store_true", help="one JSON document on stdout")
    stats.set_defaults(run=cmd_stats)

    find = commands.add_parser("search", help="full-text search, insensitive to tashkeel")
    find.add_argument("project", type=Path, metavar="PROJECT")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--json", action="store_true", help="one JSON document on stdout")
    find.add_argument("--limit", type=positive_int, default=20, metavar="N")
    find.set_defaults(run=cmd_search)

    cli_rewrite.add_commands(commands)
    return parser


# -- commands ------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    Project.create(args.project).close()
    print(f"created {printable(str(args.project))}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    options = ImportOptions(
        format=args.format,
        text_field=args.text_field,
        id_field=args.id_field,
        rewrite_field=args.rewrite_field,
        encoding=args.encoding,
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


def cmd_stats(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        stats = project_stats(project)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    decisions = ", ".join(f"{kind} {count}" for kind, count in stats["decisions"].items())
    origins = ", ".join(f"{origin} {count}" for origin, count in stats["rewrites"]["by_origin"].items())
    lines = [
        f"project        {printable(stats['project'])} (schema {stats['schema_version']})",
        f"passages       {stats['passages']} ({stats['passages_with_rewrite']} with a rewrite)",
        f"rewrites       {stats['rewrites']['total']} ({origins}; {stats['rewrites']['truncated']} truncated)",
        f"rewrite jobs   {', '.join(f'{status} {n}' for status, n in stats['jobs'].items()) or 'none'}",
        f"decisions      {decisions}",
        f"pending        {stats['pending']}",
        f"reviewers      {stats['reviewers']}",
        f"import errors  {stats['import_errors']} (in {stats['imports']} imports)",
    ]
    print("\n".join(lines))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        result = search(project, args.query, limit=args.limit)
    if args.json:
        document = {
            "query": result.query,
            "total": result.total,
            "results": [
                {
                    "id": hit.id,
                    "uid": hit.uid,
                    "source": hit.source,
                    "snippet": "".join(hit.snippet()),
                    "match": [hit.match_start, hit.match_end],
                    "text": hit.text,
                }
                for hit in result.hits
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("", "")
    for hit in result.hits:  # passages are untrusted: nothing in them may act on the terminal
        before, match, after = (printable(part) for part in hit.snippet())
        print(f"#{hit.id}  {printable(hit.uid)}  ({printable(hit.source or '')})")
        print(f"    {before}{bold}{match}{plain}{after}")
    print(f"{len(result.hits)} of {result.total} matches")
    return 0


# -- entry point ---------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_guarded(lambda: args.run(args), prog="aligner")


if __name__ == "__main__":
    # A frozen build (PyInstaller) starts import helper processes through this executable.
    multiprocessing.freeze_support()
    sys.exit(main())
