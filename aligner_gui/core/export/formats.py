"""One reviewed passage as the JSON lines of each export format (TRL's dataset formats).

Every row carries its provenance beside the training columns, so a row can be traced
back to the passage, the reviewer and the rewrite it came from. Rows are laid out as JSON
straight away, texts as the UTF-8 the project holds (core.export.jsonl): a million of them
are written per export, and decoding texts to build dicts for json.dumps, which encodes
them again, took longer than all the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pyarrow as pa

from aligner_gui.core.export.distances import edit_distances
from aligner_gui.core.export.jsonl import FALSE, TRUE, array, line, message, text
from aligner_gui.core.export.rows import ReviewedRow

KEPT = ("accepted", "edited")
Others = Callable[[ReviewedRow], list[bytes]]  # the passage's other candidates (dpo reads them)


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


def _prompt(row: ReviewedRow, system: bytes | None) -> list[bytes]:
    instructions = system if system is not None else row.prompt_text
    user = message("user", row.raw)
    return [message("system", instructions), user] if instructions else [user]


def sft_rows(row: ReviewedRow, system: bytes | None, _others: Others) -> Iterator[bytes]:
    """``{"messages": [system, user: raw, assistant: final], ...}``"""
    if row.decision in KEPT and row.final is not None:
        yield line({"messages": array([*_prompt(row, system), message("assistant", row.final)])}, provenance(row))


def pretrain_rows(row: ReviewedRow, _system: bytes | None, _others: Others) -> Iterator[bytes]:
    """``{"text": final, "aligned": true, ...}``"""
    if row.decision in KEPT and row.final is not None:
        yield line({"text": text(row.final), "aligned": TRUE}, provenance(row))


def raw_pretrain_row(row: ReviewedRow) -> bytes:
    """The passage's original text mixed in: ``{"text": raw, "aligned": false, ...}``"""
    return line({"text": text(row.raw), "aligned": FALSE}, provenance(row))


def dpo_rows(row: ReviewedRow, system: bytes | None, others: Others) -> Iterator[bytes]:
    """A pair where a human edited a model's rewrite (the human's text is chosen), and
    where a reviewer kept one candidate over the passage's others:
    ``{"prompt": [...], "chosen": [...], "rejected": [...], "pair": "edited" or "candidate", ...}``"""
    if row.decision not in KEPT or row.final is None:
        return
    rejected = []
    if row.decision == "edited" and row.rewrite is not None and row.rewrite != row.final:
        rejected.append(("edited", row.rewrite))
    rejected += [("candidate", other) for other in others(row) if other not in (row.final, row.rewrite)]
    if not rejected:
        return
    prompt, chosen, origin = array(_prompt(row, system)), array([message("assistant", row.final)]), provenance(row)
    for pair, other in rejected:
        fields = {"prompt": prompt, "chosen": chosen, "rejected": array([message("assistant", other)])}
        yield line({**fields, "pair": text(pair.encode())}, origin)


def kto_rows(row: ReviewedRow, system: bytes | None, _others: Others) -> Iterator[bytes]:
    """Accepted and edited texts are desirable; a rejected rewrite is not wasted:
    ``{"prompt": [...], "completion": [...], "label": true or false, ...}``"""
    if row.decision in KEPT and row.final is not None:
        completion, label = row.final, TRUE
    elif row.decision == "rejected" and row.rewrite is not None:
        completion, label = row.rewrite, FALSE
    else:
        return
    fields = {"prompt": array(_prompt(row, system)), "completion": array([message("assistant", completion)])}
    yield line({**fields, "label": label}, provenance(row))


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
