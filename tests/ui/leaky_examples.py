"""Tests that leave things behind on purpose, for tests/ui/test_leak_checks.py, which runs them
in a pytest of their own (the name keeps them out of the suite). Each ``test_leaves_*`` must
be failed by the leak checks at teardown; every other test here must pass."""

import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from tests.ui.conftest import open_window

held = []  # what the tests keep alive past their end
never = threading.Event()


def test_leaves_qthread():
    thread = QThread()
    thread.setObjectName("left-running")
    thread.start()
    held.append(thread)


def test_leaves_pool_task():
    QThreadPool.globalInstance().start(lambda: time.sleep(3))


def test_leaves_python_thread():
    threading.Thread(target=never.wait, name="left-waiting", daemon=True).start()


def test_leaves_timer():
    owner = QObject()
    owner.setObjectName("timer-owner")
    QTimer(owner, interval=60_000).start()
    held.append(owner)


class _Starter(QObject):
    go = Signal()


def test_leaves_timer_started_by_a_signal():
    timer = QTimer(singleShot=True, interval=60_000)
    starter = _Starter()
    starter.go.connect(timer.start)
    starter.go.emit()
    held.extend([timer, starter])


def test_leaves_single_shot():
    QTimer.singleShot(60_000, lambda: None)


def test_leaves_window():
    window = QWidget()
    window.setObjectName("left-open")
    window.setWindowTitle("Left open")
    window.show()
    held.append(window)


def test_leaves_main_window_open(qtbot, demo_path):
    """A window opened without qtbot.addWidget, kept and never closed."""
    from aligner_gui.ui.main_window import MainWindow

    window = MainWindow("huda")
    window.open_project(demo_path)
    held.append(window)


def test_thread_that_ends_soon_after_the_test_is_no_leak():
    threading.Thread(target=time.sleep, args=(0.2,)).start()


def test_window_deleted_later_is_no_leak():
    window = QWidget()
    window.show()
    window.deleteLater()
    held.append(window)


def test_dialog_goes_with_its_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    QDialog(window).show()


def test_due_single_shot_is_no_leak():
    QTimer.singleShot(0, lambda: None)


def test_real_window_closed_by_qtbot_is_no_leak(qtbot, demo_path):
    open_window(qtbot, demo_path)


@pytest.mark.allow_leaks("proves the marker works")
def test_allowed_to_keep_a_timer():
    timer = QTimer(interval=60_000)
    timer.start()
    held.append(timer)


def test_allowed_to_keep_a_timer_stops_it():
    held[-1].stop()


def test_failing_test_is_not_blamed_for_leaks_too():
    window = QWidget()
    window.show()
    held.append(window)
    raise AssertionError("the failure this test reports")
