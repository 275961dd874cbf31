"""The event-loop stalls of the real window with no database work at all: the floor under
bench_gui_thread.py's stall figures on this machine.

Run from the repository root (a script, not a pytest test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_stall_floor.py [--burners N] [--seconds S]

The demo project opens and J moves to the next passage every 0.2 s (reading from the
prefetch cache; nothing is written), while N processes burn a CPU each, as an import's
parser and writer do. A 10 ms timer's gaps beyond 10 ms are the stalls.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--burners", type=int, default=2, help="CPU-burning processes beside the window")
    parser.add_argument("--seconds", type=float, default=15.0)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - held for the run
    from aligner_gui.core.ingest.demo import create_demo_project
    from aligner_gui.ui.common.fonts import load_bundled_fonts
    from aligner_gui.ui.main_window import MainWindow

    load_bundled_fonts()
    folder = Path(tempfile.mkdtemp(prefix="bench-stall-floor-"))
    window = MainWindow("bench")
    window.resize(1300, 800)
    window.show()
    window.open_project(create_demo_project(folder / "demo.aligner"))
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.burners)]
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 10)
        last[0] = now

    ticker = QTimer(interval=10)
    ticker.timeout.connect(tick)
    ticker.start()
    stepper = QTimer(interval=200)
    stepper.timeout.connect(window.actions["next"].trigger)
    stepper.start()
    loop = QEventLoop()
    QTimer.singleShot(int(args.seconds * 1000), loop.quit)
    loop.exec()
    ticker.stop()
    stepper.stop()
    for burner in burners:
        burner.kill()
    window.close()
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)]
    over = sum(gap > 50 for gap in gaps)
    print(f"{args.burners} burners, {len(gaps)} ticks:", end=" ")
    print(f"stall p99 {p99:.1f} ms, max {gaps[-1]:.1f} ms, {over} over 50 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
