"""Running a rewrite job: pending passages through a backend into the project.

Passages are taken a window at a time, planned into batches by the backend, and each
batch's rewrites are committed before the next starts: a crash or a cancel loses at most
the batch in flight, and running the same job again carries on where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass

from aligner_gui.core.errors import ProjectBusyError
from aligner_gui.core.rewrite import job_store
from aligner_gui.core.rewrite.factory import BackendChoice, recorded_model_name
from aligner_gui.core.rewrite.job_store import Selection
from aligner_gui.core.rewrite.prompts import Prompt
from aligner_gui.core.rewrite.types import Cancelled, GenerationSettings, JobControl, Rewriter
from aligner_gui.core.store.project import Project

# Passages read per round; the backend sorts them by length into batches, so a larger
# window means batches of more even length.
WINDOW = 512


@dataclass(frozen=True)
class Progress:
    job_id: int
    done: int
    total: int
    done_this_run: int
    tokens_out: int  # this run
    elapsed: float  # seconds, this run
    rewrite_ids: tuple[int, ...] = ()  # the batch just committed
    passage_ids: tuple[int, ...] = ()  # and the passages they belong to

    @property
    def tokens_per_second(self) -> float:
        return self.tokens_out / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        if self.done_this_run == 0:
            return None
        return (self.total - self.done) * self.elapsed / self.done_this_run


def rewrite_params(settings: GenerationSettings, rewriter: Rewriter) -> dict:
    """What each model rewrite records of how it was made."""
    return {**settings.as_params(), **rewriter.describe()}


def duration_text(seconds: float) -> str:
    """'m:ss', or 'h:mm:ss' from an hour on (time left, in the CLI and the GUI)."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class RewriteJob:
    def __init__(
        self,
        project: Project,
        rewriter: Rewriter,
        prompt: Prompt,
        settings: GenerationSettings,
        job_id: int,
        resumed: bool = False,
    ) -> None:
        self.project = project
        self.rewriter = rewriter
        self.prompt = prompt
        self.settings = settings
        self.job_id = job_id
        self.resumed = resumed

    @classmethod
    def start_or_resume(
        cls,
        project: Project,
        rewriter: Rewriter,
        prompt: Prompt,
        settings: GenerationSettings,
        selection: Selection,
    ) -> RewriteJob | None:
        """Carry on with the unfinished job of the same model, prompt version and
        selection if there is one, else create a new job; None when the selection has
        no passage left to rewrite (no job is recorded then)."""
        backend = rewriter.describe()["backend"]
        job_id = job_store.find_unfinished(project, backend, rewriter.model_name, prompt.id, selection)
        resumed = job_id is not None
        if job_id is None:
            params = rewrite_params(settings, rewriter)
            job_id = job_store.create_job(project, backend, rewriter.model_name, prompt.id, params, selection)
            if job_id is None:
                return None
        return cls(project, rewriter, prompt, settings, job_id, resumed)

    @staticmethod
    def has_work(project: Project, choice: BackendChoice, prompt: Prompt, selection: Selection) -> bool:
        """Whether start_or_resume would rewrite anything, told without loading the model
        (a finished run repeated says so at once, not after the model's seconds)."""
        model = recorded_model_name(choice)
        return job_store.find_unfinished(
            project, choice.backend, model, prompt.id, selection
        ) is not None or job_store.any_pending(project, model, prompt.id, selection)

    def record(self) -> job_store.JobRecord:
        return job_store.job_record(self.project, self.job_id)

    def run(self, control: JobControl | None = None, on_progress: Callable[[Progress], None] | None = None) -> Progress:
        """Rewrite everything this job still lacks. Returns the final progress; a cancel
        returns early (status 'cancelled'), any error marks the job 'failed' and is raised."""
        control = control or JobControl()
        with ExitStack() as held:
            try:
                held.enter_context(self.project.writer_lock("aligner rewrite"))
            except ProjectBusyError as exc:
                job_store.set_status(self.project, self.job_id, "failed", str(exc))
                raise
            job_store.set_status(self.project, self.job_id, "running")
            job_store.link_done_elsewhere(self.project, self.job_id, self.rewriter.model_name, self.prompt.id)
            try:
                progress, finished = self._run_batches(control, on_progress)
            except KeyboardInterrupt:
                job_store.set_status(self.project, self.job_id, "cancelled")
                raise
            except BaseException as exc:
                job_store.set_status(self.project, self.job_id, "failed", str(exc) or type(exc).__name__)
                raise
            job_store.set_status(self.project, self.job_id, "done" if finished else "cancelled")
        return progress

    def _run_batches(
        self, control: JobControl, on_progress: Callable[[Progress], None] | None
    ) -> tuple[Progress, bool]:
        """(progress, finished): finished is False when a cancel stopped it."""
        record = self.record()
        progress = Progress(self.job_id, record.done, record.total, 0, 0, 0.0)
        params = rewrite_params(self.settings, self.rewriter)
        started = time.perf_counter()
        while requests := job_store.todo(self.project, self.job_id, WINDOW):
            for batch in self.rewriter.plan(requests, self.prompt.text, self.settings):
                try:
                    control.checkpoint()
                    results = self.rewriter.rewrite(batch, self.prompt.text, self.settings, control)
                except Cancelled:
                    return progress, False
                ids = job_store.save_results(
                    self.project, self.job_id, self.rewriter.model_name, self.prompt.id, params, results
                )
                progress = Progress(
                    self.job_id,
                    progress.done + len(results),
                    progress.total,
                    progress.done_this_run + len(results),
                    progress.tokens_out + sum(r.tokens_out for r in results),
                    time.perf_counter() - started,
                    tuple(ids),
                    tuple(r.passage_id for r in results),
                )
                if on_progress is not None:
                    on_progress(progress)
        return progress, True
