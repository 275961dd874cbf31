"""Automatic flags: checking the rewrites a project has not checked yet."""
