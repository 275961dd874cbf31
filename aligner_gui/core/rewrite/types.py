"""What every rewrite backend takes and gives, and how a running job is controlled."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

FINISH_STOP = "stop"  # the model ended the rewrite itself
FINISH_LENGTH = "length"  # cut off at the token limit: the rewrite is truncated


class Cancelled(Exception):
    """Raised inside a backend when the job was cancelled; the batch in flight is dropped."""


@dataclass(frozen=True)
class RewriteRequest:
    passage_id: int
    text: str


@dataclass(frozen=True)
class RewriteResult:
    passage_id: int
    text: str
    finish_reason: str
    tokens_in: int
    tokens_out: int
    ms: float  # its share of the batch's wall time (batch time / rows), or its request's time

    @property
    def truncated(self) -> bool:
        return self.finish_reason == FINISH_LENGTH


# Arabic web text runs about 2.5 to 4 characters per token in common tokenizers; where a
# backend cannot count tokens itself (a remote server) it estimates with the low end.
CHARS_PER_TOKEN_ESTIMATE = 2.5


@dataclass(frozen=True)
class GenerationSettings:
    """How much and how to generate. A rewrite is about as long as its source, so the
    token limit follows the input: ``length_ratio`` times its tokens plus
    ``length_slack``, never more than ``max_new_tokens``."""

    max_new_tokens: int = 2048
    length_ratio: float = 1.5
    length_slack: int = 64
    do_sample: bool = False  # greedy by default: reproducible rewrites
    temperature: float = 0.7
    top_p: float = 0.95

    def new_tokens_for(self, input_tokens: int) -> int:
        return max(1, min(self.max_new_tokens, int(input_tokens * self.length_ratio) + self.length_slack))

    def new_tokens_for_text(self, text: str) -> int:
        return self.new_tokens_for(math.ceil(len(text) / CHARS_PER_TOKEN_ESTIMATE))

    def as_params(self) -> dict:
        params: dict = {
            "max_new_tokens": self.max_new_tokens,
            "length_ratio": self.length_ratio,
            "sampling": self.do_sample,
        }
        if self.do_sample:
            params.update(temperature=self.temperature, top_p=self.top_p)
        return params


class JobControl:
    """Shared between the thread running a job and whoever steers it (CLI, GUI).

    Backends call :meth:`checkpoint` once per decoding step (or per request): it blocks
    while the job is paused and raises :class:`Cancelled` once it is cancelled, so both
    take effect within one step.
    """

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # wake a paused job so it can see the cancel

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        self._running.wait()
        if self._cancelled.is_set():
            raise Cancelled()


class Rewriter(Protocol):
    """A backend. ``model_name`` is what the project records as the rewrite's model."""

    model_name: str

    def plan(
        self, requests: list[RewriteRequest], instructions: str, settings: GenerationSettings
    ) -> list[list[RewriteRequest]]:
        """Split pending requests into the batches this backend runs best."""
        ...

    def rewrite(
        self, batch: list[RewriteRequest], instructions: str, settings: GenerationSettings, control: JobControl
    ) -> list[RewriteResult]: ...

    def stream(
        self,
        request: RewriteRequest,
        instructions: str,
        settings: GenerationSettings,
        control: JobControl,
        on_text: Callable[[str], None],
    ) -> RewriteResult:
        """Rewrite one passage, calling ``on_text`` with each new piece of text as it comes."""
        ...

    def set_batch_size(self, size: int | None) -> None:
        """Passages per batch from now on (None: the backend's default)."""
        ...

    def describe(self) -> dict:
        """Backend settings worth recording with each rewrite (device, dtype, URL...)."""
        ...

    def close(self) -> None: ...
