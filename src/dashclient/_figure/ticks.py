"""Tick values for a numeric axis: the twin of js/figure/ticks.js, operation for operation.

About ``count`` multiples of 1, 2 or 5 × 10^k spanning [lo, hi]. Both halves perform the same
floating-point operations in the same order, so they give identical numbers: powers of ten by
repeated multiplication or division (never pow or log10, whose last bit differs between libms),
and each tick computed alone from its integer k, as k·factor·10^e or as the exact integer k·factor
divided once by 10^-e.
"""

from __future__ import annotations

import math
from typing import Sequence

ROOT_50 = math.sqrt(50)
ROOT_10 = math.sqrt(10)
ROOT_2 = math.sqrt(2)

#: More ticks than this means the inputs are degenerate (a span of 1e300 in steps of 1e-300).
MAX_TICKS = 1000


def pow10(k: int) -> float:
    """10^k by repeated multiplication (k >= 0) or division (k < 0)."""
    p = 1.0
    for _ in range(abs(k)):
        p = p * 10 if k > 0 else p / 10
    return p


def exponent_of(x: float) -> int:
    """The largest e with 10^e <= x, for a finite x > 0."""
    if not (x > 0 and math.isfinite(x)):
        raise ValueError(f"exponent_of({x})")
    e, p = 0, 1.0
    if x >= 1:
        while p * 10 <= x:
            p *= 10
            e += 1
    else:
        while p > x:
            p /= 10
            e -= 1
    return e


def nice_ticks(numbers: Sequence[float], count: int, include_zero: bool) -> list[float]:
    """Nice tick values spanning the finite numbers given (and zero with ``include_zero``)."""
    if not numbers:
        return []
    lo, hi = float(min(numbers)), float(max(numbers))
    if include_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    if lo == hi:
        return [lo + 0.0]
    raw = (hi - lo) / count
    if not math.isfinite(raw) or raw == 0:
        return []  # a span past the largest double, or below the smallest step
    e = exponent_of(raw)
    ratio = raw / pow10(e) if e >= 0 else raw * pow10(-e)
    factor = 10 if ratio >= ROOT_50 else 5 if ratio >= ROOT_10 else 2 if ratio >= ROOT_2 else 1
    if factor == 10:
        factor, e = 1, e + 1

    def tick(k: int) -> float:
        return (k * factor * pow10(e) if e >= 0 else (k * factor) / pow10(-e)) + 0.0  # + 0.0: no -0.0

    step = tick(1)
    first = math.ceil(lo / step)
    while tick(first - 1) >= lo:
        first -= 1
    while tick(first) < lo:
        first += 1
    last = math.floor(hi / step)
    while tick(last + 1) <= hi:
        last += 1
    while tick(last) > hi:
        last -= 1
    if last - first >= MAX_TICKS:
        return []
    return [tick(k) for k in range(first, last + 1)]
