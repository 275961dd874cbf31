"""Settings ▸ Reasons: the project's review reasons, edited as a list."""
