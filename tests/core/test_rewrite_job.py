"""Rewrite jobs: results committed batch by batch, resumable after a crash or a cancel."""

from __future__ import annotations

import json

import pytest

from aligner_gui.core.review.queue import QueueFilter
from aligner_gui.core.rewrite.backends.local_model import TransformersRewriter
from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
from aligner_gui.core.rewrite.job import RewriteJob
from aligner_gui.core.rewrite.job_store import Selection, unfinished_jobs
from aligner_gui.core.rewrite.prompts import save_prompt
from aligner_gui.core.rewrite.types import GenerationSettings, JobControl

SETTINGS = GenerationSettings(max_new_tokens=6, length_ratio=0.02, length_slack=1)


@pytest.fixture(scope="module")
def rewriter(tiny_model):
    return TransformersRewriter(str(tiny_model), ModelOptions(max_batch=4))


@pytest.fixture
def prompt(demo_project):
    return save_prompt(demo_project, "short-ar", "أعد كتابة النص.", language="ar")


def model_rewrites(project) -> list[tuple]:
    return project.conn.execute(
        "SELECT passage_id, model, prompt_id, finish_reason, tokens_in, tokens_out, generation_ms, job_id, params"
        " FROM rewrites WHERE origin = 'model' ORDER BY passage_id"
    ).fetchall()


def test_a_job_stores_each_rewrite_with_its_provenance(demo_project, rewriter, prompt):
    progress_seen = []
    job = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=10))
    final = job.run(on_progress=progress_seen.append)
    rows = model_rewrites(demo_project)
    assert [r[0] for r in rows] == list(range(1, 11))
    for _passage_id, model, prompt_id, finish, tokens_in, tokens_out, ms, job_id, params in rows:
        assert (model, prompt_id, job_id) == (rewriter.model_name, prompt.id, job.job_id)
        assert finish == "length" and tokens_in > 0 and 0 < tokens_out <= 6 and ms > 0
        assert json.loads(params)["device"] == "cpu"
    truncated = demo_project.conn.execute(
        "SELECT count(*) FROM flags f JOIN rewrites w ON w.id = f.rewrite_id"
        " WHERE f.kind = 'truncated' AND w.job_id = ?",
        (job.job_id,),
    ).fetchone()[0]
    assert truncated == 10
    assert job.record().status == "done" and job.record().done == 10
    assert [p.done for p in progress_seen] == sorted(p.done for p in progress_seen)
    assert progress_seen[-1].done == final.done == 10 and final.tokens_per_second > 0
    assert len(progress_seen) >= 3  # one commit per batch of at most 4


class Crashing:
    """The real rewriter, failing after a given number of batches (a crash mid-job)."""

    def __init__(self, inner, batches_before_crash: int) -> None:
        self.inner = inner
        self.model_name = inner.model_name
        self.left = batches_before_crash
        self.committed = 0  # passages in the batches that went through

    def __getattr__(self, name):  # noqa: ANN001, ANN204
        return getattr(self.inner, name)

    def rewrite(self, batch, *args):  # noqa: ANN001, ANN002, ANN201
        if self.left == 0:
            raise RuntimeError("the machine fell over")
        self.left -= 1
        self.committed += len(batch)
        return self.inner.rewrite(batch, *args)


def test_a_crash_loses_only_the_batch_in_flight_and_a_restart_carries_on(demo_project, rewriter, prompt):
    selection = Selection(limit=12)
    crashing = Crashing(rewriter, 2)
    job = RewriteJob.start_or_resume(demo_project, crashing, prompt, SETTINGS, selection)
    with pytest.raises(RuntimeError):
        job.run()
    record = job.record()
    assert record.status == "failed" and "fell over" in record.error
    kept = len(model_rewrites(demo_project))
    assert 0 < kept == record.done == crashing.committed < 12  # the two batches before the crash

    again = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, selection)
    assert again.resumed and again.job_id == job.job_id
    again.run()
    rows = model_rewrites(demo_project)
    assert [r[0] for r in rows] == list(range(1, 13))  # each passage exactly once
    assert again.record().status == "done"
    assert unfinished_jobs(demo_project) == []


def test_cancel_keeps_what_was_committed_and_the_job_resumes(demo_project, rewriter, prompt):
    control = JobControl()
    job = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=12))
    first_batch = []
    final = job.run(control, on_progress=lambda progress: (first_batch.append(progress.done), control.cancel()))
    assert job.record().status == "cancelled" and final.done == first_batch[0] == len(model_rewrites(demo_project))
    assert 0 < final.done < 12
    assert [j.id for j in unfinished_jobs(demo_project)] == [job.job_id]
    resumed = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=12))
    assert resumed.job_id == job.job_id and resumed.run().done == 12


def test_finished_passages_are_not_redone_but_a_new_prompt_version_redoes_them(demo_project, rewriter, prompt):
    RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=5)).run()
    second = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=5))
    assert not second.resumed and second.record().total == 5
    second.run()
    assert [r[0] for r in model_rewrites(demo_project)] == list(range(1, 11))
    edited = save_prompt(demo_project, prompt.name, prompt.text + " حافظ على الأرقام.")
    third = RewriteJob.start_or_resume(demo_project, rewriter, edited, SETTINGS, Selection(limit=3))
    third.run()
    assert {r[0] for r in model_rewrites(demo_project) if r[2] == edited.id} == {1, 2, 3}


def test_a_selection_or_a_filter_limits_the_job(demo_project, rewriter, prompt):
    chosen = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(passage_ids=(9, 3, 3, 999)))
    assert chosen.record().total == 2  # unknown ids are ignored, duplicates counted once
    chosen.run()
    assert [r[0] for r in model_rewrites(demo_project)] == [3, 9]
    found = RewriteJob.start_or_resume(
        demo_project, rewriter, prompt, SETTINGS, Selection(queue_filter=QueueFilter(search="الحاسوب"))
    )
    matching = demo_project.conn.execute(
        "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'الحاسوب'"
    ).fetchone()[0]
    assert 0 < found.record().total <= matching


def test_resuming_skips_passages_another_run_rewrote_meanwhile(demo_project, rewriter, prompt):
    control = JobControl()
    first = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=8))
    first_done = first.run(control, on_progress=lambda progress: control.cancel()).done
    other = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=12))
    assert other.job_id != first.job_id
    other.run()
    resumed = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=8))
    assert resumed.job_id == first.job_id
    assert resumed.run().done_this_run == 0 and resumed.record().status == "done"
    passages = [r[0] for r in model_rewrites(demo_project)]
    assert len(passages) == len(set(passages)) == first_done + 12  # none rewritten twice
    assert set(range(1, 9)) <= set(passages)  # the first job's passages all done, once


def test_a_run_refused_by_a_busy_project_leaves_the_job_failed(demo_project, rewriter, prompt):
    from aligner_gui.core.errors import ProjectBusyError

    job = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(limit=2))
    with demo_project.writer_lock("aligner import"), pytest.raises(ProjectBusyError, match="aligner import"):
        job.run()
    assert job.record().status == "failed" and "busy" in job.record().error
    assert job.run().done == 2  # and it carries on once the project is free


def test_a_run_with_nothing_left_to_rewrite_records_no_job(demo_project, rewriter, prompt):
    RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(passage_ids=(1, 2))).run()
    again = RewriteJob.start_or_resume(demo_project, rewriter, prompt, SETTINGS, Selection(passage_ids=(1, 2)))
    assert again is None
    jobs = demo_project.conn.execute("SELECT id, status, total FROM jobs").fetchall()
    assert jobs == [(1, "done", 2)]
