"""`aligner search` on a word in more passages than it counts: it says so."""

import json

from aligner_gui.core.review.search import SEARCH_CANDIDATES
from tests.conftest import run_module, write_jsonl


def test_a_common_word_is_counted_to_a_bound_and_said_to_match_more(tmp_path):
    path = tmp_path / "p.aligner"
    records = [{"id": f"c{i}", "text": f"الفقرة {i} عن السوق"} for i in range(SEARCH_CANDIDATES + 5)]
    assert run_module("aligner_gui.cli", "init", path).returncode == 0
    assert run_module("aligner_gui.cli", "import", path, write_jsonl(tmp_path / "c.jsonl", records)).returncode == 0
    found = run_module("aligner_gui.cli", "search", path, "السوق", "--json")
    document = json.loads(found.stdout)
    assert (document["total"], document["more"], len(document["results"])) == (SEARCH_CANDIDATES, True, 20)
    plain = run_module("aligner_gui.cli", "search", path, "السوق")
    assert plain.stdout.splitlines()[-1] == "20 of 1,000+ matches, the best of the first 1,000"
    exact = json.loads(run_module("aligner_gui.cli", "search", path, "الفقرة 7", "--json").stdout)
    assert (exact["total"], exact["more"]) == (1, False)
