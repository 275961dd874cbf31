"""The local rewriter: a transformers causal LM, batched, streamed and cancellable.

Batches are grouped by length under a token budget and left-padded. Each row may run to
its own limit of new tokens (about its passage's length, see GenerationSettings); a row
that reaches it without ending is marked truncated. Out of GPU memory, a batch is split
in half and retried, and later batches stay at the smaller size.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import torch
from transformers import StoppingCriteria, StoppingCriteriaList
from transformers.generation.streamers import BaseStreamer

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.backends import model_loading
from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
from aligner_gui.core.rewrite.backends.shared_prefix import SharedPrefix
from aligner_gui.core.rewrite.batching import plan_batches
from aligner_gui.core.rewrite.messages import chat_messages, plain_prompt
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.core.rewrite.types import (
    FINISH_LENGTH,
    FINISH_STOP,
    GenerationSettings,
    JobControl,
    RewriteRequest,
    RewriteResult,
)

# A batch's rows should fill at least this share of its widest row (see plan_batches).
MIN_FILL = 0.7


def is_out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, torch.OutOfMemoryError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
    )


class _StepControl(StoppingCriteria):
    """Runs once per decoding step: honours pause and cancel, and ends each row at its
    own token limit (transformers pads a finished row while the others go on)."""

    def __init__(self, control: JobControl, prompt_width: int, limits: list[int], device: str) -> None:
        self.control = control
        self.prompt_width = prompt_width
        self.limits = torch.tensor(limits, device=device)

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: object) -> torch.Tensor:
        self.control.checkpoint()
        return input_ids.shape[1] - self.prompt_width >= self.limits


class _TextStreamer(BaseStreamer):
    """Hands each newly decoded piece of text to ``on_text``. Decodes the whole answer
    each time, since a token can end in the middle of a multi-byte character."""

    def __init__(self, tokenizer, on_text: Callable[[str], None]) -> None:  # noqa: ANN001
        self.tokenizer = tokenizer
        self.on_text = on_text
        self.tokens: list[int] = []
        self.sent = ""
        self.prompt_seen = False

    def put(self, value: torch.Tensor) -> None:
        if not self.prompt_seen:  # generate() first hands over the prompt itself
            self.prompt_seen = True
            return
        self.tokens.extend(value.reshape(-1).tolist())
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        if text.endswith("\ufffd"):  # an incomplete character: wait for the next token
            return
        if len(text) > len(self.sent) and text.startswith(self.sent):
            self.on_text(text[len(self.sent) :])
            self.sent = text

    def end(self) -> None:
        pass


class TransformersRewriter:
    def __init__(
        self, model: str, options: ModelOptions | None = None, on_notice: Callable[[str], None] | None = None
    ) -> None:
        self.options = options or ModelOptions()
        self.tokenizer, self.model, self.device = model_loading.load(model, self.options)
        self.model_name = model_loading.recorded_name(model)
        self.on_notice = on_notice or (lambda _message: None)
        self.token_budget = self.options.token_budget or model_loading.default_token_budget(
            self.device, self.model.config, self.model.dtype
        )
        self.set_batch_size(None)
        self._eos = self._eos_ids()
        self._lengths: dict[int, int] = {}  # passage id -> tokens, counted once when planning
        self.reuse_prefix = True
        self.prefix = SharedPrefix(self.tokenizer, self.model, self.device, not self.has_chat_template)
        self._system_role = True

    # -- prompts -------------------------------------------------------------------------

    @property
    def has_chat_template(self) -> bool:
        return bool(getattr(self.tokenizer, "chat_template", None))

    def render(self, instructions: str, passage: str) -> str:
        if not self.has_chat_template:
            return plain_prompt(instructions, passage)
        try:
            return self._apply_template(instructions, passage)
        except Exception as exc:  # a template that refuses the system role raises from inside Jinja
            if not self._system_role or "system" not in str(exc).lower():
                raise AlignerError(f"the model's chat template failed: {exc}") from exc
            self._system_role = False
            return self._apply_template(instructions, passage)

    def _apply_template(self, instructions: str, passage: str) -> str:
        messages = chat_messages(instructions, passage, system_role=self._system_role)
        return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def _encode(self, prompts: list[str]) -> dict[str, torch.Tensor]:
        # A rendered chat template already holds its special tokens; the plain format
        # gets the tokenizer's usual ones (a beginning-of-text token, typically).
        return self.tokenizer(
            prompts, return_tensors="pt", padding=True, add_special_tokens=not self.has_chat_template
        ).to(self.device)

    def _encode_batch(self, instructions: str, batch: list[RewriteRequest]) -> dict:
        """The batch's inputs: after the instructions' cached keys and values when the
        prompts share them cleanly (see shared_prefix), else whole and left-padded."""
        prompts = [self.render(instructions, r.text) for r in batch]
        head = self.render(instructions, "")
        head = head[: len(os.path.commonprefix([head, *prompts]))]
        if self.reuse_prefix and head:
            inputs = self.prefix.inputs(head, [p[len(head) :] for p in prompts])
            if inputs is not None:
                return inputs
        return self._encode(prompts)

    def passage_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]]

    def _passage_lengths(self, batch: list[RewriteRequest]) -> list[int]:
        if all(r.passage_id in self._lengths for r in batch):
            return [self._lengths[r.passage_id] for r in batch]
        return self.passage_tokens([r.text for r in batch])

    # -- batching --------------------------------------------------------------------------

    def plan(
        self, requests: list[RewriteRequest], instructions: str, settings: GenerationSettings
    ) -> list[list[RewriteRequest]]:
        overhead = len(self.tokenizer(self.render(instructions, ""), add_special_tokens=False)["input_ids"])
        lengths = self.passage_tokens([r.text for r in requests])
        self._lengths = {r.passage_id: n for r, n in zip(requests, lengths, strict=True)}
        by_index = plan_batches(
            [(i, overhead + n) for i, n in enumerate(lengths)],
            lambda prompt: settings.new_tokens_for(prompt - overhead),
            self.token_budget,
            self.max_rows,
            MIN_FILL,
        )
        return [[requests[i] for i in batch] for batch in by_index]

    def rewrite(
        self, batch: list[RewriteRequest], instructions: str, settings: GenerationSettings, control: JobControl
    ) -> list[RewriteResult]:
        results: list[RewriteResult] = []
        while len(results) < len(batch):
            chunk = batch[len(results) : len(results) + self.max_rows]
            try:
                results += self._generate(chunk, instructions, settings, control)
                continue
            except Exception as exc:
                if not is_out_of_memory(exc):
                    raise
                if len(chunk) == 1:
                    raise RewriteSettingError(
                        "max_new_tokens",
                        "out_of_memory",
                        "out of memory on a single passage: lower --max-new-tokens, use a smaller dtype or model,"
                        " or free the GPU",
                    ) from exc
                # Later batches stay at the size that fits.
                self.max_rows = (len(chunk) + 1) // 2
                self.token_budget = max(1, self.token_budget // 2)
                self.on_notice(f"out of memory with {len(chunk)} passages at once: going on {self.max_rows} at a time")
            # Outside the handler, whose traceback still holds the failed batch's tensors.
            self._free_memory()
        return results

    def _free_memory(self) -> None:
        if self.device.startswith("cuda"):
            torch.cuda.empty_cache()
        elif self.device == "mps":
            torch.mps.empty_cache()

    # -- generation ------------------------------------------------------------------------

    def _generate(
        self,
        batch: list[RewriteRequest],
        instructions: str,
        settings: GenerationSettings,
        control: JobControl,
        streamer: BaseStreamer | None = None,
    ) -> list[RewriteResult]:
        started = time.perf_counter()
        control.checkpoint()
        encoded = self._encode_batch(instructions, batch)
        limits = [settings.new_tokens_for(n) for n in self._passage_lengths(batch)]
        width = encoded["input_ids"].shape[1]  # instructions, padding and passage
        output = self.model.generate(
            **encoded,
            max_new_tokens=max(limits),
            stopping_criteria=StoppingCriteriaList([_StepControl(control, width, limits, self.device)]),
            streamer=streamer,
            pad_token_id=self.tokenizer.pad_token_id,
            **self._sampling(settings),
        )
        ms = (time.perf_counter() - started) * 1000 / len(batch)  # each row's share of the batch
        prompt_tokens = encoded["attention_mask"].sum(dim=1).tolist()
        return [
            self._result(request, output[row, width:].tolist(), limits[row], prompt_tokens[row], ms)
            for row, request in enumerate(batch)
        ]

    def _sampling(self, settings: GenerationSettings) -> dict:
        if settings.do_sample:
            return {"do_sample": True, "temperature": settings.temperature, "top_p": settings.top_p}
        # Explicit, so a checkpoint's own sampling defaults cannot turn greedy into sampling.
        return {"do_sample": False, "temperature": None, "top_p": None, "top_k": None}

    def _eos_ids(self) -> set[int]:
        eos = self.model.generation_config.eos_token_id
        ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if self.tokenizer.eos_token_id is not None:
            ids.add(self.tokenizer.eos_token_id)
        return ids

    def _result(self, request: RewriteRequest, tokens: list[int], limit: int, tokens_in: int, ms: float):  # noqa: ANN202
        # Only the row's own allowance counts: after it, a finished row holds padding
        # (which is often the end-of-text token itself).
        end = next((i for i, token in enumerate(tokens[:limit]) if token in self._eos), None)
        if end is None:
            kept, reason, count = tokens[:limit], FINISH_LENGTH, min(limit, len(tokens))
        else:
            kept, reason, count = tokens[:end], FINISH_STOP, end + 1
        text = self.tokenizer.decode(kept, skip_special_tokens=True).strip()
        return RewriteResult(request.passage_id, text, reason, tokens_in, count, ms)

    def stream(
        self,
        request: RewriteRequest,
        instructions: str,
        settings: GenerationSettings,
        control: JobControl,
        on_text: Callable[[str], None],
    ) -> RewriteResult:
        streamer = _TextStreamer(self.tokenizer, on_text)
        return self._generate([request], instructions, settings, control, streamer=streamer)[0]

    def set_batch_size(self, size: int | None) -> None:
        self.max_rows = size or self.options.max_batch or model_loading.default_max_batch(self.device)

    def describe(self) -> dict:
        return {
            "backend": "transformers",
            "device": self.device,
            "dtype": str(self.model.dtype).removeprefix("torch."),
            "attention": self.model.config._attn_implementation,
            "chat_template": self.has_chat_template,
        }

    def close(self) -> None:
        # The shared prefix holds the model and a key-value cache too: drop both, or the
        # GPU memory stays taken after the GUI unloads this model for another.
        self.model = self.prefix = None
        self._free_memory()
