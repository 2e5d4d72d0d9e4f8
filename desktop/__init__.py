"""Warm Home desktop (温馨家园工作台)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("warmhome")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
