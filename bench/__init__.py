"""Benchmarks: `python -m bench` runs them all; each prints its rate next to a baseline measured in the same run."""
