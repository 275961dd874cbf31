"""Flag details in the Arabic interface (audit of issue 14: the chips' tooltips were
English). Core writes each detail in English; every shape it writes on the labelled set
of rewrites must read in Arabic, its figures in the interface's digits and its values
(numbers quoted from the passage, words, characters) isolated."""

import json
import re
from pathlib import Path

from aligner_gui.core.flags.check import check
from aligner_gui.ui.common.core_messages import flag_detail
from tests.ui.conftest import shown

LABELLED = Path(__file__).parents[1] / "flags_eval" / "labelled.jsonl"
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def labelled_details() -> dict[str, str]:
    """One detail of each shape (its words with the figures taken out) by that shape."""
    details = {}
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for flag in check(record["raw"], record["rewrite"], record.get("finish_reason")):
            details.setdefault(re.sub(r"[\d.]+", "#", flag.detail.split(":")[0]), flag.detail)
    return details


def test_every_flag_detail_on_the_labelled_set_reads_in_arabic(arabic_ui):
    details = labelled_details()
    assert len(details) >= 12  # the set makes most shapes: a loop, a lead-in, numbers, a dialect…
    for english in details.values():
        arabic = flag_detail(english)
        outside_values = _ISOLATED.sub("", arabic)
        assert not _LATIN_WORD.search(outside_values), f"{english!r} shows as {shown(arabic)!r}"
        assert re.search("[\u0621-\u064a]", outside_values), f"{english!r} shows as {shown(arabic)!r}"


def test_a_detail_keeps_its_figures_and_values(arabic_ui):
    arabic = flag_detail("duplicate lines 0.42 > 0.30 (source 0.00)")
    assert "٠٫٤٢" in arabic and "٠٫٣٠" in arabic  # the interface's digits
    lists = flag_detail("3 left in (2 URL, 1 call to action), first: www.example.com")
    assert "\u2068www.example.com\u2069" in lists  # the value as written, isolated
    assert "URL" not in _ISOLATED.sub("", lists) and "call" not in lists


def test_in_english_the_detail_is_as_core_wrote_it():
    assert flag_detail("2 signs: lead-in, note label") == "2 signs: lead-in, note label"
