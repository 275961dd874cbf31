"""`aligner export`: the curated set as a dataset folder (sft, pretrain, dpo, kto)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aligner_gui.cli.common import first_ctrl_c_stops, open_project, positive_int
from aligner_gui.core.errors import ExportError
from aligner_gui.core.export import FORMATS, ExportFilter, ExportOptions, export
from aligner_gui.core.export.rows import DECIDED
from aligner_gui.core.flags.queries import FLAG_FILTERS, ORDERS
from aligner_gui.core.text.invisible import printable


def share(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number < 1.0:
        raise argparse.ArgumentTypeError(f"expected a share from 0 up to (not including) 1, got {value!r}")
    return number


def add_export(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("export", help="write the reviewed passages as a dataset folder")
    command.add_argument("project", type=Path, metavar="PROJECT")
    command.add_argument("--format", required=True, choices=FORMATS)
    command.add_argument("--out", required=True, type=Path, metavar="DIR", help="a new or empty folder")
    filters = command.add_argument_group("filters (all must match)")
    filters.add_argument(
        "--decision", action="append", choices=DECIDED, help="only these decisions (repeatable; default: all)"
    )
    filters.add_argument("--reviewer", metavar="NAME")
    filters.add_argument("--reason", metavar="CODE")
    filters.add_argument("--prompt", metavar="NAME[:VERSION]", help="the prompt (version) the rewrite was made with")
    filters.add_argument("--model", metavar="MODEL")
    filters.add_argument("--since", metavar="DATE", help="decided on or after (YYYY-MM-DD or an ISO time, UTC)")
    filters.add_argument("--until", metavar="DATE", help="decided before")
    filters.add_argument("--search", metavar="QUERY", help="passages matching a full-text search")
    filters.add_argument(
        "--flag",
        choices=FLAG_FILTERS,
        metavar="CODE|flagged|unflagged",
        help="the reviewed rewrite carries this flag (or any, or none was found); see `aligner flags`",
    )
    command.add_argument(
        "--order", choices=ORDERS, default="id", help="passage order (default), or the worst flagged rewrites first"
    )
    options = command.add_argument_group("options")
    options.add_argument("--validation", type=share, default=0.0, metavar="P", help="share of passages to validation")
    options.add_argument("--seed", type=int, default=0, help="the validation split's seed (default 0)")
    options.add_argument("--system", type=Path, metavar="FILE", help="system message (default: the rewrite's prompt)")
    options.add_argument("--mix-raw", type=share, default=0.0, metavar="P", help="pretrain: add raw passages")
    options.add_argument("--shard-rows", type=positive_int, metavar="N", help="pretrain: also Parquet shards of N rows")
    options.add_argument("--license", default="other", help="the dataset card's licence (default: other)")
    command.add_argument("--json", action="store_true", help="print the manifest as one JSON document")
    command.set_defaults(run=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    system = None
    if args.system is not None:
        try:
            system = args.system.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ExportError(f"{args.system}: cannot read the system message ({exc})") from exc
    export_filter = ExportFilter(
        decisions=frozenset(args.decision or DECIDED),
        reviewer=args.reviewer,
        reason=args.reason,
        prompt=args.prompt,
        model=args.model,
        since=args.since,
        until=args.until,
        search=args.search,
        flag=args.flag,
        order=args.order,
    )
    options = ExportOptions(args.validation, args.seed, system, args.mix_raw, args.shard_rows or 0, args.license)
    with open_project(args.project) as project, first_ctrl_c_stops("the export") as stop:
        report = export(project, args.format, args.out, export_filter, options, stop=stop.is_set)
    out = printable(str(args.out))
    if report.stopped:
        print(f"{out}: stopped; nothing was written", file=sys.stderr)
        return 1
    if args.json:
        print((args.out / "manifest.json").read_text(encoding="utf-8"), end="")
        return 0
    rows = ", ".join(f"{count} {split}" for split, count in report.rows.items())
    print(f"{out}: {args.format}, {rows} rows from {report.passages} reviewed passages; files: {len(report.files)}")
    return 0

