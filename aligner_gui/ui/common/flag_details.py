"""The shapes of an automatic flag's detail line (core.flags: "duplicate lines 0.42 >
0.30 (source 0.00)"), as English templates that ui.common.core_messages matches and
translates. Core writes the line in English for the command line and the project file;
the review panel shows it in the interface language.

A list placeholder ({dialects}, {signs}, {numbers}…) holds core's ", "-joined items, each
translated by its own table here, or isolated as a value."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FLAG_DETAILS = [
    # content: numbers, names and URLs
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{missing} of {total} source numbers changed or missing: {numbers}; more often than in the source: {extra}",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{missing} of {total} source numbers missing: {numbers}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{missing} of {total} source names or URLs missing: {names}; not in the source: {extra}"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{missing} of {total} source names or URLs missing: {names}"),
    # dialect, language, left in
    QT_TRANSLATE_NOOP("CoreMessages", "{count} dialect markers gone ({dialects}): {words}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Arabic share of letters fell {drop} > {limit} ({source} to {share})"),
    QT_TRANSLATE_NOOP("CoreMessages", "Arabic share of letters {share} < {limit} (source {source})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} left in ({items}), first: {first}"),
    # length
    QT_TRANSLATE_NOOP("CoreMessages", "words {ratio} of the source's {total} > {limit}"),
    QT_TRANSLATE_NOOP("CoreMessages", "words {ratio} of the source's {total} content words < {limit}"),
    # repetition
    QT_TRANSLATE_NOOP("CoreMessages", "a unit said {times} times in a row >= {limit} (source {source})"),
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate lines {value} > {limit} (source {source})"),
    QT_TRANSLATE_NOOP("CoreMessages", "duplicate line characters {value} > {limit} (source {source})"),
    QT_TRANSLATE_NOOP("CoreMessages", "duplicated {n}-gram characters {value} > {limit} (source {source})"),
    QT_TRANSLATE_NOOP("CoreMessages", "top {n}-gram characters {value} > {limit} (source {source})"),
    # several outputs, commentary
    QT_TRANSLATE_NOOP("CoreMessages", "{count} sign: {signs}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} signs: {signs}"),
    # surface: quotes, invisible characters
    QT_TRANSLATE_NOOP("CoreMessages", "the whole rewrite is in a code fence {opening}…{closing}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the whole rewrite is in quotes {opening}…{closing}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} invisible character: {named}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} invisible characters: {named}"),
    # truncation
    QT_TRANSLATE_NOOP("CoreMessages", "generation stopped at its length limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "ends inside an unclosed {char}"),
    QT_TRANSLATE_NOOP("CoreMessages", "ends mid-sentence, on {char}; the source ends properly"),
]
# core.flags.phrases.DIALECT_MARKERS, and the guess when only shared markers are gone.
DIALECTS = [
    QT_TRANSLATE_NOOP("CoreMessages", "Egyptian"),
    QT_TRANSLATE_NOOP("CoreMessages", "Levantine"),
    QT_TRANSLATE_NOOP("CoreMessages", "Gulf"),
    QT_TRANSLATE_NOOP("CoreMessages", "Iraqi"),
    QT_TRANSLATE_NOOP("CoreMessages", "Maghrebi"),
    QT_TRANSLATE_NOOP("CoreMessages", "which one unknown"),
]
# core.flags.left_in: what was left in, counted.
LEFT_IN_ITEMS = [
    QT_TRANSLATE_NOOP("CoreMessages", "{count} URL"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} e-mail address"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} phone number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} hashtag"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} handle"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} call to action"),
]
# core.flags.output_shape: the signs of several outputs or of commentary.
SIGNS = [
    QT_TRANSLATE_NOOP("CoreMessages", "alternative"),
    QT_TRANSLATE_NOOP("CoreMessages", "alternative label"),
    QT_TRANSLATE_NOOP("CoreMessages", "numbered alternatives"),
    QT_TRANSLATE_NOOP("CoreMessages", "restated block"),
    QT_TRANSLATE_NOOP("CoreMessages", "separator line"),
    QT_TRANSLATE_NOOP("CoreMessages", "text and its translation"),
    QT_TRANSLATE_NOOP("CoreMessages", "version label"),
    QT_TRANSLATE_NOOP("CoreMessages", "changes label"),
    QT_TRANSLATE_NOOP("CoreMessages", "lead-in"),
    QT_TRANSLATE_NOOP("CoreMessages", "note label"),
    QT_TRANSLATE_NOOP("CoreMessages", "words to the user"),
]
FLAG_TABLES = {"flag_detail": FLAG_DETAILS, "dialect": DIALECTS, "left_in_item": LEFT_IN_ITEMS, "sign": SIGNS}
# A list placeholder: the table its phrases are translated by; None for a list of values
# (numbers, words, names from the passage), each isolated.
LISTS = {"dialects": "dialect", "items": "left_in_item", "signs": "sign"}
LISTS |= dict.fromkeys(("numbers", "names", "extra", "words"))
FLAG_NUMBERS = frozenset({"missing", "total", "times", "n", "drop", "share", "source", "value", "ratio"})
