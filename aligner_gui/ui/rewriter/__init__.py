"""The rewriter: its dock and panel, the model thread, prompts, and candidate rewrites."""
