"""The project's code-of-conduct prompts: named, versioned, never overwritten.

Saving a changed text makes a new version; every model rewrite records the version
(``prompts.id``) it was made with, so a reviewer can always tell which instructions
produced what. New projects start with the bundled defaults (``resources/prompts``).
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now

DEFAULT_PROMPT = "conduct-ar"
_COLUMNS = "id, name, version, language, text, created_at"


@dataclass(frozen=True)
class Prompt:
    id: int
    name: str
    version: int
    language: str
    text: str
    created_at: str

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"


def latest_prompts(project: Project) -> list[Prompt]:
    """The newest version of every prompt, by name."""
    newest = "version = (SELECT max(version) FROM prompts q WHERE q.name = prompts.name)"
    rows = project.db.table("prompts").rows_where(newest, order_by="name", select=_COLUMNS)
    return [Prompt(**row) for row in rows]


def prompt_versions(project: Project, name: str) -> list[Prompt]:
    """Every version of ``name``, newest first."""
    rows = project.db.table("prompts").rows_where("name = ?", [name], order_by="version DESC", select=_COLUMNS)
    return [Prompt(**row) for row in rows]


def get_prompt(project: Project, name: str | None = None, version: int | None = None) -> Prompt:
    """The named prompt (default: the bundled Arabic one), newest version unless given."""
    name = name or DEFAULT_PROMPT
    versions = prompt_versions(project, name)
    if not versions:
        known = ", ".join(p.name for p in latest_prompts(project)) or "none"
        raise AlignerError(f"no prompt named {name!r} in {project.path.name} (prompts: {known})")
    if version is None:
        return versions[0]
    for prompt in versions:
        if prompt.version == version:
            return prompt
    raise AlignerError(f"prompt {name!r} has no version {version} (newest is {versions[0].version})")


def prompt_by_id(project: Project, prompt_id: int) -> Prompt:
    row = next(project.db.table("prompts").rows_where("id = ?", [prompt_id], select=_COLUMNS), None)
    if row is None:
        raise AlignerError(f"no prompt with id {prompt_id}")
    return Prompt(**row)


def save_prompt(project: Project, name: str, text: str, language: str | None = None) -> Prompt:
    """Store ``text`` as the next version of ``name`` (a new prompt when the name is new).
    Saving the same text as the newest version changes nothing and returns it."""
    name, text = name.strip(), text.strip()
    if not name:
        raise AlignerError("a prompt needs a name")
    if not text:
        raise AlignerError(f"prompt {name!r}: the text is empty")
    versions = prompt_versions(project, name)
    if versions and versions[0].text == text and (language is None or language == versions[0].language):
        return versions[0]
    language = language or (versions[0].language if versions else "ar")
    version = versions[0].version + 1 if versions else 1
    row = {"name": name, "version": version, "language": language, "text": text, "created_at": utc_now()}
    with project.transaction():
        prompt_id = project.db.table("prompts").insert(row).last_rowid
    return prompt_by_id(project, prompt_id)
