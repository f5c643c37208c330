"""Matching records that describe the same real-world entity."""
