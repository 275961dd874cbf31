"""What a UI test leaves behind: threads still running, timers still active, windows still open.

``with LeakWatch() as watch:`` around a test, then ``watch.leaks()`` after it. How each is found,
and why that way with PySide6 6.x:

- QTimer and QThread: every one constructed while the watch is on is noted, by wrapping the
  class's ``__init__`` (weak references, so nothing lives longer than it would have). A noted timer
  still active, or thread still running, at the end is a leak. Wrapping ``QTimer.start`` instead
  would miss a timer started by a signal connected to ``timer.start`` (PySide connects that to the
  C++ slot, past any Python wrapper), and scanning ``gc.get_objects()`` costs about 160 ms a pass
  once torch is loaded. The timer behind ``QTimer.singleShot(ms, callable)`` is built through the
  Python type too, so a pending single shot is caught (tests/ui/test_leak_checks.py would tell if a
  PySide6 release changed that). Timers created before the watch, started during it, are not seen.
- QThreadPool: a pool given a task while the watch is on, with tasks still running at the end.
- Python threads: those in ``threading.enumerate()`` at the end and not at the start, daemon or
  not. ``_DummyThread`` entries are left out: Python makes one for a foreign thread (a QThread)
  that runs Python code and never removes it; the QThread check covers those.
- Windows: parentless widgets in ``QApplication.topLevelWidgets()`` at the end and not at the
  start. A window with a parent (a dialog on the main window) goes with its parent.

Before anything is called a leak it gets every chance to go: pending events, deferred deletes
(``deleteLater``), and, only when something is still there, a garbage collection and up to
``GRACE_S`` for threads to end by themselves. ``Leak.clean_up`` then stops what it can (timers
stopped, threads asked to quit, windows closed and deleted) so that the next test starts clean.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

GRACE_S = 1.0  # how long threads still running at the end get to finish by themselves
QUIT_WAIT_MS = 2000  # cleaning up: how long a leaked QThread gets to stop once asked

_ROOT = Path(__file__).resolve().parents[2]
_THIS_FILE = str(Path(__file__).resolve())


@dataclass
class Leak:
    what: str  # for the developer: class, objectName, where it was made
    clean_up: Callable[[], None]


def _made_at() -> str:
    """The innermost line of this repository's own code on the caller's stack."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(str(_ROOT)) and "site-packages" not in name and name != _THIS_FILE:
            return f"{Path(name).relative_to(_ROOT)}:{frame.f_lineno}"
        frame = frame.f_back
    return "(no line of this repository on the stack)"


class _Noted:
    """The objects ``cls.method`` is called on while installed, with where. Weak references
    unless ``weak=False``."""

    def __init__(self, cls: type, method: str, weak: bool = True) -> None:
        self._cls, self._method, self._weak = cls, method, weak
        self._original = getattr(cls, method)
        self._seen: list[tuple[Callable[[], object], str]] = []

    def install(self) -> None:
        original, seen, weak = self._original, self._seen, self._weak

        def noting(obj, *args, **kwargs):  # noqa: ANN001, ANN202
            result = original(obj, *args, **kwargs)
            seen.append((weakref.ref(obj) if weak else lambda: obj, _made_at()))
            return result

        setattr(self._cls, self._method, noting)

    def uninstall(self) -> None:
        setattr(self._cls, self._method, self._original)

    def alive(self) -> Iterator[tuple]:
        """(object, where) for each noted object whose C++ side still exists, once each."""
        ids = set()
        for ref, where in self._seen:
            obj = ref()
            if obj is not None and id(obj) not in ids and shiboken6.isValid(obj):
                ids.add(id(obj))
                yield obj, where


def _settle() -> None:
    """Let what is already due happen: posted events, 0 ms timers, deferred deletes."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _name(obj: QObject) -> str:
    name = obj.objectName()
    return f"{type(obj).__name__} {name!r}" if name else type(obj).__name__


def _owners(obj: QObject) -> str:
    chain = []
    parent = obj.parent()
    while parent is not None:
        chain.append(_name(parent))
        parent = parent.parent()
    return f" (in {' in '.join(chain)})" if chain else " (no parent)"


def _window_key(widget: QWidget) -> tuple[int, str]:
    # The C++ address, not the Python wrapper, which may be made anew for the same window.
    return shiboken6.getCppPointer(widget)[0], type(widget).__name__


def _stop_thread(thread: QThread) -> None:
    thread.quit()
    thread.wait(QUIT_WAIT_MS)


def _stop_pool(pool: QThreadPool) -> None:
    pool.clear()
    pool.waitForDone(QUIT_WAIT_MS)


def _close_window(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    _settle()


class LeakWatch:
    def __enter__(self) -> LeakWatch:
        self._threads_before = set(threading.enumerate())
        self._windows_before = {_window_key(w) for w in QApplication.topLevelWidgets()}
        self._timers = _Noted(QTimer, "__init__")
        self._qthreads = _Noted(QThread, "__init__")
        # Held: the wrapper of QThreadPool.globalInstance() goes as soon as the call returns.
        self._pools = _Noted(QThreadPool, "start", weak=False)
        for noted in (self._timers, self._qthreads, self._pools):
            noted.install()
        return self

    def __exit__(self, *exc_info: object) -> None:
        for noted in (self._timers, self._qthreads, self._pools):
            noted.uninstall()

    def leaks(self) -> list[Leak]:
        """What is still there at the end, after every chance to go."""
        _settle()
        if not self._found():
            return []
        gc.collect()
        _settle()
        deadline = time.monotonic() + GRACE_S
        while self._running() and time.monotonic() < deadline:
            time.sleep(0.01)
            _settle()
        return self._found()

    def _running(self) -> bool:
        return bool(self._running_qthreads() or self._busy_pools() or self._python_threads())

    def _found(self) -> list[Leak]:
        return [
            *self._running_qthreads(),
            *self._busy_pools(),
            *self._python_threads(),
            *self._active_timers(),
            *self._windows(),
        ]

    def _running_qthreads(self) -> list[Leak]:
        return [
            Leak(f"{_name(thread)} still running, created at {where}", partial(_stop_thread, thread))
            for thread, where in self._qthreads.alive()
            if thread.isRunning()
        ]

    def _busy_pools(self) -> list[Leak]:
        return [
            Leak(
                f"{_name(pool)} still running {pool.activeThreadCount()} task(s), given one at {where}",
                partial(_stop_pool, pool),
            )
            for pool, where in self._pools.alive()
            if pool.activeThreadCount()
        ]

    def _python_threads(self) -> list[Leak]:
        leaks = []
        for thread in threading.enumerate():
            if thread in self._threads_before or isinstance(thread, threading._DummyThread):
                continue
            target = getattr(thread, "_target", None)  # only while it runs, which is the case here
            runs = f" running {target.__module__}.{target.__qualname__}" if target is not None else ""
            daemon = " (daemon)" if thread.daemon else ""
            # A Python thread cannot be stopped from outside: nothing to clean up.
            leaks.append(Leak(f"Python thread {thread.name!r}{daemon}{runs} still alive", lambda: None))
        return leaks

    def _active_timers(self) -> list[Leak]:
        leaks = []
        for timer, where in self._timers.alive():
            if timer.isActive():
                kind = "single shot" if timer.isSingleShot() else "repeating"
                what = f"{_name(timer)} still active ({kind}, {timer.interval()} ms){_owners(timer)}"
                leaks.append(Leak(f"{what}, created at {where}", timer.stop))
        return leaks

    def _windows(self) -> list[Leak]:
        leaks = []
        for widget in QApplication.topLevelWidgets():
            if widget.parent() is not None or _window_key(widget) in self._windows_before:
                continue
            shown = "shown" if widget.isVisible() else "hidden"
            title = f", title {widget.windowTitle()!r}" if widget.windowTitle() else ""
            leaks.append(Leak(f"window {_name(widget)} still there ({shown}{title})", partial(_close_window, widget)))
        return leaks
