"""Figures shared by the evaluation and the benchmark: rank metrics and latency percentiles."""

import math
import statistics


def rank_metrics(ranks, cutoff=10):
    """MRR@cutoff, Success@1 and Success@cutoff of a list of 1-based ranks (None = not in the top cutoff)."""
    n = len(ranks)
    if n == 0:
        return {"n": 0, "mrr10": 0.0, "s1": 0.0, "s10": 0.0}
    found = [r for r in ranks if r is not None and r <= cutoff]
    return {
        "n": n,
        "mrr10": sum(1.0 / r for r in found) / n,
        "s1": sum(1 for r in found if r == 1) / n,
        "s10": len(found) / n,
    }


def percentile(values, p):
    """The p-th percentile by nearest rank (p95 of 20 values is the 19th smallest); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    index = max(0, math.ceil(p / 100.0 * len(ordered)) - 1)
    return ordered[index]


def latency_summary(values):
    """{'n', 'median', 'p95', 'mean', 'max'} in the unit of the values (None figures when empty)."""
    if not values:
        return {"n": 0, "median": None, "p95": None, "mean": None, "max": None}
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p95": percentile(values, 95),
        "mean": statistics.fmean(values),
        "max": max(values),
    }
