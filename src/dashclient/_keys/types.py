"""The option types of key bindings, twins of js/keys/types.js: a component id (as set_props and
getLayout take it), a list of ``{id, property}`` dependencies, an action as data."""

from __future__ import annotations

import json
import math
import re
from typing import Any, Mapping

from .._schema import Mismatch

ACTION_NAME = re.compile(r"[a-z_]+\.[a-z_]+")


def is_component_id(value: Any) -> bool:
    """A string without "." or "{" (Dash's rule), or a dict of strings, finite numbers, booleans."""
    if isinstance(value, str):
        return value != "" and "." not in value and "{" not in value
    if not isinstance(value, Mapping) or not value:
        return False
    return all(isinstance(k, str) and _is_id_value(v) for k, v in value.items())


def _is_id_value(value: Any) -> bool:
    if isinstance(value, (str, bool)):
        return True
    return isinstance(value, (int, float)) and math.isfinite(value)


def _is_dependency(value: Any) -> bool:
    return (isinstance(value, Mapping) and set(value) == {"id", "property"} and is_component_id(value["id"])
            and isinstance(value["property"], str) and value["property"] != "")


def check_component_id(value: Any, _schema: Mapping[str, Any]) -> Any:
    if not is_component_id(value):
        raise Mismatch
    return value


def check_dependencies(value: Any, _schema: Mapping[str, Any]) -> Any:
    if not isinstance(value, (list, tuple)) or not all(_is_dependency(v) for v in value):
        raise Mismatch
    return list(value)


def check_action(value: Any, _schema: Mapping[str, Any]) -> Any:
    ok = (isinstance(value, Mapping) and set(value) == {"action", "options"} and isinstance(value["action"], str)
          and ACTION_NAME.fullmatch(value["action"]) is not None and isinstance(value["options"], Mapping))
    if not ok:
        raise Mismatch
    return value


def id_key(value: Any) -> str:
    """A component id as one string (Dash's stringifyId; js/keys/types.js idKey)."""
    if isinstance(value, str):
        return value
    parts = []
    for key in sorted(value):
        item = value[key]
        if isinstance(item, float) and item.is_integer():
            item = int(item)  # JS writes 1.0 as 1
        parts.append(f"{json.dumps(key, ensure_ascii=False)}:{json.dumps(item, ensure_ascii=False)}")
    return "{" + ",".join(parts) + "}"
