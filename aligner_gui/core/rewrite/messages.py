"""The conversation a rewriter model is given: the code of conduct, then the passage.

With a chat model the instructions are the system message and the passage the user
message, rendered by the tokenizer's own chat template. A model without a template gets
the documented plain format (README, "Prompt format"):

    <instructions>

    ### Passage:
    <passage>

    ### Rewrite:
"""

from __future__ import annotations

PLAIN_FORMAT = "{instructions}\n\n### Passage:\n{passage}\n\n### Rewrite:\n"


def chat_messages(instructions: str, passage: str, system_role: bool = True) -> list[dict[str, str]]:
    """``system_role=False`` for templates that refuse a system message: the
    instructions then open the user message."""
    if system_role:
        return [{"role": "system", "content": instructions}, {"role": "user", "content": passage}]
    return [{"role": "user", "content": f"{instructions}\n\n{passage}"}]


def plain_prompt(instructions: str, passage: str) -> str:
    return PLAIN_FORMAT.format(instructions=instructions, passage=passage)
