"""Every flag code, with a one-line English description (the CLI's; the UI translates)."""

from __future__ import annotations

CODES: dict[str, str] = {
    "repetition": "a repeated word, n-gram or line makes up much of the rewrite",
    "multiple_outputs": "several outputs in one answer (separators, numbered alternatives)",
    "commentary": "the model talks to the user (lead-ins, notes, a translation label)",
    "language_drift": "the rewrite is less Arabic than the source, or mostly Latin script",
    "truncated": "generation stopped at its limit, or the text ends mid-sentence or unclosed",
    "too_short": "much shorter than the source (knowledge may be lost)",
    "too_long": "much longer than the source (content may be invented)",
    "numbers_changed": "numbers or dates of the source changed or dropped",
    "names_changed": "Latin-script names or URLs of the source changed or dropped",
    "left_in": "URLs, e-mail addresses, phone numbers or spam left in the rewrite",
    "dialect_changed": "dialect markers of the source are gone (informational)",
    "invisible_chars": "invisible or direction-control characters in the rewrite",
    "wrapped_in_quotes": "quotes wrapped around the whole rewrite",
}
