"""Everything the app knows, in pure Python. This package never imports Qt."""
