"""What a flag is: a hint, computed from a rewrite and its raw passage, that the rewrite
may be wrong. Flags never decide anything; they point a reviewer at evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

# How likely the rewrite is wrong, worst last; a passage's worst flag orders the queue.
INFO = 1  # for the reviewer to judge (a dialect flattened, quotes around the output)
WARNING = 2  # often wrong (numbers changed, much shorter)
LIKELY_WRONG = 3  # almost always wrong (a loop, two outputs, commentary, translated)
SEVERITY_NAMES = {INFO: "info", WARNING: "warning", LIKELY_WRONG: "likely_wrong"}

Side = Literal["raw", "rewrite"]

# Thresholds by dotted name ("repetition.duplicate_line_fraction"); each detector module
# declares its defaults in DEFAULTS, and a project may override any of them.
Thresholds = Mapping[str, float]


@dataclass(frozen=True)
class Span:
    """Evidence: characters start..end (Python string offsets) of one side's text."""

    side: Side
    start: int
    end: int


@dataclass(frozen=True)
class Flag:
    code: str  # one of core.flags.codes.CODES
    severity: int  # INFO, WARNING or LIKELY_WRONG
    detail: str  # one short English line with the measured figure, e.g. "duplicate lines 0.42 > 0.30"
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Pair:
    """What every detector sees: the raw passage, one rewrite of it, and how generation
    ended (``"length"`` when it stopped at its token limit; None for imported rewrites)."""

    raw: str
    rewrite: str
    finish_reason: str | None = None
