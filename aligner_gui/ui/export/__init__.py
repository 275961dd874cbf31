"""File ▸ Export: the curated set written as a dataset folder, off the GUI thread."""
