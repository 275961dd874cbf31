"""Making a backend from what the user chose (command line or the GUI's rewriter panel)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.backends.model_loading import ModelOptions, check_local_model, recorded_name
from aligner_gui.core.rewrite.backends.openai_server import split_base_url
from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.core.rewrite.types import Rewriter

BACKENDS = ("transformers", "openai")
API_KEY_VARIABLES = ("ALIGNER_API_KEY", "OPENAI_API_KEY")


@dataclass(frozen=True)
class BackendChoice:
    backend: str
    model: str
    base_url: str | None = None
    api_key: str | None = None
    concurrency: int = 8
    timeout: float = 300.0
    batch_size: int | None = None  # transformers: rows per batch at most; openai: requests per commit
    model_options: ModelOptions = field(default_factory=ModelOptions)


def api_key_from_environment() -> str | None:
    return next((os.environ[name] for name in API_KEY_VARIABLES if os.environ.get(name)), None)


def check_choice(choice: BackendChoice) -> None:
    """Raise RewriteSettingError for what is wrong before anything is loaded or connected to."""
    if choice.backend not in BACKENDS:
        raise AlignerError(f"unknown backend {choice.backend!r}: use one of {', '.join(BACKENDS)}")
    if not choice.model.strip():
        raise RewriteSettingError(
            "model", "no_model", "choose a model (--model): a folder, a cached model id, or the server's model name"
        )
    if choice.backend == "openai":
        if not (choice.base_url or "").strip():
            raise RewriteSettingError(
                "base_url",
                "no_base_url",
                "the openai backend needs the server's address: --base-url http://HOST:PORT/v1",
            )
        split_base_url(choice.base_url)


def make_rewriter(choice: BackendChoice, on_notice: Callable[[str], None] | None = None) -> Rewriter:
    """Load the model or connect to the server. Heavy imports happen here, not before."""
    check_choice(choice)
    if choice.backend == "transformers":
        check_local_model(choice.model, choice.model_options)  # a wrong folder is told without the wait
        from aligner_gui.core.rewrite.backends.local_model import TransformersRewriter

        options = choice.model_options
        if choice.batch_size:
            options = replace(options, max_batch=choice.batch_size)
        return TransformersRewriter(choice.model, options, on_notice=on_notice)
    from aligner_gui.core.rewrite.backends.openai_server import OpenAIRewriter

    return OpenAIRewriter(
        choice.base_url,
        choice.model,
        api_key=choice.api_key or api_key_from_environment(),
        concurrency=choice.concurrency,
        timeout=choice.timeout,
        batch_size=choice.batch_size,
    )


def recorded_model_name(choice: BackendChoice) -> str:
    """The model's name as the project records it (Rewriter.model_name), without loading
    it: a local folder's resolved path, else the name given."""
    return recorded_name(choice.model) if choice.backend == "transformers" else choice.model
