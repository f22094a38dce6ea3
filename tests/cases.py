"""The explicit case tables (tests/cases/<pattern>/*.json, see tests/cases/README.md) for pytest:
load them, run a case through the Python twin, encode the result for comparison.

Twin of tests/js/cases.js: same ids, same encoding.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import dash

CASES_DIR = Path(__file__).parent / "cases"
SPECIALS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf, "-0": -0.0, "undefined": None}


def decode(value: Any) -> Any:
    """A table value as Python sees it (JS undefined arrives as None)."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$special"}:
            return SPECIALS[value["$special"]]
        return {k: decode(v) for k, v in value.items()}
    return value


def encode(value: Any) -> Any:
    """A result as JSON both halves can compare (tests/js/cases.js encode)."""
    if value is dash.no_update:
        return {"$special": "no_update"}
    if isinstance(value, dash.Patch):
        return encode(value.to_plotly_json())
    if isinstance(value, float):
        if math.isnan(value):
            return {"$special": "NaN"}
        if math.isinf(value):
            return {"$special": "Infinity" if value > 0 else "-Infinity"}
        if value == 0 and math.copysign(1, value) < 0:
            return {"$special": "-0"}
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    return value


def load() -> list[dict]:
    """Every explicit case: {id, pattern, file, function, values, options, context?, expect?}."""
    cases = []
    for directory in sorted(p for p in CASES_DIR.iterdir() if p.is_dir()):
        for path in sorted(directory.glob("*.json")):
            table = json.loads(path.read_text("utf-8"))
            if not isinstance(table.get("cases"), list):
                continue  # a format matrix (format_cases.py)
            cases.extend({"pattern": directory.name, "file": path.name, **case} for case in table["cases"])
    return cases


def factory_of(case: dict):
    from dashclient._action import REGISTRY

    return REGISTRY[(case["pattern"], case["function"])]


def run(case: dict) -> Any:
    """Run one case through the Python twin; a raised error comes back as {"$error": message}."""
    factory = factory_of(case)
    try:
        action = factory(**decode(case.get("options") or {}))
        values = decode(case.get("values") or [])
        if action.signature.context:
            context = decode(case["context"]) if case.get("context") else None
            from dashclient._context import empty_context

            return encode(action(*values, context=context or empty_context()))
        return encode(action(*values))
    except Exception as error:  # noqa: BLE001 - reported as data, compared with JS
        return {"$error": f"{type(error).__name__}: {error}"}
