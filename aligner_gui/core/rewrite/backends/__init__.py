"""The rewriter backends: a local transformers model, or an OpenAI-compatible server.
The only modules that import torch and transformers (an import-linter contract)."""
