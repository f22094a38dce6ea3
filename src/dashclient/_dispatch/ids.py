"""Component ids as the dispatcher sees them: the twin of js/dispatch/ids.js.

Dash writes a triggered prop as ``"btn.n_clicks"`` or, for a dict id, as sorted-key JSON followed
by the property: ``'{"index":3,"type":"btn"}.n_clicks'``. A dict id's values are strings, numbers
or booleans; in a pattern a wildcard is written as Dash serialises it: ``["ALL"]``, ``["MATCH"]``,
``["ALLSMALLER"]``.
"""

from __future__ import annotations

import json
import math
from typing import Any, Mapping

WILDCARDS = ("ALL", "MATCH", "ALLSMALLER")


def wildcard_of(value: Any) -> str | None:
    """The wildcard a pattern value stands for (JSON form), or None for a plain value."""
    if isinstance(value, list) and len(value) == 1 and value[0] in WILDCARDS:
        return value[0]
    return None


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_id_scalar(value: Any) -> bool:
    return isinstance(value, (str, bool)) or (is_number(value) and math.isfinite(value))


def same(a: Any, b: Any) -> bool:
    """Same kind and equal, as JS ``===`` on id values: True is not 1, 1 is 1.0."""
    if is_number(a) and is_number(b):
        return a == b
    return type(a) is type(b) and a == b


def parse_prop_id(prop_id: Any) -> dict | None:
    """``"btn.n_clicks"`` -> ``{"id": "btn", "property": "n_clicks"}``; None when it names nothing."""
    if not isinstance(prop_id, str) or prop_id in ("", "."):
        return None
    if prop_id.startswith("{"):
        end = prop_id.rfind("}")
        try:
            ident = json.loads(prop_id[: end + 1])
        except ValueError:
            return None
        return {"id": ident, "property": prop_id[end + 2:]} if isinstance(ident, dict) else None
    dot = prop_id.find(".")
    return {"id": prop_id[:dot], "property": prop_id[dot + 1:]} if dot > 0 else None


def key_matches(key: Any, ident: Any) -> bool:
    """A string key equals a string id; a dict key's every field is in the dict id, same value."""
    if isinstance(key, str):
        return isinstance(ident, str) and ident == key
    if not isinstance(ident, Mapping):
        return False
    return all(name in ident and same(ident[name], value) for name, value in key.items())


def pattern_matches(pattern: Any, ident: Any) -> bool:
    """A dependency's id (maybe with wildcards) matches a concrete id: same fields, each equal or a wildcard."""
    if isinstance(pattern, str):
        return isinstance(ident, str) and ident == pattern
    if not isinstance(ident, Mapping) or len(pattern) != len(ident):
        return False
    return all(name in ident and (wildcard_of(value) is not None or same(ident[name], value))
               for name, value in pattern.items())


def read_dependency(context: Mapping[str, Any], ref: Mapping[str, Any]) -> tuple[Any] | None:
    """The current value of an Input or State the callback reads (Inputs first, then States):
    ``(value,)``, or None when the context has no such entry. The id may hold MATCH."""
    for group in (context.get("inputs"), context.get("states")):
        if not isinstance(group, Mapping):
            continue
        for prop_id, value in group.items():
            parsed = parse_prop_id(prop_id)
            if parsed and parsed["property"] == ref["property"] and pattern_matches(ref["id"], parsed["id"]):
                return (value,)
    return None


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=repr)


def show(value: Any) -> str:
    """A value as messages show it (js/dispatch/ids.js show): 'text', else compact sorted JSON."""
    return f"'{value}'" if isinstance(value, str) else canonical(value)
