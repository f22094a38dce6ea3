"""A route may run another dashclient function, written as data (``action.to_json()``): the twin
of js/dispatch/actions.js. The name is resolved with the registry of actions (an allow-list) and
the options are validated at once.

What the function reads: no value, the trigger's value (a function of one value), or every value
of the callback (a function of "any" number, or of exactly as many as the callback has), and the
context snapshot when its signature asks for it. An option bound to an Input or State (a patch
reading the current value) is read from the context: the dependency must be one of the
callback's (registration.py checks it).
"""

from __future__ import annotations

from typing import Any, Mapping

from dash.dependencies import Input, State

from .. import _spec
from .._action import dependency_from_json
from .ids import read_dependency, show, wildcard_of
from .values import Call, Evaluate


#: How ``to_json`` names a user's own action (dc.action): its JS half needs the page to be found.
USER_PREFIX = "user:"


def routable_patterns() -> frozenset[str]:
    """The patterns whose functions a route may run: every public namespace (not the internal one)."""
    return frozenset(entry["pattern"] for entry in _spec.spec()["namespaces"].values())


def _dependency(kind: str, ref: Mapping[str, Any]) -> Input | State:
    """The Dash dependency a page reference names (Action.to_json's form)."""
    return dependency_from_json({kind: ref})


def _page_references(options: dict, label: str) -> dict[str, tuple[str, dict]]:
    """Options read from the page, ``{"$input"|"$state": {"id", "property"}}``: ``{option: (kind, ref)}``."""
    found = {}
    for option, value in options.items():
        if not (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("$input", "$state")):
            continue
        ((kind, ref),) = value.items()
        if not (isinstance(ref, dict) and isinstance(ref.get("id"), (str, dict)) and isinstance(ref.get("property"), str)):
            raise ValueError(f"""{label}: option '{option}' reads the page from {show(ref)}; give {{"id": ..., "property": ...}}""")
        wildcard = next((w for w in map(wildcard_of, ref["id"].values()) if w in ("ALL", "ALLSMALLER")), None) \
            if isinstance(ref["id"], dict) else None
        if wildcard:
            raise ValueError(f"{label}: option '{option}' reads one value; its id cannot use {wildcard}")
        found[option] = (kind, ref)
    return found


def bind(name: Any, options: Any, label: str) -> tuple[Any, dict[str, tuple[str, dict]]]:
    """The action a route names, bound (constants checked now), and its options read from the
    page: ``(action, {option: (kind, ref)})``. ``ValueError`` naming the route."""
    from .._action import REGISTRY  # pylint: disable=import-outside-toplevel  (the pattern modules import this package)

    if isinstance(name, str) and name.startswith(USER_PREFIX):
        raise ValueError(f"{label}: a user's own action (dc.action) cannot be a route value yet; give it a callback of its own")
    pattern, _, function = name.partition(".") if isinstance(name, str) else ("", "", "")
    factory = REGISTRY.get((pattern, function)) if pattern in routable_patterns() else None
    if factory is None or factory.spec.kind != "action":  # a component's own functions (keys.parse) are not route values
        raise ValueError(f"{label}: no dashclient action {show(name)}")
    if not isinstance(options, dict):
        raise ValueError(f"{label}: an action's 'options' must be a dict, got {show(options)}")
    from_page = _page_references(options, label)
    bound = {option: _dependency(*from_page[option]) if option in from_page else value for option, value in options.items()}
    try:
        return factory(**bound), from_page
    except ValueError as error:
        raise ValueError(f"{label}: {error}") from None


def compile_action(name: Any, options: Any, label: str) -> Evaluate:
    action, from_page = bind(name, options, label)
    count, wants_context = action.signature.values, action.signature.context

    def run(call: Call) -> Any:
        if count == 0:
            values = []
        elif count == 1:
            values = [None if call.trigger is None else call.trigger["value"]]
        else:
            values = list(call.values)
        page = {option: (read_dependency(call.context, ref) or (None,))[0] for option, (_, ref) in from_page.items()}
        # The action never raises for a failure inside it, nor for a bad value from the page: it
        # gives its invalid result and logs once, as a callback of its own would.
        return action(*values, context=dict(call.context), **page) if wants_context else action(*values, **page)

    return run
