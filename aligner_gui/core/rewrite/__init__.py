"""Rewriting passages with a model: backends (local transformers, OpenAI-compatible
servers), the prompt format, and resumable jobs that store results in the project."""
