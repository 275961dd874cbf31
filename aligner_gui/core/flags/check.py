"""Every detector, run on one (raw, rewrite) pair, under the project's thresholds."""

from __future__ import annotations

import json
from collections.abc import Mapping

from aligner_gui.core.errors import UsageError
from aligner_gui.core.flags import (
    content,
    dialect,
    language,
    left_in,
    length,
    output_shape,
    repetition,
    surface,
    truncation,
)
from aligner_gui.core.flags.model import Flag, Pair

DETECTORS = (repetition, output_shape, language, truncation, length, content, left_in, dialect, surface)
DEFAULT_THRESHOLDS: dict[str, float] = {name: value for d in DETECTORS for name, value in d.DEFAULTS.items()}


def thresholds_with(overrides: Mapping[str, float] | None) -> dict[str, float]:
    """The defaults with a project's overrides; an unknown name is refused."""
    unknown = sorted(set(overrides or ()) - set(DEFAULT_THRESHOLDS))
    if unknown:
        raise UsageError(f"unknown flag threshold {', '.join(unknown)}: see `aligner flags --thresholds`")
    return {**DEFAULT_THRESHOLDS, **(overrides or {})}


def check(
    raw: str, rewrite: str, finish_reason: str | None = None, thresholds: Mapping[str, float] | None = None
) -> list[Flag]:
    """The flags of one rewrite, worst first."""
    pair = Pair(raw, rewrite, finish_reason)
    limits = DEFAULT_THRESHOLDS if thresholds is None else thresholds
    if len(limits) < len(DEFAULT_THRESHOLDS):  # some overrides: the defaults for the rest
        limits = {**DEFAULT_THRESHOLDS, **limits}
    found = [flag for detector in DETECTORS for flag in detector.detect(pair, limits)]
    return sorted(found, key=lambda flag: (-flag.severity, flag.code))


class Checker:
    """check() with the thresholds fixed, and each flag as the row the project stores:
    (code, severity, detail, spans as JSON, the thresholds it was measured against)."""

    def __init__(self, thresholds: Mapping[str, float] | None = None) -> None:
        self.thresholds = dict(DEFAULT_THRESHOLDS if thresholds is None else thresholds)
        self._recorded: dict[str, str] = {}  # a code's thresholds as JSON, by code

    def rows(self, raw: str, rewrite: str, finish_reason: str | None = None) -> tuple[tuple, ...]:
        flags = check(raw, rewrite, finish_reason, self.thresholds)
        return tuple(
            (f.code, f.severity, f.detail, json.dumps([[s.side, s.start, s.end] for s in f.spans]), self._of(f.code))
            for f in flags
        )

    def _of(self, code: str) -> str:
        if code not in self._recorded:
            prefix = _MODULE_OF_CODE.get(code, code)
            used = {name: value for name, value in self.thresholds.items() if name.startswith(prefix + ".")}
            self._recorded[code] = json.dumps(used, sort_keys=True)
        return self._recorded[code]


# Which module's thresholds a code is measured against (its module's name prefix).
_MODULE_OF_CODE = {
    "repetition": "repetition",
    "multiple_outputs": "output_shape",
    "commentary": "output_shape",
    "language_drift": "language",
    "truncated": "truncation",
    "too_short": "length",
    "too_long": "length",
    "numbers_changed": "content",
    "names_changed": "content",
    "left_in": "left_in",
    "dialect_changed": "dialect",
    "invisible_chars": "surface",
    "wrapped_in_quotes": "surface",
}
