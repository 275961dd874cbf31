"""`aligner search`: full-text search, insensitive to tashkeel."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aligner_gui.cli.common import open_project, positive_int
from aligner_gui.core.review.search import search
from aligner_gui.core.text.invisible import printable


def add_search(commands: argparse._SubParsersAction) -> None:
    find = commands.add_parser("search", help="full-text search, insensitive to tashkeel")
    find.add_argument("project", type=Path, metavar="PROJECT")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--json", action="store_true", help="one JSON document on stdout")
    find.add_argument("--limit", type=positive_int, default=20, metavar="N")
    find.set_defaults(run=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        result = search(project, args.query, limit=args.limit)
    if args.json:
        document = {
            "query": result.query,
            "total": result.total,
            "more": result.more,
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
    if result.more:
        print(f"{len(result.hits)} of {result.total:,}+ matches, the best of the first {result.total:,}")
    else:
        print(f"{len(result.hits)} of {result.total:,} matches")
    return 0
