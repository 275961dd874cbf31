"""Assembles the `aligner` parser from the command groups and runs the chosen command."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from aligner_gui import __version__
from aligner_gui.guard import run_guarded


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not above: the `aligner` script imports this module, and so does every
    # helper process an import spawns (multiprocessing's "spawn" runs the main script
    # again), which needs none of the commands.
    from aligner_gui.cli import decide, export, flags, guidelines, importing, project, prompts, rewrite, search

    parser = argparse.ArgumentParser(prog="aligner", description="Curate LLM rewrites of Arabic pretraining text.")
    parser.add_argument("--version", action="version", version=f"aligner_gui {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # In the order `aligner --help` lists them.
    project.add_init(commands)
    importing.add_import(commands)
    project.add_stats(commands)
    search.add_search(commands)
    rewrite.add_rewrite(commands)
    prompts.add_prompts(commands)
    decide.add_decide(commands)
    export.add_export(commands)
    flags.add_flags(commands)
    guidelines.add_guidelines(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_guarded(lambda: args.run(args), prog="aligner")
