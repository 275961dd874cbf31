"""Bulk decisions on the queue's selection or its whole filtered list."""
