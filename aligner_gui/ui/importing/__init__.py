"""Importing files into the open project: the dialog and the import op."""
