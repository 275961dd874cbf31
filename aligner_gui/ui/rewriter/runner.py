"""Running the rewriter: rewrite jobs, and regenerating one passage.

The model lives on its own runner (a thread that keeps the loaded model between runs
while the choice of model stays the same). A job is a long op on the writer: the
writer takes passages, hands each batch to the model runner, and commits its rewrites,
letting decisions through while the model works (ui.common.ops). The GUI steers a job
through its JobControl, which is thread-safe, and hears back only through signals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from aligner_gui.core.review.decisions import passage_text
from aligner_gui.core.rewrite.factory import BackendChoice, make_rewriter
from aligner_gui.core.rewrite.job import Progress, RewriteJob, rewrite_params
from aligner_gui.core.rewrite.job_store import Selection, save_candidate
from aligner_gui.core.rewrite.prompts import prompt_by_id
from aligner_gui.core.rewrite.types import Cancelled, GenerationSettings, JobControl, Rewriter, RewriteRequest
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.i18n import counted, isolated, number
from aligner_gui.ui.common.ops import Changes, Op, OpContext, OpRunner, ServingControl
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.rewriter.setting_messages import rewriter_failure_text

SHUTDOWN_WAIT_S = 2.0


@dataclass(frozen=True)
class RewriteOrder:
    """Everything a run needs, chosen in the rewriter panel."""

    choice: BackendChoice
    prompt_id: int
    settings: GenerationSettings


class ModelHolder:
    """The loaded model; used only on the model runner's thread."""

    def __init__(self) -> None:
        self.rewriter: Rewriter | None = None
        self.loaded: BackendChoice | None = None

    def rewriter_for(self, choice: BackendChoice, status) -> Rewriter:  # noqa: ANN001 - a callable
        # A new batch size needs no reload: only what the model was loaded with counts.
        loaded_as = replace(choice, batch_size=None)
        if self.rewriter is None or self.loaded != loaded_as:
            self.unload()
            status(QCoreApplication.translate("RewriteRunner", "loading {model}…").format(model=isolated(choice.model)))
            self.rewriter = make_rewriter(loaded_as, on_notice=status)
            self.loaded = loaded_as
        self.rewriter.set_batch_size(choice.batch_size)
        return self.rewriter

    def unload(self) -> None:
        if self.rewriter is not None:
            self.rewriter.close()
        self.rewriter, self.loaded = None, None


class _OnModelThread:
    """A job's rewriter as the writer sees it: the model's work runs on the model runner,
    and the writer serves short ops while it waits."""

    def __init__(self, inner: Rewriter, model: OpRunner, context: OpContext) -> None:
        self._inner, self._model, self._context = inner, model, context
        self.model_name = inner.model_name

    def _there(self, fn) -> Any:  # noqa: ANN001
        return self._context.wait(self._model.call(lambda _holder: fn()))

    def plan(self, requests, instructions, settings):  # noqa: ANN001, ANN201
        return self._there(lambda: self._inner.plan(requests, instructions, settings))

    def rewrite(self, batch, instructions, settings, control):  # noqa: ANN001, ANN201
        return self._there(lambda: self._inner.rewrite(batch, instructions, settings, control))

    def describe(self) -> dict:
        return self._inner.describe()


@dataclass(frozen=True)
class JobOutcome:
    status: str
    changes: Changes


class RewriteRunner(QObject):
    """The GUI side: start jobs and regenerations, one at a time."""

    status = Signal(str)
    progress = Signal(object)  # core.rewrite.job.Progress
    job_finished = Signal(str)
    piece = Signal(int, str)  # passage id, streamed text
    regenerated = Signal(int, int)  # passage id, new rewrite id (0: cancelled or failed)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, ops: ProjectOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = OpRunner("model", ModelHolder, ModelHolder.unload, daemon=True)
        self.control: JobControl | None = None
        self.kind: str | None = None  # "job" or "regenerate" while busy
        self._closed = False

    @property
    def busy(self) -> bool:
        return self.kind is not None

    def _start(self, kind: str) -> ServingControl | None:
        if self.busy or self._closed:
            return None
        self.control = ServingControl()
        self.kind = kind
        self.busy_changed.emit(True)
        return self.control

    def _done(self) -> None:
        self.kind = None
        self.control = None
        self.busy_changed.emit(False)

    # -- jobs ----------------------------------------------------------------------------------

    def start_job(self, order: RewriteOrder, selection: Selection) -> bool:
        control = self._start("job")
        if control is None:
            return False
        model = self.model

        def run(project: Project, context: OpContext) -> JobOutcome:  # on the writer
            control.attach(context)
            say = context.report  # a status line (a str), shown by _on_progress
            prompt = prompt_by_id(project, order.prompt_id)
            job = None
            if RewriteJob.has_work(project, order.choice, prompt, selection):  # else no model to load
                loaded = context.wait(model.call(lambda holder: holder.rewriter_for(order.choice, say)))
                rewriter = _OnModelThread(loaded, model, context)
                job = RewriteJob.start_or_resume(project, rewriter, prompt, order.settings, selection)
            if job is None:
                say(self.tr("Nothing to rewrite: every passage chosen already has a rewrite"))
                return JobOutcome("nothing", Changes())
            record = job.record()
            verb = self.tr("resuming job {id}") if job.resumed else self.tr("job {id}")
            to_rewrite = self.tr("{left} of %Ln passage(s) to rewrite", "", record.total)
            say(
                verb.format(id=number(job.job_id))
                + ": "
                + counted(to_rewrite, record.total).format(left=number(record.total - record.done))
            )

            def committed(progress: Progress) -> None:
                context.report(progress)
                context.serve()

            job.run(control, on_progress=committed)
            return JobOutcome(job.record().status, Changes(recount=True))

        self.ops.run_long(run, self._on_progress, self._on_job_done, self._on_job_failed, name="rewrite job")
        return True

    def _on_progress(self, progress: Progress | str) -> None:
        if isinstance(progress, str):
            self.status.emit(progress)
            return
        self.ops.announce(Changes(passages=frozenset(progress.passage_ids)))
        self.progress.emit(progress)

    def _on_job_done(self, outcome: JobOutcome) -> None:
        self._done()
        self.job_finished.emit(outcome.status)

    def _on_job_failed(self, exc: Exception) -> None:
        self._done()
        self.failed.emit(rewriter_failure_text(exc))
        self.job_finished.emit("failed")

    # -- one passage -------------------------------------------------------------------------------

    def regenerate(self, order: RewriteOrder, passage_id: int) -> bool:
        """Stream a new candidate; ``regenerated`` reports its rewrite id, or 0 when it was
        cancelled or failed (then ``failed`` says why)."""
        control = self._start("regenerate")
        if control is None:
            return False
        project = self.ops.project
        try:
            prompt = prompt_by_id(project, order.prompt_id)
            text = passage_text(project, passage_id)
        except Exception as exc:  # noqa: BLE001 - said like any other failure
            self._regeneration_failed(passage_id, exc)
            return True
        def run(holder: ModelHolder, context: OpContext):  # noqa: ANN202 - on the model runner
            # Status lines and streamed pieces go through the op's progress: only the GUI
            # thread emits this object's signals (it may be gone by the time they land).
            rewriter = holder.rewriter_for(order.choice, lambda text: context.report(("status", text)))
            context.report(("status", ""))
            result = rewriter.stream(
                RewriteRequest(passage_id, text),
                prompt.text,
                order.settings,
                control,
                lambda part: context.report(("piece", part)),
            )
            return result, rewriter.model_name, rewrite_params(order.settings, rewriter)

        def written(made) -> None:  # noqa: ANN001
            result, model_name, params = made

            def store(project: Project) -> _Saved:
                rewrite_id = save_candidate(project, result, model_name, prompt.id, params)
                return _Saved(rewrite_id, Changes(passages=frozenset({passage_id})))

            self.ops.write(
                store,
                lambda saved: self._regenerated(passage_id, saved.rewrite_id),
                lambda exc: self._regeneration_failed(passage_id, exc),
                name="save candidate",
            )

        def streamed(value: tuple[str, str]) -> None:
            kind, text = value
            if kind == "piece":
                self.piece.emit(passage_id, text)
            else:
                self.status.emit(text)

        failed = lambda exc: self._regeneration_failed(passage_id, exc)  # noqa: E731
        self.model.submit(Op(run, written, failed, streamed, long=True, name="regenerate"))
        return True

    def _regenerated(self, passage_id: int, rewrite_id: int) -> None:
        self._done()
        self.regenerated.emit(passage_id, rewrite_id)

    def _regeneration_failed(self, passage_id: int, exc: Exception) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(rewriter_failure_text(exc))
        self._regenerated(passage_id, 0)

    def shutdown(self, wait_s: float = SHUTDOWN_WAIT_S) -> None:
        """Cancel what runs and stop the model's thread. Signals already on their way
        are dropped. A thread still busy after ``wait_s`` (loading a large model cannot
        be interrupted) finishes on its own."""
        self._closed = True
        self.blockSignals(True)
        if self.control is not None:
            self.control.cancel()
        self.model.stop(wait_s)


@dataclass(frozen=True)
class _Saved:
    rewrite_id: int
    changes: Changes
