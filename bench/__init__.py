"""Benchmarks for Warm Home desktop: ``make bench`` (``python -m bench``) prints the figures.

These are measurements, not tests: pytest never collects them (its testpaths is ``tests/``) and
CI does not run them. Generated databases are cached in ``bench/data/`` (git-ignored).
The cold-start and page-open parts start child processes with POSIX calls (Linux, macOS).
"""
