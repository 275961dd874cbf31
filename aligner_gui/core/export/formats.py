"""One reviewed passage as the rows of each export format (TRL's dataset formats).

Every row carries its provenance beside the training columns, so a row can be traced
back to the passage, the reviewer and the rewrite it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pyarrow as pa

from aligner_gui.core.export.distances import edit_distances
from aligner_gui.core.export.rows import ReviewedRow

KEPT = ("accepted", "edited")


def provenance(row: ReviewedRow) -> dict:
    words, chars = edit_distances(row.rewrite, row.final)
    return {
        "uid": row.uid,
        "source": row.source,
        "reviewer": row.reviewer,
        "decision": row.decision,
        "reasons": row.reasons,
        "note": row.note,
        "model": row.model,
        "origin": row.origin,
        "prompt_name": row.prompt_name,
        "prompt_version": row.prompt_version,
        "flags": row.flags,
        "word_distance": words,
        "char_distance": chars,
        "decided_at": row.decided_at,
    }


def _system(row: ReviewedRow, system: str | None) -> list[dict]:
    text = system if system is not None else row.prompt_text
    return [{"role": "system", "content": text}] if text else []


def _prompt(row: ReviewedRow, system: str | None) -> list[dict]:
    return [*_system(row, system), {"role": "user", "content": row.raw}]


def sft_rows(row: ReviewedRow, system: str | None, _others: Callable[[], list[str]]) -> Iterator[dict]:
    if row.decision in KEPT and row.final is not None:
        yield {"messages": [*_prompt(row, system), {"role": "assistant", "content": row.final}], **provenance(row)}


def pretrain_rows(row: ReviewedRow, _system_text: str | None, _others: Callable[[], list[str]]) -> Iterator[dict]:
    if row.decision in KEPT and row.final is not None:
        yield {"text": row.final, "aligned": True, **provenance(row)}


def dpo_rows(row: ReviewedRow, system: str | None, others: Callable[[], list[str]]) -> Iterator[dict]:
    """A pair where a human edited a model's rewrite (the human's text is chosen), and
    where a reviewer kept one candidate over the passage's others."""
    if row.decision not in KEPT or row.final is None:
        return
    prompt = _prompt(row, system)
    rejected = []
    if row.decision == "edited" and row.rewrite is not None and row.rewrite != row.final:
        rejected.append(("edited", row.rewrite))
    rejected += [("candidate", text) for text in others() if text not in (row.final, row.rewrite)]
    origin = provenance(row) if rejected else {}
    for pair, text in rejected:
        yield {
            "prompt": prompt,
            "chosen": [{"role": "assistant", "content": row.final}],
            "rejected": [{"role": "assistant", "content": text}],
            "pair": pair,
            **origin,
        }


def kto_rows(row: ReviewedRow, system: str | None, _others: Callable[[], list[str]]) -> Iterator[dict]:
    """Accepted and edited texts are desirable; a rejected rewrite is not wasted."""
    if row.decision in KEPT and row.final is not None:
        completion, label = row.final, True
    elif row.decision == "rejected" and row.rewrite is not None:
        completion, label = row.rewrite, False
    else:
        return
    yield {
        "prompt": _prompt(row, system),
        "completion": [{"role": "assistant", "content": completion}],
        "label": label,
        **provenance(row),
    }


ROW_BUILDERS = {"sft": sft_rows, "pretrain": pretrain_rows, "dpo": dpo_rows, "kto": kto_rows}
# What each format needs of the review, so the query reads no more than that.
NEEDED_DECISIONS = {
    "sft": frozenset(KEPT),
    "pretrain": frozenset(KEPT),
    "dpo": frozenset(KEPT),
    "kto": frozenset((*KEPT, "rejected")),
}
TASK_CATEGORIES = ["text-generation"]  # the dataset card's, for every format

# Parquet columns, declared: inferred from each shard's rows, a column empty in one shard
# (no note, no prompt) would get another type there than in the next.
_WORDS = pa.list_(pa.string())
PROVENANCE_SCHEMA = pa.schema(
    [
        ("uid", pa.string()), ("source", pa.string()), ("reviewer", pa.string()), ("decision", pa.string()),
        ("reasons", _WORDS), ("note", pa.string()), ("model", pa.string()), ("origin", pa.string()),
        ("prompt_name", pa.string()), ("prompt_version", pa.int64()), ("flags", _WORDS),
        ("word_distance", pa.int64()), ("char_distance", pa.int64()), ("decided_at", pa.string()),
    ]
)  # fmt: skip
PARQUET_SCHEMAS = {"pretrain": pa.schema([("text", pa.string()), ("aligned", pa.bool_()), *PROVENANCE_SCHEMA])}
