"""A rewrite setting that is missing or does not work, said in the window's words: each
message names the Rewriter panel's own fields and boxes, where core's names command-line
flags (core.rewrite.setting_error)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from aligner_gui.core.rewrite.setting_error import RewriteSettingError
from aligner_gui.ui.common.core_messages import network_error
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.common.project_ops import failure_text

CONTEXT = "RewriterSettings"
EXAMPLE_URL = "http://localhost:8000/v1"
# Names the messages quote as they are (left to right inside an Arabic sentence).
_NAMES = {
    "config": "config.json",
    "safetensors": "safetensors",
    "example": EXAMPLE_URL,
    "shape": "http://HOST:PORT/v1",
    "variable": "ALIGNER_API_KEY",
    "v1": "/v1",
    "vllm": "vLLM",
    "openai": "OpenAI",
    "hf": "Hugging Face",
}


# Each problem (RewriteSettingError.problem) said in the window's words.
TEMPLATES = {
    "no_model": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "The rewriter has no model yet. In the Rewriter panel, fill in Model with a model folder on"
        " this computer (Browse…), or, for an {openai}-compatible server, with the name the server gives its model.",
    ),
    "no_model_folder": QT_TRANSLATE_NOOP(
        "RewriterSettings", "There is no model folder at {folder}. Choose the model's folder with Browse…."
    ),
    "not_a_model_folder": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "{folder} is not a model folder: it has no {config}. Choose the folder that holds the model's"
        " {config} with Browse….",
    ),
    "model_not_cached": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "Model {model} is neither a folder nor in this computer's {hf} cache. Choose the model's"
        " folder with Browse…, or tick “Download the model if it is not cached”.",
    ),
    "pickle_weights": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "{folder} has its weights only as {file}, a pickle file, which can run code when it is loaded."
        " Convert it to {safetensors}, or tick “Accept pickle weights” if you trust where it came from.",
    ),
    "remote_code": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "{folder} needs its own Python code to load. Tick “Run the checkpoint's own code” only if you"
        " trust where it came from.",
    ),
    "no_base_url": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "Fill in Server URL in the Rewriter panel: the address of the {openai}-compatible server, for"
        " example {example} for {vllm} on this computer.",
    ),
    "bad_base_url": QT_TRANSLATE_NOOP(
        "RewriterSettings", "Server URL {url} is not a server address. Write it as {shape}, for example {example}."
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "Nothing answers at {url} ({reason}). Is the server running? Check Server URL in the Rewriter panel.",
    ),
    "api_key_refused": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "{url} refused the API key ({detail}). Fill in API key in the Rewriter panel, or set the"
        " environment variable {variable} before starting the app.",
    ),
    "out_of_memory": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "Out of memory on a single passage. Lower Max new tokens, choose a smaller model, or free the GPU.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "RewriterSettings",
        "{url} answered “not found” ({detail}). Check Server URL (it usually ends in {v1}), and that"
        " Model, now {model}, is the name the server gives its model.",
    ),
}


def setting_error_text(error: RewriteSettingError) -> str:
    template = TEMPLATES.get(error.problem)
    if template is None:
        return failure_text(error)
    template = QCoreApplication.translate(CONTEXT, template)
    values = {name: isolated(value) for name, value in {**_NAMES, **error.details}.items()}
    if error.problem == "unreachable":
        values["reason"] = network_error(error.details["reason"])
    return template.format(**values)


def rewriter_failure_text(exc: Exception) -> str:
    """Why a rewrite job or a regeneration failed, for the panel and the status bar."""
    if isinstance(exc, RewriteSettingError):
        return setting_error_text(exc)
    return failure_text(exc)
