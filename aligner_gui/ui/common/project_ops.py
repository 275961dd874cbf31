"""The open project as the features see it: writes go to the writer, reads to a reader,
and every write's Changes come back through one signal, ``changed``.

Features hold this object, not the session: they talk to each other only through it.
``project`` is the GUI thread's own connection, for reads that take a few milliseconds
(a page of the queue, one passage); it is set query-only, so the GUI thread cannot write
by mistake, and under WAL a reader never waits for the writer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.core_messages import core_message
from aligner_gui.ui.common.ops import Changes, Op, OpRunner, changes_of

log = logging.getLogger(__name__)


def failure_text(exc: Exception) -> str:
    if isinstance(exc, AlignerError):  # busy, read-only, disk full…: says what and why
        return core_message(str(exc))
    log.error("an op failed", exc_info=exc)
    return f"{type(exc).__name__}: {exc}"


class ProjectOps(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)  # an op failed with no failure callback of its own: the status bar says it

    def __init__(self, project: Project, reviewer: str, writer: OpRunner, reader: OpRunner) -> None:
        super().__init__()
        self.project = project
        self.reviewer = reviewer
        self.writer = writer
        self.reader = reader
        self.closed = False  # the session closed: callbacks are dropped, except an outliving op's

    @property
    def path(self):  # noqa: ANN201 - pathlib.Path
        return self.project.path

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def write(
        self,
        fn: Callable[[Project], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        name: str = "",
    ) -> None:
        """Run ``fn(project)`` on the writer; announce what it changed, then ``success``."""
        self.writer.submit(Op(fn, self._announcing(success), self._failing(failure), name=name))

    def write_later(self, fn: Callable[[Project], Any]) -> None:
        """A write nobody waits for (the reading position): a failure is not worth a word."""
        self.writer.submit(Op(fn, self._announcing(None), lambda _exc: None, name="later"))

    def read(
        self,
        fn: Callable[[Project], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        name: str = "",
        after_writes: bool = False,
    ) -> None:
        """Run ``fn(project)`` on the reader. ``after_writes``: only once the writes sent
        so far are committed (a filter must see the decision just made)."""
        op = Op(fn, self._open_only(success), self._failing(failure), name=name)
        if after_writes:
            self.writer.submit(Op(lambda _project: None, lambda _: self.closed or self.reader.submit(op)))
        else:
            self.reader.submit(op)

    def run_long(
        self,
        fn: Callable[..., Any],
        progress: Callable[[Any], None] | None = None,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        name: str = "",
        outlives: bool = False,
    ) -> None:
        """A long job on the writer: ``fn(project, context)``; see ui.common.ops.
        ``outlives``: its callbacks still run after the session closed (an import's
        dialog stays to show how it ended)."""
        keep = outlives
        op = Op(
            fn,
            self._announcing(success, keep),
            self._failing(failure, keep),
            self._open_only(progress, keep),
            long=True,
            name=name,
        )
        self.writer.submit(op)

    def read_long(
        self,
        fn: Callable[..., Any],
        progress: Callable[[Any], None] | None = None,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        name: str = "",
    ) -> None:
        """A long job that only reads (an export): ``fn(project, context)`` on the reader."""
        op = Op(fn, self._open_only(success), self._failing(failure), self._open_only(progress), long=True, name=name)
        self.reader.submit(op)

    def announce(self, changes: Changes | None) -> None:
        if changes:
            self.changed.emit(changes)

    def _open_only(self, callback: Callable | None, keep: bool = False) -> Callable | None:
        if callback is None:
            return None

        def call(value: Any) -> None:
            if keep or not self.closed:
                callback(value)

        return call

    def _announcing(self, success: Callable[[Any], None] | None, keep: bool = False) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            if self.closed and not keep:
                return
            if not self.closed:
                self.announce(changes_of(result))
            if success is not None:
                success(result)

        return done

    def _failing(self, failure: Callable[[Exception], None] | None, keep: bool = False) -> Callable[[Exception], None]:
        return self._open_only(failure or (lambda exc: self.failed.emit(failure_text(exc))), keep)

    @property
    def idle(self) -> bool:
        return self.writer.idle and self.reader.idle
