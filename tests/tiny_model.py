"""A tiny causal LM built on the spot, for exercising the real transformers loading and
generation code offline: a byte-level BPE tokenizer trained on the demo passages with a
chat template, and a two-layer Llama with random weights, saved with save_pretrained."""

from __future__ import annotations

import json
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "passages.jsonl"


def demo_texts() -> list[str]:
    return [json.loads(line)["text"] for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_tiny_model(
    folder: Path,
    *,
    chat_template: bool = True,
    stops_at_once: bool = False,
    hidden: int = 32,
    layers: int = 2,
    vocab: int = 800,
    seed: int = 0,
) -> Path:
    """``stops_at_once``: the model answers the end-of-text token first (its final norm is
    zeroed, so every logit ties and greedy picks token 0, which is end-of-text here)."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<|im_end|>", "<pad>", "<s>", "<unk>", "<|im_start|>"]  # <|im_end|> is id 0
    bpe = Tokenizer(models.BPE(unk_token="<unk>"))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    bpe.train_from_iterator(demo_texts(), trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, bos_token="<s>", eos_token="<|im_end|>", pad_token="<pad>", unk_token="<unk>"
    )
    if chat_template:
        tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(folder)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    if stops_at_once:
        with torch.no_grad():
            model.model.norm.weight.zero_()
    model.save_pretrained(folder)
    return folder
