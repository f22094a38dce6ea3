"""The route table, checked with messages that name the route and compiled into evaluators: the
twin of js/dispatch/table.js (same rules, same messages).

The first route whose key matches the trigger wins; a route an earlier one always pre-empts is
refused, so the order never hides a route silently.
"""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple

from dash import no_update

from .ids import canonical, is_id_scalar, key_matches, show, wildcard_of
from .values import Evaluate, compile_slot, is_operation


class Route(NamedTuple):
    key: Any  # a string, or a dict of fields without wildcards
    label: str
    evaluate: Evaluate


class Table(NamedTuple):
    routes: list[Route]
    otherwise: Evaluate
    initial: Evaluate


def normal_key(key: Any, position: int) -> Any:
    """A string, or a dict without its wildcard fields (a wildcard matches any value, as leaving it out does)."""
    if isinstance(key, str) and key != "":
        return key
    if not isinstance(key, dict):
        raise ValueError(f"route #{position + 1}: a route key is a component id (a string) or a dict id, got {show(key)}")
    fields = {}
    for name, value in key.items():
        if wildcard_of(value) is not None:
            continue
        if not is_id_scalar(value):
            raise ValueError(f"route {canonical(key)}: field '{name}' must be a string, a number or a boolean, got {show(value)}")
        fields[name] = value
    if not fields:
        raise ValueError(f"route {canonical(key)}: a dict key needs at least one field that is not a wildcard")
    return fields


def label_of(key: Any) -> str:
    return f"route {show(key)}" if isinstance(key, str) else f"route {canonical(key)}"


def _preempts(earlier: Any, later: Any) -> bool:
    if isinstance(earlier, str) or isinstance(later, str):
        return earlier == later
    return key_matches(earlier, later)


def _pairs_of(routes: Any) -> list:
    if isinstance(routes, list):
        return routes
    if isinstance(routes, dict):
        return [[key, value] for key, value in routes.items()]
    raise ValueError(f"option 'routes' must be a list of [key, value] pairs or a dict of component ids, got {show(routes)}")


def compile_value(value: Any, outputs: int, label: str) -> Evaluate:
    """A route value for ``outputs`` outputs, as an evaluator of the whole result."""
    if is_operation(value) and value["$op"] == "no_update":
        return lambda call: no_update
    if outputs == 1:
        if isinstance(value, list) and any(map(is_operation, value)):
            raise ValueError(f"{label}: a list holding operations is one value per output; set outputs={len(value)} "
                             "for that many Outputs, or wrap a literal list in a constant")
        return compile_slot(value, label)
    if not isinstance(value, list) or len(value) != outputs:
        raise ValueError(f"{label}: with outputs={outputs} a value is a list of {outputs} values (one per Output) "
                         f"or no_update, got {show(value)}")
    slots = [compile_slot(slot, f"{label}, output {i + 1}") for i, slot in enumerate(value)]
    return lambda call: [slot(call) for slot in slots]


def compile_table(options: Mapping[str, Any]) -> Table:
    """Check the whole table (routes, default, initial against outputs) and compile it."""
    outputs = options["outputs"]
    routes: list[Route] = []
    for position, pair in enumerate(_pairs_of(options["routes"])):
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(f"route #{position + 1}: a route is a [key, value] pair, got {show(pair)}")
        key = normal_key(pair[0], position)
        label = label_of(key)
        before = next((route for route in routes if _preempts(route.key, key)), None)
        if before is not None and canonical(before.key) == canonical(key):
            raise ValueError(f"{label} appears twice")
        if before is not None:
            raise ValueError(f"{label} is never chosen: {before.label} before it matches every trigger it matches")
        routes.append(Route(key, label, compile_value(pair[1], outputs, label)))
    return Table(routes,
                 compile_value(options["default"], outputs, "option 'default'"),
                 compile_value(options["initial"], outputs, "option 'initial'"))


def slots_by_route(options: Mapping[str, Any]) -> list[tuple[str, Any, list | None]]:
    """``(label, key, slots)`` for every route, then ``default`` and ``initial`` (key None):
    one slot per output, None for a whole ``no_update``. For a table ``compile_table`` accepted."""
    outputs = options["outputs"]

    def slots(value: Any) -> list | None:
        if is_operation(value) and value["$op"] == "no_update":
            return None
        return [value] if outputs == 1 else list(value)

    entries = []
    for position, (key, value) in enumerate(_pairs_of(options["routes"])):
        key = normal_key(key, position)
        entries.append((label_of(key), key, slots(value)))
    entries.append(("option 'default'", None, slots(options["default"])))
    entries.append(("option 'initial'", None, slots(options["initial"])))
    return entries
