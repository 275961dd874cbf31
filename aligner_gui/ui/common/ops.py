"""Ops: the one way work leaves the GUI thread (after Anki's CollectionOp and napari's
thread_worker).

An op is a function run on a runner's thread, plus callbacks that run back on the GUI
thread: ``success(result)``, ``failure(exception)`` and, for long jobs, ``progress(value)``
for each ``context.report(value)``. A runner is one thread working through its ops in
order; the session has three: the writer, which owns the project's only write
connection, a reader with a connection of its own, and the rewriter's model thread.

**The rule: never touch a widget from the background function.** It gets its runner's
resource (a Project, or nothing) and returns a result; everything the GUI does with that
result happens in the callbacks.

A long op (an import, a rewrite job) runs on the writer too. Between its transactions it
calls ``context.serve()``, which lets the short ops queued meanwhile (a decision, a
draft) through; ``context.wait(future)`` does the same while it waits for work on another
runner. So a decision never waits for a whole import, only for the chunk being written.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from aligner_gui.core.rewrite.types import JobControl

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """What an op that wrote changed; announced once by the session's ``changed`` signal,
    and views refresh from it."""

    passages: frozenset[int] = frozenset()  # their rows, items, drafts or rewrites changed
    new_passages: bool = False  # passages were added: lists and totals are rebuilt
    reviewed: int = 0  # change in the number of passages with a done decision
    review_id: int = 0  # the reviews row a decision wrote: a count that includes it says so
    recount: bool = False  # counts changed in a way ``reviewed`` does not say
    prompts: bool = False
    reasons: bool = False
    # Any passage may have changed (flags checked again, a bulk decision): lists, caches
    # and counts are rebuilt.
    all_passages: bool = False

    def __bool__(self) -> bool:
        return self != Changes()


def changes_of(result: Any) -> Changes | None:
    """An op that writes returns Changes, or a result with a ``changes`` attribute."""
    if isinstance(result, Changes):
        return result
    return getattr(result, "changes", None)


@dataclass
class Op:
    run: Callable[..., Any]  # (resource) or, when long, (resource, OpContext)
    success: Callable[[Any], None] | None = None
    failure: Callable[[Exception], None] | None = None
    progress: Callable[[Any], None] | None = None
    long: bool = False
    name: str = ""


class OpContext:
    """What a long op's background function can do besides its work."""

    def __init__(self, runner: OpRunner, op: Op) -> None:
        self._runner = runner
        self._op = op

    def report(self, value: Any) -> None:
        """Hand ``value`` to the op's ``progress`` callback, on the GUI thread."""
        self._runner._bridge.progressed.emit(self._op, value)

    def serve(self, timeout: float = 0.0) -> None:
        """Run the short ops waiting behind this one (call it between transactions)."""
        self._runner._serve(timeout)

    def wait(self, future: Future) -> Any:
        """The result of work on another runner, serving short ops while it runs."""
        while not future.done():
            self._runner._serve(0.02)
        return future.result()


class ServingControl(JobControl):
    """A long op's JobControl (pause, cancel). Pausing must not stop the writer: while
    the op waits on its runner's thread, that thread goes on serving short ops."""

    def __init__(self) -> None:
        super().__init__()
        self._context: OpContext | None = None
        self._thread: threading.Thread | None = None

    def attach(self, context: OpContext) -> None:
        """Call from the long op's background function, on its runner's thread."""
        self._context, self._thread = context, threading.current_thread()

    def wait_while_paused(self) -> None:
        """Call only between transactions: the short ops served meanwhile write."""
        if self._context is not None and threading.current_thread() is self._thread:
            while self.paused and not self.cancelled:
                self._context.serve(0.05)

    def checkpoint(self) -> None:
        self.wait_while_paused()
        super().checkpoint()


class _Bridge(QObject):
    """Lives on the GUI thread: signals emitted from a runner's thread arrive there."""

    finished = Signal(object, bool, object)  # op, succeeded, result or exception
    progressed = Signal(object, object)  # op, value
    ended = Signal()  # the runner's thread is over

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._on_finished)
        self.progressed.connect(self._on_progressed)
        self.ended.connect(self._on_ended)
        self.closed = False

    def _on_ended(self) -> None:
        _RUNNING.pop(id(self), None)

    def _on_finished(self, op: Op, ok: bool, value: Any) -> None:
        if self.closed:
            return
        callback = op.success if ok else op.failure
        if callback is not None:
            callback(value)
        elif not ok:
            log.error("op %s failed", op.name or op.run, exc_info=value)

    def _on_progressed(self, op: Op, value: Any) -> None:
        if not self.closed and op.progress is not None:
            op.progress(value)


_STOP = object()
# Runners whose thread still runs, so that the last reference to one (and to its QObject)
# is dropped on the GUI thread when the thread has ended, never on the thread itself.
_RUNNING: dict[int, OpRunner] = {}


@dataclass
class _Call:
    """Work another runner's op waits for (see OpContext.wait): no GUI callbacks."""

    fn: Callable[[Any], Any]
    future: Future = field(default_factory=Future)


# Runner threads run at a lower priority than the GUI thread: on a busy machine the
# scheduler lets painting and keys go first (Linux sets a thread's nice value by its id).
RUNNER_NICENESS = 5


def _yield_to_the_gui() -> None:
    if sys.platform.startswith("linux"):
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), RUNNER_NICENESS)


class OpRunner:
    """One thread that runs ops in the order they come, short ones before long ones.

    ``open_resource`` runs on that thread first (SQLite connections belong to the thread
    that opened them); ``close_resource`` runs on it last.
    """

    def __init__(
        self,
        name: str,
        open_resource: Callable[[], Any] = lambda: None,
        close_resource: Callable[[Any], None] = lambda resource: None,
        daemon: bool = False,
    ) -> None:
        self.name = name
        self._open = open_resource
        self._close = close_resource
        self._bridge = _Bridge()
        self._short: deque = deque()
        self._long: deque = deque()
        self._ready = threading.Condition()
        self._busy = 0  # ops submitted and not yet finished
        self._long_running = False
        self._stopping = False
        self._resource: Any = None
        self._opened = threading.Event()
        self._open_error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name=f"aligner-{name}", daemon=daemon)
        _RUNNING[id(self._bridge)] = self
        self._thread.start()

    # -- the GUI side ----------------------------------------------------------------------

    def submit(self, op: Op) -> None:
        with self._ready:
            if self._stopping:
                raise RuntimeError(f"the {self.name} runner is closed")
            (self._long if op.long else self._short).append(op)
            self._busy += 1
            self._ready.notify()

    def call(self, fn: Callable[[Any], Any]) -> Future:
        """Run ``fn(resource)`` here for another runner's op; its result comes in the Future."""
        call = _Call(fn)
        with self._ready:
            self._short.append(call)
            self._busy += 1
            self._ready.notify()
        return call.future

    @property
    def idle(self) -> bool:
        """Nothing queued or running (what has finished may not have been delivered yet)."""
        with self._ready:
            return self._busy == 0

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def in_long_op(self) -> bool:
        return self._long_running

    def stop(self, wait: float | None = None, drop_callbacks: bool = True) -> bool:
        """Finish what was submitted, then end the thread; ``drop_callbacks``: the ones
        still on their way are not run. False when ``wait`` seconds were not enough (the
        thread finishes on its own)."""
        with self._ready:
            self._stopping = True
            self._short.append(_STOP)
            self._ready.notify()
        self._bridge.closed = drop_callbacks
        self._thread.join(wait)
        return not self._thread.is_alive()

    # -- the runner's thread ----------------------------------------------------------------

    def _main(self) -> None:
        _yield_to_the_gui()
        try:
            self._resource = self._open()
        except BaseException as exc:  # noqa: BLE001 - every op then fails with it
            self._open_error = exc
        while True:
            task = self._next(None)
            if task is _STOP:
                break
            self._run(task)
        if self._resource is not None:
            try:
                self._close(self._resource)
            except Exception:  # noqa: BLE001 - closing must not hide what ran before
                log.exception("closing the %s runner's resource", self.name)
        self._bridge.ended.emit()

    def _next(self, timeout: float | None, short_only: bool = False):  # noqa: ANN202
        with self._ready:
            while not (self._short or (self._long and not short_only)):
                if not self._ready.wait(timeout) and timeout is not None:
                    return None
            return self._short.popleft() if self._short else self._long.popleft()

    def _serve(self, timeout: float) -> None:
        """Inside a long op: run the short ops waiting, for up to ``timeout`` seconds of
        waiting for the first one. A stop request waits for the long op to end."""
        first = True
        while True:
            task = self._next(timeout if first else 0.0, short_only=True)
            first = False
            if task is None:
                return
            if task is _STOP:
                with self._ready:
                    self._short.appendleft(_STOP)
                return
            self._run(task)

    def _run(self, task: Op | _Call) -> None:
        try:
            if isinstance(task, _Call):
                self._call(task)
                return
            try:
                if self._open_error is not None:
                    raise self._open_error
                if task.long:
                    self._long_running = True
                    try:
                        result = task.run(self._resource, OpContext(self, task))
                    finally:
                        self._long_running = False
                else:
                    result = task.run(self._resource)
            except Exception as exc:  # noqa: BLE001 - handed to the op's failure callback
                self._bridge.finished.emit(task, False, exc)
            else:
                self._bridge.finished.emit(task, True, result)
        finally:
            with self._ready:
                self._busy -= 1

    def _call(self, call: _Call) -> None:
        try:
            if self._open_error is not None:
                raise self._open_error
            call.future.set_result(call.fn(self._resource))
        except BaseException as exc:  # noqa: BLE001 - the waiting op re-raises it
            call.future.set_exception(exc)
