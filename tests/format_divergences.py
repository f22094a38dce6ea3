"""Pinned divergences between the JS formatters (the browser's Intl, or node's as its proxy) and the
Python twin: case id -> cause. Every parity test (node vs Python in tests/unit, Chromium vs Python
in tests/browser, the case table and the locale sweep) requires its mismatches to be exactly the
ones listed here for the cases it ran, so a new divergence fails and a fixed one must be unpinned.
docs/format.md lists them too (tests/unit/test_format_divergences.py holds the two equal).
"""

import json
from pathlib import Path

PINNED_FILE = Path(__file__).parent / "cases" / "format-divergences.json"


def pinned() -> dict[str, str]:
    return json.loads(PINNED_FILE.read_text("utf-8"))["divergences"]


def check(case_ids, mismatched_ids) -> tuple[set, set]:
    """(new divergences, pinned ones that now match) among the cases that ran."""
    ran = set(case_ids)
    expected = {case_id for case_id in pinned() if case_id in ran}
    mismatched = set(mismatched_ids)
    return mismatched - expected, expected - mismatched
