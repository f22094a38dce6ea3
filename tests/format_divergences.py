"""Pinned divergences between the JS formatters (Chromium/node Intl, CLDR 48) and the Python twin
(Babel, CLDR 47): case id -> cause. Every parity test (node vs Python in tests/unit, Chromium vs
Python in tests/browser) requires its mismatches to be exactly the ones listed here for the cases
it ran, so a new divergence fails and a fixed one must be unpinned. docs/format.md lists them too.
"""

import json
from pathlib import Path

PINNED_FILE = Path(__file__).parent / "cases" / "format-divergences.json"


def pinned() -> dict[str, str]:
    if not PINNED_FILE.exists():
        return {}
    return json.loads(PINNED_FILE.read_text("utf-8"))["divergences"]


def check(case_ids, mismatched_ids) -> tuple[set, set]:
    """(new divergences, pinned ones that now match) among the cases that ran."""
    ran = set(case_ids)
    expected = {case_id for case_id in pinned() if case_id in ran}
    mismatched = set(mismatched_ids)
    return mismatched - expected, expected - mismatched
