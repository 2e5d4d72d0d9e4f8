"""Widgets and helpers every page shares: list models, form fields, labels, long jobs."""
