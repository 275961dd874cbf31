"""Help: the keyboard shortcut sheet and the user guide."""
