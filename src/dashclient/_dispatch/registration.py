"""What only ``dc.callback`` can check, with the callback's dependencies in hand: the table
against the Outputs, Inputs and States it will meet. Run through ActionFactory's ``check`` hook
(``check(action, mode, layout)``); every message names the route at fault.
"""

from __future__ import annotations

from typing import Any

from dash.dependencies import ALL, ALLSMALLER, MATCH, Input, State

from .actions import bind
from .ids import same, show
from .operations import id_json
from .table import slots_by_route
from .values import is_operation

TABLE_OPTIONS = ("routes", "default", "initial", "outputs")


def _is_wildcard(value: Any) -> bool:
    return any(value is w for w in (ALL, MATCH, ALLSMALLER))


def _is_list_output(output: Any) -> bool:
    ident = output.component_id
    return isinstance(ident, dict) and any(value is ALL or value is ALLSMALLER for value in ident.values())


def _describe(dependency: Any) -> str:
    return f"{type(dependency).__name__}({dependency.component_id!r}, {dependency.component_property!r})"


def _key_names(key: Any, dependency: Any) -> bool:
    """Whether a route key can match a trigger from this dependency."""
    ident = dependency.component_id
    if isinstance(key, str):
        return ident == key
    if not isinstance(ident, dict):
        return False
    return all(name in ident and (_is_wildcard(ident[name]) or same(ident[name], value)) for name, value in key.items())


def _check_key(label: str, key: Any, inputs: list, states: list) -> None:
    if any(_key_names(key, dependency) for dependency in inputs):
        return
    if any(_key_names(key, dependency) for dependency in states):
        raise ValueError(f"{label} names a State, which never triggers a callback: make it an Input")
    known = ", ".join(show(id_json(d.component_id)) for d in inputs) or "none"
    raise ValueError(f"{label} names no Input of the callback (its Inputs: {known})")


def _what_gives_one_value(slot: Any) -> str | None:
    """Why a slot cannot fill a list output (ALL/ALLSMALLER), or None when it can."""
    if not is_operation(slot):
        return None if isinstance(slot, list) else f"the constant {show(slot)}"
    name = slot["$op"]
    if name in ("no_update", "lookup", "action"):
        return None
    if name == "constant":
        return None if isinstance(slot["value"], list) else f"the constant {show(slot['value'])}"
    return f"the operation '{name}'"


def _reads(ref: dict, inputs: list, states: list) -> bool:
    """Whether the callback has the Input or State a reference names (same id, wildcards alike)."""
    return any(d.component_property == ref["property"] and id_json(d.component_id) == ref["id"] for d in inputs + states)


def _check_slot(label: str, slot: Any, output: Any, inputs: list, states: list, mode: str) -> None:
    if _is_list_output(output):
        one = _what_gives_one_value(slot)
        if one is not None:
            raise ValueError(f"{label}: {_describe(output)} uses ALL/ALLSMALLER and takes a list, but {one} gives one value")
    if not is_operation(slot):
        return
    if slot["$op"] == "toggle" and not _reads(slot["of"], inputs, states):
        ref = slot["of"]
        raise ValueError(f"{label}: toggle reads the property '{ref['property']}' of {show(ref['id'])}, which is not "
                         "an Input or State of the callback; add it as a State")
    if slot["$op"] == "action":
        _check_action(label, slot, output, inputs, states, mode)


def _check_action(label: str, slot: dict, output: Any, inputs: list, states: list, mode: str) -> None:
    action, from_page = bind(slot["action"], slot.get("options") or {}, label)
    if action.factory.register_server is not None:  # dc.fetch: its browser half works around its server call
        raise ValueError(f"{label}: {action.qualname} registers callbacks of its own (plumbing around its server "
                         "call), so it cannot run inside a route; give it a callback of its own")
    for option, (_, ref) in from_page.items():
        if not _reads(ref, inputs, states):
            raise ValueError(f"{label}: {action.qualname} reads its option '{option}' from the property "
                             f"'{ref['property']}' of {show(ref['id'])}, which is not an Input or State of the callback; "
                             "add it as a State")
    count, writes = action.signature.values, action.signature.outputs
    if isinstance(count, int) and count > 1 and count != len(inputs) + len(states):
        raise ValueError(f"{label}: {action.qualname} takes {count} values but the callback has "
                         f"{len(inputs) + len(states)} (its Inputs and States)")
    if _is_list_output(output) and writes == 1:
        raise ValueError(f"{label}: {_describe(output)} uses ALL/ALLSMALLER and takes a list, but "
                         f"{action.qualname} gives one value")
    if action.factory.check is not None:  # the routed function's own checks, with the one Output it fills
        from .._callback import Layout  # pylint: disable=import-outside-toplevel  (_callback imports the actions)

        try:
            # what it reads: the trigger's value (a function of one value), else every value
            reads = range(min(1, len(inputs) + len(states)) if count == 1 else 0 if count == 0 else len(inputs) + len(states))
            action.factory.check(action, mode, Layout([output, *inputs, *states], [output], list(reads)))
        except ValueError as error:
            raise ValueError(f"{label}: {error}") from None


def check_registration(action: Any, mode: str, layout: Any) -> None:
    """The table of a ``by_trigger`` action against the callback's dependencies (``ValueError``).
    ``layout`` is None when only the bound name is asked for: nothing to check against then."""
    if layout is None:
        return
    outputs = list(layout.outputs)
    inputs = [d for d in layout.dependencies if isinstance(d, Input)]
    states = [d for d in layout.dependencies if isinstance(d, State)]
    options, page = action.options, action.page
    prefix = f"{action.qualname}:"
    if "outputs" not in page and options["outputs"] != len(outputs):
        raise ValueError(f"{prefix} bound with outputs={options['outputs']}, but the callback has {len(outputs)} "
                         f"Output(s): bind it with outputs={len(outputs)} (each value then a list of one value per Output)")
    if any(name in page for name in TABLE_OPTIONS):
        return  # a table from the page is checked on every call instead
    try:
        for label, key, slots in slots_by_route(options):
            if key is not None:
                _check_key(label, key, inputs, states)
            for position, slot in enumerate(slots or []):
                slot_label = label if len(outputs) == 1 else f"{label}, output {position + 1}"
                _check_slot(slot_label, slot, outputs[position], inputs, states, mode)
    except ValueError as error:
        raise ValueError(f"{prefix} {error}") from None
