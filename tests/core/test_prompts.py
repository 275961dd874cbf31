from __future__ import annotations

import pytest

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.rewrite.prompts import DEFAULT_PROMPT, get_prompt, latest_prompts, prompt_versions, save_prompt


def test_a_new_project_has_the_default_prompts_covering_the_four_aims(project):
    names = {p.name: p for p in latest_prompts(project)}
    assert set(names) == {"conduct-ar", "conduct-en"}
    arabic = get_prompt(project)
    assert arabic.name == DEFAULT_PROMPT and arabic.language == "ar" and arabic.version == 1
    for heading in ("التنسيق", "القيم", "ضبط المحتوى", "حفظ المعرفة"):
        assert heading in arabic.text
    english = names["conduct-en"].text.lower()
    for aim in ("formatting", "values", "moderation", "knowledge"):
        assert aim in english


def test_an_edit_makes_a_new_version_and_keeps_the_old_one(project):
    first = get_prompt(project, "conduct-ar")
    edited = save_prompt(project, "conduct-ar", first.text + "\nلا تستعمل الجداول.")
    assert edited.version == 2 and edited.id != first.id
    assert [p.version for p in prompt_versions(project, "conduct-ar")] == [2, 1]
    assert get_prompt(project, "conduct-ar").id == edited.id
    assert get_prompt(project, "conduct-ar", 1).text == first.text
    # Saving the same text again is not a new version.
    assert save_prompt(project, "conduct-ar", edited.text).id == edited.id


def test_a_new_prompt_name_starts_at_version_one(project):
    prompt = save_prompt(project, "short-en", "Rewrite the passage.", language="en")
    assert (prompt.name, prompt.version, prompt.language) == ("short-en", 1, "en")


def test_unknown_prompt_and_empty_text_are_clear_errors(project):
    with pytest.raises(AlignerError, match="no prompt named 'nope'.*conduct-ar"):
        get_prompt(project, "nope")
    with pytest.raises(AlignerError, match="no version 7"):
        get_prompt(project, "conduct-ar", 7)
    with pytest.raises(AlignerError, match="empty"):
        save_prompt(project, "conduct-ar", "   ")
