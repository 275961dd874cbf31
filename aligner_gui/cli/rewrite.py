"""`aligner rewrite`: rewriting passages with a model, resumably."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from aligner_gui.cli.common import flag_filter, open_project, passage_ids, positive_int
from aligner_gui.core.flags.queries import ORDERS
from aligner_gui.core.review.queue import STATES, QueueFilter
from aligner_gui.core.rewrite import job_store
from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
from aligner_gui.core.rewrite.factory import BACKENDS, BackendChoice, check_choice, make_rewriter, recorded_model_name
from aligner_gui.core.rewrite.job import Progress, RewriteJob, duration_text
from aligner_gui.core.rewrite.job_store import Selection
from aligner_gui.core.rewrite.prompts import DEFAULT_PROMPT, get_prompt
from aligner_gui.core.rewrite.types import GenerationSettings


def add_rewrite(commands: argparse._SubParsersAction) -> None:
    rw = commands.add_parser(
        "rewrite",
        help="rewrite passages with a model (resumable)",
        description="Rewrite the passages that have no rewrite yet from this model and prompt version. "
        "Running the same command again after a crash or Ctrl+C carries on where it stopped.",
    )
    rw.add_argument("project", type=Path, metavar="PROJECT")
    rw.add_argument("--model", required=True, metavar="M", help="model folder or cached id; the server's model name")
    rw.add_argument("--backend", choices=BACKENDS, default="transformers")
    rw.add_argument("--base-url", metavar="URL", help="openai backend: the API root, e.g. http://localhost:8000/v1")
    rw.add_argument("--api-key", metavar="KEY", help="openai backend (default: $ALIGNER_API_KEY or $OPENAI_API_KEY)")
    rw.add_argument("--prompt", default=DEFAULT_PROMPT, metavar="NAME", help=f"prompt name (default {DEFAULT_PROMPT})")
    rw.add_argument("--limit", type=positive_int, metavar="N", help="rewrite at most N passages")
    rw.add_argument("--batch-size", type=positive_int, metavar="N", help="passages per batch at most")
    rw.add_argument("--token-budget", type=positive_int, metavar="N", help="rows x tokens per batch (transformers)")
    rw.add_argument("--max-new-tokens", type=positive_int, default=2048, metavar="N", help="cap per rewrite")
    rw.add_argument("--sample", action="store_true", help="sample instead of greedy decoding")
    rw.add_argument("--temperature", type=_bounded(0.0, 2.0), default=0.7, help="with --sample, 0 to 2")
    rw.add_argument("--top-p", type=_bounded(0.01, 1.0), default=0.95, help="with --sample, above 0 up to 1")
    rw.add_argument("--device", default="auto", help="auto (CUDA, then MPS, then CPU), cpu, cuda, cuda:N, mps")
    rw.add_argument("--dtype", default="auto", choices=("auto", "bfloat16", "float16", "float32"))
    rw.add_argument("--allow-download", action="store_true", help="fetch a model id missing from the local cache")
    rw.add_argument("--trust-remote-code", action="store_true", help="run a checkpoint's own Python code")
    rw.add_argument("--allow-pickle", action="store_true", help="load .bin (pickle) weights when no safetensors")
    rw.add_argument("--concurrency", type=positive_int, default=8, metavar="N", help="openai: requests in flight")
    rw.add_argument(
        "--timeout", type=_bounded(0.1, 86400.0), default=300.0, metavar="S", help="openai: seconds per request"
    )
    rw.add_argument("--state", action="append", choices=STATES, help="only passages in this review state")
    rw.add_argument("--search", metavar="QUERY", help="only passages matching this search")
    rw.add_argument("--ids", type=passage_ids, metavar="ID,ID", help="only these passage ids")
    rw.add_argument("--flag", type=flag_filter, metavar="FLAG", help="only passages flagged so (or flagged, unflagged)")
    rw.add_argument(
        "--order", choices=ORDERS, default="id", help="worst-first: with --limit, the worst-flagged passages first"
    )
    rw.add_argument("--json", action="store_true", help="the summary as one JSON document on stdout")
    rw.set_defaults(run=cmd_rewrite)


def _bounded(low: float, high: float):  # noqa: ANN202 - an argparse type
    def number(value: str) -> float:
        try:
            parsed = float(value)
        except ValueError:
            parsed = float("nan")
        if not low <= parsed <= high:
            raise argparse.ArgumentTypeError(f"expected a number from {low:g} to {high:g}, got {value!r}")
        return parsed

    return number


def _selection(args: argparse.Namespace) -> Selection:
    queue_filter = QueueFilter(states=frozenset(args.state or ()), search=args.search, flag=args.flag, order=args.order)
    return Selection(args.ids, queue_filter, args.limit)


def cmd_rewrite(args: argparse.Namespace) -> int:
    settings = GenerationSettings(
        max_new_tokens=args.max_new_tokens, do_sample=args.sample, temperature=args.temperature, top_p=args.top_p
    )
    choice = BackendChoice(
        args.backend,
        args.model,
        base_url=args.base_url,
        api_key=args.api_key,
        concurrency=args.concurrency,
        timeout=args.timeout,
        batch_size=args.batch_size,
        model_options=ModelOptions(
            device=args.device,
            dtype=args.dtype,
            allow_download=args.allow_download,
            trust_remote_code=args.trust_remote_code,
            allow_pickle=args.allow_pickle,
            token_budget=args.token_budget,
        ),
    )
    bar = ProgressBar()
    with open_project(args.project, writing=True) as project:
        prompt = get_prompt(project, args.prompt)
        selection = _selection(args)
        check_choice(choice)  # a wrong setting is told before the selection is looked at
        if not RewriteJob.has_work(project, choice, prompt, selection):
            return _nothing_to_rewrite(args, recorded_model_name(choice), prompt.label)
        print(f"loading {args.model} ({args.backend})…", file=sys.stderr)
        rewriter = make_rewriter(choice, on_notice=bar.notice)
        try:
            job = RewriteJob.start_or_resume(project, rewriter, prompt, settings, selection)
            if job is None:
                return _nothing_to_rewrite(args, rewriter.model_name, prompt.label)
            record = job.record()
            verb = "resuming" if job.resumed else "starting"
            print(
                f"{verb} job {job.job_id}: {record.total - record.done} of {record.total} passages to rewrite"
                f" with {prompt.label}",
                file=sys.stderr,
            )
            progress = job.run(on_progress=bar.update)
            record = job.record()
        finally:
            rewriter.close()
        truncated = job_store.truncated_count(project, job.job_id)
    bar.finish()
    summary = {
        "job": job.job_id,
        "status": record.status,
        "done": record.done,
        "total": record.total,
        "rewritten_this_run": progress.done_this_run,
        "truncated": truncated,
        "tokens_out": progress.tokens_out,
        "tokens_per_second": round(progress.tokens_per_second, 1),
        "seconds": round(progress.elapsed, 1),
        "model": rewriter.model_name,
        "prompt": prompt.label,
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(
            f"job {job.job_id} {record.status}: {record.done} of {record.total} passages rewritten"
            f" ({progress.done_this_run} this run, {truncated} truncated), {progress.tokens_out} tokens"
            f" at {progress.tokens_per_second:.0f} tokens/s"
        )
    return 0 if record.status == "done" else 1


def _nothing_to_rewrite(args: argparse.Namespace, model: str, prompt: str) -> int:
    """Every passage selected already has a rewrite from this model and prompt version."""
    if args.json:
        print(json.dumps({"job": None, "status": "nothing to rewrite", "model": model, "prompt": prompt}))
    else:
        print(f"nothing to rewrite: every passage selected already has a rewrite from {model} with {prompt}")
    return 0


class ProgressBar:
    """Items, tokens per second and time left, on stderr: one redrawn line on a
    terminal, a line every few seconds otherwise (logs, CI)."""

    WIDTH = 24
    LOG_EVERY_S = 10.0

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self._last_log = 0.0

    def update(self, progress: Progress) -> None:
        line = self.line(progress)
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
            sys.stderr.flush()
        elif time.monotonic() - self._last_log >= self.LOG_EVERY_S or progress.done == progress.total:
            self._last_log = time.monotonic()
            print(line, file=sys.stderr)

    @classmethod
    def line(cls, progress: Progress) -> str:
        filled = cls.WIDTH * progress.done // max(progress.total, 1)
        left = progress.seconds_left
        eta = "?" if left is None else duration_text(left)
        return (
            f"[{'#' * filled}{'.' * (cls.WIDTH - filled)}] {progress.done}/{progress.total} passages"
            f" · {progress.tokens_per_second:.0f} tokens/s · {eta} left"
        )

    def notice(self, message: str) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K")
        print(message, file=sys.stderr)

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\n")
