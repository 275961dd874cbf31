import os
import signal
import subprocess
import sys

import pytest

from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.ui.fonts import load_bundled_fonts
from aligner_gui.ui.main_window import MainWindow

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
    from aligner_gui.ui.i18n import apply_language

    translator = apply_language(qapp, "ar")
    yield
    qapp.removeTranslator(translator)
    apply_language(qapp, "en")


@pytest.fixture
def demo_path(tmp_path):
    return create_demo_project(tmp_path / "demo.aligner")


def open_window(qtbot, path, reviewer="huda"):
    window = MainWindow(reviewer)
    qtbot.addWidget(window)
    window.open_project(path)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.table.setFocus()
    return window


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
