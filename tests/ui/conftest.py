import os
import signal
import subprocess
import sys
import time

import pytest

from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.ui.common.fonts import load_bundled_fonts
from aligner_gui.ui.main_window import MainWindow
from tests.ui.leaks import LeakWatch

# The start of a script (`python -c SCRIPT PROJECT`) that opens the real window on PROJECT
# in a process of its own, for tests that then kill that process.
WINDOW_IN_A_PROCESS = """
import os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.setApplicationName("aligner_gui_crash_test")
from aligner_gui.ui.main_window import MainWindow
window = MainWindow("huda")
window.open_project(Path(sys.argv[1]))
window.show()
"""


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp):
    qapp.setApplicationName("aligner_gui_tests")
    return load_bundled_fonts()


_CALL_PASSED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_CALL_PASSED] = report.passed
    return report


@pytest.fixture(autouse=True)
def no_leaks(request, qapp):
    """Fail a test that leaves a thread, a timer or a window behind (see tests/ui/leaks.py).
    The first autouse fixture here, so that it is torn down after every fixture of the test.
    A test that must keep one on purpose says so: ``@pytest.mark.allow_leaks("why")``."""
    if request.node.get_closest_marker("allow_leaks"):
        yield
        return
    with LeakWatch() as watch:
        yield
    leaks = watch.leaks()
    for leak in leaks:
        leak.clean_up()
    # A test that failed (or whose setup did) has said what went wrong; what it left, often
    # because it stopped half-way, is cleaned up without a word.
    if leaks and request.node.stash.get(_CALL_PASSED, False):
        listed = "".join(f"\n  - {leak.what}" for leak in leaks)
        pytest.fail(f"{request.node.nodeid} left behind:{listed}", pytrace=False)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own QSettings (reviewer name, remapped keys)."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def arabic_ui(qapp):
    """The interface in Arabic for one test, back to English after it."""
    from aligner_gui.ui.common.i18n import apply_language

    translator = apply_language(qapp, "ar")
    yield
    qapp.removeTranslator(translator)
    apply_language(qapp, "en")


@pytest.fixture
def demo_path(tmp_path):
    return create_demo_project(tmp_path / "demo.aligner")


_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))  # LRI, RLI, FSI, PDI, LRM, RLM


def shown(text: str) -> str:
    """``text`` as a reader sees it: without the isolates and marks around its values and keys (ui.common.i18n)."""
    return text.translate(_ISOLATES)


def open_window(qtbot, path, reviewer="huda"):
    window = MainWindow(reviewer)
    qtbot.addWidget(window)
    window.open_project(path)
    show_window(qtbot, window)
    window.queue.table.setFocus()
    return window


def show_window(qtbot, window):
    """Show ``window`` at the tests' size and wait until it has the keyboard."""
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def wait_for_writes(window, timeout=10.0):
    """Run the event loop until the window's session has committed and delivered all it
    sent off the GUI thread (decisions, drafts, reads), as a reviewer waits for the queue."""
    from PySide6.QtWidgets import QApplication

    session = window.session
    deadline = time.monotonic() + timeout
    quiet_since = None
    while session is not None:
        QApplication.processEvents()
        if session.ops.idle and not session.review.decisions.unsaved:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 0.03:  # the last callbacks, queued to the GUI thread
                return
        else:
            quiet_since = None
        assert time.monotonic() < deadline, "the session's writes did not settle"
        time.sleep(0.002)


def settle(qtbot, window, timeout=10_000):
    wait_for_writes(window, timeout / 1000)


def crash_then_reopen(qtbot, script, path):
    """Run ``script`` (WINDOW_IN_A_PROCESS and steps that end in a SIGKILL) on the project
    at ``path`` in a process of its own, then open the real window on it again."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    crashed = subprocess.run([sys.executable, "-c", script, str(path)], env=env, timeout=60)
    assert crashed.returncode == -signal.SIGKILL
    return open_window(qtbot, path)


@pytest.fixture
def window(qtbot, demo_path):
    opened = open_window(qtbot, demo_path)
    yield opened
    opened.close()


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    """A test that takes it runs twice: in English, then with the interface in Arabic."""
    if request.param == "ar":
        request.getfixturevalue("arabic_ui")
    return request.param
