"""An export is worth what it trains: one real TRL step on each of sft, dpo and kto, with the
tiny model on the CPU, reading the export folder through `datasets` as a trainer would."""

from __future__ import annotations

import math

import datasets
import pytest

from aligner_gui.core.export import export
from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.core.review.decisions import Decision, load_item, record_decision
from aligner_gui.core.store.project import Project

trl = pytest.importorskip("trl")  # in the test extra; skipped only where it is not installed

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Twelve demo passages: accepted, edited and rejected in turn."""
    opened = Project.open(create_demo_project(tmp_path_factory.mktemp("trains") / "demo.aligner"))
    for passage_id in range(1, 13):
        item = load_item(opened, passage_id, "huda")
        decision = ("rejected", "edited", "accepted")[passage_id % 3]
        final = {"accepted": item.rewrite, "edited": item.rewrite + " بعد المراجعة"}.get(decision)
        record_decision(opened, Decision(passage_id, item.rewrite_id, "huda", decision, final))
    yield opened
    opened.close()


def one_step(project, fmt, tiny_model, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    export(project, fmt, tmp_path / fmt)
    train = datasets.load_dataset(str(tmp_path / fmt), cache_dir=str(tmp_path / "cache"))["train"]
    common = {
        "output_dir": str(tmp_path / "run"),
        "max_steps": 1,
        "per_device_train_batch_size": 2,
        "report_to": [],
        "save_strategy": "no",
        "use_cpu": True,
        "max_length": 2048,  # the passages whole: a shorter limit drops preference rows
    }
    trainer, config = {
        "sft": (trl.SFTTrainer, trl.SFTConfig),
        "dpo": (trl.DPOTrainer, trl.DPOConfig),
        "kto": (trl.KTOTrainer, trl.KTOConfig),
    }[fmt]
    run = trainer(
        model=AutoModelForCausalLM.from_pretrained(tiny_model),
        args=config(**common),
        train_dataset=train,
        processing_class=AutoTokenizer.from_pretrained(tiny_model),
    ).train()
    return run, len(train)


@pytest.mark.parametrize(("fmt", "rows"), [("sft", 8), ("dpo", 4), ("kto", 12)])
def test_one_training_step_on_the_export(project, tiny_model, tmp_path, fmt, rows):
    run, exported = one_step(project, fmt, tiny_model, tmp_path)
    assert exported == rows
    assert run.global_step == 1 and math.isfinite(run.training_loss) and run.training_loss > 0
