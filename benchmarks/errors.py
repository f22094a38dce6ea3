"""One line on why a measurement is missing, for the results table."""

from __future__ import annotations


def describe(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
