"""The welcome screen: what the window shows while no project is open."""
