"""Packaging: the PyInstaller spec, the Windows installer script, the .deb and the smoke test."""
