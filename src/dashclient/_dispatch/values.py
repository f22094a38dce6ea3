"""What a route gives one output: a JSON constant, or an operation written as data. The twin of
js/dispatch/values.js (the operations and their fields are listed there); the public classes
that write these objects are in operations.py.

Results are fresh copies: Dash and user code may mutate what a callback returns (dash #1819),
and the table must stay as it was bound.
"""

from __future__ import annotations

import copy
import math
from typing import Any, Callable, Mapping, NamedTuple

from dash import no_update

from .ids import is_id_scalar, is_number, read_dependency, show, wildcard_of
from .trigger import is_falsy


class Call(NamedTuple):
    """What one call knows: the deciding trigger (None when nothing triggered), the context
    snapshot and the callback's values (Inputs then States)."""

    trigger: dict | None
    context: Mapping[str, Any]
    values: list


Evaluate = Callable[[Call], Any]
_ABSENT = object()
_SAFE_INTEGER = 2**53 - 1


def is_operation(value: Any) -> bool:
    return isinstance(value, dict) and "$op" in value


def _not_json(value: Any) -> str | None:
    """Why a value is not JSON data (in the words JS uses), or None when it is."""
    if value is None or isinstance(value, (str, bool, int)):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else ("NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity")
    if isinstance(value, list):
        return next((bad for bad in map(_not_json, value) if bad is not None), None)
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            return "a dict with keys that are not strings"
        return next((bad for bad in map(_not_json, value.values()) if bad is not None), None)
    return f"a {type(value).__name__}"


def _check_constant(value: Any, label: str) -> Any:
    bad = _not_json(value)
    if bad is not None:
        raise ValueError(f"{label}: a constant must be JSON data, got {bad}")
    return value


def _check_fields(op: dict, label: str, fields: tuple, required: tuple) -> None:
    name = op["$op"]
    for field in op:
        if field != "$op" and field not in fields:
            raise ValueError(f"{label}: operation '{name}' has no field '{field}' (it takes: {', '.join(fields) or 'none'})")
    for field in required:
        if field not in op:
            raise ValueError(f"{label}: operation '{name}' needs the field '{field}'")


def _check_reference(of: Any, label: str) -> dict:
    ident = of.get("id") if isinstance(of, dict) else None
    id_ok = (isinstance(ident, str) and ident != "") or isinstance(ident, dict)
    if not isinstance(of, dict) or not id_ok or not isinstance(of.get("property"), str) or len(of) != 2:
        raise ValueError(f"""{label}: toggle's 'of' must be {{"id": ..., "property": ...}}, got {show(of)}""")
    if isinstance(ident, dict):
        for field, value in ident.items():
            wildcard = wildcard_of(value)
            if wildcard in ("ALL", "ALLSMALLER"):
                raise ValueError(f"{label}: toggle reads one value; its id cannot use {wildcard}")
            if wildcard is None and not is_id_scalar(value):
                raise ValueError(f"{label}: toggle's id field '{field}' must be a string, a number or a boolean")
    return of


def _entry_of(table: Any, key: Any) -> Any:
    """A list entry by integer position, a dict entry by string key (integers written in decimal)."""
    if isinstance(key, bool):
        return _ABSENT
    integer = int(key) if is_number(key) and math.isfinite(key) and key == int(key) else None
    if isinstance(table, list):
        return table[integer] if integer is not None and 0 <= integer < len(table) else _ABSENT
    name = key if isinstance(key, str) else str(integer) if integer is not None and abs(integer) <= _SAFE_INTEGER else None
    return table[name] if name is not None and name in table else _ABSENT


def _compile_constant(op: dict, label: str) -> Evaluate:
    value = _check_constant(op["value"], label)
    return lambda call: copy.deepcopy(value)


def _compile_toggle(op: dict, label: str) -> Evaluate:
    ref = _check_reference(op["of"], label)

    def toggle(call: Call) -> Any:
        found = read_dependency(call.context, ref)
        return no_update if found is None else is_falsy(found[0])

    return toggle


def _compile_trigger_id(op: dict, label: str) -> Evaluate:
    key = op.get("key")
    if key is not None and not isinstance(key, str):
        raise ValueError(f"{label}: trigger_id's 'key' must be a string or None, got {show(key)}")

    def trigger_id(call: Call) -> Any:
        if call.trigger is None:
            return None
        ident = call.trigger["id"]
        if key is None:
            return copy.deepcopy(ident)
        return ident.get(key) if isinstance(ident, dict) else None

    return trigger_id


def _compile_lookup(op: dict, label: str) -> Evaluate:
    table = op["table"]
    if not isinstance(table, (list, dict)):
        raise ValueError(f"{label}: lookup's 'table' must be a list or a dict, got {show(table)}")
    _check_constant(table, label)
    key = op.get("key", "index")
    if not isinstance(key, str):
        raise ValueError(f"{label}: lookup's 'key' must be a string, got {show(key)}")
    missing_value = op.get("missing", {"$op": "no_update"})
    if is_operation(missing_value) and missing_value["$op"] not in ("no_update", "constant"):
        raise ValueError(f"{label}: lookup's 'missing' must be a constant or no_update, got {show(missing_value)}")
    missing = compile_slot(missing_value, label)

    def lookup(call: Call) -> Any:
        if call.trigger is None:
            return missing(call)
        ident = call.trigger["id"]
        at = ident if isinstance(ident, str) else ident.get(key, _ABSENT) if isinstance(ident, dict) else _ABSENT
        entry = _ABSENT if at is _ABSENT else _entry_of(table, at)
        return missing(call) if entry is _ABSENT else copy.deepcopy(entry)

    return lookup


def _compile_action(op: dict, label: str) -> Evaluate:
    from .actions import compile_action  # pylint: disable=import-outside-toplevel  (actions import the pattern modules)

    return compile_action(op["action"], op["options"] if op.get("options") is not None else {}, label)


# name -> (fields, required fields, compile)
OPERATIONS: dict[str, tuple[tuple, tuple, Callable[[dict, str], Evaluate]]] = {
    "no_update": ((), (), lambda op, label: lambda call: no_update),
    "constant": (("value",), ("value",), _compile_constant),
    "toggle": (("of",), ("of",), _compile_toggle),
    "trigger_value": ((), (), lambda op, label: lambda call: None if call.trigger is None else copy.deepcopy(call.trigger["value"])),
    "trigger_id": (("key",), (), _compile_trigger_id),
    "lookup": (("table", "key", "missing"), ("table",), _compile_lookup),
    "action": (("action", "options"), ("action",), _compile_action),
}


def compile_slot(slot: Any, label: str) -> Evaluate:
    """One output's value, checked and compiled (js/dispatch/values.js compileSlot)."""
    if not is_operation(slot):
        value = _check_constant(slot, label)
        return lambda call: copy.deepcopy(value)
    name = slot["$op"]
    operation = OPERATIONS.get(name) if isinstance(name, str) else None
    if operation is None:
        raise ValueError(f"{label}: unknown operation {show(name)}; operations are {', '.join(sorted(OPERATIONS))}")
    fields, required, compile_operation = operation
    _check_fields(slot, label, fields, required)
    return compile_operation(slot, label)
