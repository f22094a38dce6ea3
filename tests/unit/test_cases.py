"""Every explicit case (tests/cases/<pattern>/*.json) in Python, and node's results for the same
cases compared with it (the browser does the same in tests/browser/test_cases.py)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cases import load, run

ROOT = Path(__file__).resolve().parents[2]
CASES = load()


def test_the_case_tables_are_not_empty_and_cover_every_pattern_with_functions():
    from dashclient import _spec

    assert CASES
    covered = {c["pattern"] for c in CASES}
    with_functions = {p for p in ("format", "patch", "dispatch", "keys", "fetch", "internal") if _spec.functions_of(p)}
    assert with_functions - {"format"} <= covered, "a pattern with functions has no explicit cases"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['pattern']}/{c['id']}" for c in CASES])
def test_the_python_twin_gives_the_expected_result(case):
    result = run(case)
    assert not (isinstance(result, dict) and "$error" in result), result
    if "expect" in case:
        assert result == case["expect"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node runs the JS half")
def test_node_gives_what_python_gives_for_every_case():
    out = subprocess.run(["node", str(ROOT / "tests" / "js" / "run-cases.js")], input="", capture_output=True,
                         text=True, check=True)
    node = json.loads(out.stdout)
    key = lambda c: f"{c['pattern']}/{c['id']}"  # noqa: E731
    assert set(node) == {key(c) for c in CASES}
    different = {key(c): (node[key(c)], run(c)) for c in CASES if node[key(c)] != run(c)}
    assert not different
