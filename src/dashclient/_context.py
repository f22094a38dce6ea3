"""The callback context as an argument: the twin of js/core/context.js.

The server half builds from ``dash.ctx`` the same plain snapshot the browser half takes of
``dash_clientside.callback_context``, so a function reading it is a pure function of
(values, options, context) on both sides::

    {"triggered_id": ..., "triggered": [{"prop_id": ..., "value": ...}],
     "inputs": {"id.prop": value}, "states": {"id.prop": value}, "outputs_list": ...}

On the initial call nothing triggered: ``triggered`` is ``[]`` and ``triggered_id`` None on
both sides (Dash's Python ``ctx`` reports a ``"."`` prop id there, JS an empty list).
"""

from __future__ import annotations

import copy
from typing import Any, Mapping

Context = dict[str, Any]


def empty_context() -> Context:
    return {"triggered_id": None, "triggered": [], "inputs": {}, "states": {}, "outputs_list": None}


def _plain(value: Any) -> Any:
    """Dash's AttributeDicts and tuples as plain JSON-like data."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return copy.copy(value)


def from_parts(triggered: Any, inputs: Any, states: Any, outputs_list: Any, triggered_id: Any = None) -> Context:
    """A snapshot from the pieces of a context (Dash's or a JS snapshot's)."""
    fired = [
        {"prop_id": t["prop_id"], "value": _plain(t.get("value"))}
        for t in (triggered or []) if isinstance(t, Mapping) and t.get("prop_id") not in (None, ".")
    ]
    return {
        "triggered_id": _plain(triggered_id) if fired else None,
        "triggered": fired,
        "inputs": _plain(inputs or {}),
        "states": _plain(states or {}),
        "outputs_list": _plain(outputs_list),
    }


def from_dash() -> Context:
    """The snapshot of ``dash.ctx`` inside a server callback; the empty one outside any."""
    from dash import ctx  # pylint: disable=import-outside-toplevel

    try:
        return from_parts(ctx.triggered, ctx.inputs, ctx.states, ctx.outputs_list, ctx.triggered_id)
    except Exception:  # noqa: BLE001 - outside a callback Dash raises (MissingCallbackContextException)
        return empty_context()
