"""Precision and recall of the automatic flags on the labelled set.

Run from the repository root (a script, not a pytest test):

    .venv/bin/python tests/bench/eval_flags.py [--thresholds FILE.json] [--origin demo|written] [--misses] [--json]

It runs ``core.flags.check.check()`` on every (raw, rewrite) pair of
tests/flags_eval/labelled.jsonl (tests/flags_eval/README.md says how it was labelled)
and compares the codes it flags with the codes a reviewer labelled. It prints a Markdown
table per code: pairs labelled with the code, pairs flagged with it, true positives,
precision (true positives / flagged) and recall (true positives / labelled), then an
overall row summed over every code. ``--misses`` lists each false positive (with the
flag's detail) and false negative (with the label's note). ``--thresholds`` takes a JSON
object of threshold overrides by dotted name, as a project stores them.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from aligner_gui.core.errors import AlignerError  # noqa: E402
from aligner_gui.core.flags.codes import CODES  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "flags_eval" / "labelled.jsonl"
ORIGINS = ("demo", "written")
FIELDS = {"id": str, "origin": str, "raw": str, "rewrite": str, "expected": list, "note": str}


@dataclass(frozen=True)
class Labelled:
    id: str
    origin: str
    raw: str
    rewrite: str
    finish_reason: str | None
    expected: frozenset[str]
    note: str


@dataclass
class Score:
    """One code's counts, and the ids behind its misses (with the flag's detail for a false positive)."""

    labelled: int = 0
    flagged: int = 0
    true_positives: int = 0
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.flagged if self.flagged else None

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.labelled if self.labelled else None


class SetError(ValueError):
    """A line of the labelled set that is not a well-formed pair: the message names file and line."""


def load_set(path: Path = DEFAULT_SET) -> list[Labelled]:
    rows: list[Labelled] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            rows.append(_parse(line, f"{path}, line {number}"))
            if rows[-1].id in seen:
                raise SetError(f"{path}, line {number}: id {rows[-1].id!r} already used on line {seen[rows[-1].id]}")
            seen[rows[-1].id] = number
    return rows


def _parse(line: str, where: str) -> Labelled:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SetError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(item, dict):
        raise SetError(f"{where}: a pair is a JSON object")
    for name, kind in FIELDS.items():
        if not isinstance(item.get(name), kind):
            raise SetError(f"{where}: {name!r} must be a {kind.__name__}")
    if item["origin"] not in ORIGINS:
        raise SetError(f"{where}: origin {item['origin']!r} is not one of {', '.join(ORIGINS)}")
    finish = item.get("finish_reason")
    if finish is not None and not isinstance(finish, str):
        raise SetError(f"{where}: finish_reason must be null or a string")
    unknown = sorted(set(item["expected"]) - set(CODES))
    if unknown:
        raise SetError(f"{where}: unknown flag code {', '.join(map(repr, unknown))}")
    return Labelled(
        item["id"], item["origin"], item["raw"], item["rewrite"], finish, frozenset(item["expected"]), item["note"]
    )


def evaluate(rows: list[Labelled], thresholds: dict[str, float] | None = None) -> dict[str, Score]:
    """Each code's score over ``rows``, with check() under the defaults and ``thresholds``."""
    from aligner_gui.core.flags.check import check, thresholds_with

    limits = thresholds_with(thresholds)
    scores = {code: Score() for code in CODES}
    for row in rows:
        flags = {flag.code: flag.detail for flag in check(row.raw, row.rewrite, row.finish_reason, limits)}
        for code, score in scores.items():
            labelled, flagged = code in row.expected, code in flags
            score.labelled += labelled
            score.flagged += flagged
            score.true_positives += labelled and flagged
            if flagged and not labelled:
                score.false_positives.append((row.id, flags[code]))
            if labelled and not flagged:
                score.false_negatives.append(row.id)
    return scores


def overall(scores: dict[str, Score]) -> Score:
    total = Score()
    for score in scores.values():
        total.labelled += score.labelled
        total.flagged += score.flagged
        total.true_positives += score.true_positives
    return total


def table(scores: dict[str, Score]) -> str:
    lines = ["| code | labelled | flagged | true pos. | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for name, score in [*scores.items(), ("**overall**", overall(scores))]:
        lines.append(
            f"| {name} | {score.labelled} | {score.flagged} | {score.true_positives} | "
            f"{_ratio(score.precision)} | {_ratio(score.recall)} |"
        )
    return "\n".join(lines)


def misses(scores: dict[str, Score], rows: list[Labelled]) -> str:
    notes = {row.id: row.note for row in rows}
    lines = []
    for code, score in scores.items():
        lines += [f"- false positive {code}: {id_}: {detail}" for id_, detail in score.false_positives]
        lines += [f"- false negative {code}: {id_}: {notes[id_]}" for id_ in score.false_negatives]
    return "\n".join(lines) or "no misses"


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _thresholds(path: str | None) -> dict[str, float] | None:
    if path is None:
        return None
    try:
        overrides = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"cannot read thresholds from {path}: {exc}") from None
    if not isinstance(overrides, dict) or not all(isinstance(v, int | float) for v in overrides.values()):
        raise SystemExit(f"{path}: thresholds are a JSON object of numbers by dotted name")
    return overrides


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default=str(DEFAULT_SET), help="the labelled JSONL (default: %(default)s)")
    parser.add_argument("--thresholds", metavar="FILE.json", help="threshold overrides, by dotted name")
    parser.add_argument("--origin", choices=ORIGINS, help="only the demo's pairs, or only the written ones")
    parser.add_argument("--misses", action="store_true", help="list every false positive and false negative")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        rows = load_set(Path(args.set))
    except (OSError, SetError) as exc:
        raise SystemExit(str(exc)) from None
    rows = [row for row in rows if args.origin in (None, row.origin)]
    try:
        scores = evaluate(rows, _thresholds(args.thresholds))
    except AlignerError as exc:  # an unknown threshold name
        raise SystemExit(str(exc)) from None
    if args.json:
        counts = {
            code: {
                "labelled": s.labelled,
                "flagged": s.flagged,
                "true_positives": s.true_positives,
                "precision": s.precision,
                "recall": s.recall,
            }
            for code, s in scores.items()
        }
        print(json.dumps(counts, indent=2))
        return 0
    print(f"{len(rows)} pairs ({', '.join(f'{sum(r.origin == o for r in rows)} {o}' for o in ORIGINS)})\n")
    print(table(scores))
    fp = sum(len(s.false_positives) for s in scores.values())
    fn = sum(len(s.false_negatives) for s in scores.values())
    print(f"\n{fp} false positives, {fn} false negatives" + ("" if args.misses else " (--misses lists them)"))
    if args.misses:
        print("\n" + misses(scores, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
