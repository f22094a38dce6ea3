"""Summaries of timing samples."""

from __future__ import annotations

import statistics
from typing import Sequence


def summarize_ms(samples: Sequence[float]) -> dict[str, float]:
    """p50, p95, mean, min and max of samples in milliseconds, rounded to 0.01 ms."""
    ordered = sorted(samples)
    percentiles = statistics.quantiles(ordered, n=100, method="inclusive")
    summary = {
        "p50": percentiles[49],
        "p95": percentiles[94],
        "mean": statistics.fmean(ordered),
        "min": ordered[0],
        "max": ordered[-1],
    }
    return {key: round(value, 2) for key, value in summary.items()}
