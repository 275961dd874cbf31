"""Rewrite throughput benchmark: the job runner against a naive text-generation pipeline loop.

Run from the repository root (a script, not a pytest test; `make bench-rewrite` runs it):

    .venv/bin/python tests/bench/bench_rewrite.py [--passages 68] [--max-new-tokens 64] [--repeats 3]

CPU part, with the tiny random model of tests/tiny_model.py (float32), the demo passages
(cycled up to --passages, repeats made distinct) and the same instructions on both sides
(a short one-line prompt by default, the bundled conduct-ar with --prompt conduct-ar):

* naive: ``transformers.pipeline("text-generation")``, one call per passage with the chat
  messages, greedy, ``max_new_tokens`` = the runner's own limit for that passage;
* job: ``RewriteJob.start_or_resume(...).run()`` on a fresh project, tokens/s from its Progress.

Model loading is timed on neither side. The sides alternate, --repeats times; medians and
the ratio job / naive are printed (target >= 8x). Both count the tokens they generated.
--token-budget and --max-batch change the runner's batching (ModelOptions) to explore.

GPU part (when torch sees a CUDA GPU, or with --gpu): a randomly initialised model of
Qwen2-1.5B's shape (28 layers, hidden 1536, 151,936-token vocabulary, tied embeddings) in
bfloat16, nothing downloaded, fed with the tiny tokenizer's ids; the job runner rewrites
--gpu-passages passages at up to --gpu-batch rows per batch. Its tokens/s is set against
the memory-bandwidth bound of the same batches: each decoding step reads every weight once
plus each row's key-value cache, so bound = tokens / sum over steps of bytes / bandwidth.
Bandwidth: --gpu-bandwidth-gbs, else looked up from the device name.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from workdir import clean_up, make_workdir  # tests/bench/workdir.py, beside this script

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

SHORT_PROMPT = "أعد كتابة النص التالي دون تغيير معناه."
RATIO_TARGET = 8.0
# GB/s by words in torch.cuda.get_device_name(), first match wins.
BANDWIDTH_GBS = [
    (("H200",), 4800), (("H100", "PCIe"), 2000), (("H100", "NVL"), 3900), (("H100",), 3350),
    (("A100", "80GB"), 2039), (("A100",), 1555), (("L40S",), 864), (("L4",), 300),
]  # fmt: skip
QWEN2_1_5B = dict(
    hidden_size=1536, num_hidden_layers=28, num_attention_heads=12, num_key_value_heads=2, intermediate_size=8960,
    vocab_size=151936, tie_word_embeddings=True, max_position_embeddings=32768,
)  # fmt: skip


def passages(n: int) -> list[str]:
    """The demo passages, cycled up to n; each repeat gets its round number so none is a duplicate."""
    from tests.tiny_model import demo_texts

    texts = demo_texts()
    return [texts[i % len(texts)] + (f" ({i // len(texts) + 1})" if i >= len(texts) else "") for i in range(n)]


def make_project(path: Path, texts: list[str], prompt: str):  # noqa: ANN201 - (Project, Prompt)
    """A fresh project holding exactly ``texts``, and the prompt both sides use."""
    from aligner_gui.core.ingest import ImportOptions, import_files
    from aligner_gui.core.rewrite.prompts import get_prompt, save_prompt
    from aligner_gui.core.store.project import Project

    source = path.with_suffix(".jsonl")
    with open(source, "w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n")
    project = Project.create(path)
    [report] = import_files(project, [source], ImportOptions(format="jsonl", text_field="text", id_field="id"))
    assert report.imported == len(texts), report
    return project, (get_prompt(project) if prompt == "conduct-ar" else save_prompt(project, "bench", SHORT_PROMPT))


def run_job(rewriter, path: Path, texts: list[str], prompt: str, settings) -> tuple[int, float]:  # noqa: ANN001
    """Rewrite ``texts`` in a fresh project: (tokens generated, seconds) from the job's own Progress."""
    from aligner_gui.core.rewrite.job import RewriteJob
    from aligner_gui.core.rewrite.job_store import Selection

    project, chosen = make_project(path, texts, prompt)
    with project:
        progress = RewriteJob.start_or_resume(project, rewriter, chosen, settings, Selection(limit=len(texts))).run()
    assert progress.done_this_run == len(texts), progress
    return progress.tokens_out, progress.elapsed


def instructions_for(prompt: str, workdir: Path) -> str:
    """The instructions text both sides get (conduct-ar is read from a scratch project)."""
    project, chosen = make_project(workdir / "prompt.aligner", [], prompt)
    project.close()
    return chosen.text


def run_naive(pipe, instructions: str, texts: list[str], limits: list[int]) -> tuple[int, float]:  # noqa: ANN001
    """One pipeline call per passage: (tokens generated, seconds)."""
    from aligner_gui.core.rewrite.messages import chat_messages

    tokenizer = pipe.tokenizer
    chats = [chat_messages(instructions, text) for text in texts]
    # Prompt lengths, counted before the clock starts: the output ids hold prompt + new tokens.
    widths = [
        len(tokenizer.apply_chat_template(c, add_generation_prompt=True, return_dict=True)["input_ids"]) for c in chats
    ]
    tokens, start = 0, time.perf_counter()
    for chat, width, limit in zip(chats, widths, limits, strict=True):
        [out] = pipe(
            chat, do_sample=False, max_new_tokens=limit, return_tensors=True, pad_token_id=tokenizer.pad_token_id
        )
        tokens += len(out["generated_token_ids"]) - width
    return tokens, time.perf_counter() - start


def batch_plan(rewriter, texts: list[str], instructions: str, settings) -> list[list[int]]:  # noqa: ANN001
    from aligner_gui.core.rewrite.types import RewriteRequest

    plan = rewriter.plan([RewriteRequest(i, t) for i, t in enumerate(texts)], instructions, settings)
    return [[r.passage_id for r in batch] for batch in plan]


def cpu_part(args: argparse.Namespace, workdir: Path) -> None:
    import torch
    from transformers import pipeline

    from aligner_gui.core.rewrite.backends.local_model import TransformersRewriter
    from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
    from aligner_gui.core.rewrite.types import GenerationSettings
    from tests.tiny_model import build_tiny_model

    folder = build_tiny_model(workdir / "tiny")
    texts = passages(args.passages)
    settings = GenerationSettings(max_new_tokens=args.max_new_tokens)
    rows = {"max_batch": args.max_batch} if args.max_batch else {}  # else ModelOptions' default
    options = ModelOptions(device="cpu", dtype="float32", token_budget=args.token_budget, **rows)
    rewriter = TransformersRewriter(str(folder), options)
    pipe = pipeline("text-generation", model=str(folder), device="cpu", dtype=torch.float32)
    limits = [settings.new_tokens_for(n) for n in rewriter.passage_tokens(texts)]
    print(
        f"CPU: tiny model (Llama, 2 layers, hidden 32, float32), torch {torch.__version__}, "
        f"{torch.get_num_threads()} torch threads, {os.cpu_count()} CPUs; {len(texts)} passages, "
        f"{sum(limits):,} new tokens allowed ({min(limits)}..{max(limits)} each)"
    )
    instructions = instructions_for(args.prompt, workdir)
    run_naive(pipe, instructions, texts[:2], limits[:2])  # warm-up, untimed
    run_job(rewriter, workdir / "cpu-warmup.aligner", texts[:2], args.prompt, settings)
    naive_runs, job_runs = [], []
    for r in range(1, args.repeats + 1):
        n_tokens, n_seconds = run_naive(pipe, instructions, texts, limits)
        j_tokens, j_seconds = run_job(rewriter, workdir / f"cpu-{r}.aligner", texts, args.prompt, settings)
        naive_runs.append(n_tokens / n_seconds)
        job_runs.append(j_tokens / j_seconds)
        warn = "" if n_tokens == j_tokens else "  WARNING: the two sides generated different token counts"
        print(
            f"run {r}: naive {n_tokens:,} tokens in {n_seconds:.2f} s = {naive_runs[-1]:,.0f} tok/s | "
            f"job {j_tokens:,} tokens in {j_seconds:.2f} s = {job_runs[-1]:,.0f} tok/s | "
            f"ratio {job_runs[-1] / naive_runs[-1]:.1f}x{warn}"
        )
    plan = batch_plan(rewriter, texts, instructions, settings)
    print(
        f"job batch plan: {len(plan)} batches, {len(texts) / len(plan):.1f} rows each on average "
        f"({', '.join(str(len(b)) for b in plan)}); token budget {rewriter.token_budget}, max rows {rewriter.max_rows}"
    )
    naive, job = statistics.median(naive_runs), statistics.median(job_runs)
    verdict = "PASS" if job / naive >= RATIO_TARGET else "BELOW"
    print(
        f"median of {args.repeats}: naive pipeline {naive:,.0f} tok/s | job runner {job:,.0f} tok/s | "
        f"ratio {job / naive:.1f}x (target >= {RATIO_TARGET:.0f}x: {verdict})"
    )


def bandwidth_bound(
    batches: list[tuple[int, int, int]], weight_bytes: int, kv_bytes_per_token: int, gbs: float
) -> float:
    """tokens/s if every decoding step only streamed memory: batches of (rows, prompt width, steps)."""
    tokens = seconds = 0.0
    for rows, width, steps in batches:
        tokens += rows * steps
        # Step t reads the weights once and rows x (width + t) cached tokens: sum over t.
        seconds += (steps * weight_bytes + kv_bytes_per_token * rows * (steps * width + steps * (steps - 1) / 2)) / (
            gbs * 1e9
        )
    return tokens / seconds


def gpu_part(args: argparse.Namespace, workdir: Path, shape: dict = QWEN2_1_5B) -> None:
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    from aligner_gui.core.rewrite.backends.local_model import TransformersRewriter
    from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
    from aligner_gui.core.rewrite.types import GenerationSettings
    from tests.tiny_model import build_tiny_model

    device = "cuda" if torch.cuda.is_available() else "cpu"
    name = torch.cuda.get_device_name() if device == "cuda" else "cpu"
    gbs = args.gpu_bandwidth_gbs or next((v for words, v in BANDWIDTH_GBS if all(w in name for w in words)), None)
    if gbs is None:
        raise SystemExit(f"GPU: no known memory bandwidth for {name!r}: pass --gpu-bandwidth-gbs")
    folder = workdir / "big"
    tokenizer = AutoTokenizer.from_pretrained(build_tiny_model(workdir / "tiny-gpu"))
    tokenizer.save_pretrained(folder)
    ids = dict(
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id
    )
    torch.manual_seed(0)
    with torch.device(device):
        model = Qwen2ForCausalLM(Qwen2Config(**shape, **ids, dtype="bfloat16")).to(torch.bfloat16)
    params = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    del model
    texts = passages(args.gpu_passages)
    settings = GenerationSettings(max_new_tokens=args.gpu_max_new_tokens)
    options = ModelOptions(device=device, dtype="bfloat16", max_batch=args.gpu_batch)
    rewriter = TransformersRewriter(str(folder), options)
    instructions = instructions_for(args.prompt, workdir)
    print(
        f"GPU: {name}, {gbs:,} GB/s; random Qwen2-1.5B shape, {params / 1e9:.2f} B parameters, bfloat16; "
        f"{len(texts)} passages, up to {args.gpu_batch} rows a batch, up to {args.gpu_max_new_tokens} new tokens each"
    )
    run_job(rewriter, workdir / "gpu-warmup.aligner", texts[: min(8, len(texts))], args.prompt, settings)
    runs = []
    for r in range(1, args.repeats + 1):
        tokens, seconds = run_job(rewriter, workdir / f"gpu-{r}.aligner", texts, args.prompt, settings)
        runs.append(tokens / seconds)
        print(f"GPU run {r}: {tokens:,} tokens in {seconds:.2f} s = {runs[-1]:,.0f} tok/s")
    overhead = len(tokenizer(rewriter.render(instructions, ""), add_special_tokens=False)["input_ids"])
    lengths = dict(enumerate(rewriter.passage_tokens(texts)))
    plan = [
        (len(b), overhead + max(lengths[i] for i in b), max(settings.new_tokens_for(lengths[i]) for i in b))
        for b in batch_plan(rewriter, texts, instructions, settings)
    ]
    config = rewriter.model.config
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    kv_bytes = config.num_hidden_layers * 2 * config.num_key_value_heads * head_dim * 2  # keys and values, bf16
    bound = bandwidth_bound(plan, params * 2, kv_bytes, gbs)
    achieved = statistics.median(runs)
    sizes = ", ".join(str(rows) for rows, _, _ in plan)
    print(f"GPU batch plan: {len(plan)} batches, {len(texts) / len(plan):.1f} rows each on average ({sizes})")
    print(
        f"GPU median of {args.repeats}: {achieved:,.0f} tok/s; memory-bandwidth bound for the same batches "
        f"{bound:,.0f} tok/s (decoding steps only); achieved {achieved / bound:.1%} of the bound"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=68, help="passages, the 68 demo ones cycled (default 68)")
    parser.add_argument("--max-new-tokens", type=int, default=64, help="per-passage token limit (default 64)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each side, alternating (default 3)")
    parser.add_argument(
        "--prompt",
        choices=["short", "conduct-ar"],
        default="short",
        help="instructions: a one-line Arabic prompt (default) or the bundled conduct-ar",
    )
    parser.add_argument("--token-budget", type=int, help="the runner's token budget (default: its own, by device)")
    parser.add_argument("--max-batch", type=int, help="the runner's most rows per CPU batch (default: its own, 32)")
    parser.add_argument("--no-cpu", action="store_true", help="skip the CPU comparison")
    parser.add_argument("--gpu", action="store_true", help="run the GPU part even without CUDA (on the CPU: slow)")
    parser.add_argument("--gpu-passages", type=int, default=256, help="passages for the GPU part (default 256)")
    parser.add_argument("--gpu-max-new-tokens", type=int, default=256, help="token limit on the GPU (default 256)")
    parser.add_argument("--gpu-batch", type=int, default=64, help="most rows per batch on the GPU (default 64)")
    parser.add_argument(
        "--gpu-bandwidth-gbs",
        type=float,
        help="GPU memory bandwidth in GB/s (default: by device name: H200 4800, H100 SXM 3350, H100 PCIe 2000, "
        "H100 NVL 3900, A100 80GB 2039, A100 40GB 1555, L40S 864, L4 300)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    args = parser.parse_args(argv)
    counts = (args.passages, args.max_new_tokens, args.repeats, args.gpu_passages, args.gpu_batch)
    if min(*counts, args.gpu_max_new_tokens, args.max_batch or 1, args.token_budget or 1) < 1:
        parser.error("counts must be at least 1")

    import torch
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    workdir = make_workdir("rewrite-")
    prompt = "the bundled conduct-ar prompt" if args.prompt == "conduct-ar" else f"the short prompt {SHORT_PROMPT!r}"
    print(f"workdir: {workdir}; instructions: {prompt}")
    try:
        if not args.no_cpu:
            cpu_part(args, workdir)
        if torch.cuda.is_available() or args.gpu:
            gpu_part(args, workdir)
        else:
            print("GPU: no CUDA GPU found, GPU part skipped")
    finally:
        clean_up(workdir, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
