"""Dash's patch applier, modelled in Python for tests: what dash-renderer's handlePatch (Dash 4.4.1,
ramda underneath) does with a patch's operations, so a test can say what a prop must hold after
a run of patches without a browser. The browser tests check the model against Dash itself."""

from __future__ import annotations

import copy
from typing import Any

import dash


def _operations(patch: Any) -> list[dict]:
    data = patch.to_plotly_json() if isinstance(patch, dash.Patch) else patch
    return copy.deepcopy(data["operations"])


def _resolve(location: list, value: Any) -> list:
    """Negative indices count from the end of the list they index, as Dash resolves them."""
    resolved, node = [], value
    for key in location:
        if isinstance(key, int) and not isinstance(key, bool) and key < 0 and isinstance(node, list):
            key = len(node) + key
        resolved.append(key)
        node = node[key] if isinstance(node, (list, dict)) and _has(node, key) else None
    return resolved


def _has(node: Any, key: Any) -> bool:
    return (0 <= key < len(node)) if isinstance(node, list) else key in node


def _get(value: Any, location: list) -> Any:
    for key in location:
        value = value[key]
    return value


def _set(value: Any, location: list, new: Any) -> Any:
    if not location:
        return new
    head, rest = location[0], location[1:]
    copied = list(value) if isinstance(value, list) else dict(value or {})
    inner = copied[head] if _has(copied, head) else None
    copied[head] = _set(inner, rest, new)
    return copied


def _delete(value: Any, location: list) -> Any:
    parent = _get(value, location[:-1])
    key = location[-1]
    if isinstance(parent, list):
        smaller: Any = parent[:key] + parent[key + 1:]
    else:
        smaller = {k: v for k, v in parent.items() if k != key}
    return _set(value, location[:-1], smaller)


def _insert(items: list, index: int, item: Any) -> list:
    index = len(items) + index if index < 0 else index
    if not 0 <= index < len(items):  # ramda's insert appends past either end
        index = len(items)
    return items[:index] + [item] + items[index:]


def _same(a: Any, b: Any) -> bool:
    """ramda's equals on JSON data: true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def apply(value: Any, patch: Any) -> Any:
    """The prop after Dash applies ``patch`` (a dash.Patch or its JSON) to ``value``."""
    if patch is dash.no_update:
        return value
    if value is None:
        raise ValueError("Cannot patch undefined")
    for op in _operations(patch):
        location = _resolve(op["location"], value)
        params = op["params"]
        name = op["operation"]
        if name == "Assign":
            value = _set(value, location, params["value"])
        elif name == "Delete":
            value = _delete(value, location)
        else:
            now = _get(value, location)
            value = _set(value, location, _changed(name, now, params))
    return value


def _changed(name: str, now: Any, params: dict) -> Any:
    if name == "Merge":
        return {**now, **params["value"]}
    if name == "Extend":
        return now + list(params["value"])
    if name == "Append":
        return now + [params["value"]]
    if name == "Prepend":
        return [params["value"]] + now
    if name == "Insert":
        return _insert(now, params["index"], params["value"])
    if name == "Add":
        return now + params["value"]
    if name == "Clear":
        return [] if isinstance(now, list) else {}
    if name == "Remove":
        return [item for item in now if not _same(item, params["value"])]
    raise ValueError(f"Invalid Operation {name}")
