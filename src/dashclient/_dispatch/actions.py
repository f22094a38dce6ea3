"""A route may run another dashclient function, written as data (``action.to_json()``): the twin
of js/dispatch/actions.js. The name is resolved with the registry of actions (an allow-list) and
the options are validated at once.

What the function reads: no value, the trigger's value (a function of one value), or every value
of the callback (a function of "any" number, or of exactly as many as the callback has), and the
context snapshot when its signature asks for it.
"""

from __future__ import annotations

from typing import Any

from .. import _spec
from .ids import show
from .values import Call, Evaluate


#: How ``to_json`` names a user's own action (dc.action): its JS half needs the page to be found.
USER_PREFIX = "user:"


def routable_patterns() -> frozenset[str]:
    """The patterns whose functions a route may run: every public namespace (not the internal one)."""
    return frozenset(entry["pattern"] for entry in _spec.spec()["namespaces"].values())


def compile_action(name: Any, options: Any, label: str) -> Evaluate:
    from .._action import REGISTRY  # pylint: disable=import-outside-toplevel  (the pattern modules import this package)

    if isinstance(name, str) and name.startswith(USER_PREFIX):
        raise ValueError(f"{label}: a user's own action (dc.action) cannot be a route value yet; give it a callback of its own")
    pattern, _, function = name.partition(".") if isinstance(name, str) else ("", "", "")
    factory = REGISTRY.get((pattern, function)) if pattern in routable_patterns() else None
    if factory is None:
        raise ValueError(f"{label}: no dashclient action {show(name)}")
    if not isinstance(options, dict):
        raise ValueError(f"{label}: an action's 'options' must be a dict, got {show(options)}")
    for option, value in options.items():
        if isinstance(value, dict) and ("$input" in value or "$state" in value):
            raise ValueError(f"{label}: a route's action takes constant options; '{option}' is bound to the page")
    try:
        action = factory(**options)
    except ValueError as error:
        raise ValueError(f"{label}: {error}") from None
    count, wants_context = action.signature.values, action.signature.context

    def run(call: Call) -> Any:
        if count == 0:
            values = []
        elif count == 1:
            values = [None if call.trigger is None else call.trigger["value"]]
        else:
            values = list(call.values)
        # The action never raises for a failure inside it: it gives its invalid result and logs once.
        return action(*values, context=dict(call.context)) if wants_context else action(*values)

    return run
