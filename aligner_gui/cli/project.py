"""`aligner init` and `aligner stats`: creating a project and saying what it holds."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aligner_gui.cli.common import open_project
from aligner_gui.core.review.stats import project_stats
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.invisible import printable


def add_init(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="create an empty project file")
    init.add_argument("project", type=Path, metavar="PROJECT")
    init.set_defaults(run=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    Project.create(args.project).close()
    print(f"created {printable(str(args.project))}")
    return 0


def add_stats(commands: argparse._SubParsersAction) -> None:
    stats = commands.add_parser("stats", help="what the project holds and how far review has come")
    stats.add_argument("project", type=Path, metavar="PROJECT")
    stats.add_argument("--json", action="store_true", help="one JSON document on stdout")
    stats.set_defaults(run=cmd_stats)


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
