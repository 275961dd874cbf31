"""Reviewing one passage: the panel, its diff panes, loading items ahead, and what the review keys do."""
