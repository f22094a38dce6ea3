"""The Python twin of js/dispatch/: ``by_trigger`` as a pure function of (values, options, context).

One module per concept, each the twin of the JS module of the same name: ids (component ids and
prop ids), trigger (which trigger decides), values (constants and operations), actions (a route
running another dashclient function), table (the route table, checked and compiled). data and
operations turn Python objects into the JSON the browser reads; registration holds the checks
``dc.callback`` runs with the callback's dependencies in hand.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from dash import no_update

from .ids import key_matches
from .table import compile_table
from .trigger import pick_trigger
from .values import Call

WHERE = "dc.dispatch.by_trigger"


def checked_table(options: Mapping[str, Any]):
    """The compiled table; ``ValueError`` naming the function and the route at fault."""
    try:
        return compile_table(options)
    except ValueError as error:
        raise ValueError(f"{WHERE}: {error}") from None


def compile_by_trigger(options: Mapping[str, Any]) -> Callable[..., Any]:
    """``run(*values, context)`` for one set of options (js/dispatch/by-trigger.js compile)."""
    table = checked_table(options)
    ignore, several = options["ignore"], options["several"]

    def by_trigger(*args: Any) -> Any:
        *values, context = args
        triggered, trigger = pick_trigger(context, ignore, several)
        if not triggered:
            return table.initial(Call(None, context, values))
        if trigger is None:  # no trigger decides (a button just added, a list rendered again): leave every output
            return no_update
        route = next((r for r in table.routes if key_matches(r.key, trigger["id"])), None)
        return (route.evaluate if route else table.otherwise)(Call(trigger, context, values))

    return by_trigger
