"""The leak checks of tests/ui/leaks.py, as wired in tests/ui/conftest.py, fail the tests of
tests/ui/leaky_examples.py that leave something behind, say what and where, and pass the rest."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = "tests/ui/leaky_examples.py"

# What each leaking example must be blamed for: lines of its teardown error.
BLAMED = {
    "test_leaves_qthread": ["QThread 'left-running' still running, created at tests/ui/leaky_examples.py:"],
    "test_leaves_pool_task": ["QThreadPool still running 1 task(s), given one at tests/ui/leaky_examples.py:"],
    "test_leaves_python_thread": ["Python thread 'left-waiting' (daemon) running threading.Event.wait still alive"],
    "test_leaves_timer": ["QTimer still active (repeating, 60000 ms) (in QObject 'timer-owner'), created at"],
    "test_leaves_timer_started_by_a_signal": ["QTimer still active (single shot, 60000 ms) (no parent), created at"],
    "test_leaves_single_shot": ["QTimer still active (single shot, 60000 ms) (no parent), created at"],
    "test_leaves_window": ["window QWidget 'left-open' still there (shown, title 'Left open')"],
    # The app's own threads and timers are named by the lines of aligner_gui/ui that made them.
    "test_leaves_main_window_open": [
        "window MainWindow still there (hidden, title 'demo.aligner",
        "at aligner_gui/ui/",
    ],
}
PASSING = {
    "test_thread_that_ends_soon_after_the_test_is_no_leak",
    "test_window_deleted_later_is_no_leak",
    "test_dialog_goes_with_its_window",
    "test_due_single_shot_is_no_leak",
    "test_real_window_closed_by_qtbot_is_no_leak",
    "test_allowed_to_keep_a_timer",
    "test_allowed_to_keep_a_timer_stops_it",
}


@pytest.mark.slow
def test_each_kind_of_leak_fails_its_test_and_nothing_else_does():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", EXAMPLES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = run.stdout
    outcomes = {}
    for outcome, name in re.findall(rf"^(PASSED|FAILED|ERROR) {EXAMPLES}::(\w+)", out, re.MULTILINE):
        outcomes.setdefault(name, set()).add(outcome)

    for name, lines in BLAMED.items():
        assert "ERROR" in outcomes.get(name, ()), f"{name} was not failed for its leak:\n{out}"
        [report] = re.findall(rf"^{EXAMPLES}::{name} left behind:\n((?:  - .*\n)+)", out, re.MULTILINE)
        for line in lines:
            assert line in report, f"{name}: {line!r} not in\n{report}"
    for name in PASSING:
        assert outcomes.get(name) == {"PASSED"}, f"{name}: {outcomes.get(name)}\n{out}"
    # A test that fails is not also blamed for what it left (the checks clean it up).
    assert outcomes["test_failing_test_is_not_blamed_for_leaks_too"] == {"FAILED"}, out
    assert set(outcomes) == set(BLAMED) | PASSING | {"test_failing_test_is_not_blamed_for_leaks_too"}, out
