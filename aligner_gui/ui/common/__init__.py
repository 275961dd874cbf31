"""Shared by every feature: fonts, translations, message boxes, keys, actions, ops."""
