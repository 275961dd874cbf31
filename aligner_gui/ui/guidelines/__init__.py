"""View ▸ Review guidelines: the project's guidelines for its reviewers, in a dock."""
