"""Running the rewriter off the GUI thread: jobs, and regenerating one passage.

One worker thread owns its own project connection and the loaded model (kept between
runs while the choice of model stays the same). The GUI steers a running job through
its JobControl, which is thread-safe, and hears back only through signals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from aligner_gui.core.rewrite.factory import BackendChoice, make_rewriter
from aligner_gui.core.rewrite.job import RewriteJob, rewrite_params
from aligner_gui.core.rewrite.job_store import Selection, save_candidate
from aligner_gui.core.rewrite.prompts import prompt_by_id
from aligner_gui.core.rewrite.types import Cancelled, GenerationSettings, JobControl, Rewriter, RewriteRequest
from aligner_gui.core.store.project import Project

SHUTDOWN_WAIT_MS = 2000
_finishing: list[tuple[QThread, QObject]] = []  # rewriter threads let go while still busy


@dataclass(frozen=True)
class RewriteOrder:
    """Everything a run needs, chosen in the rewriter panel."""

    choice: BackendChoice
    prompt_id: int
    settings: GenerationSettings


class _Worker(QObject):
    status = Signal(str)  # what it is doing, for the panel
    progress = Signal(object)  # core.rewrite.job.Progress
    job_finished = Signal(str)  # the job's final status
    piece = Signal(int, str)  # passage id, streamed text
    regenerated = Signal(int, int)  # passage id, new rewrite id (0: none)
    failed = Signal(str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._project: Project | None = None
        self._rewriter: Rewriter | None = None
        self._loaded: BackendChoice | None = None

    def _open(self) -> Project:
        if self._project is None:
            self._project = Project.open(self._path)
        return self._project

    def _rewriter_for(self, choice: BackendChoice) -> Rewriter:
        # A new batch size needs no reload: only what the model was loaded with counts.
        loaded_as = replace(choice, batch_size=None)
        if self._rewriter is None or self._loaded != loaded_as:
            self._unload()
            self.status.emit(self.tr("loading {model}…").format(model=choice.model))
            self._rewriter = make_rewriter(loaded_as, on_notice=self.status.emit)
            self._loaded = loaded_as
        self._rewriter.set_batch_size(choice.batch_size)
        return self._rewriter

    def _unload(self) -> None:
        if self._rewriter is not None:
            self._rewriter.close()
        self._rewriter, self._loaded = None, None

    @Slot(object, object, object)
    def run_job(self, order: RewriteOrder, selection: Selection, control: JobControl) -> None:
        try:
            project = self._open()
            rewriter = self._rewriter_for(order.choice)
            prompt = prompt_by_id(project, order.prompt_id)
            job = RewriteJob.start_or_resume(project, rewriter, prompt, order.settings, selection)
            if job is None:
                self.status.emit(self.tr("Nothing to rewrite: every passage chosen already has a rewrite"))
                self.job_finished.emit("nothing")
                return
            record = job.record()
            verb = self.tr("resuming job {id}") if job.resumed else self.tr("job {id}")
            self.status.emit(
                verb.format(id=job.job_id)
                + ": "
                + self.tr("{left} of {total} passages to rewrite").format(
                    left=record.total - record.done, total=record.total
                )
            )
            job.run(control, on_progress=self.progress.emit)
            self.job_finished.emit(job.record().status)
        except Exception as exc:  # noqa: BLE001 - whatever it is, the panel must hear of it
            self.failed.emit(str(exc) or type(exc).__name__)
            self.job_finished.emit("failed")

    @Slot(object, int, object)
    def regenerate(self, order: RewriteOrder, passage_id: int, control: JobControl) -> None:
        """Stream a new candidate; ``regenerated`` reports its rewrite id, or 0 when it was
        cancelled or failed (then ``failed`` says why)."""
        rewrite_id = 0
        try:
            project = self._open()
            rewriter = self._rewriter_for(order.choice)
            prompt = prompt_by_id(project, order.prompt_id)
            text = project.conn.execute("SELECT text FROM passages WHERE id = ?", (passage_id,)).fetchone()[0]
            self.status.emit("")
            result = rewriter.stream(
                RewriteRequest(passage_id, text),
                prompt.text,
                order.settings,
                control,
                lambda piece: self.piece.emit(passage_id, piece),
            )
            params = rewrite_params(order.settings, rewriter)
            rewrite_id = save_candidate(project, result, rewriter.model_name, prompt.id, params)
        except Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - whatever it is, the reviewer must hear of it
            self.failed.emit(str(exc) or type(exc).__name__)
        finally:
            self.regenerated.emit(passage_id, rewrite_id)

    @Slot()
    def close(self) -> None:
        self._unload()
        if self._project is not None:
            self._project.close()
            self._project = None


class RewriteRunner(QObject):
    """The GUI side: start jobs and regenerations, one at a time, on the worker thread."""

    status = Signal(str)
    progress = Signal(object)
    job_finished = Signal(str)
    piece = Signal(int, str)
    regenerated = Signal(int, int)  # passage id, new rewrite id (0: cancelled or failed)
    failed = Signal(str)
    busy_changed = Signal(bool)

    _run_job = Signal(object, object, object)
    _regenerate = Signal(object, int, object)
    _close = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("rewriter")
        self._worker = _Worker(path)
        self._worker.moveToThread(self._thread)
        self._run_job.connect(self._worker.run_job)
        self._regenerate.connect(self._worker.regenerate)
        self._close.connect(self._worker.close)
        for name in ("status", "progress", "piece", "failed"):
            getattr(self._worker, name).connect(getattr(self, name))
        self._worker.job_finished.connect(self._on_job_finished)
        self._worker.regenerated.connect(self._on_regenerated)
        self.control: JobControl | None = None
        self.kind: str | None = None  # "job" or "regenerate" while busy
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self.kind is not None

    def start_job(self, order: RewriteOrder, selection: Selection) -> bool:
        return self._start("job", lambda control: self._run_job.emit(order, selection, control))

    def regenerate(self, order: RewriteOrder, passage_id: int) -> bool:
        return self._start("regenerate", lambda control: self._regenerate.emit(order, passage_id, control))

    def _start(self, kind: str, send) -> bool:  # noqa: ANN001
        if self.busy:
            return False
        self.control = JobControl()
        self.kind = kind
        self.busy_changed.emit(True)
        send(self.control)
        return True

    def _done(self) -> None:
        self.kind = None
        self.control = None
        self.busy_changed.emit(False)

    def _on_job_finished(self, status: str) -> None:
        self._done()
        self.job_finished.emit(status)

    def _on_regenerated(self, passage_id: int, rewrite_id: int) -> None:
        self._done()
        self.regenerated.emit(passage_id, rewrite_id)

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> None:
        """Cancel what runs and stop the thread. Signals already on their way are dropped
        (the window may be on another project by then). A thread still busy after
        ``wait_ms`` (loading a large model cannot be interrupted) finishes on its own."""
        self.blockSignals(True)
        if self.control is not None:
            self.control.cancel()
        self._close.emit()
        self._thread.quit()
        if not self._thread.wait(wait_ms):
            _finishing.append((self._thread, self._worker))
            self._thread.finished.connect(lambda: _finishing.remove((self._thread, self._worker)))


def wait_for_finishing_threads() -> None:
    """At exit: a Qt thread must not be destroyed while it runs."""
    for thread, _worker in list(_finishing):
        thread.wait()
