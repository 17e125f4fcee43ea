"""Benchmark harness of cleaner: metric, accuracy and speed runs."""
