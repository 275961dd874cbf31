"""Grouping passages into generation batches by length under a token budget.

A batch is padded to its longest prompt and runs until its longest allowance of new
tokens, so mixing a 50-token passage with a 2,000-token one wastes most of the work.
Sorting by length keeps neighbours alike; the budget bounds rows x (prompt + new tokens),
which is what the key-value cache grows with.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)


def plan_batches(
    lengths: Sequence[tuple[Key, int]],
    new_tokens_for: Callable[[int], int],
    token_budget: int,
    max_rows: int,
    min_fill: float = 0.0,
) -> list[list[Key]]:
    """``lengths``: (key, prompt tokens) pairs. Longest first, so a batch that does not
    fit in memory shows up at the start of a job rather than near its end. A single
    passage over the budget still gets a batch of its own. A row whose prompt + new
    tokens would fill less than ``min_fill`` of the batch's widest starts a new batch:
    padding costs memory and, in the prefill, attention work that grows with its square."""
    ordered = sorted(lengths, key=lambda pair: pair[1], reverse=True)
    batches: list[list[Key]] = []
    current: list[Key] = []
    widest = 0  # prompt + new tokens of the batch's first (longest) row
    for key, length in ordered:
        cost = length + new_tokens_for(length)
        full = len(current) >= max_rows or (len(current) + 1) * widest > token_budget
        if current and (full or cost < min_fill * widest):
            batches.append(current)
            current = []
        if not current:
            widest = cost
        current.append(key)
    if current:
        batches.append(current)
    return _balance_tail(batches)


def _balance_tail(batches: list[list[Key]]) -> list[list[Key]]:
    """A small last batch costs as many decoding steps as a full one: share the last two
    batches' rows evenly. Both still fit: the earlier half is the same width with fewer rows,
    the later half is no wider with no more rows than the earlier batch had."""
    if len(batches) < 2 or 2 * len(batches[-1]) >= len(batches[-2]):
        return batches
    rows = batches[-2] + batches[-1]
    return [*batches[:-2], rows[: len(rows) // 2], rows[len(rows) // 2 :]]
