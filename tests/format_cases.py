"""The format case table (tests/cases/format/) expanded into cases, for pytest and the browser test.

Its twin for node is tests/js/format-cases.js. A case is one function, one locale, one option set
and one value; its id is stable, so a pinned divergence names exactly one case.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

CASES_DIR = Path(__file__).parent / "cases" / "format"
UNDEFINED = object()  # JS undefined; the Python twin sees None
SPECIALS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf, "-0": -0.0, "undefined": UNDEFINED}


def decode(value):
    """A table value as Python sees it (JS undefined arrives as None)."""
    if isinstance(value, dict) and set(value) == {"$special"}:
        special = SPECIALS[value["$special"]]
        return None if special is UNDEFINED else special
    return value


def load_table() -> tuple[dict, dict[str, dict]]:
    common = json.loads((CASES_DIR / "common.json").read_text("utf-8"))
    functions = {
        path.stem: json.loads(path.read_text("utf-8"))
        for path in sorted(CASES_DIR.glob("*.json")) if path.stem != "common"
    }
    return common, functions


def expand() -> list[dict]:
    """Every case: {"id", "function", "locale", "options", "value" (encoded as in the table)}."""
    common, functions = load_table()
    cases = []
    for function, table in functions.items():
        values = table["values"] if isinstance(table["values"], list) else common["values"][table["values"]]
        locales = table.get("locales", common["locales"])
        for locale in locales:
            for option_set in table["options"]:
                options = {**option_set, "locale": locale}
                for value in values:
                    case_id = f"{function}|{locale}|{json.dumps(option_set, sort_keys=True)}|{json.dumps(value)}"
                    cases.append({"id": case_id, "function": function, "locale": locale,
                                  "options": options, "value": value})
    return cases
