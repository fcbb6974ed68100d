"""Benchmarks: run with `make bench` (python -m bench). They print medians and ratios."""
