"""aligner_gui: review and curate LLM rewrites of Arabic pretraining text."""

__version__ = "0.1.0"
