"""Finding and loading a local transformers model, with safe defaults.

A model is a folder, or a model id already in the local Hugging Face cache; nothing is
downloaded unless the user asks. Weights load from safetensors only and the checkpoint's
own Python code never runs, unless the user opts in; each refusal names its opt-in.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.setting_error import RewriteSettingError


@dataclass(frozen=True)
class ModelOptions:
    device: str = "auto"  # auto | cpu | cuda | cuda:N | mps
    dtype: str = "auto"  # auto | bfloat16 | float16 | float32
    allow_download: bool = False
    trust_remote_code: bool = False
    allow_pickle: bool = False  # load pytorch_model.bin (pickle can run code) when no safetensors
    token_budget: int | None = None  # rows x (prompt + new tokens) per batch; None: from memory
    max_batch: int | None = None  # rows per batch at most; None: 64 on a CPU, 128 on a GPU


def check_local_model(model: str, options: ModelOptions) -> None:
    """What is wrong with a model given as a folder, told before torch and transformers are
    imported (seconds): a folder that is not there, is a file, or holds no model."""
    folder = local_model_folder(model)
    if folder is not None:
        check_weights(folder, options.allow_pickle)


def local_model_folder(model: str) -> Path | None:
    """The folder ``model`` names, or None where it is a model id (looked up in the cache)."""
    path = Path(model).expanduser()
    if path.is_file():
        problem, message = "not_a_model_folder", f"{path} is a file, not a model folder"
    elif path.exists() and not (path / "config.json").is_file():
        problem, message = "not_a_model_folder", f"{path} is not a model folder: it has no config.json"
    elif path.exists():
        return path.resolve()
    elif model.startswith((".", "/", "~")) or os.sep in model.strip("/").replace("/", "", 1):
        problem, message = "no_model_folder", f"no model folder at {path}"
    else:
        return None
    hint = "; give --model the folder that holds the model's config.json"
    raise RewriteSettingError("model", problem, message + hint, folder=str(path))


def recorded_name(model: str) -> str:
    """The model's name as a project records it: a local folder's resolved path, else the
    model id as given (whichever cache folder it loads from)."""
    folder = local_model_folder(model)
    return str(folder) if folder is not None else model


def resolve_model_folder(model: str, allow_download: bool = False) -> Path:
    folder = local_model_folder(model)
    if folder is not None:
        return folder
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(model, local_files_only=not allow_download))
    except (LocalEntryNotFoundError, HFValidationError, OSError) as exc:
        if allow_download:
            raise AlignerError(f"cannot download model {model!r}: {exc}") from exc
        raise RewriteSettingError(
            "model",
            "model_not_cached",
            f"model {model!r} is neither a folder nor in the local Hugging Face cache; give the model's folder,"
            " download it first (hf download MODEL), or pass --allow-download",
            model=model,
        ) from exc


def check_weights(folder: Path, allow_pickle: bool) -> None:
    if any(folder.glob("*.safetensors")):
        return
    pickled = sorted(p.name for p in folder.glob("*.bin"))
    if not pickled:
        raise AlignerError(f"{folder} has no model weights (*.safetensors)")
    if not allow_pickle:
        raise RewriteSettingError(
            "allow_pickle",
            "pickle_weights",
            f"{folder} has weights only as {pickled[0]} (a pickle file, which can run code when loaded);"
            " convert it to safetensors or pass --allow-pickle if you trust it",
            folder=str(folder),
            file=pickled[0],
        )


def pick_device(choice: str = "auto") -> str:
    import torch

    if choice != "auto":
        if choice not in ("cpu", "mps", "cuda") and not re.fullmatch(r"cuda:\d+", choice):
            raise AlignerError(f"unknown device {choice!r}: use auto, cpu, cuda, cuda:N or mps")
        if choice.startswith("cuda") and not torch.cuda.is_available():
            raise AlignerError(f"device {choice!r} asked for, but this torch build sees no CUDA GPU")
        if choice == "mps" and not torch.backends.mps.is_available():
            raise AlignerError("device 'mps' asked for, but it is not available here")
        return choice
    if torch.cuda.is_available():
        return "cuda"
    if torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def pick_dtype(device: str, choice: str = "auto"):  # noqa: ANN201 - torch.dtype, imported lazily
    import torch

    if choice != "auto":
        try:
            return {"bfloat16": torch.bfloat16, "float16": torch.float16, "float32": torch.float32}[choice]
        except KeyError:
            raise AlignerError(f"unknown dtype {choice!r}: use bfloat16, float16 or float32") from None
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "mps":
        return torch.float16
    return torch.float32


# Memory the key-value cache of one batch may take. On a CPU the attention of a padded
# prefill also grows with rows x length^2, hence the cap on its budget.
CPU_CACHE_BYTES = 2 << 30
GPU_CACHE_SHARE = 0.5  # of the GPU memory still free once the weights are loaded
CPU_BUDGET_RANGE = (4096, 32768)
GPU_BUDGET_RANGE = (8192, 1 << 20)


def kv_bytes_per_token(config, dtype) -> int | None:  # noqa: ANN001 - a transformers config, torch.dtype
    """Key-value cache bytes per token: layers x (key + value) x heads x head size."""
    layers = getattr(config, "num_hidden_layers", None)
    heads = getattr(config, "num_attention_heads", None)
    hidden = getattr(config, "hidden_size", None)
    if not (layers and heads and hidden):
        return None
    kv_heads = getattr(config, "num_key_value_heads", None) or heads
    head_dim = getattr(config, "head_dim", None) or hidden // heads
    return layers * 2 * kv_heads * head_dim * dtype.itemsize


def default_token_budget(device: str, config, dtype) -> int:  # noqa: ANN001
    """How many tokens (rows x (prompt + new tokens)) a batch may hold, from the memory the
    key-value cache can take on this device. Out-of-memory halves it at run time anyway."""
    per_token = kv_bytes_per_token(config, dtype)
    low, high = CPU_BUDGET_RANGE if device == "cpu" else GPU_BUDGET_RANGE
    if per_token is None:
        return low
    if device.startswith("cuda"):
        import torch

        free, _total = torch.cuda.mem_get_info(torch.device(device))
        room = int(free * GPU_CACHE_SHARE)
    else:
        room = CPU_CACHE_BYTES
    return max(low, min(high, room // per_token))


def default_max_batch(device: str) -> int:
    return 64 if device == "cpu" else 128


def load(model: str, options: ModelOptions):  # noqa: ANN201 - (tokenizer, model, device)
    """Load tokenizer and model, ready for batched generation with left padding."""
    folder = resolve_model_folder(model, options.allow_download)
    check_weights(folder, options.allow_pickle)
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # our own progress display is enough
    trust = options.trust_remote_code
    try:
        config = AutoConfig.from_pretrained(folder, trust_remote_code=trust, local_files_only=True)
    except ValueError as exc:
        if "trust_remote_code" in str(exc):
            raise RewriteSettingError(
                "trust_remote_code",
                "remote_code",
                f"{folder} needs its own Python code to load (custom model type); pass --trust-remote-code"
                " only if you trust where it came from",
                folder=str(folder),
            ) from exc
        raise AlignerError(f"cannot read the model configuration in {folder}: {exc}") from exc
    device = pick_device(options.device)
    dtype = pick_dtype(device, options.dtype)
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, trust_remote_code=trust, local_files_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise AlignerError(f"cannot load the tokenizer in {folder}: {exc}") from exc
    tokenizer.padding_side = "left"  # decoder-only: new tokens must follow the prompt directly
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token or tokenizer.unk_token
    kwargs = dict(
        config=config,
        dtype=dtype,
        trust_remote_code=trust,
        local_files_only=True,
        use_safetensors=None if options.allow_pickle else True,
    )
    try:
        network = AutoModelForCausalLM.from_pretrained(folder, attn_implementation="sdpa", **kwargs)
    except ValueError as exc:
        if "sdpa" not in str(exc).lower():
            raise AlignerError(f"cannot load the model in {folder}: {exc}") from exc
        network = AutoModelForCausalLM.from_pretrained(folder, attn_implementation="eager", **kwargs)
    network.to(device).eval()
    return tokenizer, network, device
