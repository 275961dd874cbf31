"""What the Rewriter panel says first: the three ways a project gets its rewrites."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aligner_gui.ui.common.i18n import isolated


def three_ways_text() -> str:
    return "\n".join(
        (
            QCoreApplication.translate("RewriterThreeWays", "Three ways to get rewrites:"),
            QCoreApplication.translate(
                "RewriterThreeWays",
                "1. A model on this computer: choose it as Backend, then its folder in Model (Browse…).",
            ),
            QCoreApplication.translate(
                "RewriterThreeWays",
                "2. An {openai}-compatible server, such as {vllm}: choose it as Backend, then fill in Server URL,"
                " and in Model the server's model name.",
            ).format(openai=isolated("OpenAI"), vllm=isolated("vLLM")),
            QCoreApplication.translate(
                "RewriterThreeWays",
                "3. Rewrites made elsewhere: File ▸ Import passages… reads them with the passages, from the"
                " field named in Rewrite field.",
            ),
        )
    )
