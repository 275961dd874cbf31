"""`aligner flags`: the automatic flags of each passage's newest rewrite, checked first
where a rewrite has not been (a project from before flags), or all again on request."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aligner_gui.cli.common import open_project, positive_int
from aligner_gui.core.errors import UsageError
from aligner_gui.core.flags.check import DEFAULT_THRESHOLDS
from aligner_gui.core.flags.codes import CODES
from aligner_gui.core.flags.model import SEVERITY_NAMES
from aligner_gui.core.flags.store import (
    flag_counts,
    flagged_passages,
    overrides,
    project_thresholds,
    recheck,
    set_thresholds,
    unchecked_count,
)
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.invisible import printable

SNIPPET_CHARS = 60


def add_flags(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("flags", help="automatic flags per passage: codes, severity, evidence")
    command.add_argument("project", type=Path, metavar="PROJECT")
    command.add_argument("--json", action="store_true", help="one JSON document on stdout")
    command.add_argument("--recompute", action="store_true", help="check every rewrite again first")
    command.add_argument("--flag", metavar="CODE", help="only passages with this flag code")
    command.add_argument("--worst-first", action="store_true", help="worst flag first, not passage order")
    command.add_argument("--limit", type=positive_int, metavar="N", help="list at most N passages")
    command.add_argument("--thresholds", action="store_true", help="print the thresholds in force and stop")
    command.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="change a threshold (VALUE 'default' resets)"
    )
    command.set_defaults(run=cmd_flags)


def _changes(settings: list[str]) -> dict[str, float | None]:
    changes: dict[str, float | None] = {}
    for setting in settings:
        name, equals, value = setting.partition("=")
        if not equals:
            raise UsageError(f"--set {setting}: expected NAME=VALUE")
        try:
            changes[name.strip()] = None if value.strip() == "default" else float(value)
        except ValueError:
            raise UsageError(f"--set {setting}: the value must be a number or 'default'") from None
    return changes


def cmd_flags(args: argparse.Namespace) -> int:
    if args.flag is not None and args.flag not in CODES:
        raise UsageError(f"--flag {args.flag}: not a flag code; the codes are {', '.join(CODES)}")
    changes = _changes(args.set)
    writing = bool(changes or args.recompute)
    with open_project(args.project, writing=writing) as project:
        if changes:
            set_thresholds(project, changes)
        if args.thresholds:
            return _print_thresholds(project, args.json)
        report = None
        if writing or (unchecked_count(project) and not project.read_only):
            report = recheck(project, everything=writing, progress=_progress(args.json))
        listed = []
        for passage in flagged_passages(project, worst_first=args.worst_first):
            if args.flag is None or any(f.code == args.flag for f in passage.flags):
                listed.append(passage)
                if args.limit and len(listed) >= args.limit:
                    break
        document = {
            "checked_now": report.checked if report else 0,
            "unchecked": unchecked_count(project),
            "counts": flag_counts(project),
            "passages": [_passage_json(project, p) for p in listed],
        }
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    _print_listing(document)
    return 0


def _progress(quiet: bool):  # noqa: ANN202
    def show(done: int, total: int) -> None:
        if not quiet and sys.stderr.isatty():
            print(f"\rchecking rewrites: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

    return show


def _passage_json(project: Project, passage) -> dict:  # noqa: ANN001 - store.PassageFlags
    raw, rewrite = project.conn.execute(
        "SELECT p.text, w.text FROM passages p JOIN rewrites w ON w.id = ? WHERE p.id = ?",
        (passage.rewrite_id, passage.passage_id),
    ).fetchone()
    texts = {"raw": raw, "rewrite": rewrite}
    return {
        "uid": passage.uid,
        "passage_id": passage.passage_id,
        "rewrite_id": passage.rewrite_id,
        "severity": SEVERITY_NAMES.get(passage.severity, passage.severity),
        "flags": [
            {
                "code": flag.code,
                "severity": SEVERITY_NAMES.get(flag.severity, flag.severity),
                "detail": flag.detail,
                "spans": [
                    {"side": s.side, "start": s.start, "end": s.end, "text": texts[s.side][s.start : s.end]}
                    for s in flag.spans
                ],
                "thresholds": flag.thresholds,
            }
            for flag in passage.flags
        ],
    }


def _print_listing(document: dict) -> None:
    if document["checked_now"]:
        print(f"checked {document['checked_now']:,} rewrites", file=sys.stderr)
    for passage in document["passages"]:  # passages are untrusted: nothing in them may act on the terminal
        codes = " ".join(flag["code"] for flag in passage["flags"])
        print(f"{printable(passage['uid'])}  {passage['severity']}  {codes}")
        for flag in passage["flags"]:
            print(f"    {flag['code']} ({flag['severity']}): {printable(flag['detail'])}")
            for span in flag["spans"][:3]:
                text = span["text"] if len(span["text"]) <= SNIPPET_CHARS else span["text"][:SNIPPET_CHARS] + "…"
                print(f"        {span['side']} {span['start']}-{span['end']}: {printable(text)}")
    counts = ", ".join(f"{code} {n:,}" for code, n in sorted(document["counts"].items())) or "none"
    print(f"{len(document['passages']):,} passages listed; flags by code: {counts}")
    if document["unchecked"]:
        print(f"{document['unchecked']:,} rewrites not checked yet (the project is read-only)")


def _print_thresholds(project: Project, as_json: bool) -> int:
    in_force, changed = project_thresholds(project.conn), overrides(project.conn)
    if as_json:
        print(json.dumps({"thresholds": in_force, "defaults": DEFAULT_THRESHOLDS}, indent=2))
        return 0
    for name, value in sorted(in_force.items()):
        note = f"  (default {DEFAULT_THRESHOLDS[name]:g})" if name in changed else ""
        print(f"{name} = {value:g}{note}")
    return 0
