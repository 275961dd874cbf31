"""The queue of passages: filters, search and the lazy table."""
