"""Qt widgets only: windows, views, models, workers. Thin over core."""
