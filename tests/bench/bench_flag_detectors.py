"""Each flag detector's cost per pair, against normalizing the raw text in the same run.

    .venv/bin/python tests/bench/bench_flag_detectors.py [--pairs N]

Two sets: the demo's pairs, and N of bench_flags' synthetic pairs (numbers in
Arabic-Indic digits in every passage, one in ten a typical failure). For each detector,
the median over 7 rounds of its microseconds per pair, on the pairs where nothing is
flagged and on all; then the whole check() against ``normalize(raw)``, the cheapest
thing an import already does per pair.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_flags import rewrite_of  # noqa: E402 - tests/bench/, beside this script
from bench_import import SEED, iter_passages  # noqa: E402

from aligner_gui.core.flags.check import DEFAULT_THRESHOLDS, DETECTORS, check  # noqa: E402
from aligner_gui.core.flags.model import Pair  # noqa: E402
from aligner_gui.core.ingest.demo import demo_source  # noqa: E402
from aligner_gui.core.text.arabic import normalize  # noqa: E402

ROUNDS = 7


def per_pair_us(fn, items) -> float:  # noqa: ANN001
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for item in items:
            fn(item)
        timings.append((time.perf_counter() - started) / len(items) * 1e6)
    return statistics.median(timings)


def report(name: str, pairs: list[Pair]) -> None:
    clean = [p for p in pairs if not check(p.raw, p.rewrite, p.finish_reason)]
    print(f"\n{name}: {len(pairs)} pairs, {len(clean)} with nothing flagged")
    print("| detector | µs per clean pair | µs per pair, all |")
    print("|---|---|---|")
    for detector in DETECTORS:
        short = detector.__name__.rsplit(".", 1)[-1]
        clean_us = per_pair_us(lambda p, d=detector: d.detect(p, DEFAULT_THRESHOLDS), clean)
        all_us = per_pair_us(lambda p, d=detector: d.detect(p, DEFAULT_THRESHOLDS), pairs)
        print(f"| {short} | {clean_us:.1f} | {all_us:.1f} |")
    whole_clean = per_pair_us(lambda p: check(p.raw, p.rewrite, p.finish_reason), clean)
    whole_all = per_pair_us(lambda p: check(p.raw, p.rewrite, p.finish_reason), pairs)
    norm = per_pair_us(lambda p: normalize(p.raw), pairs)
    print(f"| **check()** | {whole_clean:.1f} | {whole_all:.1f} |")
    print(
        f"normalize(raw): {norm:.1f} µs; check() / normalize(raw):"
        f" {whole_clean / norm:.2f} (clean), {whole_all / norm:.2f} (all)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=2000, help="synthetic pairs (default 2,000)")
    args = parser.parse_args()
    demo = []
    for line in demo_source().read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("rewrite"):
            demo.append(Pair(record["text"], record["rewrite"]))
    rng = random.Random(SEED + 7)
    synthetic = [Pair(text, rewrite_of(text, rng)) for _, text in iter_passages(args.pairs)]
    report("demo", demo)
    report("synthetic (bench_flags)", synthetic)
    return 0


if __name__ == "__main__":
    sys.exit(main())
