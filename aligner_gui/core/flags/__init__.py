"""Automatic flags: hints, computed for every rewrite, that it may be wrong (see check.py)."""
