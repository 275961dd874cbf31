"""The local rewriter on a real (tiny, random) transformers model, fully offline."""

from __future__ import annotations

import json
import shutil
import threading
import time
import warnings

import pytest
import torch

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.backends.local_model import TransformersRewriter
from aligner_gui.core.rewrite.backends.model_loading import ModelOptions
from aligner_gui.core.rewrite.messages import PLAIN_FORMAT
from aligner_gui.core.rewrite.types import (
    FINISH_LENGTH,
    FINISH_STOP,
    Cancelled,
    GenerationSettings,
    JobControl,
    RewriteRequest,
)
from tests.tiny_model import build_tiny_model, demo_texts

INSTRUCTIONS = "أعد كتابة النص."
SHORT = GenerationSettings(max_new_tokens=12, length_ratio=0.05, length_slack=2)


@pytest.fixture(scope="module")
def rewriter(tiny_model):
    return TransformersRewriter(str(tiny_model))


def requests(count: int, start: int = 0) -> list[RewriteRequest]:
    return [RewriteRequest(i, text) for i, text in enumerate(demo_texts()[start : start + count], start=start)]


def test_loads_a_model_folder_on_the_cpu_with_sdpa_attention(rewriter, tiny_model):
    assert rewriter.model_name == str(tiny_model)
    assert rewriter.describe() == {
        "backend": "transformers",
        "device": "cpu",
        "dtype": "float32",
        "attention": "sdpa",
        "chat_template": True,
    }


def test_a_model_id_loads_from_the_local_hugging_face_cache(tiny_model, tmp_path, monkeypatch):
    from huggingface_hub import constants

    snapshot = tmp_path / "models--aligner--tiny-rewriter" / "snapshots" / "0123abcd"
    shutil.copytree(tiny_model, snapshot)
    (tmp_path / "models--aligner--tiny-rewriter" / "refs").mkdir()
    (tmp_path / "models--aligner--tiny-rewriter" / "refs" / "main").write_text("0123abcd")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    cached = TransformersRewriter("aligner/tiny-rewriter")
    assert cached.model_name == "aligner/tiny-rewriter"
    with pytest.raises(AlignerError, match="nor in the local Hugging Face cache.*--allow-download"):
        TransformersRewriter("aligner/not-downloaded")


def test_unsafe_checkpoints_are_refused_with_the_opt_in_named(tiny_model, tmp_path):
    pickled = shutil.copytree(tiny_model, tmp_path / "pickled")
    state = TransformersRewriter(str(tiny_model)).model.state_dict()
    (pickled / "model.safetensors").unlink()
    torch.save(state, pickled / "pytorch_model.bin")
    with pytest.raises(AlignerError, match="pytorch_model.bin.*--allow-pickle"):
        TransformersRewriter(str(pickled))
    assert TransformersRewriter(str(pickled), ModelOptions(allow_pickle=True)).model is not None

    custom = shutil.copytree(tiny_model, tmp_path / "custom")
    config = json.loads((custom / "config.json").read_text())
    config.update(model_type="aligner-custom-llm", auto_map={"AutoConfig": "modeling_custom.CustomConfig"})
    (custom / "config.json").write_text(json.dumps(config))
    with pytest.raises(AlignerError, match="--trust-remote-code"):
        TransformersRewriter(str(custom))

    with pytest.raises(AlignerError, match="no config.json"):
        TransformersRewriter(str(tmp_path))


def test_batched_left_padded_generation_matches_one_at_a_time(rewriter):
    batch = requests(6)
    together = rewriter.rewrite(batch, INSTRUCTIONS, SHORT, JobControl())
    alone = [rewriter.rewrite([r], INSTRUCTIONS, SHORT, JobControl())[0] for r in batch]
    assert [r.passage_id for r in together] == [r.passage_id for r in batch]
    assert [r.text for r in together] == [r.text for r in alone]
    assert [r.tokens_out for r in together] == [r.tokens_out for r in alone]
    # Prompts of different lengths were padded, but each counts only its own tokens.
    assert len({r.tokens_in for r in together}) > 1
    assert [r.tokens_in for r in together] == [r.tokens_in for r in alone]


def test_each_row_stops_at_its_own_limit_and_is_marked_truncated(rewriter):
    settings = GenerationSettings(max_new_tokens=40, length_ratio=0.1, length_slack=1)
    batch = requests(5)
    results = rewriter.rewrite(batch, INSTRUCTIONS, settings, JobControl())
    expected = [settings.new_tokens_for(n) for n in rewriter.passage_tokens([r.text for r in batch])]
    assert len(set(expected)) > 1
    assert [r.tokens_out for r in results] == expected
    assert all(r.finish_reason == FINISH_LENGTH and r.truncated for r in results)
    assert all(r.text for r in results)
    capped = rewriter.rewrite(batch[:1], INSTRUCTIONS, GenerationSettings(max_new_tokens=3), JobControl())
    assert capped[0].tokens_out == 3


def test_a_rewrite_that_ends_by_itself_is_not_truncated(stopping_model):
    result = TransformersRewriter(str(stopping_model)).rewrite(requests(2), INSTRUCTIONS, SHORT, JobControl())
    assert [(r.finish_reason, r.truncated, r.tokens_out, r.text) for r in result] == [(FINISH_STOP, False, 1, "")] * 2


def test_batches_are_grouped_by_length_under_the_token_budget(tiny_model):
    small = TransformersRewriter(str(tiny_model), ModelOptions(token_budget=1500, max_batch=4))
    pending = requests(20)
    batches = small.plan(pending, INSTRUCTIONS, SHORT)
    assert sorted(r.passage_id for b in batches for r in b) == list(range(20))
    assert all(len(b) <= 4 for b in batches)
    longest = [max(small.passage_tokens([r.text for r in b])) for b in batches]
    assert longest == sorted(longest, reverse=True)  # longest first, alike together
    for batch in batches[1:]:
        width = max(len(small.tokenizer(small.render(INSTRUCTIONS, r.text))["input_ids"]) for r in batch)
        assert len(batch) * (width + SHORT.max_new_tokens) <= 1500 * 1.1


def test_without_a_chat_template_the_documented_plain_format_is_used(tmp_path):
    folder = build_tiny_model(tmp_path / "plain", chat_template=False, vocab=300)
    plain = TransformersRewriter(str(folder))
    assert plain.render("INSTR", "PASSAGE") == PLAIN_FORMAT.format(instructions="INSTR", passage="PASSAGE")
    assert plain.rewrite(requests(1), INSTRUCTIONS, SHORT, JobControl())[0].tokens_out > 0


def test_a_template_without_a_system_role_gets_the_instructions_in_the_user_turn(rewriter, monkeypatch):
    template = (
        "{% for m in messages %}{% if m['role'] == 'system' %}{{ raise_exception('System role not supported') }}"
        "{% endif %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}<|im_start|>assistant\n"
    )
    monkeypatch.setattr(rewriter.tokenizer, "chat_template", template)
    monkeypatch.setattr(rewriter, "_system_role", True)
    rendered = rewriter.render("INSTR", "PASSAGE")
    assert rendered.startswith("<|im_start|>user\nINSTR\n\nPASSAGE<|im_end|>")


def test_streaming_hands_over_the_text_piece_by_piece(rewriter):
    pieces: list[str] = []
    settings = GenerationSettings(max_new_tokens=15, length_ratio=0.0, length_slack=15)
    result = rewriter.stream(requests(1)[0], INSTRUCTIONS, settings, JobControl(), pieces.append)
    assert len(pieces) > 3
    assert "".join(pieces).strip() == result.text
    assert result.text == rewriter.rewrite(requests(1), INSTRUCTIONS, settings, JobControl())[0].text


def test_cancel_takes_effect_within_one_decoding_step(rewriter):
    control = JobControl()
    pieces: list[str] = []
    seen_at_cancel = []

    def on_text(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            control.cancel()
            seen_at_cancel.append(len(pieces))

    long = GenerationSettings(max_new_tokens=200, length_ratio=0.0, length_slack=200)
    with pytest.raises(Cancelled):
        rewriter.stream(requests(1)[0], INSTRUCTIONS, long, control, on_text)
    assert seen_at_cancel == [3] and len(pieces) == 3  # no step ran after the cancel


def test_cancel_from_another_thread_stops_a_batch_promptly(rewriter):
    control = JobControl()
    long = GenerationSettings(max_new_tokens=2000, length_ratio=0.0, length_slack=2000)
    threading.Timer(0.3, control.cancel).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        rewriter.rewrite(requests(4), INSTRUCTIONS, long, control)
    assert time.perf_counter() - started < 2.0  # 2,000 steps would take far longer


def test_pause_holds_generation_until_resumed(rewriter):
    control = JobControl()
    control.pause()
    pieces: list[str] = []
    results = []
    settings = GenerationSettings(max_new_tokens=5, length_ratio=0.0, length_slack=5)
    worker = threading.Thread(
        target=lambda: results.append(rewriter.stream(requests(1)[0], INSTRUCTIONS, settings, control, pieces.append))
    )
    worker.start()
    time.sleep(0.4)
    assert pieces == [] and not results
    control.resume()
    worker.join(10)
    assert results and results[0].tokens_out == 5


def test_out_of_memory_halves_the_batch_and_carries_on(tiny_model, monkeypatch):
    rewriter = TransformersRewriter(str(tiny_model), ModelOptions(max_batch=8))
    expected = rewriter.rewrite(requests(6), INSTRUCTIONS, SHORT, JobControl())
    real_generate = rewriter.model.generate
    sizes: list[int] = []

    def generate(**kwargs):  # noqa: ANN003, ANN202 - stands in for a GPU with room for two rows
        sizes.append(kwargs["input_ids"].shape[0])
        if kwargs["input_ids"].shape[0] > 2:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real_generate(**kwargs)

    monkeypatch.setattr(rewriter.model, "generate", generate)
    notices: list[str] = []
    rewriter.on_notice = notices.append
    results = rewriter.rewrite(requests(6), INSTRUCTIONS, SHORT, JobControl())
    assert [r.text for r in results] == [r.text for r in expected]
    assert sizes[:3] == [6, 3, 2] and max(sizes[3:]) <= 2
    assert rewriter.max_rows <= 3 and notices and "out of memory" in notices[0]

    monkeypatch.setattr(rewriter.model, "generate", lambda **kw: (_ for _ in ()).throw(torch.OutOfMemoryError("oom")))
    with pytest.raises(AlignerError, match="out of memory on a single passage"):
        rewriter.rewrite(requests(1), INSTRUCTIONS, SHORT, JobControl())


def test_reusing_the_instructions_cache_gives_the_same_rewrites(tiny_model, monkeypatch):
    rewriter = TransformersRewriter(str(tiny_model))
    long_instructions = " ".join(demo_texts()[:2])  # a long code of conduct, shared by every prompt
    batch = requests(5, start=10)
    calls = []
    real_forward = rewriter.model.forward
    def forward(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - counts what the model is fed
        ids = kwargs.get("input_ids", args[0] if args else None)
        calls.append(tuple(ids.shape))
        return real_forward(*args, **kwargs)

    monkeypatch.setattr(rewriter.model, "forward", forward)
    shared = rewriter.rewrite(batch, long_instructions, SHORT, JobControl())
    assert rewriter.prefix._ids is not None  # the seam tokenized cleanly, so the cache was used
    prefix_width = rewriter.prefix._ids.shape[0]
    assert calls[0] == (1, prefix_width)  # the instructions once, for the whole batch
    shared_prefill = calls[1][1]
    calls.clear()
    rewriter.reuse_prefix = False
    whole = rewriter.rewrite(batch, long_instructions, SHORT, JobControl())
    assert calls[0][1] == shared_prefill + prefix_width  # the batch's prefill skipped the instructions
    assert [(r.tokens_in, r.tokens_out) for r in shared] == [(r.tokens_in, r.tokens_out) for r in whole]

    # The same next-token scores for every row, up to float rounding (a random model's
    # near-ties can still tip greedy decoding a different way many tokens later).
    def first_scores(reuse: bool) -> torch.Tensor:
        rewriter.reuse_prefix = reuse
        inputs = rewriter._encode_batch(long_instructions, batch)
        return rewriter.model.generate(
            **inputs, max_new_tokens=1, do_sample=False, output_scores=True, return_dict_in_generate=True,
            pad_token_id=rewriter.tokenizer.pad_token_id, temperature=None, top_p=None, top_k=None,
        ).scores[0]  # fmt: skip

    monkeypatch.undo()  # transformers inspects forward's signature: measure with the real one
    assert torch.allclose(first_scores(True), first_scores(False), atol=1e-5)


def test_reusing_the_instructions_cache_uses_no_deprecated_argument(tiny_model):
    """transformers 5.x warns that generate(past_key_values=...) goes away in version 6."""
    rewriter = TransformersRewriter(str(tiny_model))
    long_instructions = " ".join(demo_texts()[:2])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rewriter.rewrite(requests(3, start=10), long_instructions, SHORT, JobControl())
    assert rewriter.prefix._ids is not None  # the shared prefix was used
    deprecated = [str(w.message) for w in caught if "deprecated" in str(w.message)]
    assert deprecated == []


def test_closing_lets_go_of_the_model(tiny_model):
    import gc
    import weakref

    rewriter = TransformersRewriter(str(tiny_model))
    rewriter.rewrite(requests(2), INSTRUCTIONS, SHORT, JobControl())  # fills the shared prefix cache
    model = weakref.ref(rewriter.model)
    rewriter.close()
    gc.collect()
    assert model() is None
