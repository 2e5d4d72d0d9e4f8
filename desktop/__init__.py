"""Warm Home desktop (温馨家园工作台)."""

# Kept equal to pyproject.toml's version by tests/test_version.py. A literal, because reading
# the installed metadata costs ~35 ms at every start.
__version__ = "0.1.0"
