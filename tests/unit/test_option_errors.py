"""One schema, one message: Python refuses at bind time exactly the option sets the JS half
refuses, with the same words (tests/cases/option-errors.json)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import dashclient as dc

ROOT = Path(__file__).resolve().parents[2]
TABLE = json.loads((ROOT / "tests" / "cases" / "option-errors.json").read_text("utf-8"))["cases"]


def python_message(case):
    pattern, name = case["function"].split(".")
    try:
        getattr(getattr(dc, pattern), name)(**case["options"])
    except ValueError as error:
        return str(error)
    return None


def test_the_table_has_refusals_and_acceptances():
    assert sum(c["error"] is None for c in TABLE) >= 3 and sum(c["error"] is not None for c in TABLE) >= 10


@pytest.mark.parametrize("case", TABLE, ids=[f"{c['function']}{c['options']}" for c in TABLE])
def test_python_gives_the_tabled_message(case):
    assert python_message(case) == case["error"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node runs the JS half")
def test_js_gives_the_same_message_for_every_option_set():
    out = subprocess.run(["node", str(ROOT / "tests" / "js" / "run-option-checks.js")], capture_output=True,
                         text=True, check=True)
    assert json.loads(out.stdout) == [c["error"] for c in TABLE]
