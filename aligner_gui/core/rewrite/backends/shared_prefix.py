"""Reusing the instructions' key-value cache across a job's batches.

Every prompt of a job starts with the same text (the chat template's opening and the
code of conduct, often a thousand tokens or more), so its keys and values are computed
once and copied into each batch. A batch is then laid out as
``[instructions][padding][passage and template tail]``: the attention mask hides the
padding, and positions come from the mask, so each row sees exactly what it would see
alone. Where the tokenizer would split the text differently at the seam, the prefix is
not used and batches are encoded whole.
"""

from __future__ import annotations

import copy

import torch
from transformers.generation import utils as generation_utils

# Newer transformers name the key-value cache ``cache`` (in ``generate`` and in a
# forward pass's output) and warn that ``past_key_values`` goes away in version 6;
# older ones (back to 4.56, the oldest supported) know only ``past_key_values``.
CACHE_ARGUMENT = "cache" if "cache" in getattr(generation_utils, "ALL_CACHE_NAMES", ()) else "past_key_values"


class SharedPrefix:
    def __init__(self, tokenizer, model, device: str, add_special_tokens: bool) -> None:  # noqa: ANN001
        self.tokenizer = tokenizer
        self.model = model
        self.device = device
        self.add_special_tokens = add_special_tokens
        self._head: str | None = None
        self._ids: torch.Tensor | None = None
        self._cache = None

    def inputs(self, head: str, rows: list[str]) -> dict | None:
        """Model inputs for ``rows`` (each a prompt's text after ``head``) with a copy of
        the head's cache; None when this tokenizer does not split cleanly at the seam."""
        if head != self._head:
            self._prepare(head, rows)
        if self._ids is None:
            return None
        rest = self.tokenizer(rows, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        count = len(rows)
        cache = copy.deepcopy(self._cache)
        cache.batch_repeat_interleave(count)
        width = self._ids.shape[0]
        ones = torch.ones(count, width, dtype=rest["attention_mask"].dtype, device=self.device)
        return {
            "input_ids": torch.cat([self._ids.expand(count, width), rest["input_ids"]], dim=1),
            "attention_mask": torch.cat([ones, rest["attention_mask"]], dim=1),
            CACHE_ARGUMENT: cache,
        }

    def _prepare(self, head: str, rows: list[str]) -> None:
        """Check the seam on the first rows seen: the head's tokens followed by each row's
        must be exactly the tokens of the whole prompt."""
        self._head, self._ids, self._cache = head, None, None
        head_ids = self.tokenizer(head, add_special_tokens=self.add_special_tokens)["input_ids"]
        row_ids = self.tokenizer(rows, add_special_tokens=False)["input_ids"]
        whole = self.tokenizer([head + row for row in rows], add_special_tokens=self.add_special_tokens)["input_ids"]
        if not head_ids or any(head_ids + ids != full for ids, full in zip(row_ids, whole, strict=True)):
            return
        ids = torch.tensor(head_ids, device=self.device)
        with torch.no_grad():
            self._cache = self.model(ids[None], use_cache=True)[CACHE_ARGUMENT]
        self._ids = ids
