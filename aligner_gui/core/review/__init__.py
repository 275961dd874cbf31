"""Reviewing: decisions, drafts and positions; the queue, search and statistics."""
