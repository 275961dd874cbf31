"""`aligner decide`: one decision for every matching undecided passage, and its undo."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aligner_gui.cli.common import flag_filter, open_project, passage_ids, prompt_name
from aligner_gui.core.errors import AlignerError, UsageError
from aligner_gui.core.review.bulk import (
    BulkBatch,
    BulkSelection,
    bulk_batches,
    decide_bulk,
    get_bulk,
    preview_bulk,
    preview_undo,
    undo_bulk,
)
from aligner_gui.core.review.queue import QueueFilter
from aligner_gui.core.rewrite.prompts import get_prompt
from aligner_gui.core.store.project import Project
from aligner_gui.core.text.invisible import printable

DECISIONS = {"accept": "accepted", "reject": "rejected"}
VERBS = {"accepted": "accept", "rejected": "reject"}


def add_decide(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "decide",
        help="accept or reject every matching undecided passage at once (undoable)",
        description="Record one decision, marked as bulk, on the newest rewrite of every matching passage that"
        " nobody has decided yet. Passages already decided keep their decision. --undo takes a batch back.",
    )
    command.add_argument("project", type=Path, metavar="PROJECT")
    action = command.add_mutually_exclusive_group(required=True)
    action.add_argument("--decision", choices=DECISIONS, help="the decision to record")
    action.add_argument("--undo", type=int, metavar="BATCH", help="take this batch back")
    action.add_argument("--batches", action="store_true", help="list the project's bulk batches")
    command.add_argument("--reviewer", metavar="NAME", help="who decides (required with --decision)")
    filters = command.add_argument_group("filters (all must match; default: every passage)")
    filters.add_argument("--search", metavar="QUERY", help="passages matching a full-text search")
    filters.add_argument("--flag", type=flag_filter, metavar="FLAG", help="flagged, unflagged or a flag code")
    filters.add_argument("--prompt", type=prompt_name, metavar="NAME[:VERSION]", help="the newest rewrite's prompt")
    filters.add_argument("--model", metavar="M", help="the newest rewrite's model")
    filters.add_argument("--ids", type=passage_ids, metavar="ID,ID", help="only these passage ids")
    command.add_argument("--dry-run", action="store_true", help="print the counts, write nothing")
    command.add_argument("--json", action="store_true", help="the summary as one JSON document on stdout")
    command.set_defaults(run=cmd_decide)


def cmd_decide(args: argparse.Namespace) -> int:
    if args.decision is None:
        narrowed = [
            f"--{name}" for name in ("reviewer", "search", "flag", "prompt", "model", "ids") if getattr(args, name)
        ]
        if narrowed:
            raise UsageError(f"{' '.join(narrowed)}: only with --decision")
    elif not (args.reviewer or "").strip():
        raise UsageError("--decision needs --reviewer NAME")
    with open_project(args.project, writing=not (args.dry_run or args.batches)) as project:
        if args.batches:
            return _print_batches(bulk_batches(project), args.json)
        if args.undo is not None:
            return _undo(project, args)
        return _decide(project, args)


def _decide(project: Project, args: argparse.Namespace) -> int:
    if args.prompt:
        name, _, version = args.prompt.partition(":")
        try:
            get_prompt(project, name, int(version) if version else None)
        except AlignerError as exc:
            raise UsageError(f"--prompt {args.prompt}: {exc}") from None
    selection = BulkSelection(
        args.ids, QueueFilter(search=args.search, flag=args.flag, prompt=args.prompt, model=args.model)
    )
    decision = DECISIONS[args.decision]
    if args.dry_run:
        preview = preview_bulk(project, selection)
        batch_id, decided, left_alone = None, preview.touched, preview.already_decided
    else:
        result = decide_bulk(project, selection, decision, args.reviewer)
        batch_id, decided, left_alone = result.batch_id, result.decided, result.already_decided
    if args.json:
        summary = {
            "batch": batch_id,
            "decision": decision,
            "reviewer": args.reviewer,
            "decided": decided,
            "already_decided": left_alone,
            "dry_run": args.dry_run,
            "selection": selection.as_dict(),
        }
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    alone = f"{left_alone:,} already decided {'would be' if args.dry_run else 'were'} left alone"
    if decided == 0:
        print(f"nothing to decide: no undecided passage with a rewrite matches; {alone}")
    elif args.dry_run:
        print(f"would {VERBS[decision]} {decided:,} passages; {alone} (dry run: nothing was written)")
    else:
        print(
            f"batch {batch_id}: {decision} {decided:,} passages as {printable(args.reviewer)}; {alone}."
            f" Take it back with: aligner decide {printable(str(args.project))} --undo {batch_id}"
        )
    return 0


def _undo(project: Project, args: argparse.Namespace) -> int:
    back = preview_undo(project, args.undo) if args.dry_run else undo_bulk(project, args.undo)
    batch = get_bulk(project, args.undo)
    changed = batch.decided - back  # decided again since (or undone one by one): kept as they are
    if args.json:
        print(json.dumps({"batch": batch.id, "undone": back, "changed_since": changed, "dry_run": args.dry_run}))
        return 0
    kept = f"{changed:,} changed since {'would keep' if args.dry_run else 'keep'} their decision"
    if args.dry_run:
        print(f"undoing batch {batch.id} would take {back:,} passages back to pending; {kept} (dry run)")
    else:
        print(f"batch {batch.id} undone: {back:,} passages are pending again; {kept}")
    return 0


def _print_batches(batches: list[BulkBatch], as_json: bool) -> int:
    if as_json:
        print(json.dumps([batch.__dict__ for batch in batches], ensure_ascii=False, indent=2))
        return 0
    if not batches:
        print("no bulk batches")
    for batch in batches:
        state = f"undone {batch.undone_at[:19]}" if batch.undone else "standing"
        chosen = json.dumps(batch.selection, ensure_ascii=False, sort_keys=True)
        print(
            f"{batch.id:>5}  {batch.created_at[:19]}  {batch.decision:<8} {batch.decided:>9,}"
            f"  {printable(batch.reviewer)}  {state}  {printable(chosen)}"
        )
    return 0
