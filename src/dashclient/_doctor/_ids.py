"""Component ids: every id a layout holds, how a dependency is named in messages, and whether a
pattern-matching id can match a component."""

from __future__ import annotations

import json
from typing import Any, Iterator

from dash import dependencies
from dash.development.base_component import Component

# Dash 3.4 renamed _Wildcard to Wildcard.
Wildcard = getattr(dependencies, "Wildcard", None) or getattr(dependencies, "_Wildcard")


def wildcard_name(value: Any) -> str:
    """"ALL", "MATCH", "ALLSMALLER": Dash 4's Wildcard is an Enum, Dash 3's _Wildcard says it with str()."""
    return getattr(value, "name", None) or str(value)


def components(node: Any) -> Iterator[Component]:
    """Every component in a layout: children and components held by any other prop."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Component):
            yield item
            for name in getattr(item, "_prop_names", ()):
                value = getattr(item, name, None)
                if isinstance(value, (Component, list, tuple, dict)):
                    stack.append(value)
        elif isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            stack.extend(item.values())


def ids_in(node: Any) -> list[Any]:
    """The ids of every component in a layout, in order (duplicates kept)."""
    return [ident for ident in (getattr(c, "id", None) for c in components(node)) if ident is not None]


def id_text(component_id: Any) -> str:
    """A string id as is; a dict id as sorted JSON with wildcards unquoted (``{"index":ALL,...}``)."""
    if not isinstance(component_id, dict):
        return str(component_id)
    parts = []
    for key in sorted(component_id):
        value = component_id[key]
        shown = wildcard_name(value) if isinstance(value, Wildcard) else json.dumps(value)
        parts.append(f"{json.dumps(key)}:{shown}")
    return "{" + ",".join(parts) + "}"


def describe(dependency: Any) -> str:
    """``id.property`` as messages show it."""
    return f"{id_text(dependency.component_id)}.{dependency.component_property}"


def is_pattern(component_id: Any) -> bool:
    return isinstance(component_id, dict) and any(isinstance(v, Wildcard) for v in component_id.values())


def matches(pattern: dict, component_id: Any) -> bool:
    """Whether a dict id (wildcards allowed) can match a component's dict id."""
    if not isinstance(component_id, dict) or set(pattern) != set(component_id):
        return False
    return all(isinstance(v, Wildcard) or v == component_id[k] for k, v in pattern.items())


def overlap(a: dict, b: dict) -> bool:
    """Whether two dict ids (wildcards allowed) can name the same component (the renderer's rule:
    every wildcard overlaps anything except MATCH with ALLSMALLER)."""
    if set(a) != set(b):
        return False
    for key, left in a.items():
        right = b[key]
        if isinstance(left, Wildcard) and isinstance(right, Wildcard):
            if {wildcard_name(left), wildcard_name(right)} == {"MATCH", "ALLSMALLER"}:
                return False
        elif not (isinstance(left, Wildcard) or isinstance(right, Wildcard) or left == right):
            return False
    return True


def key(component_id: Any) -> str:
    """A hashable, exact key for an id (dict ids as sorted JSON)."""
    return id_text(component_id) if isinstance(component_id, dict) else f"str:{component_id}"
