"""`aligner guidelines`: print the project's review guidelines, or set them from a file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aligner_gui.cli.common import open_project
from aligner_gui.core.review.guidelines import guidelines, read_guidelines_file, set_guidelines


def add_guidelines(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("guidelines", help="print or set the project's review guidelines")
    command.add_argument("project", type=Path, metavar="PROJECT")
    command.add_argument(
        "--set", type=Path, metavar="FILE", help="replace them with FILE's text (UTF-8; an empty file removes them)"
    )
    command.add_argument("--json", action="store_true", help="one JSON document on stdout")
    command.set_defaults(run=cmd_guidelines)


def cmd_guidelines(args: argparse.Namespace) -> int:
    text = read_guidelines_file(args.set) if args.set is not None else None  # before the project: bad input first
    with open_project(args.project, writing=text is not None) as project:
        if text is not None:
            kept = set_guidelines(project, text)
            print(f"{args.project}: guidelines {'saved' if kept else 'removed'} ({len(kept)} characters)")
            return 0
        current = guidelines(project)
    if args.json:
        print(json.dumps({"guidelines": current}, ensure_ascii=False))
    elif current:
        print(current)
    else:
        print(f"{args.project}: no guidelines yet; set them with --set FILE or in the app", file=sys.stderr)
    return 0
