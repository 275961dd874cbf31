"""The op runner: ops run off the GUI thread, in order, and report back on it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from aligner_gui.ui.common.ops import Op, OpRunner


def run_all(qtbot, runner: OpRunner, ops: list[Op]) -> None:
    for op in ops:
        runner.submit(op)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    qtbot.wait(20)


def test_ops_run_on_the_runner_thread_and_callbacks_on_the_gui_thread(qtbot):
    runner = OpRunner("test", lambda: "resource")
    seen = []
    gui = QThread.currentThread()

    def background(resource):
        seen.append(("run", resource, threading.current_thread().name))
        return 42

    def success(value):
        seen.append(("ok", value, QThread.currentThread() is gui))

    run_all(qtbot, runner, [Op(background, success=success)])
    runner.stop()
    assert seen == [("run", "resource", "aligner-test"), ("ok", 42, True)]


def test_a_failure_goes_to_the_failure_callback_and_the_runner_goes_on(qtbot):
    runner = OpRunner("test")
    seen = []

    def broken(_resource):
        raise ValueError("no")

    run_all(
        qtbot,
        runner,
        [
            Op(broken, success=lambda _: seen.append("wrong"), failure=lambda exc: seen.append(str(exc))),
            Op(lambda _resource: "after", success=seen.append),
        ],
    )
    runner.stop()
    assert seen == ["no", "after"]


def test_short_ops_get_through_while_a_long_op_serves_them(qtbot):
    runner = OpRunner("test")
    order = []
    started = threading.Event()

    def long_job(_resource, context):
        started.set()
        for step in range(3):
            order.append(f"chunk {step}")
            time.sleep(0.05)
            context.report(step)
            context.serve(0.05)  # between transactions
        return "done"

    progress = []
    runner.submit(Op(long_job, success=order.append, progress=progress.append, long=True))
    assert started.wait(2)
    runner.submit(Op(lambda _resource: order.append("decision")))
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    qtbot.wait(20)
    runner.stop()
    # The decision went in between chunks, not after the whole job.
    assert order.index("decision") < order.index("chunk 2")
    assert order[-1] == "done" and progress == [0, 1, 2]


def test_stop_finishes_what_was_submitted_and_ends_the_thread(qtbot):
    runner = OpRunner("test")
    done = []
    for n in range(5):
        runner.submit(Op(lambda _resource, n=n: done.append(n)))
    assert runner.stop(wait=5)
    assert done == [0, 1, 2, 3, 4] and not runner.running
