"""Reviewing while the app imports: how long a decision waits, by records per transaction.

Run from the repository root (a script, not a pytest test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_import_beside_review.py [--n N] [--rounds R]

For each transaction size (the command line's 20,000 and the app's 2,000) and round, it
opens a fresh demo project in the real window, imports N synthetic passages through the
import dialog, and meanwhile accepts a passage every 0.2 s, timing each decision (the write
waits for the import's open transaction). Prints the import's duration and the decisions'
median, p90 and max, and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from workdir import clean_up, make_workdir  # tests/bench/workdir.py, beside this script

SIZES = (20_000, 2_000)
DECISION_EVERY_S = 0.2


def write_passages(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"text": f"{i} " + "كلمة عربية في نص تجريبي طويل " * 20}, ensure_ascii=False) + "\n")


def one_import(app, data: Path, folder: Path, rows: int) -> tuple[float, list[float]]:  # noqa: ANN001
    import aligner_gui.ui.importing.job as import_thread
    from aligner_gui.core.ingest.demo import create_demo_project
    from aligner_gui.ui.main_window import MainWindow

    import_thread.TRANSACTION_ROWS_BESIDE_REVIEW = rows
    project = create_demo_project(folder / f"demo-{rows}-{time.monotonic_ns()}.aligner")
    window = MainWindow("bench")
    window.open_project(project)
    window.show()
    dialog = window.import_passages([data])
    dialog.start_import()
    started = time.perf_counter()
    waits: list[float] = []
    next_decision = started + DECISION_EVERY_S
    while dialog.running:
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() >= next_decision:
            before = time.perf_counter()
            window.actions["accept"].trigger()
            waits.append(time.perf_counter() - before)
            next_decision = time.perf_counter() + DECISION_EVERY_S
    took = time.perf_counter() - started
    window.close()
    return took, waits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="passages imported (default 100,000)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    folder = make_workdir("bench-beside-review-")
    try:
        data = folder / "passages.jsonl"
        write_passages(data, args.n)
        medians: dict[int, list[float]] = {rows: [] for rows in SIZES}
        for _ in range(args.rounds):
            for rows in SIZES:
                took, waits = one_import(app, data, folder, rows)
                ms = sorted(w * 1000 for w in waits)
                medians[rows].append(statistics.median(ms))
                print(
                    f"{rows:>6} rows a transaction: import {took:5.1f} s; {len(ms)} decisions: median "
                    f"{statistics.median(ms):6.1f} ms, p90 {ms[int(len(ms) * 0.9) - 1]:6.1f} ms, max {ms[-1]:6.1f} ms",
                    flush=True,
                )
        cli, app_rows = (statistics.median(medians[rows]) for rows in SIZES)
        ratio = cli / app_rows
        print(f"median decision: {cli:.1f} ms with {SIZES[0]:,}, {app_rows:.1f} ms with {SIZES[1]:,} ({ratio:.1f}x)")
    finally:
        clean_up(folder, keep=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
