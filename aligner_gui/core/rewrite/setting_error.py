"""A rewrite setting that is missing or does not work, told so that each front end can name
its own control: the command line its flags, the GUI the fields of its Rewriter panel."""

from __future__ import annotations

from aligner_gui.core.errors import AlignerError

# The settings (BackendChoice, ModelOptions and GenerationSettings fields) an error can point at.
SETTINGS = ("model", "base_url", "api_key", "allow_download", "allow_pickle", "trust_remote_code", "max_new_tokens")


class RewriteSettingError(AlignerError):
    """``setting`` is the one to change (one of SETTINGS), ``problem`` a short name for what is
    wrong with it, ``details`` the values a message needs (model, folder, url, reason...).
    The message itself is the command line's, naming its flags."""

    def __init__(self, setting: str, problem: str, message: str, **details: str) -> None:
        super().__init__(message)
        self.setting = setting
        self.problem = problem
        self.details = details
