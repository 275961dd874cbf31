"""Text: Arabic normalization, invisible characters, word diffs and hunks. No database."""
