"""`aligner prompts`: listing, showing and adding versions of the code-of-conduct prompts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aligner_gui.cli.common import open_project
from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.prompts import get_prompt, latest_prompts, save_prompt


def add_prompts(commands: argparse._SubParsersAction) -> None:
    pr = commands.add_parser("prompts", help="list, show or add a version of the code-of-conduct prompts")
    pr.add_argument("project", type=Path, metavar="PROJECT")
    pr.add_argument("--show", metavar="NAME[:VERSION]", help="print one prompt's text")
    pr.add_argument("--set", metavar="NAME", help="store the text of --file as a new version of NAME")
    pr.add_argument("--file", type=Path, metavar="FILE", help="UTF-8 text file for --set")
    pr.add_argument("--language", choices=("ar", "en"), help="language of a new prompt (with --set)")
    pr.add_argument("--json", action="store_true")
    pr.set_defaults(run=cmd_prompts)


def cmd_prompts(args: argparse.Namespace) -> int:
    with open_project(args.project, writing=bool(args.set)) as project:
        if args.set:
            if args.file is None:
                raise AlignerError("--set needs --file with the prompt's text")
            try:
                text = args.file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise AlignerError(f"cannot read {args.file}: {exc}") from exc
            prompt = save_prompt(project, args.set, text, args.language)
            print(f"{prompt.label} saved")
            return 0
        if args.show:
            name, _, version = args.show.partition(":")
            if version and not version.isdigit():
                raise AlignerError(f"--show {args.show}: the version after ':' must be a number")
            prompt = get_prompt(project, name, int(version) if version else None)
            print(json.dumps(prompt.__dict__, ensure_ascii=False, indent=2) if args.json else prompt.text)
            return 0
        prompts = latest_prompts(project)
    if args.json:
        print(json.dumps([p.__dict__ for p in prompts], ensure_ascii=False, indent=2))
    else:
        for prompt in prompts:
            print(f"{prompt.name:<20} v{prompt.version:<4} {prompt.language}  {prompt.created_at[:19]}")
    return 0
